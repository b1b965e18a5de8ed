// SPDX-License-Identifier: MIT
#include "data/uuid7.h"
#include "testsite.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>

using namespace fm::core;
using fm::FieldError;

class TestNaming : public QObject
{
    Q_OBJECT
private slots:
    void uuidV7Format();
    void uuidV7IsTimeOrdered();
    void seriesCountsPerYear();
    void promptNeedsName();
    void fieldNamingDuplicate();
    void concurrentSeriesNamesAreUnique();
    void rolledBackInsertDoesNotBurnCounter();
};

void TestNaming::uuidV7Format()
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (int i = 0; i < 100; ++i)
        QVERIFY(shape.match(createUuidV7()).hasMatch());
}

void TestNaming::uuidV7IsTimeOrdered()
{
    QString previous = createUuidV7();
    for (int i = 0; i < 5000; ++i) {
        const QString next = createUuidV7();
        QVERIFY2(next > previous, qPrintable(previous + " !< " + next));
        previous = next;
    }
}

void TestNaming::seriesCountsPerYear()
{
    TestSite site;
    QVERIFY(site.open());
    QVERIFY(site.service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    const QString year = QString::number(QDate::currentDate().year());
    for (int i = 1; i <= 3; ++i) {
        Document order = doc("Sales Order", {{"customer", "Acme"}});
        order.appendChild("items", doc("Sales Order Item", {{"item", "x"}, {"qty", 1}}));
        auto saved = site.service->insert(order);
        QVERIFY(saved);
        QCOMPARE(saved->name(),
                 QStringLiteral("SO-%1-%2").arg(year).arg(i, 4, 10, QLatin1Char('0')));
    }
    auto counter = site.service->get("Naming Counter", QStringLiteral("SO-%1-####").arg(year));
    QVERIFY2(counter, counter ? "" : qPrintable(counter.error().toText()));
    QCOMPARE(counter->integer("current"), 3);
}

void TestNaming::promptNeedsName()
{
    TestSite site;
    QVERIFY(site.open());
    auto missing = site.service->insert(doc("Tag", {{"description", "no name"}}));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), fm::ErrorCode::Validation);
    QCOMPARE(missing.error().fields().value(0).field, QStringLiteral("name"));
    auto named = site.service->insert(doc("Tag", {{"name", "urgent"}}));
    QVERIFY(named);
    QCOMPARE(named->name(), QStringLiteral("urgent"));
    auto again = site.service->insert(doc("Tag", {{"name", "urgent"}}));
    QVERIFY(!again);
    QCOMPARE(again.error().code(), fm::ErrorCode::Duplicate);
}

void TestNaming::fieldNamingDuplicate()
{
    TestSite site;
    QVERIFY(site.open());
    QVERIFY(site.service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    QVERIFY(site.service->remove("Customer", "Acme")); // soft-deleted rows keep their name
    auto again = site.service->insert(doc("Customer", {{"customer_name", "Acme"}}));
    QVERIFY(!again);
    QVERIFY(again.error().code() == fm::ErrorCode::Validation ||
            again.error().code() == fm::ErrorCode::Duplicate);
}

void TestNaming::concurrentSeriesNamesAreUnique()
{
    TestSite site;
    QVERIFY(site.open());
    QVERIFY(site.service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    constexpr int kThreads = 4;
    constexpr int kPerThread = 50;
    QList<QStringList> names(kThreads);
    QList<QStringList> errors(kThreads);
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                Document order = doc("Sales Order", {{"customer", "Acme"}});
                order.appendChild("items", doc("Sales Order Item", {{"item", "x"}, {"qty", 1}}));
                auto saved = site.service->insert(order);
                if (saved)
                    names[t] << saved->name();
                else
                    errors[t] << saved.error().toText();
            }
        });
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    QSet<QString> unique;
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY2(errors[t].isEmpty(), qPrintable(errors[t].join('\n')));
        for (const QString &n : names[t])
            unique.insert(n);
    }
    QCOMPARE(unique.size(), kThreads * kPerThread);
    const QString year = QString::number(QDate::currentDate().year());
    QVERIFY(unique.contains(QStringLiteral("SO-%1-0001").arg(year)));
    QVERIFY(unique.contains(QStringLiteral("SO-%1-0200").arg(year)));
}

void TestNaming::rolledBackInsertDoesNotBurnCounter()
{
    TestSite site;
    QVERIFY(site.open());
    QVERIFY(site.service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    // In a bulk insert the first document takes a number, the second fails: the rollback
    // must return the number too.
    Document good = doc("Sales Order", {{"customer", "Acme"}});
    good.appendChild("items", doc("Sales Order Item", {{"item", "x"}, {"qty", 1}}));
    Document bad = doc("Sales Order", {{"customer", "Nobody"}});
    bad.appendChild("items", doc("Sales Order Item", {{"item", "x"}, {"qty", 1}}));
    QVERIFY(!site.service->bulkInsert({good, bad}));
    auto saved = site.service->insert(good);
    QVERIFY(saved);
    QVERIFY2(saved->name().endsWith("-0001"), qPrintable(saved->name()));
}

QTEST_GUILESS_MAIN(TestNaming)
#include "tst_naming.moc"
