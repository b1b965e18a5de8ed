// SPDX-License-Identifier: MIT
// The permission matrix over HTTP on a real `m start`, with the permission test app
// (tests/core/permissions/input/apps/permapp): roles x actions x own / shared / other
// documents through the REST routes, field levels in answers and refused writes, and
// guests. The engine itself is tested in tests/core/permissions; this checks that every
// route goes through it.
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("matrix-password-1");
const std::string kJson = "application/json";

} // namespace

class TestRestPermissions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QVERIFY(m_server.stop()); }
    void matrix_data();
    void matrix();
    void create_data();
    void create();
    void fieldLevels();
    void versions();

private:
    httplib::Headers as(const QString &who) const;
    QString createTicket(const QString &owner);
    bool share(const QString &owner, const QString &ticket, const QString &with, bool write);

    TestServer m_server;
    QHash<QString, std::string> m_tokens;
};

httplib::Headers TestRestPermissions::as(const QString &who) const
{
    return who == QLatin1String("guest") ? httplib::Headers{} : TestServer::bearer(m_tokens[who]);
}

void TestRestPermissions::initTestCase()
{
    QVERIFY(m_server.create(
        {QStringLiteral(FM_SOURCE_DIR "/tests/core/permissions/input/apps/permapp")}));
    QString out;
    // The roles the app's rules name exist with the site (issue 12 item 8); Staff is not
    // named by any rule.
    for (const char *role : {"Support Manager", "Support Agent", "Auditor"})
        QVERIFY2(m_server.m({"doc", "get", "Role", QLatin1String(role)}, &out) == 0,
                 qPrintable(out));
    QVERIFY2(m_server.m({"doc", "insert", "Role", "--data", R"({"role_name": "Staff"})"}, &out) ==
                 0,
             qPrintable(out));
    const QList<QPair<QString, QString>> users{{"mgr", "Support Manager"},
                                               {"ann", "Support Agent"},
                                               {"dan", "Support Agent"},
                                               {"cid", "Auditor"},
                                               {"bea", "Staff"}};
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
    m_tokens["admin"] = m_server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!m_tokens["admin"].empty());
}

QString TestRestPermissions::createTicket(const QString &owner)
{
    const QJsonArray items{QJsonObject{{"description", "part"}}};
    const QJsonObject body{{"subject", "matrix"}, {"priority", 1}, {"items", items}};
    const auto result = m_server.client().Post("/api/v1/ticket", as(owner), jsonText(body), kJson);
    if (!result || result->status != 201) {
        qWarning() << "creating a ticket as" << owner
                   << "failed:" << (result ? result->body.c_str() : "no answer");
        return {};
    }
    return jsonOf(result->body).value("data").toObject().value("name").toString();
}

bool TestRestPermissions::share(const QString &owner, const QString &ticket, const QString &with,
                                bool write)
{
    const QJsonObject body{{"doctype", "Ticket"},
                           {"name", ticket},
                           {"user", with + "@example.com"},
                           {"read", true},
                           {"write", write}};
    const auto result = m_server.client().Post("/api/v1/share", as(owner), jsonText(body), kJson);
    return result && (result->status == 201 || result->status == 200);
}

