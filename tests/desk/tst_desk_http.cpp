// SPDX-License-Identifier: MIT
// The Desk over HTTP against a real `m start` on the demo app: the way in from `/`,
// the login (password, magic link, CSRF, rate limit, open redirects), the pages for a
// signed-in user, sign-out, dead sessions, the assets and the security headers.

#include "deskfixture.h"

#include <QJsonArray>

namespace {

// cpp-httplib hands Location back percent-decoded ("next=/desk/x?a=b" for the
// "next=%2Fdesk%2Fx%3Fa%3Db" sent); the browser test checks the encoded form.
QString location(const httplib::Result &result)
{
    return QString::fromStdString(result ? result->get_header_value("Location") : std::string());
}

bool has(const httplib::Result &result, const char *text)
{
    return result && result->body.find(text) != std::string::npos;
}

} // namespace

class TestDeskHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_desk.setUp({QStringLiteral("--dev")})); }
    void rootLeadsToTheDesk();
    void guestsAreSentToTheLoginAndBack();
    void loginPageHasTokenAndStrictHeaders();
    void loginRefusesAFormWithoutItsToken();
    void wrongPasswordShowsTheApiAnswer();
    void signInRedirectsOnlyToPathsOnThisServer_data();
    void signInRedirectsOnlyToPathsOnThisServer();
    void pagesForASignedInUser();
    void userSeesOnlyWhatTheyMayRead();
    void signOutNeedsTheTokenAndEndsTheSession();
    void deadSessionGoesToTheLogin();
    void assetsAreCachedForAYear();
    void magicLinkSignsInToTheDesk();
    void loginSharesTheApiRateLimit();

private:
    DeskFixture m_desk;
    TestServer &server() { return m_desk.m_server; }
};

void TestDeskHttp::rootLeadsToTheDesk()
{
    auto root = server().client().Get("/");
    QVERIFY(root);
    QCOMPARE(root->status, 302);
    QCOMPARE(location(root), QStringLiteral("/desk"));
}

void TestDeskHttp::guestsAreSentToTheLoginAndBack()
{
    Browser browser(server());
    auto page = browser.get("/desk/ticket?f.status=Open");
    QVERIFY(page);
    QCOMPARE(page->status, 303);
    QCOMPARE(location(page), QStringLiteral("/desk/login?next=/desk/ticket?f.status=Open"));
    auto login = browser.get(location(page).toStdString());
    QCOMPARE(login->status, 200);
    QCOMPARE(Browser::hidden(login->body, QStringLiteral("next")),
             QStringLiteral("/desk/ticket?f.status=Open"));
    auto signedIn =
        browser.post("/desk/login", {{"csrf_token", Browser::hidden(login->body, "csrf_token")},
                                     {"next", "/desk/ticket?f.status=Open"},
                                     {"username", "Administrator"},
                                     {"password", TestServer::kAdminPassword}});
    QCOMPARE(signedIn->status, 303);
    QCOMPARE(location(signedIn), QStringLiteral("/desk/ticket?f.status=Open"));
    QVERIFY(!browser.cookie("fm_session").empty());
    // The session cookie is the API's: HttpOnly, SameSite=Lax.
    bool sessionCookie = false;
    for (size_t i = 0; i < signedIn->get_header_value_count("Set-Cookie"); ++i) {
        const std::string cookie = signedIn->get_header_value("Set-Cookie", i);
        if (cookie.rfind("fm_session=", 0) == 0) {
            sessionCookie = true;
            QVERIFY(cookie.find("HttpOnly") != std::string::npos);
            QVERIFY(cookie.find("SameSite=Lax") != std::string::npos);
        }
    }
    QVERIFY(sessionCookie);
    auto list = browser.get(location(signedIn).toStdString());
    QCOMPARE(list->status, 200);
    QVERIFY(has(list, "Dashboard loads slowly on Monday mornings"));
    QVERIFY(!has(list, "Invoice shows the wrong VAT rate")); // Resolved, filtered out
}

