// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/sql.h"
#include "testserver.h"

#include <QTest>

// A site migrated before a release added one of the framework's own tables (here the
// shared login rate limits, _fm_rate_limit) has no DocType change to migrate, yet lacks
// that table: `m migrate --plan`, `m info` and /ready name it, `m migrate` creates it,
// and the login limit then counts in it. Runs on SQLite and, as
// tst_internal_tables_postgresql, on a throwaway PostgreSQL cluster.
class TestInternalTables : public QObject
{
    Q_OBJECT
private slots:
    void missingTableIsCreatedByMigrate()
    {
        TestServer server;
        QVERIFY(server.create());
        auto pool = openPool(server);
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toText()));
        QCOMPARE(rateLimitRows(**pool), 0);
        QVERIFY(exec(**pool, QStringLiteral("DROP TABLE _fm_rate_limit")));
        QCOMPARE(rateLimitRows(**pool), -1);

        QString output;
        QCOMPARE(server.m({QStringLiteral("migrate"), QStringLiteral("--plan")}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("Framework tables to create: _fm_rate_limit.")),
                 qPrintable(output));
        QCOMPARE(server.m({QStringLiteral("info")}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("Schema: 1 pending step")), qPrintable(output));

        // /ready holds traffic back until it is migrated.
        QVERIFY(server.start());
        auto ready = server.client().Get("/ready");
        QVERIFY(ready);
        QCOMPARE(ready->status, 503);
        QCOMPARE(jsonOf(ready->body).value("status").toString(),
                 QStringLiteral("migration_pending"));
        QCOMPARE(jsonOf(ready->body).value("pending_steps").toInt(), 1);
        QVERIFY(server.stop());

        QCOMPARE(server.m({QStringLiteral("migrate")}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("Created framework tables: _fm_rate_limit.")),
                 qPrintable(output));
        QCOMPARE(rateLimitRows(**pool), 0);
        QCOMPARE(server.m({QStringLiteral("migrate")}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("up to date; nothing to do")), qPrintable(output));

        // The limit counts in the table again: five failures, then even the right
        // password waits, and the failures are rows every server sees.
        QVERIFY(server.start());
        auto http = server.client();
        QCOMPARE(http.Get("/ready")->status, 200);
        const std::string wrong =
            jsonText({{"email", "Administrator"}, {"password", "not-the-password"}});
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http.Post("/api/v1/auth/login", wrong, "application/json")->status, 401);
        QVERIFY(rateLimitRows(**pool) >= 5); // per account and per address
        QVERIFY(server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword).empty());
        const std::string right =
            jsonText({{"email", "Administrator"}, {"password", TestServer::kAdminPassword}});
        QCOMPARE(http.Post("/api/v1/auth/login", right, "application/json")->status, 429);
        QVERIFY(server.stop());
    }

private:
    static fm::Result<std::unique_ptr<fm::core::ConnectionPool>> openPool(const TestServer &server)
    {
        QFile file(server.file(QStringLiteral("sites/demo/site.json")));
        if (!file.open(QIODevice::ReadOnly))
            return fm::fail(fm::ErrorCode::Internal, QStringLiteral("no site.json"));
        const QJsonObject database =
            QJsonDocument::fromJson(file.readAll()).object().value("database").toObject();
        const QString url = database.value("engine").toString() == QLatin1String("postgresql")
                                ? database.value("url").toString()
                                : server.file(QStringLiteral("sites/demo/db.sqlite"));
        auto config = fm::core::DatabaseConfig::fromUrl(url);
        if (!config)
            return fm::fail(config.error());
        return fm::core::ConnectionPool::open(*config);
    }

    static bool exec(fm::core::ConnectionPool &pool, const QString &sql)
    {
        auto db = pool.connection();
        return db && fm::core::execSql(*db, pool.dialect(), sql).has_value();
    }

    // Rows of _fm_rate_limit; -1 when the table is missing.
    static int rateLimitRows(fm::core::ConnectionPool &pool)
    {
        auto db = pool.connection();
        if (!db)
            return -2;
        auto rows = fm::core::execSql(*db, pool.dialect(),
                                      QStringLiteral("SELECT count(*) FROM _fm_rate_limit"));
        if (!rows || !rows->next())
            return -1;
        return rows->value(0).toInt();
    }
};

QTEST_GUILESS_MAIN(TestInternalTables)
#include "tst_internal_tables.moc"
