// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/sql.h"

#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fm;
using namespace fm::core;

class TestConnectionPool : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConnectionPool> openPool(const QTemporaryDir &dir, int busyTimeoutMs = 10000)
    {
        DatabaseConfig config;
        config.path = dir.filePath(QStringLiteral("db.sqlite"));
        config.busyTimeoutMs = busyTimeoutMs;
        auto pool = ConnectionPool::open(config);
        if (!pool)
            qWarning("%s", qPrintable(pool.error().message()));
        return pool ? std::move(*pool) : nullptr;
    }

private slots:
    void init()
    {
        // Closing connections must never make Qt complain ("connection still in use", ...).
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void badConfig_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("path"); // relative to a temporary folder, "" stays empty
        QTest::addColumn<int>("busyTimeoutMs");
        QTest::addColumn<int>("code"); // -1: opens fine
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("valid") << "sqlite"
                               << "db.sqlite" << 500 << -1 << "";
        QTest::newRow("valid, zero timeout") << "sqlite"
                                             << "db.sqlite" << 0 << -1 << "";
        QTest::newRow("postgres is not an engine name")
            << "postgres"
            << "db.sqlite" << 500 << int(ErrorCode::BadRequest) << "set engine to \"sqlite\"";
        QTest::newRow("empty engine")
            << ""
            << "db.sqlite" << 500 << int(ErrorCode::BadRequest) << "not supported";
        QTest::newRow("empty path") << "sqlite"
                                    << "" << 500 << int(ErrorCode::BadRequest) << "path is empty";
        QTest::newRow("memory") << "sqlite"
                                << ":memory:" << 500 << int(ErrorCode::BadRequest)
                                << "use a file path";
        QTest::newRow("missing folder")
            << "sqlite"
            << "nope/db.sqlite" << 500 << int(ErrorCode::Io) << "does not exist";
        QTest::newRow("folder as file") << "sqlite"
                                        << "folder" << 500 << int(ErrorCode::Io) << "is not a file";
        QTest::newRow("negative timeout")
            << "sqlite"
            << "db.sqlite" << -1 << int(ErrorCode::BadRequest) << "negative";
        QTest::newRow("not a database")
            << "sqlite"
            << "garbage.sqlite" << 500 << int(ErrorCode::Database) << "not a database";
    }
    void badConfig()
    {
        QFETCH(QString, engine);
        QFETCH(QString, path);
        QFETCH(int, busyTimeoutMs);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QFile garbage(dir.filePath(QStringLiteral("garbage.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();

        DatabaseConfig config;
        config.engine = engine;
        config.path = path.isEmpty() || path.startsWith(u':') ? path : dir.filePath(path);
        config.busyTimeoutMs = busyTimeoutMs;
        auto pool = ConnectionPool::open(config);
        if (code < 0) {
            QVERIFY2(pool.has_value(), qPrintable(pool ? QString() : pool.error().message()));
            QCOMPARE((*pool)->openConnections(), 1);
            QCOMPARE((*pool)->dialect().name(), QStringLiteral("sqlite"));
            return;
        }
        QVERIFY(!pool);
        QCOMPARE(int(pool.error().code()), code);
        QVERIFY2(pool.error().message().contains(messagePart), qPrintable(pool.error().message()));
    }

    void pragmas_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("journal_mode") << "journal_mode" << QVariant(QStringLiteral("wal"));
        QTest::newRow("foreign_keys") << "foreign_keys" << QVariant(1);
        QTest::newRow("busy_timeout") << "busy_timeout" << QVariant(1234);
        QTest::newRow("synchronous NORMAL") << "synchronous" << QVariant(1);
    }
    void pragmas()
    {
        QFETCH(QString, pragma);
        QFETCH(QVariant, expected);
        QTemporaryDir dir;
        auto pool = openPool(dir, 1234);
        QVERIFY(pool);
        // Also on a second thread's connection: each new connection is configured.
        QVariant mainValue, threadValue;
        auto read = [&](QVariant &out) {
            auto db = pool->connection();
            auto query = execSql(*db, pool->dialect(), QStringLiteral("PRAGMA %1").arg(pragma));
            if (query && query->next())
                out = query->value(0);
        };
        read(mainValue);
        std::unique_ptr<QThread> thread(QThread::create([&] { read(threadValue); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(mainValue.toString(), expected.toString());
        QCOMPARE(threadValue.toString(), expected.toString());
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        auto pool = openPool(dir);
        QVERIFY(pool);
        auto mainDb = pool->connection();
        QVERIFY(mainDb);
        QVERIFY(execSql(*mainDb, pool->dialect(),
                        QStringLiteral("CREATE TABLE t (name TEXT PRIMARY KEY, thread TEXT)")));
        QCOMPARE(pool->connection()->connectionName(), mainDb->connectionName());

        constexpr int kThreads = 4;
        QSemaphore opened, release;
        QStringList names(kThreads);
        QList<bool> inserted(kThreads, false);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                auto db = pool->connection();
                if (db) {
                    names[i] = db->connectionName();
                    inserted[i] =
                        execSql(*db, pool->dialect(), QStringLiteral("INSERT INTO t VALUES (?, ?)"),
                                {QString::number(i), names[i]})
                            .has_value();
                    // The same thread gets the same connection back.
                    if (pool->connection()->connectionName() != names[i])
                        names[i].clear();
                }
                opened.release();
                release.acquire();
            }));
            threads.back()->start();
        }
        opened.acquire(kThreads);
        QCOMPARE(pool->openConnections(), kThreads + 1);
        release.release(kThreads);
        for (auto &thread : threads)
            QVERIFY(thread->wait(10000));

        QSet<QString> distinct(names.cbegin(), names.cend());
        distinct.insert(mainDb->connectionName());
        QCOMPARE(distinct.size(), kThreads + 1);
        QVERIFY(!distinct.contains(QString()));
        QVERIFY(!inserted.contains(false));
        // Finished threads gave their connections back.
        QCOMPARE(pool->openConnections(), 1);
        for (const QString &name : std::as_const(names))
            QVERIFY2(!QSqlDatabase::contains(name), qPrintable(name));
        auto count = execSql(*mainDb, pool->dialect(), QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), kThreads);
    }

    // pool_size (site.json) bounds one process's connections: a thread past it is refused
    // with an error naming the setting, and a finished thread's connection makes room.
    void poolSizeBoundsConnections()
    {
        QTemporaryDir dir;
        DatabaseConfig config;
        config.path = dir.filePath(QStringLiteral("db.sqlite"));
        config.poolSize = -1;
        auto refused = ConnectionPool::open(config);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::BadRequest);
        QVERIFY2(refused.error().message().contains(QLatin1String("pool size -1 is negative")),
                 qPrintable(refused.error().message()));

        config.poolSize = 2;
        auto opened = ConnectionPool::open(config);
        QVERIFY(opened);
        ConnectionPool &pool = **opened;
        QCOMPARE(pool.openConnections(), 1); // this thread's, opened by open()
        QSemaphore holding, release;
        bool secondOpened = false;
        std::unique_ptr<QThread> second(QThread::create([&] {
            secondOpened = pool.connection().has_value();
            holding.release();
            release.acquire();
        }));
        second->start();
        holding.acquire();
        QVERIFY(secondOpened);
        QCOMPARE(pool.openConnections(), 2);

        Result<QSqlDatabase> third = fail(ErrorCode::Internal, QString());
        std::unique_ptr<QThread> thirdThread(QThread::create([&] {
            third = pool.connection();
            // Still the same answer on a second try, and the same thread holds nothing.
            if (!third)
                third = pool.connection();
        }));
        thirdThread->start();
        QVERIFY(thirdThread->wait(10000));
        QVERIFY(!third);
        QCOMPARE(third.error().code(), ErrorCode::Database);
        QVERIFY2(third.error().message().contains(QLatin1String("the 2 database connection(s)")) &&
                     third.error().message().contains(QLatin1String("pool_size")),
                 qPrintable(third.error().message()));
        QCOMPARE(pool.openConnections(), 2);
        QVERIFY(pool.connection()); // the opening thread keeps its own

        release.release();
        QVERIFY(second->wait(10000));
        QCOMPARE(pool.openConnections(), 1);
        // Only the outcome leaves the thread: a connection handle kept past the thread's
        // end would still be in use when the pool closes it.
        QString fourthError = QStringLiteral("did not run");
        std::unique_ptr<QThread> fourth(QThread::create([&] {
            auto db = pool.connection();
            fourthError = db ? QString() : db.error().message();
        }));
        fourth->start();
        QVERIFY(fourth->wait(10000));
        QVERIFY2(fourthError.isEmpty(), qPrintable(fourthError));
    }

    void destructorClosesEverything()
    {
        QTemporaryDir dir;
        auto pool = openPool(dir);
        QVERIFY(pool);
        const QString mainName = pool->connection()->connectionName();
        QVERIFY(pool->prepared(QStringLiteral("SELECT 1")));
        // A thread that still runs when the pool goes away.
        QSemaphore opened, release;
        QString threadName;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            if (auto db = pool->connection())
                threadName = db->connectionName();
            (void)pool->prepared(QStringLiteral("SELECT 2"));
            opened.release();
            release.acquire();
        }));
        thread->start();
        opened.acquire();
        QCOMPARE(pool->openConnections(), 2);
        pool.reset();
        QVERIFY(!QSqlDatabase::contains(mainName));
        QVERIFY(!QSqlDatabase::contains(threadName));
        release.release();
        QVERIFY(thread->wait(10000));
    }

    void prepared_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("valid");
        QTest::newRow("select") << "SELECT ? + 1" << true;
        QTest::newRow("syntax error") << "SELEC ? + 1" << false;
        QTest::newRow("unknown table") << "SELECT * FROM missing WHERE x = ?" << false;
    }
    void prepared()
    {
        QFETCH(QString, sql);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        auto pool = openPool(dir);
        QVERIFY(pool);
        auto first = pool->prepared(sql);
        QCOMPARE(first.has_value(), valid);
        if (!valid) {
            QCOMPARE(first.error().code(), ErrorCode::Database);
            QCOMPARE(first.error().details().value(QStringLiteral("sql")).toString(), sql);
            return;
        }
        QVERIFY(execPrepared(**first, pool->dialect(), {41}));
        QVERIFY((*first)->next());
        QCOMPARE((*first)->value(0).toInt(), 42);

        auto again = pool->prepared(sql);
        QVERIFY(again);
        QCOMPARE(*again, *first);       // cached
        QVERIFY(!(*again)->isActive()); // finished: it holds no read snapshot while cached
        QVERIFY(execPrepared(**again, pool->dialect(), {9})); // every value is bound anew
        QVERIFY((*again)->next());
        QCOMPARE((*again)->value(0).toInt(), 10);

        QSqlQuery *other = nullptr;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto q = pool->prepared(sql);
            if (q && execPrepared(**q, pool->dialect(), {1}) && (*q)->next() &&
                (*q)->value(0).toInt() == 2)
                other = *q;
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(other);
        QVERIFY(other != *first); // each thread prepares on its own connection
    }

    // Thousands of distinct statements (say, filter shapes) keep a thread's cache at its
    // bound: the least recently used go, the ones in use stay cached (issue 12 item 9).
    void statementCacheIsBounded()
    {
        QTemporaryDir dir;
        auto pool = openPool(dir);
        QVERIFY(pool);
        const int bound = ConnectionPool::kStatementCacheSize;
        auto hot = pool->statement(QStringLiteral("SELECT ? * 2"));
        QVERIFY(hot);
        for (int i = 0; i < 3 * bound; ++i) {
            const QString sql = QStringLiteral("SELECT ? + %1").arg(i);
            auto fast = pool->statement(sql);
            auto qt = pool->prepared(sql);
            QVERIFY(fast && qt);
            if (i % 16 == 0) // used now and then: never the least recently used
                QCOMPARE(*pool->statement(QStringLiteral("SELECT ? * 2")), *hot);
        }
        QCOMPARE(pool->cachedStatements(), 2 * bound);
        auto stillHot = pool->statement(QStringLiteral("SELECT ? * 2"));
        QCOMPARE(*stillHot, *hot);
        QVERIFY((*stillHot)->exec({21}));
        QVERIFY((*stillHot)->next());
        QCOMPARE((*stillHot)->value(0).toInt(), 42);
        // An evicted statement is prepared again on demand and works.
        auto first = pool->prepared(QStringLiteral("SELECT ? + 0"));
        QVERIFY(first && execPrepared(**first, pool->dialect(), {1}) && (*first)->next());
        QCOMPARE((*first)->value(0).toInt(), 1);
        QCOMPARE(pool->cachedStatements(), 2 * bound);
    }
};

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connectionpool.moc"
