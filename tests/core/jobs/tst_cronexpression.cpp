// SPDX-License-Identifier: MIT
// The cron parser against a table of expressions with known next-run times (UTC, in
// several time zones, across the DST days of Europe/Berlin and America/New_York, Feb 29),
// and its located errors, impossible expressions included.
#include "jobs/cronexpression.h"

#include <QElapsedTimer>
#include <QTest>

using namespace fm::core;

class TestCronExpression : public QObject
{
    Q_OBJECT

    static QDateTime utc(const char *text)
    {
        QDateTime time = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
        return time.toUTC();
    }

private slots:
    void next_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");
        auto row = [](const char *label, const char *cron, const char *zone, const char *after,
                      const char *expected) {
            QTest::newRow(label) << QString::fromLatin1(cron) << QString::fromLatin1(zone)
                                 << utc(after) << utc(expected);
        };
        row("every minute", "* * * * *", "UTC", "2026-01-01T10:07:30Z", "2026-01-01T10:08:00Z");
        row("strictly after", "* * * * *", "UTC", "2026-01-01T10:07:00Z", "2026-01-01T10:08:00Z");
        row("step", "*/15 * * * *", "UTC", "2026-01-01T10:07:00Z", "2026-01-01T10:15:00Z");
        row("step wraps the hour", "*/15 * * * *", "UTC", "2026-01-01T10:45:00Z",
            "2026-01-01T11:00:00Z");
        row("range with step", "10-40/10 9 * * *", "UTC", "2026-01-01T09:21:00Z",
            "2026-01-01T09:30:00Z");
        row("start/step", "5/20 * * * *", "UTC", "2026-01-01T09:26:00Z", "2026-01-01T09:45:00Z");
        row("list", "0 8,17 * * *", "UTC", "2026-01-01T09:00:00Z", "2026-01-01T17:00:00Z");
        row("weekdays by name", "0 9 * * MON-FRI", "UTC", "2026-12-05T12:00:00Z",
            "2026-12-07T09:00:00Z");
        row("7 is Sunday", "0 6 * * 7", "UTC", "2026-01-01T00:00:00Z", "2026-01-04T06:00:00Z");
        row("0 is Sunday", "0 6 * * 0", "UTC", "2026-01-01T00:00:00Z", "2026-01-04T06:00:00Z");
        row("month names, lower case", "0 12 1 jan,jul *", "UTC", "2026-02-01T00:00:00Z",
            "2026-07-01T12:00:00Z");
        row("day-of-month OR day-of-week: the weekday first", "0 0 13 * WED", "UTC",
            "2026-01-01T00:00:00Z", "2026-01-07T00:00:00Z");
        row("day-of-month OR day-of-week: the 13th (a Tuesday)", "0 0 13 * WED", "UTC",
            "2026-01-10T00:00:00Z", "2026-01-13T00:00:00Z");
        row("day-of-month with */n is unrestricted for the OR rule", "0 0 */10 * MON", "UTC",
            "2026-01-01T00:00:00Z", "2026-01-05T00:00:00Z");
        row("31st skips short months", "0 0 31 * *", "UTC", "2026-04-01T00:00:00Z",
            "2026-05-31T00:00:00Z");
        row("Feb 29 waits for a leap year", "0 0 29 2 *", "UTC", "2026-03-01T00:00:00Z",
            "2028-02-29T00:00:00Z");
        row("Feb 29 in Berlin", "0 0 29 2 *", "Europe/Berlin", "2026-03-01T00:00:00Z",
            "2028-02-28T23:00:00Z");
        row("@hourly", "@hourly", "UTC", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z");
        row("@daily", "@daily", "UTC", "2026-01-01T10:00:00Z", "2026-01-02T00:00:00Z");
        row("@weekly is Sunday midnight", "@weekly", "UTC", "2026-01-01T10:00:00Z",
            "2026-01-04T00:00:00Z");
        row("@monthly", "@monthly", "UTC", "2026-01-01T10:00:00Z", "2026-02-01T00:00:00Z");
        row("@yearly", "@yearly", "UTC", "2026-01-01T10:00:00Z", "2027-01-01T00:00:00Z");
        row("zone with a half-hour offset", "0 9 * * *", "Asia/Kolkata", "2026-01-01T00:00:00Z",
            "2026-01-01T03:30:00Z");
        row("Berlin winter", "0 9 * * *", "Europe/Berlin", "2026-01-01T00:00:00Z",
            "2026-01-01T08:00:00Z");
        row("Berlin summer", "0 9 * * *", "Europe/Berlin", "2026-07-01T00:00:00Z",
            "2026-07-01T07:00:00Z");
        row("local midnight is the day before in UTC", "0 0 * * *", "Europe/Berlin",
            "2026-01-01T12:00:00Z", "2026-01-01T23:00:00Z");
        // Spring forward, 2026-03-29 02:00 CET -> 03:00 CEST: 02:30 does not exist and
        // runs at the end of the gap (03:00 CEST = 01:00 UTC), once.
        row("Berlin gap: skipped time runs when the gap ends", "30 2 * * *", "Europe/Berlin",
            "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z");
        row("Berlin gap: the next day is normal", "30 2 * * *", "Europe/Berlin",
            "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z");
        row("Berlin gap: an interval jumps over it", "*/30 * * * *", "Europe/Berlin",
            "2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z");
        row("Berlin gap: after its end", "*/30 * * * *", "Europe/Berlin", "2026-03-29T01:00:00Z",
            "2026-03-29T01:30:00Z");
        // Fall back, 2026-10-25 03:00 CEST -> 02:00 CET: 02:30 happens twice.
        row("Berlin repeat: fixed time runs at the first occurrence", "30 2 * * *", "Europe/Berlin",
            "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z");
        row("Berlin repeat: and not at the second", "30 2 * * *", "Europe/Berlin",
            "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z");
        row("Berlin repeat: an hourly interval runs in both", "*/30 * * * *", "Europe/Berlin",
            "2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z");
        row("Berlin repeat: second 02:30", "*/30 * * * *", "Europe/Berlin", "2026-10-25T01:00:00Z",
            "2026-10-25T01:30:00Z");
        // New York: 2026-03-08 02:00 EST -> 03:00 EDT; 2026-11-01 02:00 EDT -> 01:00 EST.
        row("New York gap", "0 2 * * *", "America/New_York", "2026-03-07T12:00:00Z",
            "2026-03-08T07:00:00Z");
        row("New York gap, then normal", "0 2 * * *", "America/New_York", "2026-03-08T07:00:00Z",
            "2026-03-09T06:00:00Z");
        row("New York repeat: first occurrence", "30 1 * * *", "America/New_York",
            "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z");
        row("New York repeat: not the second", "30 1 * * *", "America/New_York",
            "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z");
        row("New York repeat: interval in both", "30 * * * *", "America/New_York",
            "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z");
    }
    void next()
    {
        QFETCH(QString, cron);
        QFETCH(QString, zone);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        auto parsed = CronExpression::parse(cron);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        const auto next = parsed->next(after, tz);
        QVERIFY(next);
        QCOMPARE(next->toUTC(), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "it is empty";
        QTest::newRow("four fields") << "* * * *"
                                     << "it has 4 field(s), a cron expression has 5";
        QTest::newRow("six fields") << "0 * * * * *"
                                    << "it has 6 field(s)";
        QTest::newRow("hour 25") << "0 25 * * *"
                                 << "field 2 (hour): 25 is out of 0-23";
        QTest::newRow("minute 60") << "60 * * * *"
                                   << "field 1 (minute): 60 is out of 0-59";
        QTest::newRow("day 0") << "0 0 0 * *"
                               << "field 3 (day of month): 0 is out of 1-31";
        QTest::newRow("month 13") << "0 0 1 13 *"
                                  << "field 4 (month): 13 is out of 1-12";
        QTest::newRow("weekday 8") << "0 0 * * 8"
                                   << "field 5 (day of week): 8 is out of 0-7";
        QTest::newRow("bad name") << "0 0 * FOO *"
                                  << "field 4 (month): \"FOO\" is neither a number nor a name "
                                     "(JAN-DEC)";
        QTest::newRow("not a number") << "x * * * *"
                                      << "field 1 (minute): \"x\" is not a number";
        QTest::newRow("backwards") << "0 0 * * FRI-MON"
                                   << "field 5 (day of week): the range \"FRI-MON\" runs backwards";
        QTest::newRow("step 0") << "*/0 * * * *"
                                << "field 1 (minute): the step in \"*/0\" must be a whole number";
        QTest::newRow("empty list element") << "1,,2 * * * *"
                                            << "field 1 (minute): a list has";
        QTest::newRow("unknown shorthand") << "@often"
                                           << "unknown shorthand \"@often\"";
        QTest::newRow("Feb 30 never runs") << "0 0 30 2 *"
                                           << "it never runs";
        QTest::newRow("Apr and Jun 31 never run") << "0 0 31 4,6 *"
                                                  << "it never runs";
    }
    void errors()
    {
        QFETCH(QString, cron);
        QFETCH(QString, message);
        auto parsed = CronExpression::parse(cron);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message().contains(message), qPrintable(parsed.error().message()));
        QVERIFY2(
            parsed.error().message().contains(QStringLiteral("cron expression \"%1\"").arg(cron)),
            qPrintable(parsed.error().message()));
        QCOMPARE(parsed.error().code(), fm::ErrorCode::Validation);
    }

