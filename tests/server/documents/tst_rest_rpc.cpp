// SPDX-License-Identifier: MIT
// RPC over HTTP on the demo app: the whitelisted method Ticket.close and the
// function helpdesk.tickets.open_count (examples/helpdesk/apps/helpdesk/helpdesk_rpc.cpp),
// with their permission checks and every refusal.
#include "testserver.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

namespace {

QJsonObject errorOf(const httplib::Result &result)
{
    return jsonOf(result->body).value("error").toObject();
}

} // namespace

class TestRestRpc : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void function();
    void method();
    void refusals_data();
    void refusals();
    void methodNeedsItsPermission();

private:
    httplib::Result post(const std::string &path, const QJsonObject &body,
                         const std::string &token);
    int openTickets(const QString &customer = {});

    TestServer m_server;
    std::string m_admin;
};

httplib::Result TestRestRpc::post(const std::string &path, const QJsonObject &body,
                                  const std::string &token)
{
    httplib::Headers headers;
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    return m_server.client().Post(path, headers, jsonText(body), "application/json");
}

// The number of open tickets, counted through the list route.
int TestRestRpc::openTickets(const QString &customer)
{
    QJsonArray filters{QJsonArray{"status", "=", "Open"}};
    if (!customer.isEmpty())
        filters.append(QJsonArray{"customer", "=", customer});
    const auto result = m_server.client().Get(
        "/api/v1/Ticket?filters=" +
            QUrl::toPercentEncoding(QJsonDocument(filters).toJson(QJsonDocument::Compact))
                .toStdString(),
        TestServer::bearer(m_admin));
    return result && result->status == 200 ? jsonOf(result->body).value("total").toInt() : -1;
}

void TestRestRpc::initTestCase()
{
    m_server.setEnv("FM_PLUGIN_PATH", QStringLiteral(FM_HELPDESK_PLUGIN_DIR));
    QVERIFY(m_server.create({QStringLiteral(FM_HELPDESK_DIR "/apps/helpdesk")}, false));
    QString output;
    QVERIFY2(m_server.m({"import", QStringLiteral(FM_HELPDESK_DIR "/demo/data.json")}, &output) ==
                 0,
             qPrintable(output));
    QVERIFY(m_server.start());
    m_admin = m_server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!m_admin.empty());
}

void TestRestRpc::function()
{
    const int open = openTickets();
    QVERIFY(open > 0);
    auto all = post("/api/v1/rpc/fn/helpdesk.tickets.open_count", {}, m_admin);
    QVERIFY(all);
    QCOMPARE(all->status, 200);
    QCOMPARE(jsonOf(all->body).value("data").toObject().value("open").toInt(), open);

    const auto one = post("/api/v1/rpc/fn/helpdesk.tickets.open_count",
                          {{"args", QJsonObject{{"customer", "Acme Corporation"}}}}, m_admin);
    QCOMPARE(one->status, 200);
    QCOMPARE(jsonOf(one->body).value("data").toObject().value("open").toInt(),
             openTickets("Acme Corporation"));
}

void TestRestRpc::method()
{
    const int open = openTickets();
    const auto closed =
        post("/api/v1/rpc/Ticket/close",
             {{"name", "TKT-00008"}, {"args", QJsonObject{{"resolution", "Reset"}}}}, m_admin);
    QVERIFY(closed);
    QVERIFY2(closed->status == 200, closed->body.c_str());
    const QJsonObject ticket = jsonOf(closed->body).value("data").toObject();
    QCOMPARE(ticket.value("status").toString(), QStringLiteral("Closed"));
    QCOMPARE(ticket.value("resolution").toString(), QStringLiteral("Reset"));
    const auto read =
        m_server.client().Get("/api/v1/ticket/TKT-00008", TestServer::bearer(m_admin));
    QCOMPARE(jsonOf(read->body).value("data").toObject().value("status").toString(),
             QStringLiteral("Closed"));
    QCOMPARE(openTickets(), open - 1);
}

