// Scaffolded by fm::codegen from the DocType "Service Invoice". It has no fm:generated region:
// regeneration never changes it; it is yours.
#include "service_invoice_controller.h"

#include "permissions/documentaccess.h"

#include <cmath>

namespace helpdesk {

using fm::FieldError;
using fm::core::Document;
using fm::core::HookContext;

namespace {

// Amounts are money: rounded to cents on every line so the total is the sum of what
// the lines show.
double roundCents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString linePath(int row, const QString &field)
{
    return QStringLiteral("items[%1].%2").arg(row).arg(field);
}

} // namespace

fm::Result<void> ServiceInvoiceController::validate(HookContext &ctx, Document &doc)
{
    QList<FieldError> errors;
    const QString customer = doc.string(Fields::kCustomer);
    QList<Document> lines = doc.children(Fields::kItems);
    for (int i = 0; i < lines.size(); ++i) {
        Document &line = lines[i];
        const QString ticket = line.string(QStringLiteral("ticket"));
        if (!ticket.isEmpty()) {
            auto found = ctx.access.get(ctx.principal, QStringLiteral("Ticket"), ticket);
            if (!found)
                return fm::fail(found.error());
            const QString ticketCustomer = found->string(QStringLiteral("customer"));
            if (ticketCustomer != customer) {
                errors << FieldError{linePath(i, QStringLiteral("ticket")),
                                     QStringLiteral("ticket_of_other_customer"),
                                     QStringLiteral("%1 is a ticket of %2; this invoice bills %3, "
                                                    "so remove the line or invoice %2 separately")
                                         .arg(ticket, ticketCustomer, customer)};
            }
        }
        if (!line.value(QStringLiteral("rate")).isNull())
            continue;
        const QString agent = line.string(QStringLiteral("agent"));
        if (agent.isEmpty()) {
            errors << FieldError{linePath(i, QStringLiteral("rate")), QStringLiteral("required"),
                                 QStringLiteral("line %1 needs a rate, or an agent whose hourly "
                                                "rate it takes")
                                     .arg(i + 1)};
            continue;
        }
        // The rate is at permlevel 1: through the caller's door it is left out for those
        // who may not read it, so an invoice line cannot be used to learn it.
        auto found = ctx.access.get(ctx.principal, QStringLiteral("Support Agent"), agent);
        if (!found)
            return fm::fail(found.error());
        if (!found->has(QStringLiteral("hourly_rate"))) {
            errors << FieldError{linePath(i, QStringLiteral("rate")),
                                 QStringLiteral("rate_not_readable"),
                                 QStringLiteral("you may not see the hourly rate of %1; give line "
                                                "%2 a rate, or ask someone who may to fill it")
                                     .arg(agent)
                                     .arg(i + 1)};
            continue;
        }
        const QVariant rate = found->value(QStringLiteral("hourly_rate"));
        if (rate.isNull()) {
            errors << FieldError{linePath(i, QStringLiteral("rate")), QStringLiteral("required"),
                                 QStringLiteral("%1 has no hourly rate; give line %2 a rate or set "
                                                "the agent's rate")
                                     .arg(agent)
                                     .arg(i + 1)};
            continue;
        }
        line.setValue(QStringLiteral("rate"), rate.toDouble());
    }
    if (!errors.isEmpty()) {
        return fm::fail(fm::ErrorCode::Validation,
                        QStringLiteral("Service Invoice is not valid: %1 problem(s); see fields")
                            .arg(errors.size()),
                        errors);
    }
    doc.setChildren(Fields::kItems, lines);
    return {};
}

fm::Result<void> ServiceInvoiceController::beforeSave(HookContext &, Document &doc)
{
    double hours = 0;
    double total = 0;
    QList<Document> lines = doc.children(Fields::kItems);
    for (Document &line : lines) {
        const double amount =
            roundCents(line.number(QStringLiteral("hours")) * line.number(QStringLiteral("rate")));
        line.setValue(QStringLiteral("amount"), amount);
        hours += line.number(QStringLiteral("hours"));
        total += amount;
    }
    doc.setChildren(Fields::kItems, lines);
    doc.setValue(Fields::kTotalHours, hours);
    doc.setValue(Fields::kTotal, roundCents(total));
    return {};
}

fm::Result<void> ServiceInvoiceController::beforeSubmit(HookContext &, Document &doc)
{
    if (doc.number(Fields::kTotal) <= 0) {
        return fm::fail(fm::ErrorCode::Validation,
                        QStringLiteral("Service Invoice %1 totals 0.00 and cannot be submitted; "
                                       "add billable hours with a rate first")
                            .arg(doc.name()),
                        {FieldError{Fields::kTotal, QStringLiteral("zero_total"),
                                    QStringLiteral("the total must be more than 0")}});
    }
    return {};
}

} // namespace helpdesk
