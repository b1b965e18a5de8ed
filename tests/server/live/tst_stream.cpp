// SPDX-License-Identifier: MIT
// GET /api/v1/stream on a real `m start` with real Qt WebSocket clients: the credential
// chain at the handshake (bearer, API key, cookie with its Origin; refusals close with
// 1008 and a reason), scoped delivery with the permission test app (two agents who see
// only their own tickets, a manager who sees all, an auditor without the permlevel 1
// field), document topics, and the messages that close the socket.
#include "testserver.h"
#include "wsclient.h"

#include <QJsonArray>

namespace {

const QString kPassword = QStringLiteral("stream-password-1");
const std::string kJson = "application/json";

} // namespace

class TestStream final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QVERIFY(m_server.stop()); }
    void plainGetAsksForAnUpgrade();
    void refusedHandshakes_data();
    void refusedHandshakes();
    void cookieWithSameOrigin();
    void apiKey();
    void scopedDelivery();
    void permlevelFieldsAreLeftOut();
    void documentTopicsAndErrors();
    void badMessagesClose_data();
    void badMessagesClose();

private:
    QList<QPair<QByteArray, QByteArray>> bearer(const QString &who)
    {
        return {{"Authorization", QByteArray("Bearer ") + m_tokens.value(who).c_str()}};
    }
    // A client of `who` subscribed to Ticket.
    std::unique_ptr<WsClient> subscribed(const QString &who);
    QString createTicket(const QString &owner, const QString &subject);

    TestServer m_server;
    QHash<QString, std::string> m_tokens;
};

void TestStream::initTestCase()
{
    QVERIFY(m_server.create(
        {QStringLiteral(FM_SOURCE_DIR "/tests/core/permissions/input/apps/permapp")}));
    QString out;
    for (const char *role : {"Support Manager", "Support Agent", "Auditor"}) {
        const QString data = QStringLiteral(R"({"role_name": "%1"})").arg(QLatin1String(role));
        // `m new site` already creates the roles the app's DocType rules name.
        QVERIFY2(m_server.m({"doc", "insert", "Role", "--data", data}, &out) == 0 ||
                     out.contains(QLatin1String("is already used")),
                 qPrintable(out));
    }
    const QList<QPair<QString, QString>> users{{"mgr", "Support Manager"},
                                               {"ann", "Support Agent"},
                                               {"dan", "Support Agent"},
                                               {"cid", "Auditor"}};
    for (const auto &[user, role] : users) {
        QVERIFY2(m_server.m({"user", "add", user + "@example.com", "--role", role, "--password",
                             kPassword},
                            &out) == 0,
                 qPrintable(out));
    }
    QVERIFY(m_server.start());
    for (const auto &[user, role] : users) {
        m_tokens[user] = m_server.login(user + "@example.com", kPassword);
        QVERIFY2(!m_tokens[user].empty(), qPrintable(user));
    }
}

std::unique_ptr<WsClient> TestStream::subscribed(const QString &who)
{
    auto client = std::make_unique<WsClient>();
    if (!client->open(m_server.port(), "/api/v1/stream", bearer(who)))
        return nullptr;
    client->send({{"type", "subscribe"}, {"doctype", "Ticket"}, {"ref", 1}});
    const auto answer = client->nextOfType("subscribed");
    if (!answer || answer->value("doctype") != "Ticket" || answer->value("ref") != 1)
        return nullptr;
    return client;
}

QString TestStream::createTicket(const QString &owner, const QString &subject)
{
    QJsonObject body{{"subject", subject}, {"priority", 1}};
    if (owner == u"mgr") // only managers write the permlevel 1 field
        body.insert("internal_note", "hidden");
    const auto result = m_server.client().Post(
        "/api/v1/ticket", TestServer::bearer(m_tokens[owner]), jsonText(body), kJson);
    if (!result || result->status != 201) {
        qWarning() << "creating a ticket failed:" << (result ? result->body.c_str() : "no answer");
        return {};
    }
    return jsonOf(result->body).value("data").toObject().value("name").toString();
}

void TestStream::plainGetAsksForAnUpgrade()
{
    const auto result =
        m_server.client().Get("/api/v1/stream", TestServer::bearer(m_tokens["mgr"]));
    QVERIFY(result);
    QCOMPARE(result->status, 426);
    QCOMPARE(result->get_header_value("Upgrade"), std::string("websocket"));
    QVERIFY(result->body.find("WebSocket") != std::string::npos);
}

