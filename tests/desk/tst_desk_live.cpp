// SPDX-License-Identifier: MIT
// The Desk's live protocol (docs/reference/live-protocol.md) on a real `m start` with a
// real Qt WebSocket client and a signed-in browser session: join with the page's
// token, a row inserted or changed by someone else arrives as one keyed row (under
// 1 KB), and every broken rule (no join, bad token, stale page, foreign Origin,
// malformed, oversized or out-of-order messages) closes the socket with a reason.
#include "deskfixture.h"
#include "wsclient.h"

#include <QJsonArray>

class TestDeskLive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QVERIFY(m_desk.m_server.stop()); }
    void pageCarriesTokenAndClient();
    void joinAndLiveRows();
    void rowLeavingTheFilterIsRemoved();
    void formChecksInputAndShowsOthersSaves();
    void heartbeatAndRefresh();
    void liveRendersSpeakThePagesLanguage();
    void stalePagesRedirect_data();
    void stalePagesRedirect();
    void refusals_data();
    void refusals();
    void guestAndForeignOriginAreRefused();

private:
    struct Page
    {
        QString token;
        QString assets;
    };
    Page openList(const std::string &path = "/desk/ticket");
    std::unique_ptr<WsClient> connect(const QString &origin = {},
                                      const QByteArray &acceptLanguage = {});
    std::unique_ptr<WsClient> joined(const QString &path = QStringLiteral("/desk/ticket"));
    QJsonObject join(const QString &path) const;

    DeskFixture m_desk;
    std::unique_ptr<Browser> m_browser;
    std::string m_admin;
    Page m_page;
};

void TestDeskLive::initTestCase()
{
    QVERIFY(m_desk.setUp());
    m_browser = std::make_unique<Browser>(m_desk.m_server);
    const auto signedIn = m_browser->signIn(kAgent, kAgentPassword, "/desk/ticket");
    QVERIFY(signedIn && signedIn->status == 303);
    m_admin = m_desk.m_server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!m_admin.empty());
    m_page = openList();
    QVERIFY(!m_page.token.isEmpty());
}

