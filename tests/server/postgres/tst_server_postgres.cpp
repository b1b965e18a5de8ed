// SPDX-License-Identifier: MIT
#include "pgcluster.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

// A site on PostgreSQL end to end, with real processes: `m new site --db`, `m migrate`,
// `m doc`, `m start` serving REST on it; /health and /ready following the database while
// its server stops and starts again; clear refusals for a wrong URL, a wrong database and
// a schema behind the DocTypes; the per-site database settings of site.json (pool size,
// lock and statement timeouts). The REST suites themselves (CRUD, lists, permissions) run
// on PostgreSQL as tst_rest_documents_postgresql and tst_rest_permissions_postgresql.
// Skips with the reason when PostgreSQL is not installed.
class TestServerPostgres : public QObject
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

    void newSiteRefusesBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("password in the URL") << "postgresql://fm:hunter2@localhost/site"
                                             << "holds a password";
        QTest::newRow("a file path") << "db.sqlite"
                                     << "--db takes a PostgreSQL URL";
        QTest::newRow("no server") << "postgresql://fm@/site?host=/nonexistent-socket-dir"
                                   << "opening the database";
        QTest::newRow("no such database") << "CLUSTER/no_such_database"
                                          << "\"no_such_database\" does not exist";
    }
    void newSiteRefusesBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        if (url.startsWith(QLatin1String("CLUSTER/")))
            url = m_cluster->url(url.section(u'/', 1));
        TestServer server;
        server.setSiteArgs({QStringLiteral("--db"), url});
        QVERIFY(!server.create());
        QVERIFY(!QFile::exists(server.file(QStringLiteral("sites/demo/site.json"))));
        QString output;
        QCOMPARE(server.m({QStringLiteral("new"), QStringLiteral("site"), QStringLiteral("other"),
                           QStringLiteral("--db"), url},
                          &output),
                 1);
        QVERIFY2(output.contains(message), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("hunter2")), "the password must not be printed");
        QVERIFY(!QFile::exists(server.file(QStringLiteral("sites/other/site.json"))));
        QVERIFY(!QFile::exists(server.file(QStringLiteral("sites/other"))));
    }

    // The site's data is in PostgreSQL with native types; `m migrate`, `m doc` and REST
    // all work on it.
    void siteLivesInPostgres()
    {
        TestServer server;
        const QString database = newDatabase(server);
        QVERIFY(!database.isEmpty());
        QVERIFY(server.create());
        const QJsonObject config = siteDatabase(server);
        QCOMPARE(config.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(config.value(QStringLiteral("url")).toString(), m_cluster->url(database));
        QVERIFY(!QFile::exists(server.file(QStringLiteral("sites/demo/db.sqlite"))));
        QCOMPARE(psql(database, QStringLiteral("SELECT count(*) FROM \"user\"")),
                 QStringLiteral("1")); // Administrator
        QCOMPARE(psql(database, QStringLiteral("SELECT string_agg(data_type, ',' ORDER BY "
                                               "column_name) FROM information_schema.columns "
                                               "WHERE table_name = 'customer' AND column_name "
                                               "IN ('active', 'credit_limit', 'modified')")),
                 QStringLiteral("boolean,double precision,timestamp with time zone"));

        QString output;
        QCOMPARE(server.m({QStringLiteral("migrate")}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("up to date")), qPrintable(output));
        QCOMPARE(server.m({QStringLiteral("doc"), QStringLiteral("insert"),
                           QStringLiteral("Customer"), QStringLiteral("--data"),
                           QStringLiteral(R"({"customer_name": "Acme", "tier": "Gold",
                                             "credit_limit": 1234.5, "active": false})")},
                          &output),
                 0);
        QCOMPARE(psql(database, QStringLiteral("SELECT active::text || '|' || credit_limit || "
                                               "'|' || tier FROM customer")),
                 QStringLiteral("false|1234.5|Gold"));
        QCOMPARE(server.m({QStringLiteral("doc"), QStringLiteral("get"), QStringLiteral("Customer"),
                           QStringLiteral("Acme")},
                          &output),
                 0);
        QVERIFY2(output.contains(QLatin1String("1234.5")), qPrintable(output));

        QVERIFY(server.start());
        const std::string token =
            server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
        QVERIFY(!token.empty());
        auto http = server.client();
        const auto got = http.Get("/api/v1/Customer/Acme", TestServer::bearer(token));
        QVERIFY(got);
        QCOMPARE(got->status, 200);
        const QJsonObject data = jsonOf(got->body).value("data").toObject();
        QCOMPARE(data.value("credit_limit").toDouble(), 1234.5);
        QCOMPARE(data.value("active").toBool(true), false);
        const auto created =
            http.Post("/api/v1/Customer", TestServer::bearer(token),
                      R"({"customer_name": "Globex", "tier": "Silver"})", "application/json");
        QVERIFY(created);
        QCOMPARE(created->status, 201);
        const auto list =
            http.Get("/api/v1/Customer?filters=" +
                         QUrl::toPercentEncoding(R"([["tier","=","Silver"]])").toStdString(),
                     TestServer::bearer(token));
        QVERIFY(list);
        QCOMPARE(list->status, 200);
        const QJsonArray rows = jsonOf(list->body).value("data").toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value("name").toString(), QStringLiteral("Globex"));
        QCOMPARE(http.Get("/health")->status, 200);
        QCOMPARE(http.Get("/ready")->status, 200);
        QVERIFY(server.stop());
    }

    // /health and /ready answer 503 while the database server is down and 200 again once
    // it is back, without restarting `m start`. On a cluster of its own: the others' tests
    // keep theirs.
    void readyFollowsTheDatabase()
    {
        PgCluster cluster;
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        const QString url = cluster.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        TestServer server;
        server.setSiteArgs({QStringLiteral("--db"), url});
        QVERIFY(server.create());
        QVERIFY(server.start());
        const std::string token =
            server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
        QVERIFY(!token.empty());
        auto http = server.client();
        QCOMPARE(http.Get("/ready")->status, 200);

        QVERIFY(cluster.pause());
        QVERIFY(waitForStatus(server, "/health", 503));
        const auto notReady = http.Get("/ready");
        QVERIFY(notReady);
        QCOMPARE(notReady->status, 503);
        const auto refused = http.Get("/api/v1/Customer", TestServer::bearer(token));
        QVERIFY(refused);
        QVERIFY2(refused->status >= 500, refused->body.c_str());

        QVERIFY2(cluster.restart(&error), qPrintable(error));
        QVERIFY(waitForStatus(server, "/health", 200));
        QVERIFY(waitForStatus(server, "/ready", 200));
        // Every worker thread's session comes back, not only the probe's.
        for (int i = 0; i < 6; ++i) {
            const auto created = http.Post(
                "/api/v1/Customer", TestServer::bearer(token),
                jsonText({{QStringLiteral("customer_name"), QStringLiteral("After %1").arg(i)}}),
                "application/json");
            QVERIFY(created);
            if (created->status != 201)
                QTest::qWait(1000); // lets the server's log in
            QVERIFY2(created->status == 201, qPrintable(QString::fromUtf8(server.log())
                                                            .split(u'\n')
                                                            .filter(QLatin1String("\"POST\""))
                                                            .join(u'\n')));
        }
        QVERIFY(server.stop());
    }

    // A site whose database is gone, or holds no schema, or a schema behind the DocTypes:
    // each says what is wrong and what to run.
    void wrongDatabaseOrSchema()
    {
        TestServer server;
        const QString database = newDatabase(server);
        QVERIFY(!database.isEmpty());
        QVERIFY(server.create());

        setSiteDatabase(server, {{QStringLiteral("url"), m_cluster->url("fm_nowhere")}});
        QString output;
        QCOMPARE(server.m({QStringLiteral("migrate")}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("database \"fm_nowhere\" does not exist")),
                 qPrintable(output));
        QVERIFY(!server.start());

        // An empty database (a wrong URL, or a site never migrated): the server runs and
        // says the schema is missing.
        QString error;
        const QString empty = m_cluster->createDatabase(&error);
        QVERIFY2(!empty.isEmpty(), qPrintable(error));
        setSiteDatabase(server, {{QStringLiteral("url"), empty}});
        QVERIFY(server.start());
        auto ready = server.client().Get("/ready");
        QVERIFY(ready);
        QCOMPARE(ready->status, 503);
        QCOMPARE(jsonOf(ready->body).value("status").toString(),
                 QStringLiteral("migration_pending"));
        QVERIFY2(ready->body.find("m migrate") != std::string::npos, ready->body.c_str());
        QVERIFY(server.stop());

        // Back on the site's database with a DocType newer than its schema.
        setSiteDatabase(server, {{QStringLiteral("url"), m_cluster->url(database)}});
        QFile doctype(server.file(QStringLiteral("apps/testapp/doctypes/customer/customer.json")));
        QVERIFY(doctype.open(QIODevice::ReadOnly));
        QJsonObject customer = QJsonDocument::fromJson(doctype.readAll()).object();
        doctype.close();
        QJsonArray fields = customer.value(QStringLiteral("fields")).toArray();
        fields.append(QJsonObject{{QStringLiteral("fieldname"), QStringLiteral("region")},
                                  {QStringLiteral("fieldtype"), QStringLiteral("Data")}});
        customer.insert(QStringLiteral("fields"), fields);
        QVERIFY(doctype.open(QIODevice::WriteOnly | QIODevice::Truncate));
        doctype.write(QJsonDocument(customer).toJson());
        doctype.close();
        QVERIFY(server.start());
        ready = server.client().Get("/ready");
        QVERIFY(ready);
        QCOMPARE(ready->status, 503);
        QCOMPARE(jsonOf(ready->body).value("pending_steps").toInt(), 1);
        QCOMPARE(server.m({QStringLiteral("migrate")}, &output), 0);
        QCOMPARE(psql(database, QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                               "WHERE table_name = 'customer' AND column_name "
                                               "= 'region'")),
                 QStringLiteral("1"));
        QVERIFY(waitForStatus(server, "/ready", 200));
        QVERIFY(server.stop());
    }

    // site.json's database settings reach the server: a statement that waits on a lock
    // is cancelled after statement_timeout_ms instead of holding a worker thread, and
    // pool_size bounds the connections; m start refuses a pool too small for its threads.
    void siteDatabaseSettings()
    {
        TestServer server;
        const QString database = newDatabase(server);
        QVERIFY(!database.isEmpty());
        QVERIFY(server.create());
        QString output;
        QCOMPARE(
            server.m({QStringLiteral("doc"), QStringLiteral("insert"), QStringLiteral("Customer"),
                      QStringLiteral("--data"), QStringLiteral(R"({"customer_name": "Acme"})")},
                     &output),
            0);

        // Four worker threads and the server's own need five connections.
        setSiteDatabase(server, {{QStringLiteral("pool_size"), 4}});
        QCOMPARE(server.m({QStringLiteral("start"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--threads"), QStringLiteral("4")},
                          &output),
                 2);
        QVERIFY2(output.contains(QLatin1String("needs 5 database connections")) &&
                     output.contains(QLatin1String("pool_size is 4")),
                 qPrintable(output));
        // So does m worker: three job threads, the heartbeat's and its own need five.
        QCOMPARE(server.m({QStringLiteral("worker"), QStringLiteral("--concurrency"),
                           QStringLiteral("3")},
                          &output),
                 2);
        QVERIFY2(output.contains(QLatin1String("--concurrency 3 needs 5 database connections")) &&
                     output.contains(QLatin1String("pool_size is 4")),
                 qPrintable(output));

        setSiteDatabase(server, {{QStringLiteral("pool_size"), -3}});
        QCOMPARE(server.m({QStringLiteral("migrate")}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("database.pool_size is -3")), qPrintable(output));

        // Long enough for a login under load; far shorter than the client's 30 s.
        setSiteDatabase(server, {{QStringLiteral("pool_size"), 6},
                                 {QStringLiteral("busy_timeout_ms"), 120000},
                                 {QStringLiteral("statement_timeout_ms"), 3000}});
        QVERIFY(server.start({QStringLiteral("--threads"), QStringLiteral("4")}));
        const std::string token =
            server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
        QVERIFY(!token.empty());

        // Many requests at once: the process never holds more than pool_size sessions, plus
        // the one its event relay LISTENs on (db/commitsignal.h).
        std::atomic<int> ok = 0;
        std::vector<std::unique_ptr<QThread>> clients;
        for (int i = 0; i < 8; ++i) {
            clients.emplace_back(QThread::create([&] {
                auto http = server.client();
                for (int n = 0; n < 10; ++n) {
                    const auto got = http.Get("/api/v1/Customer", TestServer::bearer(token));
                    if (got && got->status == 200)
                        ++ok;
                }
            }));
            clients.back()->start();
        }
        for (auto &client : clients)
            QVERIFY(client->wait(120000));
        QCOMPARE(ok.load(), 80);
        const int sessions = psql(database, QStringLiteral("SELECT count(*) FROM "
                                                           "pg_stat_activity WHERE datname = "
                                                           "current_database() AND pid <> "
                                                           "pg_backend_pid()"))
                                 .toInt();
        QVERIFY2(sessions >= 1 && sessions <= 7, qPrintable(QString::number(sessions)));

        // A transaction elsewhere holds the table: the read waits, then is cancelled at
        // the statement timeout (not the two-minute lock timeout), and the server says so.
        QProcess locker;
        locker.setProcessChannelMode(QProcess::MergedChannels);
        locker.start(PgCluster::binDir() + QStringLiteral("/psql"),
                     {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                      m_cluster->socketDir(), QStringLiteral("-U"), PgCluster::user(),
                      QStringLiteral("-d"), database});
        QVERIFY(locker.waitForStarted());
        locker.write("BEGIN;\nLOCK TABLE customer IN ACCESS EXCLUSIVE MODE;\n"
                     "SELECT 'locked';\n");
        QVERIFY(waitForOutput(locker, "locked"));
        auto http = server.client();
        const auto cancelled = http.Get("/api/v1/Customer/Acme", TestServer::bearer(token));
        QVERIFY2(cancelled, "no answer within the client's 30 s: the statement timeout was not "
                            "applied");
        QCOMPARE(cancelled->status, 500);
        QVERIFY(waitForLog(server, "statement timeout"));
        locker.write("ROLLBACK;\n\\q\n");
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(30000));
        const auto after = http.Get("/api/v1/Customer/Acme", TestServer::bearer(token));
        QVERIFY(after);
        QCOMPARE(after->status, 200);
        QVERIFY(server.stop());
    }

private:
    // A fresh database on the shared cluster for `server`'s site; its name.
    QString newDatabase(TestServer &server)
    {
        QString error;
        const QString url = m_cluster->createDatabase(&error);
        if (url.isEmpty()) {
            qWarning().noquote() << error;
            return {};
        }
        server.setSiteArgs({QStringLiteral("--db"), url});
        return url.section(u'/', 3).section(u'?', 0, 0);
    }

    QString psql(const QString &database, const QString &sql)
    {
        bool ok = false;
        const QString out = m_cluster->psql(database, sql, &ok);
        return ok ? out : QStringLiteral("psql failed");
    }

    static QJsonObject siteDatabase(const TestServer &server)
    {
        QFile file(server.file(QStringLiteral("sites/demo/site.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("database"))
            .toObject();
    }

    // Sets keys of site.json's "database" object.
    static void setSiteDatabase(const TestServer &server, const QJsonObject &values)
    {
        QJsonObject database = siteDatabase(server);
        for (auto it = values.begin(); it != values.end(); ++it)
            database.insert(it.key(), it.value());
        QFile file(server.file(QStringLiteral("sites/demo/site.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("database"), database}}).toJson());
    }

    // Polls `path` until it answers `status`; false after a generous two minutes.
    static bool waitForStatus(const TestServer &server, const char *path, int status)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000) {
            auto http = server.client();
            const auto result = http.Get(path);
            if (result && result->status == status)
                return true;
            QTest::qWait(200);
        }
        qWarning() << path << "never answered" << status;
        return false;
    }

    static bool waitForOutput(QProcess &process, const char *text)
    {
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            seen += process.readAll();
            if (seen.contains(text))
                return true;
        }
        qWarning() << "never saw" << text << "in" << seen;
        return false;
    }

    static bool waitForLog(TestServer &server, const char *text)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            if (server.log().contains(text))
                return true;
            QTest::qWait(100);
        }
        qWarning() << "the server log never said" << text << ":" << server.log();
        return false;
    }

    PgCluster *m_cluster = nullptr;
};

QTEST_GUILESS_MAIN(TestServerPostgres)
#include "tst_server_postgres.moc"