void TestRestPermissions::matrix_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action"); // read, write, delete, submit
    QTest::addColumn<QString>("owner");  // who created the ticket
    QTest::addColumn<QString>("shared"); // "", "read", "write": a share from owner to actor
    QTest::addColumn<int>("status");

    // Support Agent: if_owner rules for read, write, delete, submit.
    for (const char *action : {"read", "write", "delete", "submit"}) {
        const int ok = QByteArray(action) == "delete" ? 204 : 200;
        QTest::addRow("agent %s own", action) << "ann" << action << "ann"
                                              << "" << ok;
        QTest::addRow("agent %s other", action) << "ann" << action << "dan"
                                                << "" << 404;
    }
    QTest::newRow("agent reads a shared one") << "ann"
                                              << "read"
                                              << "dan"
                                              << "read" << 200;
    QTest::newRow("agent writes a read share") << "ann"
                                               << "write"
                                               << "dan"
                                               << "read" << 403;
    QTest::newRow("agent writes a write share") << "ann"
                                                << "write"
                                                << "dan"
                                                << "write" << 200;
    QTest::newRow("a share does not grant delete") << "ann"
                                                   << "delete"
                                                   << "dan"
                                                   << "write" << 403;
    // Auditor: read every row, nothing else.
    QTest::newRow("auditor reads") << "cid"
                                   << "read"
                                   << "ann"
                                   << "" << 200;
    QTest::newRow("auditor writes") << "cid"
                                    << "write"
                                    << "ann"
                                    << "" << 403;
    QTest::newRow("auditor deletes") << "cid"
                                     << "delete"
                                     << "ann"
                                     << "" << 403;
    QTest::newRow("auditor submits") << "cid"
                                     << "submit"
                                     << "ann"
                                     << "" << 403;
    // Support Manager: everything on every row.
    for (const char *action : {"read", "write", "delete", "submit"}) {
        const int ok = QByteArray(action) == "delete" ? 204 : 200;
        QTest::addRow("manager %s other", action) << "mgr" << action << "ann"
                                                  << "" << ok;
    }
    // Staff: no rule at all; guests: no credentials.
    QTest::newRow("staff reads") << "bea"
                                 << "read"
                                 << "ann"
                                 << "" << 403;
    QTest::newRow("staff writes") << "bea"
                                  << "write"
                                  << "ann"
                                  << "" << 403;
    QTest::newRow("guest reads") << "guest"
                                 << "read"
                                 << "ann"
                                 << "" << 401;
    QTest::newRow("guest deletes") << "guest"
                                   << "delete"
                                   << "ann"
                                   << "" << 401;
}

void TestRestPermissions::matrix()
{
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(QString, owner);
    QFETCH(QString, shared);
    QFETCH(int, status);

    const QString ticket = createTicket(owner);
    QVERIFY(!ticket.isEmpty());
    if (!shared.isEmpty())
        QVERIFY(share(owner, ticket, actor, shared == QLatin1String("write")));
    const std::string path = "/api/v1/ticket/" + ticket.toStdString();
    auto http = m_server.client();
    const auto result =
        action == QLatin1String("read")     ? http.Get(path, as(actor))
        : action == QLatin1String("write")  ? http.Put(path, as(actor), R"({"priority": 3})", kJson)
        : action == QLatin1String("delete") ? http.Delete(path, as(actor))
                                            : http.Post(path + "/submit", as(actor), "", kJson);
    QVERIFY(result);
    QVERIFY2(result->status == status, result->body.c_str());

    // A refused change leaves the document as it was.
    const auto stored = http.Get(path, as(QStringLiteral("mgr")));
    const QJsonObject doc = jsonOf(stored->body).value("data").toObject();
    if (status >= 400) {
        QCOMPARE(stored->status, 200);
        QCOMPARE(doc.value("priority").toInt(), 1);
        QCOMPARE(doc.value("docstatus").toInt(), 0);
    } else if (action == QLatin1String("delete")) {
        QCOMPARE(stored->status, 404);
    }
}

void TestRestPermissions::create_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("status");
    QTest::newRow("agent") << "ann" << 201;
    QTest::newRow("manager") << "mgr" << 201;
    QTest::newRow("auditor") << "cid" << 403;
    QTest::newRow("staff") << "bea" << 403;
    QTest::newRow("guest") << "guest" << 401;
}

void TestRestPermissions::create()
{
    QFETCH(QString, actor);
    QFETCH(int, status);
    const auto result =
        m_server.client().Post("/api/v1/ticket", as(actor), R"({"subject": "new"})", kJson);
    QVERIFY(result);
    QVERIFY2(result->status == status, result->body.c_str());
    if (status == 201) {
        QCOMPARE(jsonOf(result->body).value("data").toObject().value("owner").toString(),
                 actor + "@example.com");
    }
}

