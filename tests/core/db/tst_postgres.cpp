// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/pgvalues.h"
#include "db/postgresdialect.h"
#include "db/sql.h"
#include "db/tablespec.h"
#include "db/transaction.h"
#include "pgcluster.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace fm::core;

// PostgreSQL as the second dialect, on a throwaway cluster (tests/common/pgcluster.h):
// URLs and connection errors, placeholders, every storage type through both the Qt Sql
// driver and the fast statements, engine errors mapped to fm::Error, lock timeouts,
// schema changes in place and in one transaction, and a session that recovers after the
// server restarts. The shared suites run on PostgreSQL too (fm_add_db_test).
class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (const QString why = PgCluster::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        m_cluster = PgCluster::shared(&error);
        QVERIFY2(m_cluster, qPrintable(error));
    }
    void init()
    {
        QString error;
        m_config.engine = QStringLiteral("postgresql");
        m_config.url = m_cluster->createDatabase(&error);
        QVERIFY2(!m_config.url.isEmpty(), qPrintable(error));
        auto pool = ConnectionPool::open(m_config);
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toText()));
        m_pool = std::move(*pool);
    }
    void cleanup() { m_pool.reset(); }

    void urlConfig_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("engine"); // empty: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("host and port") << "postgresql://fm@db.example:5432/site"
                                       << "postgresql"
                                       << "";
        QTest::newRow("short scheme, socket") << "postgres://fm@/site?host=/run/postgresql"
                                              << "postgresql"
                                              << "";
        QTest::newRow("a file is SQLite") << "sites/a/db.sqlite"
                                          << "sqlite"
                                          << "";
        QTest::newRow("password in the URL") << "postgresql://fm:secret@db.example/site"
                                             << ""
                                             << "holds a password";
        QTest::newRow("password as a parameter")
            << "postgresql://fm@db.example/site?password=secret"
            << ""
            << "holds a password";
        QTest::newRow("no database") << "postgresql://fm@db.example"
                                     << ""
                                     << "not a valid PostgreSQL URL";
    }
    void urlConfig()
    {
        QFETCH(QString, url);
        QFETCH(QString, engine);
        QFETCH(QString, message);
        auto config = DatabaseConfig::fromUrl(url);
        if (engine.isEmpty()) {
            QVERIFY(!config);
            QCOMPARE(config.error().code(), fm::ErrorCode::BadRequest);
            QVERIFY2(config.error().message().contains(message),
                     qPrintable(config.error().message()));
            QVERIFY(!config.error().message().contains(QLatin1String("secret")));
            return;
        }
        QVERIFY(config);
        QCOMPARE(config->engine, engine);
        QCOMPARE(config->displayName(), url);
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("passwordFile");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty URL") << "postgresql"
                                   << ""
                                   << "" << int(fm::ErrorCode::BadRequest) << "URL is empty";
        QTest::newRow("not a URL")
            << "postgresql"
            << "localhost:5432"
            << "" << int(fm::ErrorCode::BadRequest) << "not a PostgreSQL URL";
        QTest::newRow("unknown engine")
            << "mysql"
            << ""
            << "" << int(fm::ErrorCode::BadRequest) << "set engine to \"sqlite\" or \"postgresql\"";
        QTest::newRow("no server there")
            << "postgresql"
            << "postgresql://fm@/nowhere?host=/nonexistent-socket-dir"
            << "" << int(fm::ErrorCode::Database) << "opening the database";
        QTest::newRow("unknown database") << "postgresql"
                                          << "CLUSTER/no_such_db"
                                          << "" << int(fm::ErrorCode::Database) << "no_such_db";
        QTest::newRow("password file missing")
            << "postgresql"
            << "CLUSTER/postgres"
            << "/nonexistent/password" << int(fm::ErrorCode::Io) << "password file";
    }
    void openErrors()
    {
        QFETCH(QString, engine);
        QFETCH(QString, url);
        QFETCH(QString, passwordFile);
        QFETCH(int, code);
        QFETCH(QString, message);
        DatabaseConfig config;
        config.engine = engine;
        config.url =
            url.startsWith(QLatin1String("CLUSTER/")) ? m_cluster->url(url.section(u'/', 1)) : url;
        config.passwordFile = passwordFile;
        auto pool = ConnectionPool::open(config);
        QVERIFY(!pool);
        QCOMPARE(int(pool.error().code()), code);
        QVERIFY2(pool.error().message().contains(message), qPrintable(pool.error().message()));
    }

    void passwordFromFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right password") << QByteArray("hunter2\n") << true;
        QTest::newRow("wrong password") << QByteArray("hunter3\n") << false;
    }
    void passwordFromFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, accepted);
        bool ok = false;
        m_cluster->psql(QStringLiteral("postgres"),
                        QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                       "rolname = 'secretive') THEN CREATE ROLE secretive LOGIN "
                                       "PASSWORD 'hunter2'; END IF; END$$"),
                        &ok);
        QVERIFY(ok);
        QVERIFY(m_cluster->requirePassword(QStringLiteral("secretive")));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("password")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        DatabaseConfig config;
        config.engine = QStringLiteral("postgresql");
        config.url = m_cluster->url(QStringLiteral("postgres"))
                         .replace(QStringLiteral("postgresql://fm@"),
                                  QStringLiteral("postgresql://secretive@"));
        config.passwordFile = file.fileName();
        auto pool = ConnectionPool::open(config);
        if (!accepted) {
            QVERIFY(!pool);
            QVERIFY2(pool.error().message().contains(QLatin1String("password authentication")),
                     qPrintable(pool.error().message()));
            QVERIFY(!pool.error().message().contains(QLatin1String("hunter")));
            return;
        }
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toText()));
        auto who = execSql(*(*pool)->connection(), (*pool)->dialect(),
                           QStringLiteral("SELECT current_user"));
        QVERIFY(who && who->next());
        QCOMPARE(who->value(0).toString(), QStringLiteral("secretive"));
    }

    void positionalSql_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("bare") << "a = ? AND b = ?"
                              << "a = $1 AND b = $2";
        QTest::newRow("numbered") << "a = ?3 OR b = ?1"
                                  << "a = $3 OR b = $1";
        QTest::newRow("in a literal") << "a = '?' AND b = ?"
                                      << "a = '?' AND b = $1";
        QTest::newRow("doubled quote") << "a = 'it''s ?' AND b = ?"
                                       << "a = 'it''s ?' AND b = $1";
        QTest::newRow("in an identifier") << "\"wh?\" = ?"
                                          << "\"wh?\" = $1";
        QTest::newRow("in a comment") << "-- why?\nSELECT ?"
                                      << "-- why?\nSELECT $1";
        QTest::newRow("dollar body") << "DO $$ ? $$; ?"
                                     << "DO $$ ? $$; $1";
        QTest::newRow("none") << "SELECT 1"
                              << "SELECT 1";
    }
    void positionalSql()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(pg::positionalSql(in), out);
    }

    void typesRoundTrip_data()
    {
        QTest::addColumn<int>("storage");
        QTest::addColumn<QVariant>("in");
        QTest::addColumn<QVariant>("out");
        const auto row = [](const char *name, StorageType storage, QVariant in, QVariant out) {
            QTest::newRow(name) << int(storage) << in << out;
        };
        row("text", StorageType::Text, QStringLiteral("Grüße, 世界"),
            QStringLiteral("Grüße, 世界"));
        row("empty text", StorageType::Text, QString(""), QString(""));
        row("null", StorageType::Text, QVariant(), QVariant());
        row("integer", StorageType::Integer, 42, qint64(42));
        row("int64", StorageType::Integer, qint64(1) << 53, qint64(1) << 53);
        row("negative", StorageType::Integer, -7, qint64(-7));
        row("real", StorageType::Real, 2.5, 2.5);
        row("real 0.1", StorageType::Real, 0.1, 0.1);
        row("currency", StorageType::Real, 1234567.89, 1234567.89);
        row("bool true", StorageType::Boolean, true, qint64(1));
        row("bool as 0", StorageType::Boolean, 0, qint64(0));
        row("date", StorageType::Date, QStringLiteral("2026-11-26"), QStringLiteral("2026-11-26"));
        row("datetime", StorageType::Datetime, QStringLiteral("2026-11-26T10:00:00.000Z"),
            QStringLiteral("2026-11-26T10:00:00.000Z"));
        row("datetime ms", StorageType::Datetime, QStringLiteral("2026-11-26T10:00:00.123Z"),
            QStringLiteral("2026-11-26T10:00:00.123Z"));
        row("datetime offset", StorageType::Datetime, QStringLiteral("2026-11-26T12:00:00+02:00"),
            QStringLiteral("2026-11-26T10:00:00.000Z"));
        row("time", StorageType::Time, QStringLiteral("14:30:00"), QStringLiteral("14:30:00"));
        row("json", StorageType::Json, QStringLiteral("{\"a\":[1,2]}"),
            QStringLiteral("{\"a\": [1, 2]}"));
        row("json string", StorageType::Json, QStringLiteral("\"x\""), QStringLiteral("\"x\""));
    }
    void typesRoundTrip()
    {
        QFETCH(int, storage);
        QFETCH(QVariant, in);
        QFETCH(QVariant, out);
        const Dialect &dialect = m_pool->dialect();
        auto db = m_pool->connection();
        QVERIFY(db);
        TableSpec table{QStringLiteral("t"),
                        {{QStringLiteral("name"), StorageType::Text, true, {}},
                         {QStringLiteral("v"), StorageType(storage), false, {}}},
                        {},
                        {}};
        for (const QString &sql : dialect.createTable(table))
            QVERIFY(execSql(*db, dialect, sql));
        auto insert = m_pool->statement(QStringLiteral("INSERT INTO t (name, v) VALUES (?, ?)"));
        QVERIFY(insert);
        QVERIFY((*insert)->exec({QStringLiteral("fast"), in}));
        QCOMPARE((*insert)->rowsAffected(), 1);
        QVERIFY(execSql(*db, dialect, QStringLiteral("INSERT INTO t (name, v) VALUES (?, ?)"),
                        {QStringLiteral("qt"), in}));

        auto select = m_pool->statement(QStringLiteral("SELECT v FROM t WHERE name = ?1"));
        QVERIFY(select);
        for (const char *name : {"fast", "qt"}) {
            QVERIFY((*select)->exec({QLatin1String(name)}));
            QVERIFY((*select)->next());
            const QVariant got = (*select)->value(0);
            QCOMPARE(got.isNull(), out.isNull());
            if (!out.isNull()) {
                QCOMPARE(got.metaType(), out.metaType());
                QCOMPARE(got, out);
            }
            QVERIFY(!(*select)->next());
            auto query = execSql(*db, dialect, QStringLiteral("SELECT v FROM t WHERE name = ?"),
                                 {QLatin1String(name)});
            QVERIFY(query && query->next());
            QCOMPARE(query->value(0).isNull(), out.isNull());
            if (!out.isNull())
                QCOMPARE(query->value(0), out);
        }
    }

    void errorsMapped()
    {
        const Dialect &dialect = m_pool->dialect();
        auto db = m_pool->connection();
        QVERIFY(db);
        for (const char *sql :
             {"CREATE TABLE parent (name text PRIMARY KEY)",
              "CREATE TABLE t (name text PRIMARY KEY, s text, p text "
              "REFERENCES parent (name))",
              "CREATE UNIQUE INDEX t_s ON t (s)", "INSERT INTO parent VALUES ('P')",
              "INSERT INTO t VALUES ('a', 'taken', 'P')"})
            QVERIFY(execSql(*db, dialect, QString::fromLatin1(sql)));
        auto insert = m_pool->statement(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
        QVERIFY(insert);

        auto duplicate = (*insert)->exec({QStringLiteral("b"), QStringLiteral("taken"), {}});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code(), fm::ErrorCode::Duplicate);
        QCOMPARE(duplicate.error().fields().size(), 1);
        QCOMPARE(duplicate.error().fields().first().field, QStringLiteral("s"));
        QVERIFY2(!duplicate.error().message().contains(QLatin1String("taken")),
                 "the duplicate value must not reach the message");

        auto key = execSql(*db, dialect, QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"),
                           {QStringLiteral("a"), QStringLiteral("other"), {}});
        QVERIFY(!key);
        QCOMPARE(key.error().code(), fm::ErrorCode::Duplicate);
        QCOMPARE(key.error().fields().first().field, QStringLiteral("name"));

        auto dangling = (*insert)->exec({QStringLiteral("c"), {}, QStringLiteral("nope")});
        QVERIFY(!dangling);
        QCOMPARE(dangling.error().code(), fm::ErrorCode::Validation);

        auto missing = m_pool->statement(QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), fm::ErrorCode::Database);
        QVERIFY(missing.error().details().contains(QStringLiteral("missing_table")));

        auto syntax = execSql(*db, dialect, QStringLiteral("SELEKT 1"));
        QVERIFY(!syntax);
        QCOMPARE(syntax.error().code(), fm::ErrorCode::Database);
        QVERIFY(syntax.error().message().contains(QLatin1String("syntax error")));
    }

    void lockTimeoutIsBusy()
    {
        DatabaseConfig impatient = m_config;
        impatient.busyTimeoutMs = 200;
        auto other = ConnectionPool::open(impatient);
        QVERIFY(other);
        auto db = m_pool->connection();
        QVERIFY(db);
        QVERIFY(execSql(*db, m_pool->dialect(),
                        QStringLiteral("CREATE TABLE t (name text PRIMARY KEY, n bigint)")));
        QVERIFY(execSql(*db, m_pool->dialect(), QStringLiteral("INSERT INTO t VALUES ('a', 1)")));

        auto holder = Transaction::begin(*db, m_pool->dialect(), Transaction::Mode::Write);
        QVERIFY(holder);
        QVERIFY(
            execSql(*db, m_pool->dialect(), QStringLiteral("UPDATE t SET n = 2 WHERE name = 'a'")));
        auto update = (*other)->statement(QStringLiteral("UPDATE t SET n = 3 WHERE name = ?"));
        QVERIFY(update);
        auto blocked = (*update)->exec({QStringLiteral("a")});
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code(), fm::ErrorCode::Database);
        QCOMPARE(blocked.error().details().value(QStringLiteral("retry")).toBool(), true);
        QVERIFY(holder->commit());
        QVERIFY((*update)->exec({QStringLiteral("a")}));
        QCOMPARE((*update)->rowsAffected(), 1);
    }

    // The fast statements and Qt Sql share one session, so one transaction.
    void statementsShareTheTransaction()
    {
        auto db = m_pool->connection();
        QVERIFY(db);
        const Dialect &dialect = m_pool->dialect();
        QVERIFY(execSql(*db, dialect, QStringLiteral("CREATE TABLE t (name text PRIMARY KEY)")));
        auto insert = m_pool->statement(QStringLiteral("INSERT INTO t VALUES (?)"));
        QVERIFY(insert);
        {
            auto tx = Transaction::begin(*db, dialect, Transaction::Mode::Write);
            QVERIFY(tx);
            QVERIFY((*insert)->exec({QStringLiteral("rolled back")}));
        } // rolled back here
        {
            auto tx = Transaction::begin(*db, dialect, Transaction::Mode::Write);
            QVERIFY(tx);
            QVERIFY((*insert)->exec({QStringLiteral("kept")}));
            QVERIFY(tx->commit());
        }
        auto rows = execSql(*db, dialect, QStringLiteral("SELECT string_agg(name, ',') FROM t"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("kept"));
    }

    // Parameters PostgreSQL cannot type from the statement: one the statement never
    // mentions (callers bind one list to several statements, as JobQueue does), and one
    // whose use says nothing (`?1 IS NULL`). Both work as on SQLite, through the fast
    // statements (in and outside a transaction, which the retry must not abort) and
    // through Qt Sql.
    void untypedParameters()
    {
        auto db = m_pool->connection();
        QVERIFY(db);
        const Dialect &dialect = m_pool->dialect();
        QVERIFY(execSql(*db, dialect,
                        QStringLiteral("CREATE TABLE t (name text PRIMARY KEY, n bigint)")));
        QVERIFY(execSql(*db, dialect, QStringLiteral("INSERT INTO t VALUES ('a', 1), ('b', 2)")));
        const QString unused = QStringLiteral("SELECT name FROM t WHERE n = ?3");
        const QString isNull =
            QStringLiteral("SELECT COUNT(*) FROM t WHERE ?1 IS NULL OR name = COALESCE(?1, ?2)");
        auto rows = [](Statement &statement) {
            QStringList out;
            while (statement.next())
                out << statement.value(0).toString();
            statement.finish();
            return out.join(u',');
        };
        for (const bool inTransaction : {false, true}) {
            std::optional<Transaction> tx;
            if (inTransaction) {
                auto begun = Transaction::begin(*db, dialect, Transaction::Mode::Write);
                QVERIFY(begun);
                tx.emplace(std::move(*begun));
            }
            // A new statement each round: the cache hands back the prepared one.
            const QString again = inTransaction ? QStringLiteral(" ") : QString();
            auto first = m_pool->statement(unused + again);
            QVERIFY2(first, qPrintable(first ? QString() : first.error().toText()));
            QVERIFY((*first)->exec({QStringLiteral("x"), 7, 2}));
            QCOMPARE(rows(**first), QStringLiteral("b"));
            auto second = m_pool->statement(isNull + again);
            QVERIFY2(second, qPrintable(second ? QString() : second.error().toText()));
            QVERIFY((*second)->exec({QVariant(), QStringLiteral("a")}));
            QCOMPARE(rows(**second), QStringLiteral("2"));
            QVERIFY((*second)->exec({QStringLiteral("b"), QStringLiteral("a")}));
            QCOMPARE(rows(**second), QStringLiteral("1"));
            if (tx) {
                // The transaction survived the failed first attempt to prepare.
                QVERIFY(execSql(*db, dialect, QStringLiteral("INSERT INTO t VALUES ('c', 3)")));
                QVERIFY(tx->commit());
            }
        }
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM t")), QStringLiteral("3"));
        // Qt Sql: an unused parameter bound too.
        auto viaQt = execSql(*db, dialect, unused, {QStringLiteral("x"), 7, 3});
        QVERIFY2(viaQt, qPrintable(viaQt ? QString() : viaQt.error().toText()));
        QVERIFY(viaQt->next());
        QCOMPARE(viaQt->value(0).toString(), QStringLiteral("c"));
        // A statement that needs more values than it gets still says so.
        auto tooFew = m_pool->statement(unused);
        QVERIFY(tooFew);
        QVERIFY(!(*tooFew)->exec({QStringLiteral("x")}));
    }

    // Type changes, dropped columns and new keys alter the table in place, in the
    // migration's transaction: the rows stay, and a failure leaves everything as it was.
    void schemaChangesInPlace()
    {
        auto db = m_pool->connection();
        QVERIFY(db);
        const Dialect &dialect = m_pool->dialect();
        QVERIFY(dialect.altersInPlace());
        const TableSpec parent{QStringLiteral("parent"),
                               {{QStringLiteral("name"), StorageType::Text, true, {}}},
                               {},
                               {}};
        const TableSpec before{QStringLiteral("t"),
                               {{QStringLiteral("name"), StorageType::Text, true, {}},
                                {QStringLiteral("n"), StorageType::Integer, false, {}},
                                {QStringLiteral("flag"), StorageType::Boolean, false, {}},
                                {QStringLiteral("gone"), StorageType::Text, false, {}},
                                {QStringLiteral("p"), StorageType::Text, false, {}}},
                               {},
                               {{QStringLiteral("t_n"), {QStringLiteral("n")}, false}}};
        for (const TableSpec &spec : {parent, before}) {
            for (const QString &sql : dialect.createTable(spec))
                QVERIFY(execSql(*db, dialect, sql));
        }
        QVERIFY(execSql(*db, dialect, QStringLiteral("INSERT INTO parent VALUES ('P')")));
        QVERIFY(
            execSql(*db, dialect, QStringLiteral("INSERT INTO t VALUES ('a', 7, true, 'x', 'P')")));
        const QString oid = query(QStringLiteral("SELECT 't'::regclass::oid"));

        TableSpec after = before;
        after.columns[1].type = StorageType::Real;
        after.columns[2].type = StorageType::Text;
        after.columns.removeAt(3);
        after.foreignKeys << ForeignKeySpec{QStringLiteral("p"), QStringLiteral("parent")};
        const QStringList sql = dialect.rebuildTable(before, after);
        QVERIFY2(!sql.join(u' ').contains(QLatin1String("INSERT")), "no copy of the rows");
        {
            auto tx = Transaction::begin(*db, dialect, Transaction::Mode::Write);
            QVERIFY(tx);
            for (const QString &statement : sql)
                QVERIFY2(execSql(*db, dialect, statement), qPrintable(statement));
            QVERIFY(tx->commit());
        }
        QCOMPARE(query(QStringLiteral("SELECT 't'::regclass::oid")), oid); // the same table
        QCOMPARE(query(QStringLiteral("SELECT n || '|' || flag || '|' || p FROM t")),
                 QStringLiteral("7|1|P"));
        auto live = dialect.introspect(*db);
        QVERIFY(live);
        const auto t = std::find_if(live->cbegin(), live->cend(),
                                    [](const LiveTable &l) { return l.spec.name == u"t"; });
        QVERIFY(t != live->cend());
        QCOMPARE(t->spec.columns.size(), 4);
        QCOMPARE(t->spec.columns.at(1).type, StorageType::Real);
        QCOMPARE(t->spec.columns.at(2).type, StorageType::Text);
        QCOMPARE(t->spec.foreignKeys, after.foreignKeys);
        QCOMPARE(t->spec.indexes, before.indexes);

        // Dropping the key again finds it by its column, whatever its name.
        TableSpec unlinked = after;
        unlinked.foreignKeys.clear();
        for (const QString &statement : dialect.rebuildTable(after, unlinked))
            QVERIFY2(execSql(*db, dialect, statement), qPrintable(statement));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                      "'t'::regclass AND contype = 'f'")),
                 QStringLiteral("0"));

        // A value that cannot convert fails the statement; the transaction takes the
        // earlier steps back with it.
        QVERIFY(execSql(*db, dialect, QStringLiteral("UPDATE t SET flag = 'not a number'")));
        TableSpec narrowed = unlinked;
        narrowed.columns.removeAt(3);                    // drop p
        narrowed.columns[2].type = StorageType::Integer; // flag: text -> integer
        {
            auto tx = Transaction::begin(*db, dialect, Transaction::Mode::Write);
            QVERIFY(tx);
            bool failed = false;
            for (const QString &statement : dialect.rebuildTable(unlinked, narrowed)) {
                if (!execSql(*db, dialect, statement)) {
                    failed = true;
                    break;
                }
            }
            QVERIFY(failed);
        }
        QCOMPARE(query(QStringLiteral("SELECT flag || '|' || p FROM t")),
                 QStringLiteral("not a number|P"));
    }

    // Last: it stops the cluster. A pool's connections come back by themselves once the
    // server is back; a transaction cut off by the restart is never half-applied.
    void recoversAfterServerRestart()
    {
        auto db = m_pool->connection();
        QVERIFY(db);
        const Dialect &dialect = m_pool->dialect();
        QVERIFY(execSql(*db, dialect, QStringLiteral("CREATE TABLE t (name text PRIMARY KEY)")));
        auto insert = m_pool->statement(QStringLiteral("INSERT INTO t VALUES (?)"));
        QVERIFY(insert);
        QVERIFY((*insert)->exec({QStringLiteral("before")}));

        auto tx = Transaction::begin(*db, dialect, Transaction::Mode::Write);
        QVERIFY(tx);
        QVERIFY((*insert)->exec({QStringLiteral("lost")}));
        QVERIFY(m_cluster->pause());
        auto down = execSql(*db, dialect, QStringLiteral("SELECT 1"));
        QVERIFY(!down);
        QCOMPARE(down.error().code(), fm::ErrorCode::Database);
        QString error;
        QVERIFY2(m_cluster->restart(&error), qPrintable(error));

        // Inside the cut-off transaction every statement is refused until the rollback.
        auto refused = (*insert)->exec({QStringLiteral("half")});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QLatin1String("lost inside a transaction")),
                 qPrintable(refused.error().message()));
        tx->rollback();

        QVERIFY((*insert)->exec({QStringLiteral("after")}));
        QCOMPARE(query(QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM t")),
                 QStringLiteral("after,before"));
    }

private:
    QString query(const QString &sql)
    {
        auto rows = execSql(*m_pool->connection(), m_pool->dialect(), sql);
        if (!rows || !rows->next())
            return rows ? QString() : rows.error().toText();
        return rows->value(0).toString();
    }

    PgCluster *m_cluster = nullptr;
    DatabaseConfig m_config;
    std::unique_ptr<ConnectionPool> m_pool;
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
