// SPDX-License-Identifier: MIT
// The Desk's form posts, deletes, bulk actions and lookups over HTTP against a real
// `m start` on the demo app: the CSRF token on every post, the statuses a refused save
// answers with (422, 409, 403), the redirect after a save, and JSON for the scripts.

#include "deskfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString location(const httplib::Result &result)
{
    return QString::fromStdString(result ? result->get_header_value("Location") : std::string());
}

bool has(const httplib::Result &result, const char *text)
{
    return result && result->body.find(text) != std::string::npos;
}

QJsonObject json(const httplib::Result &result)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
}

} // namespace

class TestDeskFormHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_desk.setUp()); }
    void formPostsNeedTheCsrfToken();
    void createAnswersWithTheApisStatuses();
    void aStaleVersionIsAConflictNotAnOverwrite();
    void guestsAreSentToSignIn();
    void deleteAsksThenDeletes();
    void bulkDeleteReportsEachRow();
    void lookupsAnswerJson();

private:
    DeskFixture m_desk;
    TestServer &server() { return m_desk.m_server; }
    static QString csrf(const httplib::Result &page)
    {
        return Browser::hidden(page->body, QStringLiteral("csrf_token"));
    }
};

void TestDeskFormHttp::formPostsNeedTheCsrfToken()
{
    Browser browser(server());
    QCOMPARE(browser.signIn(kAgent, kAgentPassword)->status, 303);
    auto form = browser.get("/desk/ticket/TKT-00003");
    QCOMPARE(form->status, 200);
    const QString version = Browser::hidden(form->body, QStringLiteral("_version"));
    QVERIFY(!version.isEmpty());
    // No token, or another one: refused before the route, nothing saved.
    auto none =
        browser.post("/desk/ticket/TKT-00003", {{"_version", version}, {"priority", "Urgent"}});
    QCOMPARE(none->status, 403);
    QVERIFY(none->get_header_value("Content-Type").rfind("text/html", 0) == 0);
    auto forged =
        browser.post("/desk/ticket/TKT-00003",
                     {{"csrf_token", "forged"}, {"_version", version}, {"priority", "Urgent"}});
    QCOMPARE(forged->status, 403);
    QVERIFY(!has(browser.get("/desk/ticket/TKT-00003"), "<option value=\"Urgent\" selected>"));
    // With the page's token it saves and sends the browser to the form (no re-post).
    auto saved = browser.post("/desk/ticket/TKT-00003", {{"csrf_token", csrf(form)},
                                                         {"_version", version},
                                                         {"priority", "Urgent"},
                                                         {"_action", "save"}});
    QCOMPARE(saved->status, 303);
    QCOMPARE(location(saved), QStringLiteral("/desk/ticket/TKT-00003?done=saved"));
    auto after = browser.get(location(saved).toStdString());
    QVERIFY(has(after, "<option value=\"Urgent\" selected>"));
    QVERIFY(has(after, "role=\"status\">Saved.</p>"));
}

void TestDeskFormHttp::createAnswersWithTheApisStatuses()
{
    Browser browser(server());
    QCOMPARE(browser.signIn(kAgent, kAgentPassword)->status, 303);
    auto blank = browser.get("/desk/ticket/new");
    QCOMPARE(blank->status, 200);
    QVERIFY(has(blank, "<h1>New Ticket</h1>"));
    auto invalid = browser.post("/desk/ticket/new", {{"csrf_token", csrf(blank)},
                                                     {"subject", "Projector flickers"},
                                                     {"opened_on", "2026-12-05"}});
    QCOMPARE(invalid->status, 422);
    QVERIFY(has(invalid, "id=\"err-f-customer\""));
    QVERIFY(has(invalid, "value=\"Projector flickers\"")); // the input is kept
    auto created = browser.post("/desk/ticket/new", {{"csrf_token", csrf(blank)},
                                                     {"subject", "Projector flickers"},
                                                     {"customer", "Acme Corporation"},
                                                     {"opened_on", "2026-12-05"}});
    QCOMPARE(created->status, 303);
    QVERIFY2(location(created).startsWith(QStringLiteral("/desk/ticket/TKT-")),
             qPrintable(location(created)));
    QVERIFY(has(browser.get(location(created).toStdString()), "<h1>Projector flickers</h1>"));
    // The agent may not create customers: the new form itself is refused.
    QCOMPARE(browser.get("/desk/customer/new")->status, 403);
    auto posted = browser.post("/desk/customer/new",
                               {{"csrf_token", csrf(blank)}, {"customer_name", "Sneaky Ltd"}});
    QCOMPARE(posted->status, 403);
}

void TestDeskFormHttp::aStaleVersionIsAConflictNotAnOverwrite()
{
    Browser ann(server());
    Browser admin(server());
    QCOMPARE(ann.signIn(kAgent, kAgentPassword)->status, 303);
    QCOMPARE(admin.signIn(QStringLiteral("Administrator"), TestServer::kAdminPassword)->status,
             303);
    auto annForm = ann.get("/desk/ticket/TKT-00004");
    auto adminForm = admin.get("/desk/ticket/TKT-00004");
    const QString version = Browser::hidden(annForm->body, QStringLiteral("_version"));
    QCOMPARE(Browser::hidden(adminForm->body, QStringLiteral("_version")), version);
    auto first =
        admin.post("/desk/ticket/TKT-00004",
                   {{"csrf_token", csrf(adminForm)}, {"_version", version}, {"status", "Closed"}});
    QCOMPARE(first->status, 303);
    auto second =
        ann.post("/desk/ticket/TKT-00004",
                 {{"csrf_token", csrf(annForm)}, {"_version", version}, {"status", "Replied"}});
    QCOMPARE(second->status, 409);
    QVERIFY(has(second, "Someone else saved this Ticket while you were editing it"));
    QVERIFY(has(second, "<option value=\"Replied\" selected>"));
    QVERIFY(has(second, "<div><dt>Status</dt><dd>Closed</dd></div>"));
    QVERIFY(has(admin.get("/desk/ticket/TKT-00004"), "<option value=\"Closed\" selected>"));
}