// Support Agents read level 1 (internal_note, cost) but not level 2 (margin), and
// cannot write level 1; Auditors see level 0 only; managers levels 0 and 1; only the
// administrator level 2.
void TestRestPermissions::fieldLevels()
{
    const QString ticket = createTicket(QStringLiteral("ann"));
    QVERIFY(!ticket.isEmpty());
    const std::string path = "/api/v1/ticket/" + ticket.toStdString();
    auto http = m_server.client();
    const QJsonArray items{QJsonObject{{"description", "part"}, {"cost", 5}, {"margin", 2}}};
    const auto filled = http.Put(
        path, as("admin"), jsonText({{"internal_note", "managers only"}, {"items", items}}), kJson);
    QVERIFY2(filled->status == 200, filled->body.c_str());

    const QJsonObject asAgent = jsonOf(http.Get(path, as("ann"))->body).value("data").toObject();
    QCOMPARE(asAgent.value("internal_note").toString(), QStringLiteral("managers only"));
    const QJsonObject item = asAgent.value("items").toArray().first().toObject();
    QCOMPARE(item.value("cost").toDouble(), 5.0);
    QVERIFY(!item.contains("margin"));

    const QJsonObject asAuditor = jsonOf(http.Get(path, as("cid"))->body).value("data").toObject();
    QVERIFY(!asAuditor.contains("internal_note"));
    QVERIFY(!asAuditor.value("items").toArray().first().toObject().contains("cost"));

    const auto refused = http.Put(path, as("ann"), R"({"internal_note": "mine now"})", kJson);
    QCOMPARE(refused->status, 403);
    const QJsonObject error = jsonOf(refused->body).value("error").toObject();
    QCOMPARE(error.value("fields").toArray().first().toObject().value("field").toString(),
             QStringLiteral("internal_note"));
    QCOMPARE(error.value("fields").toArray().first().toObject().value("code").toString(),
             QStringLiteral("permlevel"));

    const QJsonObject asManager = jsonOf(http.Get(path, as("mgr"))->body).value("data").toObject();
    QCOMPARE(asManager.value("internal_note").toString(), QStringLiteral("managers only"));
    const QJsonObject managerItem = asManager.value("items").toArray().first().toObject();
    QCOMPARE(managerItem.value("cost").toDouble(), 5.0);
    QVERIFY(!managerItem.contains("margin"));

    const QJsonObject asAdmin = jsonOf(http.Get(path, as("admin"))->body).value("data").toObject();
    QCOMPARE(asAdmin.value("items").toArray().first().toObject().value("margin").toDouble(), 2.0);
}

// GET .../{name}/versions: Ticket tracks changes; the history follows the document's
// read access and leaves out internal_note (permlevel 1) for the Auditor.
void TestRestPermissions::versions()
{
    const QString name = createTicket(QStringLiteral("mgr"));
    QVERIFY(!name.isEmpty());
    const std::string path = "/api/v1/ticket/" + name.toStdString();
    for (const QJsonObject &change :
         {QJsonObject{{"priority", 2}, {"internal_note", "refund owed"}},
          QJsonObject{{"internal_note", "refund paid"}}}) {
        const auto saved = m_server.client().Put(path, as("mgr"), jsonText(change), kJson);
        QVERIFY(saved);
        QCOMPARE(saved->status, 200);
    }
    const auto all = m_server.client().Get(path + "/versions", as("mgr"));
    QVERIFY(all);
    QCOMPARE(all->status, 200);
    const QJsonArray mine = jsonOf(all->body).value("data").toArray();
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).toObject().value("user").toString(), QStringLiteral("mgr@example.com"));
    QCOMPARE(mine.at(0).toObject().value("changes").toObject().keys(),
             QStringList{"internal_note"});
    QCOMPARE(mine.at(1).toObject().value("changes").toObject().value("priority").toObject(),
             (QJsonObject{{"old", 1}, {"new", 2}}));

    const auto audited = m_server.client().Get(path + "/versions", as("cid"));
    QVERIFY(audited);
    QCOMPARE(audited->status, 200);
    QVERIFY2(!QByteArray::fromStdString(audited->body).contains("internal_note") &&
                 !QByteArray::fromStdString(audited->body).contains("refund"),
             audited->body.c_str());
    const QJsonObject page = jsonOf(audited->body);
    QCOMPARE(page.value("data").toArray().size(), 1);
    QCOMPARE(page.value("has_more").toBool(), false);

    // Someone who cannot see the document cannot see its history; a bad page is a 400.
    const auto hidden = m_server.client().Get(path + "/versions", as("dan"));
    QVERIFY(hidden);
    QCOMPARE(hidden->status, 404);
    const auto refused = m_server.client().Get(path + "/versions", as("bea"));
    QVERIFY(refused);
    QCOMPARE(refused->status, 403);
    for (const char *query : {"?limit=0", "?limit=x", "?offset=-1"}) {
        const auto bad = m_server.client().Get(path + "/versions" + query, as("mgr"));
        QVERIFY(bad);
        QCOMPARE(bad->status, 400);
        QVERIFY(jsonOf(bad->body).value("error").toObject().contains("message"));
    }
}

QTEST_GUILESS_MAIN(TestRestPermissions)
#include "tst_rest_permissions.moc"
