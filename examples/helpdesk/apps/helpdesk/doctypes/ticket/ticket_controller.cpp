// Scaffolded by fm::codegen from the DocType "Ticket". It has no fm:generated region: regeneration
// never changes it; it is yours.
#include "ticket_controller.h"

#include "permissions/documentaccess.h"

namespace helpdesk {

using fm::FieldError;
using fm::core::Document;
using fm::core::HookContext;

namespace {

// A rule about a linked document runs when the link is new, so that deactivating an
// agent or moving a contact later does not lock every old ticket against edits.
bool linkChanged(const HookContext &ctx, const Document &doc, QLatin1StringView field)
{
    return !ctx.previous || ctx.previous->string(field) != doc.string(field);
}

} // namespace

fm::Result<void> TicketController::validate(HookContext &ctx, Document &doc)
{
    QList<FieldError> errors;

    const QString status = doc.string(Fields::kStatus);
    const bool finished = status == StatusChoices::kResolved || status == StatusChoices::kClosed;
    if (finished && doc.string(Fields::kResolution).trimmed().isEmpty()) {
        errors << FieldError{Fields::kResolution, QStringLiteral("required_for_status"),
                             QStringLiteral("a %1 ticket needs a resolution: say how the request "
                                            "was solved, or keep the ticket Open or Replied")
                                 .arg(status)};
    }

    const QDate opened = doc.date(Fields::kOpenedOn);
    const QDate due = doc.date(Fields::kDueOn);
    if (opened.isValid() && due.isValid() && due < opened) {
        errors << FieldError{Fields::kDueOn, QStringLiteral("before_opened_on"),
                             QStringLiteral("the due date %1 is before the opening date %2; pick "
                                            "a date on or after it")
                                 .arg(due.toString(Qt::ISODate), opened.toString(Qt::ISODate))};
    }

    const QString agent = doc.string(Fields::kAssignedTo);
    if (!agent.isEmpty() && linkChanged(ctx, doc, Fields::kAssignedTo)) {
        // Through the caller's door: the check reads only what the caller may read.
        auto found = ctx.access.get(ctx.principal, QStringLiteral("Support Agent"), agent);
        if (!found)
            return fm::fail(found.error());
        if (!found->boolean(QStringLiteral("active"))) {
            errors << FieldError{Fields::kAssignedTo, QStringLiteral("agent_inactive"),
                                 QStringLiteral("%1 is not an active agent; assign the ticket to "
                                                "an active one")
                                     .arg(agent)};
        }
    }

    const QString contact = doc.string(Fields::kContact);
    const QString customer = doc.string(Fields::kCustomer);
    if (!contact.isEmpty() &&
        (linkChanged(ctx, doc, Fields::kContact) || linkChanged(ctx, doc, Fields::kCustomer))) {
        auto found = ctx.access.get(ctx.principal, QStringLiteral("Contact"), contact);
        if (!found)
            return fm::fail(found.error());
        const QString contactCustomer = found->string(QStringLiteral("customer"));
        if (contactCustomer != customer) {
            errors << FieldError{Fields::kContact, QStringLiteral("contact_of_other_customer"),
                                 QStringLiteral("%1 is a contact of %2, not of %3; pick one of "
                                                "%3's contacts")
                                     .arg(contact, contactCustomer, customer)};
        }
    }

    if (!errors.isEmpty()) {
        return fm::fail(
            fm::ErrorCode::Validation,
            QStringLiteral("Ticket is not valid: %1 problem(s); see fields").arg(errors.size()),
            errors);
    }
    return {};
}

} // namespace helpdesk
