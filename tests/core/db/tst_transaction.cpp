// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fm;
using namespace fm::core;

class TestTransaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionPool> m_pool;

    std::unique_ptr<ConnectionPool> openPool(int busyTimeoutMs)
    {
        DatabaseConfig config;
        config.path = m_dir.filePath(QStringLiteral("db.sqlite"));
        config.busyTimeoutMs = busyTimeoutMs;
        auto pool = ConnectionPool::open(config);
        return pool ? std::move(*pool) : nullptr;
    }
    QSqlDatabase db() { return *m_pool->connection(); }
    const Dialect &dialect() { return m_pool->dialect(); }
    bool insert(const QString &name)
    {
        return execSql(db(), dialect(), QStringLiteral("INSERT INTO t VALUES (?)"), {name})
            .has_value();
    }
    QStringList rows()
    {
        QStringList out;
        auto q = execSql(db(), dialect(), QStringLiteral("SELECT name FROM t ORDER BY name"));
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_pool = openPool(10000);
        QVERIFY(m_pool);
        QVERIFY(execSql(db(), dialect(), QStringLiteral("CREATE TABLE t (name TEXT PRIMARY KEY)")));
    }
    void cleanup()
    {
        m_pool.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
    }

    void commitAndDestructorRollback_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("commit");
        QTest::addColumn<QStringList>("expected");
        for (auto mode : {Transaction::Mode::Write, Transaction::Mode::Read}) {
            const char *m = mode == Transaction::Mode::Write ? "write" : "read";
            QTest::addRow("%s commit", m) << int(mode) << true << QStringList{"a"};
            QTest::addRow("%s destructor rolls back", m) << int(mode) << false << QStringList{};
        }
    }
    void commitAndDestructorRollback()
    {
        QFETCH(int, mode);
        QFETCH(bool, commit);
        QFETCH(QStringList, expected);
        {
            auto tx = Transaction::begin(db(), dialect(), Transaction::Mode(mode));
            QVERIFY(tx);
            QVERIFY(tx->isActive());
            QVERIFY(!tx->isNested());
            QCOMPARE(Transaction::depth(db().connectionName()), 1);
            QVERIFY(insert(QStringLiteral("a")));
            if (commit) {
                QVERIFY(tx->commit());
                QVERIFY(!tx->isActive());
                QVERIFY(!tx->commit()); // a second commit is an error, not a crash
            }
        }
        QCOMPARE(Transaction::depth(db().connectionName()), 0);
        QCOMPARE(rows(), expected);
    }

    void nested_data()
    {
        QTest::addColumn<bool>("commitInner");
        QTest::addColumn<bool>("commitOuter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("both commit") << true << true << QStringList{"inner", "outer"};
        QTest::newRow("inner rolls back, outer keeps its part")
            << false << true << QStringList{"outer"};
        QTest::newRow("outer rollback takes committed inner") << true << false << QStringList{};
        QTest::newRow("both roll back") << false << false << QStringList{};
    }
    void nested()
    {
        QFETCH(bool, commitInner);
        QFETCH(bool, commitOuter);
        QFETCH(QStringList, expected);
        auto outer = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(outer);
        QVERIFY(insert(QStringLiteral("outer")));
        {
            auto inner = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
            QVERIFY(inner);
            QVERIFY(inner->isNested());
            QCOMPARE(Transaction::depth(db().connectionName()), 2);
            QVERIFY(insert(QStringLiteral("inner")));
            if (commitInner)
                QVERIFY(inner->commit());
            // else: the destructor rolls back to the savepoint
        }
        QCOMPARE(Transaction::depth(db().connectionName()), 1);
        if (commitOuter)
            QVERIFY(outer->commit());
        else
            outer->rollback();
        QCOMPARE(rows(), expected);
    }

    void threeLevels()
    {
        auto a = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(a && insert(QStringLiteral("1")));
        auto b = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(b && insert(QStringLiteral("2")));
        auto c = Transaction::begin(db(), dialect(), Transaction::Mode::Read);
        QVERIFY(c && insert(QStringLiteral("3")));
        QVERIFY(c->commit());
        b->rollback(); // takes 2 and the committed 3
        auto d = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(d && insert(QStringLiteral("4")));
        QVERIFY(d->commit());
        QVERIFY(a->commit());
        QCOMPARE(rows(), (QStringList{"1", "4"}));
    }

    void outerEndsFirst()
    {
        auto outer = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(outer);
        auto inner = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(inner && insert(QStringLiteral("x")));
        outer->rollback();
        QCOMPARE(Transaction::depth(db().connectionName()), 0);
        auto late = inner->commit();
        QVERIFY(!late);
        QVERIFY(late.error().message().contains(QStringLiteral("end nested transactions first")));
        QCOMPARE(rows(), QStringList{});
        // The connection is usable for a new transaction.
        auto next = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(next && insert(QStringLiteral("y")) && next->commit());
        QCOMPARE(rows(), QStringList{"y"});
    }

    void moveKeepsOneOwner()
    {
        auto tx = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(tx);
        Transaction moved(std::move(*tx));
        QVERIFY(!tx->isActive());
        QVERIFY(moved.isActive());
        QVERIFY(insert(QStringLiteral("m")));
        QVERIFY(moved.commit());
        QCOMPARE(rows(), QStringList{"m"});
    }

    void busyWriterTimesOut_data()
    {
        QTest::addColumn<int>("secondMode");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("second writer is locked out") << int(Transaction::Mode::Write) << false;
        QTest::newRow("reader is not blocked (WAL)") << int(Transaction::Mode::Read) << true;
    }
    void busyWriterTimesOut()
    {
        QFETCH(int, secondMode);
        QFETCH(bool, succeeds);
        // A second pool on the same file gives this thread a second connection.
        auto other = openPool(150);
        QVERIFY(other);
        auto holder = Transaction::begin(db(), dialect(), Transaction::Mode::Write);
        QVERIFY(holder && insert(QStringLiteral("held")));

        QElapsedTimer timer;
        timer.start();
        auto second = Transaction::begin(*other->connection(), other->dialect(),
                                         Transaction::Mode(secondMode));
        QCOMPARE(second.has_value(), succeeds);
        if (succeeds) {
            auto q = execSql(*other->connection(), other->dialect(),
                             QStringLiteral("SELECT count(*) FROM t"));
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), 0); // the uncommitted row is invisible
            return;
        }
        QVERIFY(timer.elapsed() >= 100); // waited for busy_timeout
        QCOMPARE(second.error().code(), ErrorCode::Database);
        QVERIFY2(second.error().message().contains(QStringLiteral("database is locked")),
                 qPrintable(second.error().message()));
        QVERIFY(second.error().message().contains(QStringLiteral("retry")));
        QCOMPARE(second.error().details().value(QStringLiteral("retry")).toBool(), true);
        QCOMPARE(Transaction::depth(other->connection()->connectionName()), 0);
    }

    void closedConnectionIsRefused()
    {
        QSqlDatabase closed;
        auto tx = Transaction::begin(closed, dialect(), Transaction::Mode::Write);
        QVERIFY(!tx);
        QVERIFY(tx.error().message().contains(QStringLiteral("closed connection")));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