TestDeskLive::Page TestDeskLive::openList(const std::string &path)
{
    const auto page = m_browser->get(path);
    if (!page || page->status != 200)
        return {};
    const QString html = QString::fromStdString(page->body);
    static const QRegularExpression token(R"re(<meta name="fm-live" content="([^"]+)">)re");
    static const QRegularExpression live(R"re(<script src="(/desk/assets/live\.[0-9a-f]+\.js)")re");
    return {token.match(html).captured(1), live.match(html).captured(1)};
}

std::unique_ptr<WsClient> TestDeskLive::connect(const QString &origin,
                                                const QByteArray &acceptLanguage)
{
    const int port = m_desk.m_server.port();
    auto client = std::make_unique<WsClient>(
        origin.isEmpty() ? QStringLiteral("http://127.0.0.1:%1").arg(port) : origin);
    const QByteArray cookie =
        "fm_session=" + QByteArray::fromStdString(m_browser->cookie("fm_session"));
    QList<QPair<QByteArray, QByteArray>> headers{{"Cookie", cookie}};
    if (!acceptLanguage.isEmpty())
        headers.append({"Accept-Language", acceptLanguage});
    client->open(port, "/desk/live", headers);
    return client;
}

QJsonObject TestDeskLive::join(const QString &path) const
{
    return {{"type", "join"},          {"ref", 1},    {"v", 1}, {"token", m_page.token},
            {"assets", m_page.assets}, {"path", path}};
}

std::unique_ptr<WsClient> TestDeskLive::joined(const QString &path)
{
    auto client = connect();
    client->send(join(path));
    const auto reply = client->nextOfType("reply");
    if (!reply || reply->value("ref") != 1 || reply->value("status") != "ok") {
        qWarning() << "join failed:" << client->messages() << client->closeReason();
        return nullptr;
    }
    return client;
}

void TestDeskLive::pageCarriesTokenAndClient()
{
    const auto page = m_browser->get("/desk/ticket");
    QVERIFY(page && page->status == 200);
    const QString html = QString::fromStdString(page->body);
    QVERIFY(html.contains(R"(data-live-view="list")"));
    QVERIFY(html.contains(R"(data-live-part="results")"));
    QVERIFY(html.contains(R"(data-live-key=")"));
    QVERIFY(
        html.contains(QRegularExpression(R"(<script src="/desk/assets/morphdom\.[0-9a-f]+\.js")")));
    QVERIFY(!m_page.assets.isEmpty());
    QVERIFY(m_page.token.contains('.'));
    // The client is served like every asset: content-addressed, cached for a year.
    const auto script = m_desk.m_server.client().Get(m_page.assets.toStdString());
    QVERIFY(script && script->status == 200);
    QVERIFY(script->body.find("/desk/live") != std::string::npos);
    QCOMPARE(script->get_header_value("Cache-Control"),
             std::string("public, max-age=31536000, immutable"));
}

void TestDeskLive::joinAndLiveRows()
{
    auto client = joined();
    QVERIFY(client);
    const QJsonObject first = client->messages().first();
    QCOMPARE(first.value("rev").toInt(), 1);
    // Joining sends the live parts whole: the page may predate a change.
    const QJsonObject parts = first.value("diff").toObject().value("parts").toObject();
    QVERIFY(parts.contains("results") && parts.contains("total") && parts.contains("pager"));

    // Another user inserts a ticket: one row, and where it goes.
    const auto inserted = m_desk.m_server.client().Post(
        "/api/v1/ticket", TestServer::bearer(m_admin),
        R"({"subject": "Live <b>row</b>", "customer": "Acme Corporation"})", "application/json");
    QVERIFY2(inserted && inserted->status == 201, inserted ? inserted->body.c_str() : "");
    const QString name = jsonOf(inserted->body).value("data").toObject().value("name").toString();
    QByteArray raw;
    const auto diff = client->nextOfType("diff", WsClient::kWaitMs, &raw);
    QVERIFY(diff);
    QCOMPARE(diff->value("rev").toInt(), 2);
    const QJsonObject rows = diff->value("diff").toObject().value("rows").toObject();
    const QJsonObject results = rows.value("results").toObject();
    const QJsonObject set = results.value("set").toObject();
    QCOMPARE(set.keys(), QStringList{name});
    QVERIFY(set.value(name).toString().contains("Live &lt;b&gt;row&lt;/b&gt;"));
    QVERIFY(!set.value(name).toString().contains("<b>"));
    QVERIFY(results.contains("place"));
    QVERIFY2(!diff->value("diff").toObject().value("parts").toObject().contains("results"),
             "the whole table was sent again");
    QVERIFY2(
        raw.size() <= 1024,
        qPrintable(QStringLiteral("%1 bytes: %2").arg(raw.size()).arg(QString::fromUtf8(raw))));

    // A change to that row sends that row again, nothing else of the table.
    const auto changed = m_desk.m_server.client().Put(
        ("/api/v1/ticket/" + name).toStdString(), TestServer::bearer(m_admin),
        R"({"priority": "Urgent"})", "application/json");
    QVERIFY(changed && changed->status == 200);
    const auto update = client->nextOfType("diff", WsClient::kWaitMs, &raw);
    QVERIFY(update);
    const QJsonObject updated =
        update->value("diff").toObject().value("rows").toObject().value("results").toObject();
    QCOMPARE(updated.value("set").toObject().keys(), QStringList{name});
    QVERIFY(updated.value("set").toObject().value(name).toString().contains("Urgent"));
    QVERIFY(raw.size() <= 1024);
}

void TestDeskLive::rowLeavingTheFilterIsRemoved()
{
    const auto inserted = m_desk.m_server.client().Post(
        "/api/v1/ticket", TestServer::bearer(m_admin),
        R"({"subject": "Filtered", "customer": "Acme Corporation", "status": "Replied"})",
        "application/json");
    QVERIFY(inserted && inserted->status == 201);
    const QString name = jsonOf(inserted->body).value("data").toObject().value("name").toString();
    auto client = joined(QStringLiteral("/desk/ticket?f.status=Replied"));
    QVERIFY(client);
    const QString joinedResults = client->messages()
                                      .first()
                                      .value("diff")
                                      .toObject()
                                      .value("parts")
                                      .toObject()
                                      .value("results")
                                      .toString();
    QVERIFY(joinedResults.contains(QStringLiteral("data-live-key=\"%1\"").arg(name)));
    const auto changed = m_desk.m_server.client().Put(("/api/v1/ticket/" + name).toStdString(),
                                                      TestServer::bearer(m_admin),
                                                      R"({"status": "Open"})", "application/json");
    QVERIFY2(changed && changed->status == 200, changed ? changed->body.c_str() : "");
    const auto diff = client->nextOfType("diff");
    QVERIFY(diff);
    const QJsonObject diffBody = diff->value("diff").toObject();
    const QJsonArray removed =
        diffBody.value("rows").toObject().value("results").toObject().value("remove").toArray();
    // Either the row goes, or (the last row gone) the table part is sent without it.
    QVERIFY2(removed.contains(name) ||
                 (diffBody.value("parts").toObject().contains("results") &&
                  !diffBody.value("parts").toObject().value("results").toString().contains(name)),
             qPrintable(QJsonDocument(*diff).toJson()));
}

void TestDeskLive::formChecksInputAndShowsOthersSaves()
{
    const auto inserted = m_desk.m_server.client().Post(
        "/api/v1/ticket", TestServer::bearer(m_admin),
        R"({"subject": "Form under edit", "customer": "Acme Corporation"})", "application/json");
    QVERIFY(inserted && inserted->status == 201);
    const QString name = jsonOf(inserted->body).value("data").toObject().value("name").toString();
    auto client = joined(QStringLiteral("/desk/ticket/") + name);
    QVERIFY(client);
    const QJsonObject parts =
        client->messages().first().value("diff").toObject().value("parts").toObject();
    QVERIFY(parts.contains("remote"));
    QVERIFY(parts.contains("err-f-subject"));

    // The user empties the subject: the API's message arrives beside it, nothing saved.
    const QJsonArray values{QJsonArray{"_version", "1"}, QJsonArray{"subject", ""},
                            QJsonArray{"customer", "Acme Corporation"}};
    client->send({{"type", "event"},
                  {"event", "change"},
                  {"ref", 2},
                  {"values", values},
                  {"touched", QJsonArray{"subject"}}});
    QByteArray raw;
    const auto checked = client->nextOfType("reply", WsClient::kWaitMs, &raw);
    QVERIFY(checked);
    QCOMPARE(checked->value("ref").toInt(), 2);
    const QJsonObject changed = checked->value("diff").toObject().value("parts").toObject();
    QCOMPARE(changed.keys(), QStringList{"err-f-subject"});
    QVERIFY(changed.value("err-f-subject").toString().contains("required"));
    QVERIFY(raw.size() <= 1024);
    const auto stored = m_desk.m_server.client().Get(("/api/v1/ticket/" + name).toStdString(),
                                                     TestServer::bearer(m_admin));
    QVERIFY(stored->body.find("Form under edit") != std::string::npos);

    // Someone else saves: the banner names what they changed; the inputs are not parts.
    const auto put = m_desk.m_server.client().Put(("/api/v1/ticket/" + name).toStdString(),
                                                  TestServer::bearer(m_admin),
                                                  R"({"priority": "Urgent"})", "application/json");
    QVERIFY(put && put->status == 200);
    const auto diff = client->nextOfType("diff");
    QVERIFY(diff);
    const QJsonObject remote = diff->value("diff").toObject().value("parts").toObject();
    // The Ticket tracks changes: its timeline gets the save too (ADR 0242).
    QCOMPARE(remote.keys(), (QStringList{"remote", "timeline"}));
    QVERIFY(remote.value("remote").toString().contains("<dt>Priority</dt><dd>Urgent</dd>"));
    QVERIFY(!remote.value("remote").toString().contains("<dt>Subject</dt>"));
    QVERIFY(remote.value("timeline").toString().contains("Administrator changed"));
    QVERIFY(remote.value("timeline").toString().contains("<ins>Urgent</ins>"));
    // A second save is one new timeline row, placed first, not the whole timeline.
    const auto again = m_desk.m_server.client().Put(("/api/v1/ticket/" + name).toStdString(),
                                                    TestServer::bearer(m_admin),
                                                    R"({"priority": "Low"})", "application/json");
    QVERIFY(again && again->status == 200);
    const auto next = client->nextOfType("diff");
    QVERIFY(next);
    QVERIFY(!next->value("diff").toObject().value("parts").toObject().contains("timeline"));
    const QJsonObject row =
        next->value("diff").toObject().value("rows").toObject().value("timeline").toObject();
    QCOMPARE(row.value("set").toObject().size(), 1);
    const QString key = row.value("set").toObject().keys().first();
    QVERIFY(row.value("set").toObject().value(key).toString().contains("<ins>Low</ins>"));
    QCOMPARE(row.value("place").toArray().first().toArray(), (QJsonArray{key, ""}));

    // "change" is a form's event: a list connection that sends one is refused.
    auto list = joined();
    QVERIFY(list);
    list->send({{"type", "event"}, {"event", "change"}, {"ref", 2}, {"values", QJsonArray{}}});
    QVERIFY(list->waitClosed());
    QCOMPARE(list->closeCode(), 1008);
}

// Renders run on the live pool, not on a request's thread: they must still speak the
// connection's language, or a German page would be patched with English parts.
void TestDeskLive::liveRendersSpeakThePagesLanguage()
{
    for (const auto &[language, label] :
         {std::pair{QByteArray("de"), QStringLiteral("aria-label=\"Seiten\"")},
          std::pair{QByteArray("en"), QStringLiteral("aria-label=\"Pages\"")}}) {
        auto client = connect({}, language);
        client->send(join(QStringLiteral("/desk/ticket")));
        QVERIFY(client->nextOfType("reply"));
        const QString pager = client->messages()
                                  .first()
                                  .value("diff")
                                  .toObject()
                                  .value("parts")
                                  .toObject()
                                  .value("pager")
                                  .toString();
        QVERIFY2(pager.contains(label), qPrintable(pager));
    }
}

void TestDeskLive::heartbeatAndRefresh()
{
    auto client = connect();
    client->send({{"type", "heartbeat"}, {"ref", 1}}); // allowed before joining
    QVERIFY(client->nextOfType("heartbeat"));
    QJsonObject message = join("/desk/ticket?priority=High");
    message["ref"] = 2;
    client->send(message);
    QVERIFY(client->nextOfType("reply"));
    client->send({{"type", "event"}, {"event", "refresh"}, {"ref", 3}});
    const auto reply = client->nextOfType("reply");
    QVERIFY(reply);
    QCOMPARE(reply->value("ref").toInt(), 3);
    QVERIFY2(!reply->contains("diff"), "nothing changed, yet something was sent");
    client->send({{"type", "navigate"}, {"path", "/desk/ticket?page=2"}, {"ref", 4}});
    const auto moved = client->nextOfType("navigate");
    QVERIFY(moved);
    QCOMPARE(moved->value("to").toString(), "/desk/ticket?page=2");
    QVERIFY(client->nextOfType("reply"));
    client->send({{"type", "navigate"}, {"path", "/desk/customer"}, {"ref", 5}});
    const auto away = client->nextOfType("redirect");
    QVERIFY(away);
    QCOMPARE(away->value("to").toString(), "/desk/customer");
}

void TestDeskLive::stalePagesRedirect_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("old protocol") << "v" << QJsonValue(0) << "protocol";
    QTest::newRow("old assets") << "assets" << QJsonValue("/desk/assets/live.000000000000.js")
                                << "updated";
    QTest::newRow("expired token")
        << "token" << QJsonValue("1000." + QString(64, QLatin1Char('0'))) << "";
}

void TestDeskLive::stalePagesRedirect()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    auto client = connect();
    QJsonObject message = join("/desk/ticket?status=Open");
    message[field] = value;
    client->send(message);
    if (field == u"token") {
        // A token with an old expiry and a made-up signature is a forgery first.
        QVERIFY(client->waitClosed());
        QCOMPARE(client->closeCode(), 1008);
        return;
    }
    const auto redirect = client->nextOfType("redirect");
    QVERIFY(redirect);
    QCOMPARE(redirect->value("to").toString(), "/desk/ticket?status=Open");
    QVERIFY(redirect->value("reason").toString().contains(reason));
    QVERIFY(client->waitClosed());
    QCOMPARE(client->closeCode(), 1000);
}

void TestDeskLive::refusals_data()
{
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    const QByteArray joinText = QJsonDocument(join("/desk/ticket")).toJson(QJsonDocument::Compact);
    QTest::newRow("not json") << QList<QByteArray>{"{"} << 1007 << "JSON";
    QTest::newRow("no ref") << QList<QByteArray>{R"({"type":"heartbeat"})"} << 1007 << "ref";
    QTest::newRow("unknown type") << QList<QByteArray>{R"({"type":"eval","ref":1})"} << 1007
                                  << "unknown";
    QTest::newRow("event before join")
        << QList<QByteArray>{R"({"type":"event","event":"refresh","ref":1})"} << 1008 << "join";
    QTest::newRow("two joins") << QList<QByteArray>{joinText, QByteArray(joinText).replace(
                                                                  "\"ref\":1", "\"ref\":2")}
                               << 1008 << "already joined";
    QTest::newRow("ref goes back")
        << QList<QByteArray>{joinText, R"({"type":"heartbeat","ref":1})"} << 1008 << "out of order";
    QTest::newRow("forged token") << QList<QByteArray>{QByteArray(joinText).replace(
                                         "\"token\":\"", "\"token\":\"9")}
                                  << 1008 << "token";
    QTest::newRow("not a live view") << QList<QByteArray>{QByteArray(joinText).replace(
                                            "/desk/ticket", "/desk/ticket/TKT-1/delete")}
                                     << 1008 << "no live view";
    QTest::newRow("oversized") << QList<QByteArray>{R"({"type":"heartbeat","ref":1,"x":")" +
                                                    QByteArray(20 * 1024, 'x') + "\"}"}
                               << 1009 << "";
}