void TestDeskHttp::loginPageHasTokenAndStrictHeaders()
{
    Browser browser(server());
    auto page = browser.get("/desk/login");
    QCOMPARE(page->status, 200);
    QCOMPARE(page->get_header_value("Content-Type"), std::string("text/html; charset=utf-8"));
    const std::string csp = page->get_header_value("Content-Security-Policy");
    QVERIFY2(csp.find("script-src 'self'") != std::string::npos, csp.c_str());
    QVERIFY(csp.find("style-src 'self'") != std::string::npos);
    QVERIFY(csp.find("frame-ancestors 'none'") != std::string::npos);
    QVERIFY(csp.find("unsafe-inline") == std::string::npos);
    QCOMPARE(page->get_header_value("Cache-Control"), std::string("no-store"));
    QCOMPARE(page->get_header_value("X-Content-Type-Options"), std::string("nosniff"));
    const QString token = Browser::hidden(page->body, QStringLiteral("csrf_token"));
    QVERIFY(token.size() >= 40);
    QCOMPARE(QString::fromStdString(browser.cookie("fm_desk_login")), token);
    const std::string cookie = page->get_header_value("Set-Cookie");
    QVERIFY(cookie.find("SameSite=Strict") != std::string::npos);
    QVERIFY(cookie.find("HttpOnly") != std::string::npos);
    QVERIFY(cookie.find("Path=/desk/login") != std::string::npos);
}

void TestDeskHttp::loginRefusesAFormWithoutItsToken()
{
    // A form another site posts has no cookie twin, or a different token.
    Browser browser(server());
    auto noCookie = browser.post("/desk/login", {{"csrf_token", "forged"},
                                                 {"username", "Administrator"},
                                                 {"password", TestServer::kAdminPassword}});
    QCOMPARE(noCookie->status, 403);
    QVERIFY(has(noCookie, "This form expired or was not sent from this page"));
    QVERIFY(browser.cookie("fm_session").empty());
    browser.get("/desk/login");
    auto wrongToken = browser.post("/desk/login", {{"csrf_token", "forged"},
                                                   {"username", "Administrator"},
                                                   {"password", TestServer::kAdminPassword}});
    QCOMPARE(wrongToken->status, 403);
    QVERIFY(browser.cookie("fm_session").empty());
}

void TestDeskHttp::wrongPasswordShowsTheApiAnswer()
{
    Browser browser(server());
    auto refused = browser.signIn(kAgent, QStringLiteral("not-the-password"));
    QCOMPARE(refused->status, 401);
    QVERIFY(has(refused, "the user name (or e-mail) or the password is wrong"));
    QVERIFY(has(refused, "value=\"agent@example.com\"")); // kept for the next try
    QVERIFY(browser.cookie("fm_session").empty());
    // A new token for the next try.
    QVERIFY(!Browser::hidden(refused->body, QStringLiteral("csrf_token")).isEmpty());
}

void TestDeskHttp::signInRedirectsOnlyToPathsOnThisServer_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path") << "/desk/customer?q=acme"
                          << "/desk/customer?q=acme";
    QTest::newRow("empty") << ""
                           << "/desk";
    QTest::newRow("other host") << "https://evil.example/desk"
                                << "/desk";
    QTest::newRow("scheme-relative") << "//evil.example/desk"
                                     << "/desk";
    QTest::newRow("backslash") << "/\\evil.example"
                               << "/desk";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "/desk";
    QTest::newRow("header split") << "/desk\r\nSet-Cookie: x=1"
                                  << "/desk";
}

void TestDeskHttp::signInRedirectsOnlyToPathsOnThisServer()
{
    QFETCH(QString, next);
    QFETCH(QString, expected);
    Browser browser(server());
    auto signedIn = browser.signIn(kAgent, kAgentPassword, next);
    QCOMPARE(signedIn->status, 303);
    QCOMPARE(location(signedIn), expected);
}

