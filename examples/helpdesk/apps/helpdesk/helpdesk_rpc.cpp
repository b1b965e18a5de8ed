// SPDX-License-Identifier: MIT
#include "helpdesk_rpc.h"

#include "data/controllerregistry.h"
#include "doctypes/ticket/ticket_controller.h"
#include "permissions/documentaccess.h"

#include <QJsonObject>

namespace helpdesk {

namespace {

using fm::core::Document;
using fm::core::RpcCall;
using Fields = TicketController::Fields;
using Status = TicketController::StatusChoices;

// Closing needs a resolution, which the Ticket controller's validate() demands for
// closed tickets; its field error reaches the caller as a 422.
fm::Result<QJsonValue> closeTicket(RpcCall &call)
{
    Document changes(TicketController::kDocType);
    changes.setName(call.document->name());
    changes.setValue(Fields::kStatus, QString(Status::kClosed));
    const QJsonValue resolution = call.args.value(QStringLiteral("resolution"));
    if (resolution.isString())
        changes.setValue(Fields::kResolution, resolution.toString());
    // Through the caller's door: their rules, rows and field levels apply.
    auto closed = call.access.update(call.principal, changes);
    if (!closed)
        return fm::fail(closed.error());
    return closed->toJson();
}

// Counts only the tickets the caller may read: the list's total under their row-level
// security (a count through the unrestricted service would tell anyone how many
// tickets a customer has).
fm::Result<QJsonValue> openCount(RpcCall &call)
{
    fm::core::Query query;
    query.doctype = TicketController::kDocType;
    query.limit = 1;
    query.filters << fm::core::Filter{Fields::kStatus, fm::core::FilterOp::Eq,
                                      QString(Status::kOpen)};
    const QJsonValue customer = call.args.value(QStringLiteral("customer"));
    if (!customer.isUndefined() && !customer.isString()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"customer\" must be a customer name (a string)."));
    }
    if (customer.isString())
        query.filters << fm::core::Filter{Fields::kCustomer, fm::core::FilterOp::Eq,
                                          customer.toString()};
    auto page = call.access.list(call.principal, query);
    if (!page)
        return fm::fail(page.error());
    return QJsonObject{{QStringLiteral("open"), page->total}};
}

} // namespace

void registerRpc(fm::core::ControllerRegistry &registry)
{
    // Names are fixed and unique here, so registration cannot fail.
    (void)registry.registerMethod(
        TicketController::kDocType,
        {QStringLiteral("close"), fm::core::PermissionAction::Write,
         QStringLiteral("Closes the ticket; args: {\"resolution\": text}."), closeTicket});
    // Every signed-in user may ask; the count covers what they may read.
    (void)registry.registerFunction({QStringLiteral("helpdesk.tickets.open_count"),
                                     {fm::core::Principal::kAllRole},
                                     false,
                                     QStringLiteral("Open tickets, optionally of one customer; "
                                                    "args: {\"customer\": name}."),
                                     openCount});
}

} // namespace helpdesk
