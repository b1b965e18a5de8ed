// SPDX-License-Identifier: MIT
// List counts are reused only while nothing could have changed them: a repeated count
// is served from the cache; this connection's writes, another connection's commit (as
// another process would make), and a rolled-back transaction all give a fresh count.
#include "data/query.h"
#include "db/transaction.h"
#include "testsite.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using fm::core::Query;

class TestCountCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { site.reset(); }
    void repeatedCountsAreReused();
    void ownWritesCountAgain();
    void otherConnectionsCountAgain();
    void rolledBackWritesAreNotCounted();
    void differentFiltersAreDifferentCounts();

private:
    qint64 count(const QString &tier = {});
    std::unique_ptr<TestSite> site;
};

void TestCountCache::init()
{
    site = std::make_unique<TestSite>();
    QVERIFY(site->open());
    for (const char *name : {"A", "B", "C"})
        QVERIFY(
            site->service->insert(doc("Customer", {{"customer_name", name}, {"tier", "Gold"}})));
}

qint64 TestCountCache::count(const QString &tier)
{
    Query query;
    query.doctype = QStringLiteral("Customer");
    if (!tier.isEmpty())
        query.filters << fm::core::Filter{QStringLiteral("tier"), fm::core::FilterOp::Eq, tier};
    auto counted = site->service->count(query);
    return counted ? *counted : -1;
}

void TestCountCache::repeatedCountsAreReused()
{
    QCOMPARE(count(), 3);
    const qint64 hits = site->service->countCacheHits();
    QCOMPARE(count(), 3);
    QCOMPARE(count(), 3);
    QCOMPARE(site->service->countCacheHits(), hits + 2);
}

void TestCountCache::ownWritesCountAgain()
{
    QCOMPARE(count(), 3);
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "D"}})));
    QCOMPARE(count(), 4);
    QVERIFY(site->service->remove("Customer", "A", fm::core::DeleteMode::Hard));
    QCOMPARE(count(), 3);
}

void TestCountCache::otherConnectionsCountAgain()
{
    QCOMPARE(count(), 3);
    {
        // A second connection stands for `m import` in another process.
        QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-writer");
        other.setDatabaseName(site->path() + "/site.sqlite");
        QVERIFY(other.open());
        QSqlQuery insert(other);
        QVERIFY2(insert.exec("INSERT INTO customer (name, customer_name, tier, owner, creation, "
                             "modified, modified_by, _version) VALUES ('E', 'E', "
                             "'Gold', 'x', '2026-01-01', '2026-01-01', 'x', 1)"),
                 qPrintable(insert.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase("other-writer");
    QCOMPARE(count(), 4);
}

void TestCountCache::rolledBackWritesAreNotCounted()
{
    QCOMPARE(count(), 3);
    auto db = site->pool->connection();
    QVERIFY(db);
    {
        auto transaction = fm::core::Transaction::begin(*db, site->pool->dialect(),
                                                        fm::core::Transaction::Mode::Write);
        QVERIFY(transaction);
        QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Gone"}})));
        QCOMPARE(count(), 4); // seen inside the transaction, never cached
    }                         // destroyed without commit: rolled back
    QCOMPARE(count(), 3);
}

void TestCountCache::differentFiltersAreDifferentCounts()
{
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "S"}, {"tier", "Silver"}})));
    QCOMPARE(count("Gold"), 3);
    QCOMPARE(count("Silver"), 1);
    QCOMPARE(count("Gold"), 3);
    QCOMPARE(count(), 4);
}

QTEST_GUILESS_MAIN(TestCountCache)
#include "tst_countcache.moc"