void TestDeskHttp::pagesForASignedInUser()
{
    Browser browser(server());
    QCOMPARE(browser.signIn(QStringLiteral("Administrator"), TestServer::kAdminPassword)->status,
             303);
    auto workspace = browser.get("/desk");
    QCOMPARE(workspace->status, 200);
    QVERIFY(has(workspace, "<h2 id=\"app-helpdesk\">Helpdesk</h2>"));
    QVERIFY(has(workspace, "href=\"/desk/ticket\" data-doctype=\"Ticket\""));
    QVERIFY(has(workspace, "<span class=\"count\">12</span>"));
    auto list = browser.get("/desk/ticket?sort=subject&dir=asc&limit=5&page=2");
    QCOMPARE(list->status, 200);
    QVERIFY(has(list, "6–10 of 12, page 2 of 3"));
    auto form = browser.get("/desk/ticket/TKT-00001");
    QCOMPARE(form->status, 200);
    QVERIFY(has(form, "<h1>Cannot log in after password reset</h1>"));
    QVERIFY(has(form, "value=\"Acme Corporation\""));
    QVERIFY(has(form, "<a class=\"link-open\" href=\"/desk/customer/Acme%20Corporation\""));
    auto byName = browser.get("/desk/Support%20Agent/Maria%20Lopez");
    QCOMPARE(byName->status, 200);
    QVERIFY(has(byName, "name=\"hourly_rate\" type=\"number\" value=\"85\""));
    auto missing = browser.get("/desk/ticket/TKT-99999");
    QCOMPARE(missing->status, 404);
    QVERIFY(has(missing, "<h1>Not found</h1>"));
    auto unknown = browser.get("/desk/nope");
    QCOMPARE(unknown->status, 404);
    auto badFilter = browser.get("/desk/ticket?op.priority=between&f.priority=Low");
    QCOMPARE(badFilter->status, 400);
    QVERIFY(has(badFilter, "needs [low, high]"));
    // Three segments match no route: still a page, not JSON.
    auto noRoute = browser.get("/desk/a/b/c");
    QCOMPARE(noRoute->status, 404);
    QVERIFY(noRoute->get_header_value("Content-Type").rfind("text/html", 0) == 0);
}

void TestDeskHttp::userSeesOnlyWhatTheyMayRead()
{
    Browser browser(server());
    QCOMPARE(browser.signIn(kAgent, kAgentPassword)->status, 303);
    auto workspace = browser.get("/desk");
    QVERIFY(has(workspace, "Agent Ann"));
    QVERIFY(has(workspace, "href=\"/desk/ticket\""));
    QVERIFY(!has(workspace, "href=\"/desk/user\""));
    auto users = browser.get("/desk/user");
    QCOMPARE(users->status, 403);
    QVERIFY(has(users, "<h1>Not allowed</h1>"));
    auto agent = browser.get("/desk/support_agent/Maria%20Lopez");
    QCOMPARE(agent->status, 200);
    QVERIFY(!has(agent, "hourly_rate"));
    QVERIFY(!has(agent, "85.00"));
}

void TestDeskHttp::signOutNeedsTheTokenAndEndsTheSession()
{
    Browser browser(server());
    QCOMPARE(browser.signIn(kAgent, kAgentPassword)->status, 303);
    auto workspace = browser.get("/desk");
    const QString csrf = Browser::hidden(workspace->body, QStringLiteral("csrf_token"));
    QVERIFY(!csrf.isEmpty());
    auto forged = browser.post("/desk/logout", {{"csrf_token", "forged"}});
    QCOMPARE(forged->status, 403);
    QVERIFY(forged->get_header_value("Content-Type").rfind("text/html", 0) == 0);
    QVERIFY(has(forged, "does not match"));
    QCOMPARE(browser.get("/desk")->status, 200); // still signed in
    const std::string session = browser.cookie("fm_session");
    auto out = browser.post("/desk/logout", {{"csrf_token", csrf}});
    QCOMPARE(out->status, 303);
    QCOMPARE(location(out), QStringLiteral("/desk/login?signed_out=1"));
    QVERIFY(browser.cookie("fm_session").empty());
    QVERIFY(has(browser.get(location(out).toStdString()), "You are signed out."));
    // The session itself is gone, not just the cookie.
    Browser replay(server());
    replay.setCookie("fm_session", session);
    auto again = replay.get("/desk");
    QCOMPARE(again->status, 303);
    QVERIFY(location(again).startsWith(QStringLiteral("/desk/login")));
}

void TestDeskHttp::deadSessionGoesToTheLogin()
{
    Browser browser(server());
    browser.setCookie("fm_session", "not-a-session");
    auto page = browser.get("/desk/customer");
    QCOMPARE(page->status, 303);
    QCOMPARE(location(page), QStringLiteral("/desk/login?next=/desk/customer"));
    QVERIFY(browser.cookie("fm_session").empty()); // dropped by the answer
    // The login works with the stale cookie still around.
    browser.setCookie("fm_session", "not-a-session");
    QCOMPARE(browser.signIn(kAgent, kAgentPassword)->status, 303);
    QCOMPARE(browser.get("/desk")->status, 200);
}