void TestStream::refusedHandshakes_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("reason"); // a part of the close reason

    QTest::newRow("guest") << QByteArray() << QByteArray() << QString() << "sign in first";
    QTest::newRow("unknown bearer") << QByteArray("Authorization")
                                    << QByteArray("Bearer not-a-session") << QString() << "session";
    QTest::newRow("unknown scheme")
        << QByteArray("Authorization") << QByteArray("Digest x") << QString() << "not supported";
    QTest::newRow("foreign origin") << QByteArray() << QByteArray() << "http://evil.example"
                                    << "Origin";
}

void TestStream::refusedHandshakes()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, origin);
    QFETCH(QString, reason);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers << qMakePair(header, value);
    if (!origin.isEmpty())
        headers << bearer("mgr"); // good credentials: the Origin alone refuses
    WsClient client(origin);
    client.open(m_server.port(), "/api/v1/stream", headers);
    QVERIFY(client.waitClosed());
    QCOMPARE(client.closeCode(), 1008);
    QVERIFY2(client.closeReason().contains(reason, Qt::CaseInsensitive),
             qPrintable(client.closeReason()));
    QVERIFY(client.messages().isEmpty());
}

void TestStream::cookieWithSameOrigin()
{
    auto http = m_server.client();
    const auto login =
        http.Post("/api/v1/auth/login",
                  jsonText({{"email", "mgr@example.com"}, {"password", kPassword}}), kJson);
    QVERIFY(login && login->status == 200);
    const std::string cookie = login->get_header_value("Set-Cookie");
    const QByteArray pair = QByteArray::fromStdString(cookie.substr(0, cookie.find(';')));
    WsClient client(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
    QVERIFY(client.open(m_server.port(), "/api/v1/stream", {{"Cookie", pair}}));
    client.send({{"type", "heartbeat"}, {"ref", 7}});
    const auto beat = client.nextOfType("heartbeat");
    QVERIFY(beat);
    QCOMPARE(beat->value("ref").toInt(), 7);
    QVERIFY(!client.isClosed());
}

void TestStream::apiKey()
{
    const auto created = m_server.client().Post("/api/v1/auth/api-keys",
                                                TestServer::bearer(m_tokens["mgr"]), "{}", kJson);
    QVERIFY(created && created->status == 201);
    const QJsonObject key = jsonOf(created->body).value("data").toObject();
    WsClient client;
    QVERIFY(client.open(m_server.port(), "/api/v1/stream",
                        {{"Authorization", "token " + key.value("key").toString().toUtf8() + ':' +
                                               key.value("secret").toString().toUtf8()}}));
    client.send({{"type", "subscribe"}, {"doctype", "ticket"}, {"ref", 1}}); // a slug works
    QVERIFY(client.nextOfType("subscribed"));
    const QString name = createTicket("ann", "from a key's view");
    const auto event = client.nextOfType("event");
    QVERIFY(event);
    QCOMPARE(event->value("event").toObject().value("name").toString(), name);
}

void TestStream::scopedDelivery()
{
    auto ann = subscribed("ann");
    auto dan = subscribed("dan");
    auto mgr = subscribed("mgr");
    QVERIFY(ann && dan && mgr);

    const QString dans = createTicket("dan", "dan's");
    const QString anns = createTicket("ann", "ann's");
    QVERIFY(!dans.isEmpty() && !anns.isEmpty());

    const auto named = [](const QString &name) {
        return [name](const QJsonObject &m) {
            return m.value("type") == "event" &&
                   m.value("event").toObject().value("name").toString() == name;
        };
    };
    // The manager hears both, in commit order.
    const auto first = mgr->nextOfType("event");
    const auto second = mgr->nextOfType("event");
    QVERIFY(first && second);
    QCOMPARE(first->value("event").toObject().value("name").toString(), dans);
    QCOMPARE(second->value("event").toObject().value("name").toString(), anns);
    const QJsonObject contract = first->value("event").toObject();
    for (const char *key : {"id", "sequence", "type", "doctype", "name", "user", "version",
                            "docstatus", "time", "changes", "request_id"})
        QVERIFY2(contract.contains(QLatin1String(key)), key);
    QCOMPARE(contract.value("type").toString(), "insert");
    QCOMPARE(contract.value("user").toString(), "dan@example.com");

    // Each agent hears their own ticket; ann's arrives after dan's was committed, so
    // had dan's reached her it would have come first.
    const auto annsOwn = ann->nextOfType("event");
    QVERIFY(annsOwn);
    QCOMPARE(annsOwn->value("event").toObject().value("name").toString(), anns);
    QVERIFY(dan->next(named(dans)));
    QVERIFY(!dan->next(named(anns), 1000));
    for (const QJsonObject &message : ann->messages())
        QVERIFY(message.value("event").toObject().value("name").toString() != dans);
}

void TestStream::permlevelFieldsAreLeftOut()
{
    auto cid = subscribed("cid");
    auto mgr = subscribed("mgr");
    QVERIFY(cid && mgr);
    const QString name = createTicket("mgr", "levels");
    QVERIFY(!name.isEmpty());
    const auto forAuditor = cid->nextOfType("event");
    const auto forManager = mgr->nextOfType("event");
    QVERIFY(forAuditor && forManager);
    const QJsonObject audited = forAuditor->value("event").toObject().value("changes").toObject();
    const QJsonObject managed = forManager->value("event").toObject().value("changes").toObject();
    QVERIFY(audited.contains("subject"));
    QVERIFY2(!audited.contains("internal_note"), "a permlevel 1 value reached an auditor");
    QCOMPARE(managed.value("internal_note").toObject().value("new").toString(), "hidden");
}

void TestStream::documentTopicsAndErrors()
{
    const QString mine = createTicket("ann", "mine");
    const QString other = createTicket("ann", "other");
    const QString dans = createTicket("dan", "not ann's");
    WsClient client;
    QVERIFY(client.open(m_server.port(), "/api/v1/stream", bearer("ann")));

    client.send({{"type", "subscribe"}, {"doctype", "No Such Type"}, {"ref", 1}});
    auto error = client.nextOfType("error");
    QVERIFY(error);
    QVERIFY(error->value("message").toString().contains("No Such Type"));
    client.send({{"type", "subscribe"}, {"doctype", "Ticket"}, {"name", dans}, {"ref", 2}});
    error = client.nextOfType("error");
    QVERIFY2(error && error->value("ref") == 2, "a ticket ann may not read was subscribed");
    client.send({{"type", "subscribe"}, {"doctype", "Ticket"}, {"name", mine}, {"ref", 3}});
    const auto ok = client.nextOfType("subscribed");
    QVERIFY(ok);
    QCOMPARE(ok->value("name").toString(), mine);

    for (const QString &name : {other, mine}) {
        const auto result =
            m_server.client().Put(("/api/v1/ticket/" + name).toStdString(),
                                  TestServer::bearer(m_tokens["ann"]), R"({"priority": 5})", kJson);
        QVERIFY(result && result->status == 200);
    }
    const auto event = client.nextOfType("event");
    QVERIFY(event);
    QCOMPARE(event->value("event").toObject().value("name").toString(), mine);
    QCOMPARE(event->value("event").toObject().value("type").toString(), "update");
    QVERIFY(!client.isClosed());
    client.send({{"type", "unsubscribe"}, {"doctype", "Ticket"}, {"name", mine}, {"ref", 4}});
    QVERIFY(client.nextOfType("unsubscribed"));
}

void TestStream::badMessagesClose_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<int>("code");

    QTest::newRow("not json") << QByteArray("{nope") << false << 1007;
    QTest::newRow("not an object") << QByteArray("[1,2]") << false << 1007;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"drop tables"})") << false << 1007;
    QTest::newRow("doctype not a string")
        << QByteArray(R"({"type":"subscribe","doctype":5})") << false << 1007;
    QTest::newRow("binary") << QByteArray("\x01\x02") << true << 1003;
    QTest::newRow("oversized") << QByteArray(R"({"type":"heartbeat","pad":")") +
                                      QByteArray(70 * 1024, 'x') + "\"}"
                               << false << 1009;
}

void TestStream::badMessagesClose()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, binary);
    QFETCH(int, code);
    WsClient client;
    QVERIFY(client.open(m_server.port(), "/api/v1/stream", bearer("mgr")));
    if (binary)
        client.sendBinary(message);
    else
        client.sendText(message);
    QVERIFY(client.waitClosed());
    QCOMPARE(client.closeCode(), code);
    QVERIFY2(!client.closeReason().isEmpty(), "a close without a reason");
}

QTEST_GUILESS_MAIN(TestStream)
#include "tst_stream.moc"