void TestDeskFormHttp::guestsAreSentToSignIn()
{
    Browser guest(server());
    auto form = guest.get("/desk/ticket/new");
    QCOMPARE(form->status, 303);
    QCOMPARE(location(form), QStringLiteral("/desk/login?next=/desk/ticket/new"));
    auto post = guest.post("/desk/ticket/TKT-00001", {{"subject", "x"}});
    QCOMPARE(post->status, 303);
    QVERIFY(location(post).startsWith(QStringLiteral("/desk/login")));
}

void TestDeskFormHttp::deleteAsksThenDeletes()
{
    Browser admin(server());
    QCOMPARE(admin.signIn(QStringLiteral("Administrator"), TestServer::kAdminPassword)->status,
             303);
    auto blank = admin.get("/desk/ticket/new");
    auto created = admin.post("/desk/ticket/new", {{"csrf_token", csrf(blank)},
                                                   {"subject", "Short-lived"},
                                                   {"customer", "Acme Corporation"},
                                                   {"opened_on", "2026-12-05"}});
    QCOMPARE(created->status, 303);
    const QString path = location(created).section(u'?', 0, 0);
    auto ask = admin.get((path + QStringLiteral("/delete")).toStdString());
    QCOMPARE(ask->status, 200);
    QVERIFY(has(ask, "<h1>Delete Ticket"));
    // The agent may not delete: 403 and the ticket stays.
    Browser ann(server());
    QCOMPARE(ann.signIn(kAgent, kAgentPassword)->status, 303);
    auto annPage = ann.get(path.toStdString());
    auto refused =
        ann.post((path + QStringLiteral("/delete")).toStdString(), {{"csrf_token", csrf(annPage)}});
    QCOMPARE(refused->status, 403);
    QCOMPARE(admin.get(path.toStdString())->status, 200);
    auto deleted =
        admin.post((path + QStringLiteral("/delete")).toStdString(), {{"csrf_token", csrf(ask)}});
    QCOMPARE(deleted->status, 303);
    QVERIFY(location(deleted).startsWith(QStringLiteral("/desk/ticket?deleted=TKT-")));
    QCOMPARE(admin.get(path.toStdString())->status, 404);
}

void TestDeskFormHttp::bulkDeleteReportsEachRow()
{
    Browser admin(server());
    QCOMPARE(admin.signIn(QStringLiteral("Administrator"), TestServer::kAdminPassword)->status,
             303);
    auto list = admin.get("/desk/ticket_category");
    QCOMPARE(list->status, 200);
    QVERIFY(has(list, "<form id=\"bulk\""));
    auto blank = admin.get("/desk/ticket_category/new");
    QCOMPARE(blank->status, 200);
    auto made = admin.post("/desk/ticket_category/new",
                           {{"csrf_token", csrf(blank)}, {"category_name", "Obsolete"}});
    QVERIFY2(made->status == 303, made->body.c_str());
    const QString name =
        QUrl::fromPercentEncoding(location(made).section(u'/', 3).section(u'?', 0, 0).toUtf8());
    auto ask = admin.post("/desk/ticket_category/bulk",
                          {{"csrf_token", csrf(list)}, {"action", "delete"}, {"names", name}});
    QCOMPARE(ask->status, 200);
    QVERIFY(has(ask, "name=\"confirm\" value=\"1\""));
    auto done = admin.post("/desk/ticket_category/bulk", {{"csrf_token", csrf(list)},
                                                          {"action", "delete"},
                                                          {"confirm", "1"},
                                                          {"names", name},
                                                          {"names", "No Such Category"}});
    QCOMPARE(done->status, 200);
    QVERIFY(has(done, "1 document"));
    QVERIFY(has(done, "No Such Category: "));
    auto forged = admin.post("/desk/ticket_category/bulk",
                             {{"action", "delete"}, {"confirm", "1"}, {"names", "Hardware"}});
    QCOMPARE(forged->status, 403);
}

void TestDeskFormHttp::lookupsAnswerJson()
{
    Browser ann(server());
    QCOMPARE(ann.signIn(kAgent, kAgentPassword)->status, 303);
    auto link = ann.get("/desk/api/link?doctype=Customer&q=acme");
    QCOMPARE(link->status, 200);
    QVERIFY(link->get_header_value("Content-Type").rfind("application/json", 0) == 0);
    const QJsonArray results = json(link).value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("Acme Corporation"));
    auto users = ann.get("/desk/api/link?doctype=User&q=");
    QCOMPARE(users->status, 403);
    QVERIFY(json(users).contains(QStringLiteral("error"))); // JSON, not a page
    auto board = ann.get("/desk/ticket/view/kanban");
    QCOMPARE(board->status, 200);
    QVERIFY(has(board, "<section class=\"lane\""));
    QCOMPARE(ann.get("/desk/customer/view/kanban")->status, 404);
    auto palette = ann.get("/desk/api/palette?q=tick");
    QCOMPARE(palette->status, 200);
    QVERIFY(has(palette, "\"href\":\"/desk/ticket/new\""));
    Browser guest(server());
    auto anonymous = guest.get("/desk/api/palette?q=tick");
    QCOMPARE(anonymous->status, 401);
    QVERIFY(json(anonymous).contains(QStringLiteral("error")));
}

QTEST_GUILESS_MAIN(TestDeskFormHttp)
#include "tst_desk_form_http.moc"
