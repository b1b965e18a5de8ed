// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

// The fast statements (db/statement.h) on SQLite: values in and out, errors mapped
// like Qt Sql's, and rows read to the end.
class TestStatement : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        DatabaseConfig config;
        config.path = m_dir->filePath("db.sqlite");
        auto pool = ConnectionPool::open(config);
        QVERIFY(pool);
        m_pool = std::move(*pool);
        auto db = m_pool->connection();
        QVERIFY(db);
        for (const char *sql : {"CREATE TABLE parent (name TEXT PRIMARY KEY)",
                                "CREATE TABLE t (name TEXT PRIMARY KEY, i INTEGER, r REAL, "
                                "s TEXT UNIQUE, b BLOB, p TEXT REFERENCES parent(name))",
                                "INSERT INTO parent VALUES ('P')"})
            QVERIFY(execSql(*db, m_pool->dialect(), QString::fromLatin1(sql)));
    }
    void cleanup()
    {
        m_pool.reset();
        m_dir.reset();
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<QVariant>("in");
        QTest::addColumn<QVariant>("out");
        QTest::newRow("null") << QVariant() << QVariant();
        QTest::newRow("bool") << QVariant(true) << QVariant(qint64(1));
        QTest::newRow("int") << QVariant(42) << QVariant(qint64(42));
        QTest::newRow("int64") << QVariant(qint64(1) << 53) << QVariant(qint64(1) << 53);
        QTest::newRow("double") << QVariant(2.5) << QVariant(2.5);
        QTest::newRow("text") << QVariant(QStringLiteral("Grüße, 世界"))
                              << QVariant(QStringLiteral("Grüße, 世界"));
        QTest::newRow("empty text") << QVariant(QString("")) << QVariant(QString(""));
        QTest::newRow("bytes") << QVariant(QByteArray("\0\1\2", 3))
                               << QVariant(QByteArray("\0\1\2", 3));
    }
    void valuesRoundTrip()
    {
        QFETCH(QVariant, in);
        QFETCH(QVariant, out);
        auto insert = m_pool->statement("INSERT INTO t (name, s) VALUES (?, ?)");
        QVERIFY(insert);
        QVERIFY((*insert)->exec({"row", in}));
        QCOMPARE((*insert)->rowsAffected(), 1);
        auto select = m_pool->statement("SELECT s FROM t WHERE name = ?");
        QVERIFY(select);
        QVERIFY((*select)->exec({"row"}));
        QVERIFY((*select)->next());
        QCOMPARE((*select)->columnCount(), 1);
        const QVariant value = (*select)->value(0);
        QCOMPARE(value.isNull(), out.isNull());
        if (!out.isNull())
            QCOMPARE(value, out);
        QVERIFY(!(*select)->next());
    }

    void rowsAndReuse()
    {
        auto insert = m_pool->statement("INSERT INTO t (name, i) VALUES (?, ?)");
        QVERIFY(insert);
        for (int i = 0; i < 5; ++i)
            QVERIFY((*insert)->exec({QStringLiteral("n%1").arg(i), i}));
        auto again = m_pool->statement("INSERT INTO t (name, i) VALUES (?, ?)");
        QCOMPARE(*again, *insert); // cached per thread
        auto select = m_pool->statement("SELECT i FROM t ORDER BY i");
        QVERIFY((*select)->exec({}));
        int count = 0;
        while ((*select)->next())
            QCOMPARE((*select)->value(0).toInt(), count++);
        QCOMPARE(count, 5);
        QVERIFY(!(*select)->next());  // stays at the end
        QVERIFY((*select)->exec({})); // and runs again from the start
        QVERIFY((*select)->next());
        QCOMPARE((*select)->value(0).toInt(), 0);
        (*select)->finish();
        QVERIFY(!(*select)->next());
    }

    void errorsMapLikeQtSql()
    {
        auto insert = m_pool->statement("INSERT INTO t (name, s, p) VALUES (?, ?, ?)");
        QVERIFY(insert);
        QVERIFY((*insert)->exec({"a", "same", "P"}));
        auto duplicate = (*insert)->exec({"b", "same", "P"});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code(), fm::ErrorCode::Duplicate);
        QCOMPARE(duplicate.error().details().value("fields").toStringList(), QStringList{"s"});
        auto orphan = (*insert)->exec({"c", "other", "missing"});
        QVERIFY(!orphan);
        QCOMPARE(orphan.error().code(), fm::ErrorCode::Validation);
        QVERIFY((*insert)->exec({"d", "fine", "P"})); // usable after an error
        auto broken = m_pool->statement("SELEC nothing");
        QVERIFY(!broken);
        QCOMPARE(broken.error().code(), fm::ErrorCode::Database);
        QCOMPARE(broken.error().details().value("sql").toString(), QStringLiteral("SELEC nothing"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionPool> m_pool;
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