void TestDeskHttp::assetsAreCachedForAYear()
{
    Browser browser(server());
    auto page = browser.get("/desk/login");
    const QRegularExpression link(QStringLiteral("href=\"(/desk/assets/desk\\.[0-9a-f]+\\.css)\""));
    const QString css = link.match(QString::fromStdString(page->body)).captured(1);
    QVERIFY(!css.isEmpty());
    auto file = browser.get(css.toStdString());
    QCOMPARE(file->status, 200);
    QCOMPARE(file->get_header_value("Content-Type"), std::string("text/css; charset=utf-8"));
    QCOMPARE(file->get_header_value("Cache-Control"),
             std::string("public, max-age=31536000, immutable"));
    auto stale = browser.get("/desk/assets/desk.000000000000.css");
    QCOMPARE(stale->status, 404);
    QCOMPARE(stale->get_header_value("Cache-Control"), std::string("no-store"));
}

void TestDeskHttp::magicLinkSignsInToTheDesk()
{
    Browser browser(server());
    auto page = browser.get("/desk/login");
    auto sent =
        browser.post("/desk/login/link", {{"csrf_token", Browser::hidden(page->body, "csrf_token")},
                                          {"email", kAgent}});
    QCOMPARE(sent->status, 200);
    QVERIFY(has(sent, "If the address belongs to an account, a link is on its way."));
    // The mail goes out in the background; the dev mailbox shows it.
    QString link;
    for (int i = 0; i < 50 && link.isEmpty(); ++i) {
        auto mailbox = server().client().Get("/api/v1/dev/mailbox");
        const QJsonArray mails = jsonOf(mailbox->body).value(QStringLiteral("data")).toArray();
        for (const QJsonValue &mail : mails) {
            const QString text = QString::fromUtf8(QJsonDocument(mail.toObject()).toJson());
            const auto found =
                QRegularExpression(QStringLiteral("(/api/v1/auth/magic-link/[A-Za-z0-9_-]+)"))
                    .match(text);
            if (found.hasMatch() && text.contains(kAgent))
                link = found.captured(1);
        }
        if (link.isEmpty())
            QTest::qWait(100);
    }
    QVERIFY(!link.isEmpty());
    auto redeemed = browser.get(link.toStdString());
    QCOMPARE(redeemed->status, 303);
    QCOMPARE(location(redeemed), QStringLiteral("/desk"));
    QVERIFY(!browser.cookie("fm_session").empty());
    QVERIFY(has(browser.get("/desk"), "Agent Ann"));
    // Used once: a second visit lands on the login with the reason.
    Browser other(server());
    auto reused = other.get(link.toStdString());
    QCOMPARE(reused->status, 303);
    QCOMPARE(location(reused), QStringLiteral("/desk/login?link=invalid"));
    QVERIFY(has(other.get(location(reused).toStdString()),
                "That sign-in link is unknown, used or expired"));
    // A form without its token sends nothing.
    auto forged = Browser(server()).post("/desk/login/link", {{"email", kAgent}});
    QCOMPARE(forged->status, 403);
}

void TestDeskHttp::loginSharesTheApiRateLimit()
{
    // Wrong passwords for one account through the Desk, until the API's per-account
    // limit answers; then the API's own login for that account is limited too.
    const QString victim = QStringLiteral("Administrator");
    Browser browser(server());
    int status = 0;
    for (int i = 0; i < 30 && status != 429; ++i)
        status = browser.signIn(victim, QStringLiteral("wrong-%1").arg(i))->status;
    QCOMPARE(status, 429);
    auto api =
        server().client().Post("/api/v1/auth/login",
                               jsonText({{QStringLiteral("email"), victim},
                                         {QStringLiteral("password"), TestServer::kAdminPassword}}),
                               "application/json");
    QCOMPARE(api->status, 429);
}

QTEST_GUILESS_MAIN(TestDeskHttp)
#include "tst_desk_http.moc"
