// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <bitset>
#include <optional>

namespace fm::core {

// A standard 5-field cron expression (minute hour day-of-month month day-of-week), with
// `*`, ranges `a-b`, steps `*/n` and `a-b/n`, lists `a,b`, month and weekday names (JAN,
// MON; case-insensitive), 0 or 7 for Sunday and the shorthands @hourly, @daily
// (@midnight), @weekly, @monthly, @yearly (@annually). Written here because Debian packs
// no maintained C++ cron library (ADR 0225).
//
// Day-of-month and day-of-week follow the classic rule: when both are restricted (neither
// starts with `*`) a day matches if EITHER matches ("0 0 13 * FRI" runs on every 13th and
// every Friday); when one is `*`, only the other one decides.
//
// Times are wall-clock times in a time zone (next()); daylight saving is handled so:
//  - a time skipped by a spring-forward gap runs once, at the first instant after the gap
//    (02:30 in Europe/Berlin on the last Sunday of March runs at 03:00 CEST);
//  - a time repeated by a fall-back runs once, at its first occurrence, unless the hour
//    field is `*`: then the expression is an interval ("*/15 * * * *") and both
//    occurrences run, so the interval keeps its pace through the repeated hour.
class FM_CORE_EXPORT CronExpression final
{
public:
    // A Validation error naming the field, the value and the allowed range
    // ("field 2 (hour): 25 is out of 0-23"); also refuses an expression that can never
    // match ("0 0 30 2 *": February has no 30th).
    static Result<CronExpression> parse(const QString &text);

    // The first time strictly after `after` (to the minute) that matches, as UTC; nullopt
    // only for an invalid `zone` (parse() refuses expressions that never match).
    std::optional<QDateTime> next(const QDateTime &after, const QTimeZone &zone) const;

    // Does the wall-clock `local` (seconds ignored) match?
    bool matches(const QDate &date, int hour, int minute) const;

    QString text() const { return m_text; }

private:
    bool dayMatches(const QDate &date) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1-31
    std::bitset<13> m_months;  // 1-12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_anyDay = true;      // the day-of-month field starts with '*'
    bool m_anyWeekday = true;  // the day-of-week field starts with '*'
    bool m_everyHour = true;   // the hour field is '*': repeated local times run twice
};

} // namespace fm::core