    void feb30WithWeekdayRunsOnTheWeekday()
    {
        // Both day fields restricted: either matches, so the impossible day does not matter.
        auto parsed = CronExpression::parse(QStringLiteral("0 0 30 2 MON"));
        QVERIFY(parsed);
        QCOMPARE(parsed->next(utc("2026-01-01T00:00:00Z"), QTimeZone::utc())->toUTC(),
                 utc("2026-02-02T00:00:00Z"));
    }

    // next() runs once per scheduled run; even the worst cases stay far below a tick.
    void nextIsCheap()
    {
        const QTimeZone berlin("Europe/Berlin");
        QElapsedTimer timer;
        timer.start();
        int calls = 0;
        for (const char *cron : {"* * * * *", "0 0 29 2 *", "59 23 31 12 *", "*/7 * * * *"}) {
            auto parsed = CronExpression::parse(QLatin1String(cron));
            QVERIFY(parsed);
            QDateTime after = utc("2026-03-28T22:00:00Z");
            for (int i = 0; i < 50; ++i, ++calls) {
                auto next = parsed->next(after, berlin);
                QVERIFY(next && *next > after);
                after = *next;
            }
        }
        qInfo("%d next() calls in %lld ms", calls, qint64(timer.elapsed()));
        QVERIFY(timer.elapsed() < 5000);
    }

    void invalidZone()
    {
        auto parsed = CronExpression::parse(QStringLiteral("* * * * *"));
        QVERIFY(parsed);
        QVERIFY(!parsed->next(utc("2026-01-01T00:00:00Z"), QTimeZone("Mars/Olympus")));
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
