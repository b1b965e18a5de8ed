// SPDX-License-Identifier: MIT
#include "meta/namingpattern.h"

#include <QTest>

using fm::core::NamingPattern;

class TestNamingPattern : public QObject
{
    Q_OBJECT
private slots:
    void render_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("counter");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        const QDate date(2026, 3, 7);
        QTest::newRow("year-counter")
            << "TKT-.YYYY.-.#####" << date << qint64(1) << "TKT-2026-#####"
            << "TKT-2026-00001";
        QTest::newRow("all-dates")
            << "INV-.YY.MM.DD.-.###" << date << qint64(42) << "INV-260307-###"
            << "INV-260307-042";
        QTest::newRow("wider-than-run") << "X.##" << date << qint64(12345) << "X##"
                                        << "X12345";
        QTest::newRow("counter-first") << "####.-.YYYY" << date << qint64(7) << "####-2026"
                                       << "0007-2026";
        QTest::newRow("placeholder") << "{customer}-.####" << date << qint64(3) << "ACME-####"
                                     << "ACME-0003";
        QTest::newRow("placeholder-in-text")
            << "P-{customer}-{kind}-.#" << date << qint64(9) << "P-ACME-bug-#"
            << "P-ACME-bug-9";
        QTest::newRow("twelve") << "############" << date << qint64(1) << "############"
                                << "000000000001";
        QTest::newRow("early-year") << "YYYY.YY.#" << QDate(905, 1, 2) << qint64(1) << "090505#"
                                    << "0905051";
    }
    void render()
    {
        QFETCH(QString, pattern);
        QFETCH(QDate, date);
        QFETCH(qint64, counter);
        QFETCH(QString, key);
        QFETCH(QString, name);
        const auto parsed = NamingPattern::parse(pattern, {"customer", "kind"});
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message()));
        const auto values = [](const QString &field) {
            return field == QLatin1String("customer") ? QStringLiteral("ACME")
                                                      : QStringLiteral("bug");
        };
        QCOMPARE(parsed->key(date, values), key);
        QCOMPARE(parsed->render(date, values, counter), name);
        QCOMPARE(parsed->pattern(), pattern);
    }

    void parts()
    {
        const auto parsed = NamingPattern::parse("TKT-{kind}.YYYY.MM.#####", {"kind"});
        QVERIFY(parsed.has_value());
        using Kind = NamingPattern::Part::Kind;
        const QList<Kind> kinds{Kind::Literal, Kind::Year4, Kind::Month, Kind::Counter};
        QCOMPARE(parsed->parts().size(), kinds.size());
        for (int i = 0; i < kinds.size(); ++i)
            QCOMPARE(parsed->parts().at(i).kind, kinds.at(i));
        QCOMPARE(parsed->counterWidth(), 5);
        QCOMPARE(parsed->placeholders(), QStringList{"kind"});
        const auto twice = NamingPattern::parse("{a}{b}-{a}.#", {"a", "b"});
        QVERIFY(twice.has_value());
        QCOMPARE(twice->placeholders(), (QStringList{"a", "b"}));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no-counter") << "INV-.YYYY"
                                    << "no counter";
        QTest::newRow("two-counters") << "A.##.-.###"
                                      << "more than one counter";
        QTest::newRow("too-wide") << "A.#############"
                                  << "at most 12";
        QTest::newRow("hash-in-text") << "INV-####"
                                      << "mixed with text";
        QTest::newRow("empty-part") << "INV-..####"
                                    << "empty part";
        QTest::newRow("trailing-dot") << "INV-.####."
                                      << "empty part";
        QTest::newRow("unknown-field") << "{custmer}.####"
                                       << "did you mean {customer}";
        QTest::newRow("unknown-field-far") << "{zzz}.####"
                                           << "use one of: customer";
        QTest::newRow("unclosed") << "{customer.####"
                                  << "not closed";
        QTest::newRow("stray-close") << "a}.####"
                                     << "without a '{'";
        QTest::newRow("empty-braces") << "{}-.####"
                                      << "empty placeholder";
    }
    void invalid()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, expected);
        const auto parsed = NamingPattern::parse(pattern, {"customer"});
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().message().contains(expected), qPrintable(parsed.error().message()));
        QCOMPARE(parsed.error().code(), fm::ErrorCode::InvalidMeta);
    }
};

QTEST_GUILESS_MAIN(TestNamingPattern)
#include "tst_namingpattern.moc"
