// SPDX-License-Identifier: MIT
#include "helpdesk_jobs.h"

#include "data/controllerregistry.h"
#include "doctypes/ticket/ticket_controller.h"
#include "permissions/documentaccess.h"

#include <QDateTime>
#include <QJsonObject>

namespace helpdesk {

namespace {

using fm::core::Document;
using fm::core::JobContext;
using Fields = TicketController::Fields;
using Status = TicketController::StatusChoices;

constexpr int kDefaultDays = 7;
constexpr int kMaxDays = 3650;

fm::Result<int> staleDays(const QJsonObject &args)
{
    const QJsonValue days = args.value(QStringLiteral("days"));
    if (days.isUndefined() || days.isNull())
        return kDefaultDays;
    if (!days.isDouble() || days.toDouble() != double(days.toInt()) || days.toInt() < 0 ||
        days.toInt() > kMaxDays) {
        return fm::fail(
            fm::ErrorCode::Validation,
            QStringLiteral("\"days\" must be a whole number of days from 0 to %1").arg(kMaxDays),
            {{QStringLiteral("days"), QStringLiteral("invalid"),
              QStringLiteral("a whole number from 0 to %1").arg(kMaxDays)}});
    }
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (it.key() != u"days") {
            return fm::fail(fm::ErrorCode::Validation,
                            QStringLiteral("unknown argument \"%1\"; the job takes {\"days\": n}")
                                .arg(it.key()),
                            {{it.key(), QStringLiteral("unknown"),
                              QStringLiteral("not an argument of this job")}});
        }
    }
    return days.toInt();
}

// Resolved tickets untouched for `days` become Closed. Idempotent: a second run finds
// nothing left to close, so running twice (at least once delivery) is harmless.
fm::Result<QJsonValue> closeStale(JobContext &context)
{
    auto days = staleDays(context.args);
    if (!days)
        return fm::fail(days.error());
    fm::core::Query query;
    query.doctype = TicketController::kDocType;
    query.fields = {QStringLiteral("name")};
    query.limit = -1;
    query.filters << fm::core::Filter{Fields::kStatus, fm::core::FilterOp::Eq,
                                      QString(Status::kResolved)};
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-*days);
    query.filters << fm::core::Filter{QStringLiteral("modified"), fm::core::FilterOp::Le,
                                      before.toString(Qt::ISODateWithMs)};
    auto stale = context.access.list(context.principal, query);
    if (!stale)
        return fm::fail(stale.error());
    int closed = 0;
    for (const Document &ticket : std::as_const(stale->rows)) {
        if (context.shouldStop())
            break;
        Document changes(TicketController::kDocType);
        changes.setName(ticket.name());
        changes.setValue(Fields::kStatus, QString(Status::kClosed));
        if (auto saved = context.access.update(context.principal, changes); !saved)
            return fm::fail(saved.error().withContext(
                QStringLiteral("closing ticket %1: ").arg(ticket.name())));
        ++closed;
    }
    return QJsonObject{{QStringLiteral("closed"), closed}, {QStringLiteral("days"), *days}};
}

} // namespace

void registerJobs(fm::core::ControllerRegistry &registry)
{
    fm::core::JobDefinition closeStaleJob;
    closeStaleJob.name = QStringLiteral("helpdesk.tickets.close_stale");
    closeStaleJob.description = QStringLiteral("Closes Resolved tickets not changed for "
                                               "{\"days\": n} days (default 7).");
    closeStaleJob.run = closeStale;
    closeStaleJob.checkArgs = [](const QJsonObject &args) -> fm::Result<void> {
        if (auto days = staleDays(args); !days)
            return fm::fail(days.error());
        return {};
    };
    closeStaleJob.timeoutSeconds = 600;
    // The name is fixed and unique here, so registration cannot fail.
    (void)registry.registerJob(std::move(closeStaleJob));

    // Every night at 03:00 Berlin time (a Scheduled Job row; an administrator may disable
    // it in the Desk).
    fm::core::ScheduleDefinition nightly;
    nightly.job = QStringLiteral("helpdesk.tickets.close_stale");
    nightly.cron = QStringLiteral("0 3 * * *");
    nightly.timeZone = QStringLiteral("Europe/Berlin");
    nightly.args = QJsonObject{{QStringLiteral("days"), 7}};
    (void)registry.registerSchedule(std::move(nightly));
}

} // namespace helpdesk
