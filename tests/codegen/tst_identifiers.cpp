// SPDX-License-Identifier: MIT
#include "identifiers.h"

#include <QTest>

using namespace fm::codegen;

class TestIdentifiers final : public QObject
{
    Q_OBJECT

private slots:
    void pascal_data();
    void pascal();
    void constants_data();
    void constants();
    void unique_data();
    void unique();
    void namespaces_data();
    void namespaces();
    void literals_data();
    void literals();
    void latin1_data();
    void latin1();
};

void TestIdentifiers::pascal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title case") << "Sales Order"
                                << "SalesOrder";
    QTest::newRow("snake case") << "customer_name"
                                << "CustomerName";
    QTest::newRow("inner capitals kept") << "ToDo HR"
                                         << "ToDoHR";
    QTest::newRow("digits") << "1 - High"
                            << "1High";
    QTest::newRow("punctuation") << "on-hold / paused!"
                                 << "OnHoldPaused";
    QTest::newRow("accents dropped") << "Ärger café"
                                     << "ArgerCafe";
    QTest::newRow("non-Latin script gone") << "日本"
                                           << "";
    QTest::newRow("symbols and words") << "€ Euro"
                                       << "Euro";
    QTest::newRow("empty") << ""
                           << "";
}

void TestIdentifiers::pascal()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(pascalCase(text), expected);
}

void TestIdentifiers::constants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fieldname") << "order_date"
                               << "kOrderDate";
    QTest::newRow("choice") << "To Deliver"
                            << "kToDeliver";
    QTest::newRow("leading digit is fine after k") << "2nd"
                                                   << "k2nd";
    QTest::newRow("nothing usable: fallback") << "—"
                                              << "kFallback";
    QTest::newRow("empty: fallback") << ""
                                     << "kFallback";
}

void TestIdentifiers::constants()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(constantName(text, QStringLiteral("kFallback")), expected);
}

void TestIdentifiers::unique_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("distinct") << QStringList{"kA", "kB"} << QStringList{"kA", "kB"};
    QTest::newRow("duplicates numbered")
        << QStringList{"kA", "kA", "kA"} << QStringList{"kA", "kA_2", "kA_3"};
    QTest::newRow("suffix never takes a given name")
        << QStringList{"kA", "kA", "kA_2"} << QStringList{"kA", "kA_3", "kA_2"};
    QTest::newRow("empty") << QStringList{} << QStringList{};
}

void TestIdentifiers::unique()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QCOMPARE(uniqueNames(names), expected);
}

void TestIdentifiers::namespaces_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "shop"
                           << "shop";
    QTest::newRow("snake kept") << "field_service"
                                << "field_service";
    QTest::newRow("spaces and capitals") << "Field Service"
                                         << "field_service";
    QTest::newRow("leading digit") << "3d_print"
                                   << "app_3d_print";
    QTest::newRow("keyword") << "new"
                             << "new_app";
    QTest::newRow("Qt macro") << "signals"
                              << "signals_app";
    QTest::newRow("framework namespace") << "fm"
                                         << "fm_app";
    QTest::newRow("accents") << "café"
                             << "cafe";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("nothing usable") << "日本"
                                    << "";
}

void TestIdentifiers::namespaces()
{
    QFETCH(QString, app);
    QFETCH(QString, expected);
    QCOMPARE(appNamespace(app), expected);
}

void TestIdentifiers::literals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("utf16");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Draft" << false << "\"Draft\"";
    QTest::newRow("quote and backslash") << "a\"b\\c" << false << "\"a\\\"b\\\\c\"";
    QTest::newRow("newline and tab") << "a\nb\tc" << false << "\"a\\nb\\tc\"";
    QTest::newRow("other control characters in octal")
        << QString(QChar(1)) + "9" << false << "\"\\0019\"";
    QTest::newRow("Latin-1 in octal, not hex, so a digit after it is safe")
        << "é1" << false << "\"\\3511\"";
    QTest::newRow("no trigraph") << "?\?=" << false << "\"\\?\?=\"";
    QTest::newRow("utf16 BMP") << "€ 5" << true << "u\"\\u20ac 5\"";
    QTest::newRow("utf16 Latin-1") << "é" << true << "u\"\\u00e9\"";
    QTest::newRow("utf16 astral") << "🎉" << true << "u\"\\U0001f389\"";
}

void TestIdentifiers::literals()
{
    QFETCH(QString, text);
    QFETCH(bool, utf16);
    QFETCH(QString, expected);
    QCOMPARE(cppStringLiteral(text, utf16), expected);
}

void TestIdentifiers::latin1_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ASCII") << "Draft" << true;
    QTest::newRow("Latin-1") << "m² £" << true;
    QTest::newRow("euro sign") << "€" << false;
    QTest::newRow("astral") << "🎉" << false;
}

void TestIdentifiers::latin1()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(isLatin1(text), expected);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
