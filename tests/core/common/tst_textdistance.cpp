// SPDX-License-Identifier: MIT
#include "common/textdistance.h"

#include <QTest>

class TestTextDistance : public QObject
{
    Q_OBJECT
private slots:
    void snakeCase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << "Sales Invoice"
                               << "sales_invoice";
        QTest::newRow("camel") << "SalesInvoice"
                               << "sales_invoice";
        QTest::newRow("single") << "Role"
                                << "role";
        QTest::newRow("punctuation") << "Has Role (x)"
                                     << "has_role_x";
        QTest::newRow("already") << "naming_counter"
                                 << "naming_counter";
    }
    void snakeCase()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(fm::snakeCase(input), expected);
    }
    void closestMatch_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        const QStringList candidates{"fieldname", "fieldtype", "options", "required"};
        QTest::newRow("typo") << "feildtype"
                              << "fieldtype";
        QTest::newRow("case") << "Required"
                              << "required";
        QTest::newRow("far") << "colour"
                             << "";
        QTest::newRow("longer by a third") << "fieldtypexxx"
                                           << "fieldtype";
        QTest::newRow("longer than a third") << "fieldtypexxxxxx"
                                             << "";
        // A client may send a field name of any length: no hint, at the cost of a length
        // comparison per candidate (fuzz_query found the edit distance dominating).
        QTest::newRow("huge") << QString(1 << 20, QLatin1Char('f')) << "";
    }
    void closestMatch()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(fm::closestMatch(word, {"fieldname", "fieldtype", "options", "required"}),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestTextDistance)
#include "tst_textdistance.moc"
