// SPDX-License-Identifier: MIT
#include "jobs/scheduledjobcontroller.h"

#include "data/document.h"
#include "jobs/cronexpression.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace fm::core {

Result<void> ScheduledJobController::validate(HookContext &ctx, Document &doc)
{
    const QString cron = doc.string(QStringLiteral("cron"));
    if (auto parsed = CronExpression::parse(cron); !parsed)
        return fail(parsed.error());
    QString zone = doc.string(QStringLiteral("time_zone"));
    if (zone.isEmpty()) {
        zone = QStringLiteral("UTC");
        doc.setValue(QStringLiteral("time_zone"), zone);
    }
    if (!QTimeZone(zone.toUtf8()).isValid()) {
        const QString message =
            QCoreApplication::translate("fm::core::ScheduledJobController",
                                        "\"%1\" is not a known time zone; use an IANA name such "
                                        "as UTC or Europe/Berlin")
                .arg(zone);
        return fail(ErrorCode::Validation, message,
                    {FieldError{QStringLiteral("time_zone"), QStringLiteral("invalid"), message}});
    }
    if (ctx.previous && (ctx.previous->string(QStringLiteral("cron")) != cron ||
                         ctx.previous->string(QStringLiteral("time_zone")) != zone))
        doc.setValue(QStringLiteral("next_run"), QVariant());
    return {};
}

} // namespace fm::core
