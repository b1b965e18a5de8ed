// SPDX-License-Identifier: MIT
// Webhooks with real processes: a Webhook made over REST, a Customer inserted over REST
// and another by an `m doc insert` command beside the running `m start --with-worker`;
// both reach a real receiver on a loopback port exactly once, signed. A bad URL is
// refused with 422 naming the field; send_test answers over RPC.
#include "testserver.h"
#include "webhookreceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

namespace {
const QByteArray kSecret = "server-secret";
}

class TestWebhooksServer : public QObject
{
    Q_OBJECT

    static bool waitForCount(const WebhookReceiver &receiver, int count, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (receiver.count() >= count)
                return true;
            QTest::qWait(50);
        }
        qWarning() << "the receiver got" << receiver.count() << "requests, not" << count;
        return false;
    }

private slots:
    void deliversFromRestAndFromCommands()
    {
        TestServer server;
        QVERIFY(server.create());
        QVERIFY(server.start({"--with-worker"}));
        const std::string admin = server.login("Administrator", TestServer::kAdminPassword);
        QVERIFY(!admin.empty());
        WebhookReceiver receiver(kSecret);
        auto http = server.client();

        QJsonObject hook{{"webhook_name", "crm"},
                         {"webhook_doctype", "Customer"},
                         {"event_types", "insert"},
                         {"url", "ftp://127.0.0.1/hook"},
                         {"secret", QString::fromLatin1(kSecret)},
                         {"retry_backoff", 0}};
        auto refused = http.Post("/api/v1/webhook", TestServer::bearer(admin), jsonText(hook),
                                 "application/json");
        QVERIFY(refused);
        QCOMPARE(refused->status, 422);
        QVERIFY2(refused->body.find("http:// or https://") != std::string::npos,
                 refused->body.c_str());
        QVERIFY2(refused->body.find("\"url\"") != std::string::npos, refused->body.c_str());

        hook.insert("url", receiver.url("/crm?source=m"));
        auto created = http.Post("/api/v1/webhook", TestServer::bearer(admin), jsonText(hook),
                                 "application/json");
        QVERIFY(created);
        QVERIFY2(created->status == 201, created->body.c_str());

        auto customer = http.Post("/api/v1/customer", TestServer::bearer(admin),
                                  jsonText({{"customer_name", "Rest Co"}}), "application/json");
        QVERIFY(customer && customer->status == 201);
        QVERIFY(waitForCount(receiver, 1));

        // A change another process commits reaches the server's relay through the outbox;
        // the command queued the delivery itself too: still one request.
        QString output;
        QVERIFY2(server.m({"doc", "insert", "Customer", "--data", R"({"customer_name": "Cli Co"})"},
                          &output) == 0,
                 qPrintable(output));
        QVERIFY(waitForCount(receiver, 2));
        QTest::qWait(1500);
        const auto received = receiver.received();
        QCOMPARE(received.size(), 2);
        QStringList names;
        for (const auto &r : received) {
            QVERIFY(r.signatureValid);
            QCOMPARE(r.path, QStringLiteral("/crm"));
            QCOMPARE(r.webhookId, QStringLiteral("crm"));
            names << r.body.value("event").toObject().value("name").toString();
        }
        QCOMPARE(names, (QStringList{"Rest Co", "Cli Co"}));

        auto tested = http.Post("/api/v1/rpc/Webhook/send_test", TestServer::bearer(admin),
                                jsonText({{"name", "crm"}}), "application/json");
        QVERIFY(tested);
        QVERIFY2(tested->status == 200, tested->body.c_str());
        const QJsonObject answer = jsonOf(tested->body).value("data").toObject();
        QCOMPARE(answer.value("ok").toBool(), true);
        QCOMPARE(answer.value("http_code").toInt(), 200);
        QCOMPARE(receiver.count(), 3);

        auto log = http.Get("/api/v1/webhook_log?limit=50", TestServer::bearer(admin));
        QVERIFY(log && log->status == 200);
        const QJsonArray rows = jsonOf(log->body).value("data").toArray();
        QCOMPARE(rows.size(), 3);
        for (const auto &row : rows)
            QCOMPARE(row.toObject().value("status").toString(), QStringLiteral("Success"));
    }
};

QTEST_GUILESS_MAIN(TestWebhooksServer)
#include "tst_webhooks_server.moc"
