// SPDX-License-Identifier: MIT
#include "jobs/cronexpression.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace fm::core {

namespace {

struct FieldSpec
{
    const char *label; // "minute"
    int low;
    int high;
    const char *const *names; // index 0 = `low` (months) or 0 (weekdays), nullptr: none
    int nameCount;
};

const char *const kMonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                   "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const kWeekdayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

// Day-of-week accepts 7 for Sunday, so its range is 0-7 and 7 folds onto 0.
const FieldSpec kFields[] = {
    {QT_TRANSLATE_NOOP("fm::core::CronExpression", "minute"), 0, 59, nullptr, 0},
    {QT_TRANSLATE_NOOP("fm::core::CronExpression", "hour"), 0, 23, nullptr, 0},
    {QT_TRANSLATE_NOOP("fm::core::CronExpression", "day of month"), 1, 31, nullptr, 0},
    {QT_TRANSLATE_NOOP("fm::core::CronExpression", "month"), 1, 12, kMonthNames, 12},
    {QT_TRANSLATE_NOOP("fm::core::CronExpression", "day of week"), 0, 7, kWeekdayNames, 7}};

struct CronexpressionTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::CronExpression)
};

Error cronError(const QString &expression, const QString &message)
{
    return Error(ErrorCode::Validation,
                 CronexpressionTr::tr("cron expression \"%1\": %2").arg(expression, message),
                 {FieldError{QStringLiteral("cron"), QStringLiteral("invalid"), message}});
}

class FieldParser
{
public:
    FieldParser(int index, const FieldSpec &spec)
        : m_index(index)
        , m_spec(spec)
    {}

    // Sets the bits of `part` (one element of a comma list); an error message or empty.
    QString parse(const QString &part, std::vector<bool> &bits) const
    {
        QString range = part;
        int step = 1;
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            range = part.left(slash);
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return where(
                    CronexpressionTr::tr("the step in \"%1\" must be a whole number of at least 1")
                        .arg(part));
        }
        int from = m_spec.low;
        int to = m_spec.high == 7 ? 6 : m_spec.high; // "*" in day of week: 0-6
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'), 1);
            QString error;
            from = value(dash < 0 ? range : range.left(dash), error);
            if (!error.isEmpty())
                return error;
            to = from;
            if (dash >= 0) {
                to = value(range.mid(dash + 1), error);
                if (!error.isEmpty())
                    return error;
                if (to < from)
                    return where(CronexpressionTr::tr(
                                     "the range \"%1\" runs backwards; write it from low to high")
                                     .arg(range));
            } else if (slash >= 0) {
                to = m_spec.high == 7 ? 6 : m_spec.high; // "5/15" means 5-59/15
            }
        }
        for (int v = from; v <= to; v += step)
            bits[size_t(m_spec.high == 7 && v == 7 ? 0 : v)] = true;
        return {};
    }

    QString where(const QString &message) const
    {
        return CronexpressionTr::tr("field %1 (%2): %3")
            .arg(m_index + 1)
            .arg(CronexpressionTr::tr(m_spec.label), message);
    }

private:
    int value(const QString &text, QString &error) const
    {
        bool ok = false;
        int v = text.toInt(&ok);
        if (!ok) {
            for (int i = 0; i < m_spec.nameCount; ++i) {
                if (text.compare(QLatin1String(m_spec.names[i]), Qt::CaseInsensitive) == 0)
                    return m_spec.high == 7 ? i : m_spec.low + i;
            }
            error =
                m_spec.names
                    ? where(CronexpressionTr::tr("\"%1\" is neither a number nor a name (%2)")
                                .arg(text, QStringLiteral("%1-%2").arg(
                                               QLatin1String(m_spec.names[0]),
                                               QLatin1String(m_spec.names[m_spec.nameCount - 1]))))
                    : where(CronexpressionTr::tr("\"%1\" is not a number").arg(text));
            return 0;
        }
        if (v < m_spec.low || v > m_spec.high)
            error = where(
                CronexpressionTr::tr("%1 is out of %2-%3").arg(v).arg(m_spec.low).arg(m_spec.high));
        return v;
    }

    int m_index;
    const FieldSpec &m_spec;
};