void TestDeskLive::refusals()
{
    QFETCH(QList<QByteArray>, messages);
    QFETCH(int, code);
    QFETCH(QString, reason);
    const auto before =
        m_desk.m_server.client().Get("/api/v1/ticket?limit=0", TestServer::bearer(m_admin));
    auto client = connect();
    for (const QByteArray &message : messages)
        client->sendText(message);
    QVERIFY(client->waitClosed());
    QCOMPARE(client->closeCode(), code);
    QVERIFY2(client->closeReason().contains(reason, Qt::CaseInsensitive),
             qPrintable(client->closeReason()));
    // Nothing changed: the same tickets as before.
    const auto after =
        m_desk.m_server.client().Get("/api/v1/ticket?limit=0", TestServer::bearer(m_admin));
    QVERIFY(before && after);
    QCOMPARE(jsonOf(after->body).value("total"), jsonOf(before->body).value("total"));
}

void TestDeskLive::guestAndForeignOriginAreRefused()
{
    WsClient guest(QStringLiteral("http://127.0.0.1:%1").arg(m_desk.m_server.port()));
    guest.open(m_desk.m_server.port(), "/desk/live");
    QVERIFY(guest.waitClosed());
    QCOMPARE(guest.closeCode(), 1008);
    QVERIFY(guest.closeReason().contains("sign in"));

    auto foreign = connect(QStringLiteral("http://evil.example"));
    QVERIFY(foreign->waitClosed());
    QCOMPARE(foreign->closeCode(), 1008);
    QVERIFY2(foreign->closeReason().contains("Origin"), qPrintable(foreign->closeReason()));
}

QTEST_GUILESS_MAIN(TestDeskLive)
#include "tst_desk_live.moc"
