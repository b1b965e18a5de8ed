// SPDX-License-Identifier: MIT
#include "mprocess.h"
#include "pgcluster.h"
#include "testserver.h"
#include "wsclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

// Several `m start` processes on one PostgreSQL database, as production runs them: a
// session made through one server works on the others, and a document event committed
// through one server reaches WebSocket stream clients connected to another, through
// LISTEN/NOTIFY (db/commitsignal.h), in commit order and at least once, also while
// several clients write at once through both. Skips with the reason when PostgreSQL is
// not installed.
namespace {

const std::string kJson = "application/json";

} // namespace

class TestMultiServer : public QObject
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
        const QString url = m_cluster->createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        m_database = url.section(u'/', 3).section(u'?', 0, 0);
        m_a.setSiteArgs({QStringLiteral("--db"), url});
        QVERIFY(m_a.create());
        QVERIFY(m_a.start());
        QVERIFY(m_b.startServer(m_a.path()));
        m_token = m_a.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
        QVERIFY(!m_token.empty());
    }
    void cleanupTestCase()
    {
        if (m_cluster)
            QVERIFY(m_a.stop());
    }

    // The session lives in the database: made through A, it works on B, and signing
    // out through B ends it on A too.
    void sessionWorksOnEveryServer()
    {
        const std::string token =
            m_a.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
        QVERIFY(!token.empty());
        auto b = m_b.client();
        const auto me = b.Get("/api/v1/auth/me", TestServer::bearer(token));
        QVERIFY(me);
        QCOMPARE(me->status, 200);
        const auto out = b.Post("/api/v1/auth/logout", TestServer::bearer(token), "", kJson);
        QVERIFY(out);
        QVERIFY2(out->status / 100 == 2, out->body.c_str());
        const auto after = m_a.client().Get("/api/v1/auth/me", TestServer::bearer(token));
        QVERIFY(after);
        QCOMPARE(after->status, 401);
    }

    // The login rate limit counts in the database: five wrong passwords spread over both
    // servers use up the account's budget on each (not five per server).
    void loginLimitHoldsAcrossServers()
    {
        QString out;
        QVERIFY2(m_a.m({"user", "add", "eve@example.com", "--role", "System Manager", "--password",
                        "eve-password-123"},
                       &out) == 0,
                 qPrintable(out));
        const std::string wrong = jsonText({{"email", "eve@example.com"}, {"password", "nope"}});
        for (int i = 0; i < 5; ++i) {
            auto http = i % 2 == 0 ? m_a.client() : m_b.client();
            const auto refused = http.Post("/api/v1/auth/login", wrong, kJson);
            QVERIFY(refused);
            QCOMPARE(refused->status, 401);
        }
        const std::string right =
            jsonText({{"email", "eve@example.com"}, {"password", "eve-password-123"}});
        for (MProcess *server : {static_cast<MProcess *>(nullptr), &m_b}) {
            auto http = server ? server->client() : m_a.client();
            const auto limited = http.Post("/api/v1/auth/login", right, kJson);
            QVERIFY(limited);
            QCOMPARE(limited->status, 429);
        }
    }

    // Both servers LISTEN on the outbox's channel, each on a session of its own.
    void everyServerListens()
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                "current_database() AND query = 'LISTEN \"fm_events\"'")),
            QStringLiteral("2"), 30000);
    }

    // A write over REST on B reaches a stream client on A, and one on B.
    void eventReachesTheOtherServer()
    {
        auto onA = subscribed(m_a.port());
        auto onB = subscribed(m_b.port());
        QVERIFY(onA && onB);
        const QString name = createCustomer(m_b.client(), QStringLiteral("Relayed Ltd"));
        QVERIFY(!name.isEmpty());
        for (WsClient *client : {onA.get(), onB.get()}) {
            const auto event = client->nextOfType(QStringLiteral("event"));
            QVERIFY(event);
            const QJsonObject body = event->value("event").toObject();
            QCOMPARE(body.value("name").toString(), name);
            QCOMPARE(body.value("type").toString(), QStringLiteral("insert"));
        }
    }

    // Four clients write at once, two through each server: every stream client, on
    // either server, gets every event, with sequences rising (commit order), none lost.
    void concurrentWritesArriveInOrder()
    {
        auto onA = subscribed(m_a.port());
        auto onB = subscribed(m_b.port());
        QVERIFY(onA && onB);
        constexpr int kWriters = 4;
        constexpr int kEach = 15;
        std::atomic<int> failures{0};
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            const int port = w % 2 == 0 ? m_a.port() : m_b.port();
            writers.emplace_back([this, w, port, &failures] {
                httplib::Client http("127.0.0.1", port);
                http.set_read_timeout(60, 0);
                for (int i = 0; i < kEach; ++i) {
                    const QString name = QStringLiteral("Writer %1 No %2").arg(w).arg(i);
                    if (createCustomer(http, name).isEmpty())
                        ++failures;
                }
            });
        }
        // The stream clients' sockets are read by this thread's event loop meanwhile.
        QVERIFY(WsClient::waitFor(
                    [&] {
                        return countEvents(*onA) >= kWriters * kEach &&
                               countEvents(*onB) >= kWriters * kEach;
                    },
                    120000) ||
                failures > 0);
        for (std::thread &writer : writers)
            writer.join();
        QCOMPARE(failures.load(), 0);
        for (WsClient *client : {onA.get(), onB.get()}) {
            QSet<QString> names;
            qint64 last = 0;
            for (const QJsonObject &message : client->messages()) {
                if (message.value("type") != QLatin1String("event"))
                    continue;
                const QJsonObject event = message.value("event").toObject();
                const qint64 sequence = event.value("sequence").toInteger();
                QVERIFY2(
                    sequence > last,
                    qPrintable(QStringLiteral("sequence %1 after %2").arg(sequence).arg(last)));
                last = sequence;
                names.insert(event.value("name").toString());
            }
            QCOMPARE(names.size(), kWriters * kEach);
        }
    }