QString expand(const QString &text)
{
    static const QHash<QString, QString> shorthands{
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")}};
    return shorthands.value(text.toLower(), text);
}

// The most days month `month` ever has (February: 29).
int maxDays(int month)
{
    static const int days[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month];
}

QDateTime utcOf(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString &input)
{
    const QString trimmed = input.simplified();
    if (trimmed.isEmpty())
        return fail(cronError(
            input, CronexpressionTr::tr("it is empty; write 5 fields (minute hour day-of-month "
                                        "month day-of-week) or @hourly, @daily, @weekly, "
                                        "@monthly, @yearly")));
    if (trimmed.startsWith(QLatin1Char('@')) && expand(trimmed) == trimmed)
        return fail(
            cronError(input, CronexpressionTr::tr("unknown shorthand \"%1\"; use @hourly, @daily, "
                                                  "@weekly, @monthly or @yearly")
                                 .arg(trimmed)));
    const QStringList fields = expand(trimmed).split(QLatin1Char(' '));
    if (fields.size() != 5)
        return fail(cronError(
            input, CronexpressionTr::tr("it has %1 field(s), a cron expression has 5: minute "
                                        "hour day-of-month month day-of-week")
                       .arg(fields.size())));
    CronExpression cron;
    cron.m_text = trimmed;
    std::vector<bool> bits[5];
    for (int i = 0; i < 5; ++i) {
        bits[i].assign(size_t(kFields[i].high + 1), false);
        const FieldParser parser(i, kFields[i]);
        for (const QString &part : fields[i].split(QLatin1Char(','))) {
            if (part.isEmpty())
                return fail(cronError(
                    input, parser.where(CronexpressionTr::tr("a list has an empty element"))));
            if (const QString error = parser.parse(part, bits[i]); !error.isEmpty())
                return fail(cronError(input, error));
        }
    }
    for (int v = 0; v < 60; ++v)
        cron.m_minutes[size_t(v)] = bits[0][size_t(v)];
    for (int v = 0; v < 24; ++v)
        cron.m_hours[size_t(v)] = bits[1][size_t(v)];
    for (int v = 1; v <= 31; ++v)
        cron.m_days[size_t(v)] = bits[2][size_t(v)];
    for (int v = 1; v <= 12; ++v)
        cron.m_months[size_t(v)] = bits[3][size_t(v)];
    for (int v = 0; v < 7; ++v)
        cron.m_weekdays[size_t(v)] = bits[4][size_t(v)];
    cron.m_anyDay = fields[2].startsWith(QLatin1Char('*'));
    cron.m_anyWeekday = fields[4].startsWith(QLatin1Char('*'));
    cron.m_everyHour = fields[1] == QLatin1String("*");

    // Only day-of-month decides (day-of-week is `*`): some chosen month must have one
    // of the chosen days, else the expression never runs ("0 0 30 2 *").
    if (!cron.m_anyDay && cron.m_anyWeekday) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month) {
            for (int day = 1; day <= maxDays(month) && !possible; ++day)
                possible = cron.m_months[size_t(month)] && cron.m_days[size_t(day)];
        }
        if (!possible)
            return fail(cronError(
                input, CronexpressionTr::tr("it never runs: none of its months has any of its "
                                            "days (fields 3 and 4)")));
    }
    return cron;
}

bool CronExpression::dayMatches(const QDate &date) const
{
    if (!m_months[size_t(date.month())])
        return false;
    const bool day = m_days[size_t(date.day())];
    const bool weekday = m_weekdays[size_t(date.dayOfWeek() % 7)];
    if (m_anyDay && m_anyWeekday)
        return true;
    if (m_anyDay)
        return weekday;
    if (m_anyWeekday)
        return day;
    return day || weekday; // both restricted: either
}

bool CronExpression::matches(const QDate &date, int hour, int minute) const
{
    return dayMatches(date) && m_hours[size_t(hour)] && m_minutes[size_t(minute)];
}

std::optional<QDateTime> CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    if (!zone.isValid() || !after.isValid())
        return std::nullopt;
    const QDateTime from = after.toUTC();
    // Day by day in the zone's wall-clock calendar. Each matching wall-clock time maps to
    // its instants (none in a gap, two in a repeat); the smallest one after `from` wins.
    // Nine years cover the rarest day a parsed expression allows (Feb 29 across 2100).
    const QDate first = from.toTimeZone(zone).date().addDays(-1);
    for (QDate date = first; date <= first.addYears(9); date = date.addDays(1)) {
        if (!dayMatches(date))
            continue;
        // The zone's offsets around this day; they differ on a transition day.
        const int before = zone.offsetFromUtc(utcOf(date, 0, 0).addDays(-1));
        const int afterOffset = zone.offsetFromUtc(utcOf(date, 0, 0).addDays(2));
        std::optional<QDateTime> best;
        auto consider = [&](const QDateTime &instant) {
            if (instant > from && (!best || instant < *best))
                best = instant;
        };
        for (int hour = 0; hour < 24; ++hour) {
            if (!m_hours[size_t(hour)])
                continue;
            for (int minute = 0; minute < 60; ++minute) {
                if (!m_minutes[size_t(minute)])
                    continue;
                const QDateTime wall = utcOf(date, hour, minute); // the wall time, as if UTC
                if (before == afterOffset) {
                    // No transition today: one instant each, in ascending order, so the
                    // first one after `from` is the answer.
                    const QDateTime instant = wall.addSecs(-before);
                    if (instant > from)
                        return instant;
                    continue;
                }
                QList<QDateTime> instants;
                for (int offset : {before, afterOffset}) {
                    const QDateTime instant = wall.addSecs(-offset);
                    if (zone.offsetFromUtc(instant) == offset && !instants.contains(instant))
                        instants << instant;
                }
                std::sort(instants.begin(), instants.end());
                if (instants.isEmpty()) {
                    // Skipped by a gap: the first instant after it.
                    const auto transition = zone.nextTransition(wall.addSecs(-afterOffset));
                    if (transition.atUtc.isValid())
                        consider(transition.atUtc.toUTC());
                } else if (instants.size() == 1 || m_everyHour) {
                    for (const QDateTime &instant : std::as_const(instants))
                        consider(instant);
                } else {
                    consider(instants.first()); // repeated: the first occurrence only
                }
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

} // namespace fm::core