void TestRestRpc::refusals_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");

    const QByteArray close = "/api/v1/rpc/Ticket/close";
    QTest::newRow("guest calls a function")
        << QByteArray("/api/v1/rpc/fn/helpdesk.tickets.open_count") << QByteArray("{}") << false
        << 401 << "log in";
    QTest::newRow("unknown function") << QByteArray("/api/v1/rpc/fn/helpdesk.nope")
                                      << QByteArray("{}") << true << 404 << "helpdesk.nope";
    QTest::newRow("bad function args")
        << QByteArray("/api/v1/rpc/fn/helpdesk.tickets.open_count")
        << QByteArray(R"({"args": {"customer": 5}})") << true << 400 << "customer";
    QTest::newRow("args not an object") << QByteArray("/api/v1/rpc/fn/helpdesk.tickets.open_count")
                                        << QByteArray(R"({"args": [1]})") << true << 400 << "args";
    QTest::newRow("unknown method")
        << QByteArray("/api/v1/rpc/Ticket/reopen") << QByteArray(R"({"name": "TKT-00002"})") << true
        << 404 << "Whitelisted: close";
    QTest::newRow("unknown DocType")
        << QByteArray("/api/v1/rpc/Tickt/close") << QByteArray(R"({"name": "TKT-00002"})") << true
        << 404 << "Ticket";
    QTest::newRow("no document name")
        << close << QByteArray(R"({"args": {}})") << true << 400 << "name";
    QTest::newRow("unknown document")
        << close << QByteArray(R"({"name": "TKT-99999"})") << true << 404 << "TKT-99999";
    QTest::newRow("validation in the method")
        << close << QByteArray(R"({"name": "TKT-00006"})") << true << 422 << "resolution";
    QTest::newRow("malformed body") << close << QByteArray("{") << true << 400 << "JSON";
    QTest::newRow("guest calls a method")
        << close << QByteArray(R"({"name": "TKT-00002"})") << false << 401 << "log in";
}

void TestRestRpc::refusals()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, signedIn);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    httplib::Headers headers;
    if (signedIn)
        headers.emplace("Authorization", "Bearer " + m_admin);
    const auto result =
        m_server.client().Post(path.toStdString(), headers, body.toStdString(), "application/json");
    QVERIFY(result);
    QCOMPARE(result->status, status);
    const QString text = errorOf(result).value("message").toString() +
                         QJsonDocument(errorOf(result).value("fields").toArray()).toJson();
    QVERIFY2(text.contains(mentions, Qt::CaseInsensitive), result->body.c_str());
}

// Ticket.close needs write. A role that may only read the ticket is refused (403)
// and the ticket stays as it was.
void TestRestRpc::methodNeedsItsPermission()
{
    const auto admin = TestServer::bearer(m_admin);
    auto client = m_server.client();
    QCOMPARE(
        client.Post("/api/v1/Role", admin, R"({"role_name": "Ticket Reader"})", "application/json")
            ->status,
        201);
    const auto rule = client.Post("/api/v1/Custom%20Permission", admin,
                                  R"({"for_doctype": "Ticket", "role": "Ticket Reader",
                                      "read": true})",
                                  "application/json");
    QVERIFY2(rule->status == 201, rule->body.c_str());
    QString output;
    QVERIFY2(m_server.m({"user", "add", "reader@example.test", "--role", "Ticket Reader",
                         "--password", "reader-pass-1"},
                        &output) == 0,
             qPrintable(output));
    const std::string reader = m_server.login("reader@example.test", "reader-pass-1");
    QVERIFY(!reader.empty());

    QCOMPARE(client.Get("/api/v1/Ticket/TKT-00003", TestServer::bearer(reader))->status, 200);
    const auto refused =
        post("/api/v1/rpc/Ticket/close",
             {{"name", "TKT-00003"}, {"args", QJsonObject{{"resolution", "x"}}}}, reader);
    QCOMPARE(refused->status, 403);
    QCOMPARE(errorOf(refused).value("code").toString(), QStringLiteral("FORBIDDEN"));
    const auto after = client.Get("/api/v1/Ticket/TKT-00003", admin);
    QVERIFY(jsonOf(after->body).value("data").toObject().value("status").toString() !=
            QStringLiteral("Closed"));
    // open_count is open to every signed-in user ("All") and counts what they may read:
    // the reader reads every ticket, so the whole count.
    const auto counted = post("/api/v1/rpc/fn/helpdesk.tickets.open_count", {}, reader);
    QCOMPARE(counted->status, 200);
    QCOMPARE(jsonOf(counted->body).value("data").toObject().value("open").toInt(), openTickets());
    // A signed-in user who may not read tickets learns no count (it ran through their
    // DocumentAccess, not the unrestricted service).
    QCOMPARE(client.Post("/api/v1/Role", admin, R"({"role_name": "Outsider"})", "application/json")
                 ->status,
             201);
    QVERIFY2(m_server.m({"user", "add", "outsider@example.test", "--role", "Outsider", "--password",
                         "outsider-pass-1"},
                        &output) == 0,
             qPrintable(output));
    const std::string outsider = m_server.login("outsider@example.test", "outsider-pass-1");
    QVERIFY(!outsider.empty());
    const auto refusedCount = post("/api/v1/rpc/fn/helpdesk.tickets.open_count", {}, outsider);
    QCOMPARE(refusedCount->status, 403);
    QVERIFY(!QByteArray::fromStdString(refusedCount->body).contains("\"open\""));
}

QTEST_GUILESS_MAIN(TestRestRpc)
#include "tst_rest_rpc.moc"
