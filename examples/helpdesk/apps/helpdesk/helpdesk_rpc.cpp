// SPDX-License-Identifier: MIT
#include "helpdesk_rpc.h"

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "doctypes/ticket/ticket_controller.h"

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
    auto closed = call.service.update(changes, call.principal.user);
    if (!closed)
        return fm::fail(closed.error());
    return closed->toJson();
}

fm::Result<QJsonValue> openCount(RpcCall &call)
{
    fm::core::Query query;
    query.doctype = TicketController::kDocType;
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
    auto count = call.service.count(query);
    if (!count)
        return fm::fail(count.error());
    return QJsonObject{{QStringLiteral("open"), *count}};
}

} // namespace

void registerRpc(fm::core::ControllerRegistry &registry)
{
    // Names are fixed and unique here, so registration cannot fail.
    (void)registry.registerMethod(
        TicketController::kDocType,
        {QStringLiteral("close"), fm::core::PermissionAction::Write,
         QStringLiteral("Closes the ticket; args: {\"resolution\": text}."), closeTicket});
    (void)registry.registerFunction({QStringLiteral("helpdesk.tickets.open_count"),
                                     {},
                                     false,
                                     QStringLiteral("Open tickets, optionally of one customer; "
                                                    "args: {\"customer\": name}."),
                                     openCount});
}

} // namespace helpdesk