private:
    std::unique_ptr<WsClient> subscribed(int port)
    {
        auto client = std::make_unique<WsClient>();
        if (!client->open(port, QStringLiteral("/api/v1/stream"),
                          {{"Authorization", QByteArray("Bearer ") + m_token.c_str()}}))
            return nullptr;
        client->send({{"type", "subscribe"}, {"doctype", "Customer"}, {"ref", 1}});
        if (!client->nextOfType(QStringLiteral("subscribed")))
            return nullptr;
        return client;
    }

    QString createCustomer(httplib::Client &&http, const QString &name)
    {
        return createCustomer(http, name);
    }
    QString createCustomer(httplib::Client &http, const QString &name)
    {
        const auto result = http.Post(
            "/api/v1/Customer", TestServer::bearer(m_token),
            jsonText({{QStringLiteral("customer_name"), name}, {QStringLiteral("tier"), "Gold"}}),
            kJson);
        if (!result || result->status != 201) {
            qWarning() << "creating a customer failed:"
                       << (result ? result->body.c_str() : "no answer");
            return {};
        }
        return jsonOf(result->body).value("data").toObject().value("name").toString();
    }

    static int countEvents(const WsClient &client)
    {
        int n = 0;
        for (const QJsonObject &message : client.messages())
            n += message.value("type") == QLatin1String("event") ? 1 : 0;
        return n;
    }

    QString psql(const QString &sql)
    {
        bool ok = false;
        const QString out = m_cluster->psql(m_database, sql, &ok);
        return ok ? out : QStringLiteral("psql failed");
    }

    PgCluster *m_cluster = nullptr;
    QString m_database;
    TestServer m_a;
    MProcess m_b;
    std::string m_token;
};

QTEST_GUILESS_MAIN(TestMultiServer)
#include "tst_multi_server.moc"
