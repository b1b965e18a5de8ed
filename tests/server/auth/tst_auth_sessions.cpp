// SPDX-License-Identifier: MIT
// Sessions over HTTP against a real `m start`: listing and revoking, logout, expiry,
// recent-auth (REAUTH_REQUIRED), password change and a restart keeping sessions.
#include "authhttpfixture.h"

class TestAuthSessions final : public QObject, public AuthHttpFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setUp()); }
    void sessions();
    void logout();
    void expiredSession();
    void reauthRequired();
    void changePassword();
    void restartKeepsSessions();
};

void TestAuthSessions::sessions()
{
    const Login first = loginAs(kCarol, kCarolPassword);
    const Login second = loginAs(kCarol, kCarolPassword);
    const Login admin = loginAs(kAdmin, TestServer::kAdminPassword);
    QVERIFY(!first.session.isEmpty() && !second.session.isEmpty() && !admin.session.isEmpty());

    auto listed = get("/api/v1/auth/sessions", TestServer::bearer(first.token));
    QCOMPARE(listed->status, 200);
    const QJsonObject body = jsonOf(listed->body);
    const QJsonArray rows = body.value("data").toArray();
    QCOMPARE(body.value("total").toInt(), rows.size());
    QVERIFY(rows.size() >= 2);
    int current = 0;
    QStringList ids;
    for (const QJsonValue &row : rows) {
        const QJsonObject session = row.toObject();
        ids << session.value("id").toString();
        current += session.value("current").toBool() ? 1 : 0;
        QVERIFY(!session.contains("token_hash") && !session.contains("csrf_hash"));
        QVERIFY(listed->body.find(first.token) == std::string::npos);
        QCOMPARE(session.value("ip").toString().contains("127.0.0.1"), true);
        QVERIFY(session.value("expires").isString() && session.value("last_seen").isString());
        if (session.value("current").toBool())
            QCOMPARE(session.value("id").toString(), first.session);
    }
    QCOMPARE(current, 1);
    QVERIFY(ids.contains(second.session) && !ids.contains(admin.session));

    // Someone else's session is not found, and survives.
    const std::string adminPath = "/api/v1/auth/sessions/" + admin.session.toStdString();
    auto foreign = del(adminPath, TestServer::bearer(first.token));
    QCOMPARE(foreign->status, 404);
    QCOMPARE(codeOf(foreign), QStringLiteral("NOT_FOUND"));
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(admin.token))->status, 200);

    auto one = del("/api/v1/auth/sessions/" + second.session.toStdString(),
                   TestServer::bearer(first.token));
    QCOMPARE(one->status, 204);
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(second.token))->status, 401);
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(first.token))->status, 200);

    const Login third = loginAs(kCarol, kCarolPassword);
    auto all = del("/api/v1/auth/sessions", TestServer::bearer(first.token));
    QCOMPARE(all->status, 200);
    QVERIFY(jsonOf(all->body).value("data").toObject().value("revoked").toInt() >= 2);
    QVERIFY(all->get_header_value("Set-Cookie").starts_with("fm_session=;"));
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(first.token))->status, 401);
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(third.token))->status, 401);
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(admin.token))->status, 200);

    // Guests have no sessions to list or end.
    QCOMPARE(get("/api/v1/auth/sessions")->status, 401);
    QCOMPARE(del("/api/v1/auth/sessions", {})->status, 401);
}

void TestAuthSessions::logout()
{
    const Login bob = loginAs(kBob, kBobPassword);
    auto out = post("/api/v1/auth/logout", TestServer::bearer(bob.token));
    QCOMPARE(out->status, 204);
    QCOMPARE(out->get_header_value("Set-Cookie"),
             "fm_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0");
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(bob.token))->status, 401);
    auto again = post("/api/v1/auth/logout", TestServer::bearer(bob.token));
    QCOMPARE(again->status, 401);
    auto guest = post("/api/v1/auth/logout", {});
    QCOMPARE(guest->status, 401);
    QCOMPARE(codeOf(guest), QStringLiteral("UNAUTHORIZED"));
    QVERIFY(errorOf(guest).value("message").toString().contains("/api/v1/auth/login"));

    // A cookie logout is a write: it needs the CSRF header too.
    const Login cookie = loginAs(kBob, kBobPassword);
    const httplib::Headers withCookie{{"Cookie", "fm_session=" + cookie.token}};
    QCOMPARE(post("/api/v1/auth/logout", withCookie)->status, 403);
    httplib::Headers withCsrf = withCookie;
    withCsrf.insert({"X-CSRF-Token", cookie.csrf});
    QCOMPARE(post("/api/v1/auth/logout", withCsrf)->status, 204);
    // With the dead cookie still set, login works.
    auto relogin = m_server.client().Post("/api/v1/auth/login", withCookie,
                                          jsonText({{"email", kBob}, {"password", kBobPassword}}),
                                          "application/json");
    QCOMPARE(relogin->status, 200);
}

void TestAuthSessions::expiredSession()
{
    const Login bob = loginAs(kBob, kBobPassword);
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(bob.token))->status, 200);
    QVERIFY(setSessionColumn(bob.session, "expires", "2020-01-01T00:00:00.000Z"));
    auto me = get("/api/v1/auth/me", TestServer::bearer(bob.token));
    QCOMPARE(me->status, 401);
    QCOMPARE(codeOf(me), QStringLiteral("UNAUTHORIZED"));
    QVERIFY2(errorOf(me).value("message").toString().contains("expired"), me->body.c_str());
}

void TestAuthSessions::reauthRequired()
{
    const Login bob = loginAs(kBob, kBobPassword);
    const auto headers = TestServer::bearer(bob.token);
    const QString old =
        QDateTime::currentDateTimeUtc().addSecs(-11 * 60).toString(Qt::ISODateWithMs);
    QVERIFY(setSessionColumn(bob.session, "authenticated_at", old));

    auto refused = post("/api/v1/auth/api-keys", headers);
    QCOMPARE(refused->status, 403);
    QCOMPARE(codeOf(refused), QStringLiteral("REAUTH_REQUIRED"));
    QVERIFY(errorOf(refused).value("message").toString().contains("log in again"));
    QVERIFY(errorOf(refused).value("message").toString().contains("\"password\""));

    auto wrong = post("/api/v1/auth/api-keys", headers, {{"password", "wrong"}});
    QCOMPARE(wrong->status, 403);
    QCOMPARE(codeOf(wrong), QStringLiteral("REAUTH_REQUIRED"));

    auto reentered = post("/api/v1/auth/api-keys", headers, {{"password", kBobPassword}});
    QCOMPARE(reentered->status, 201);
    const QJsonObject key = jsonOf(reentered->body).value("data").toObject();
    QVERIFY(key.value("key").isString() && key.value("secret").isString());
    // The re-entry counts as a fresh login for the next ten minutes.
    QCOMPARE(post("/api/v1/auth/api-keys", headers)->status, 201);

    // An API key never counts as a recent login.
    const httplib::Headers byKey{
        {"Authorization", "token " + key.value("key").toString().toStdString() + ":" +
                              key.value("secret").toString().toStdString()}};
    QCOMPARE(get("/api/v1/auth/me", byKey)->status, 200);
    auto keyRefused = post("/api/v1/auth/api-keys", byKey);
    QCOMPARE(keyRefused->status, 403);
    QCOMPARE(codeOf(keyRefused), QStringLiteral("REAUTH_REQUIRED"));
    QCOMPARE(post("/api/v1/auth/api-keys", {})->status, 401);
}

void TestAuthSessions::changePassword()
{
    const Login kept = loginAs(kCarol, kCarolPassword);
    const Login other = loginAs(kCarol, kCarolPassword);
    const auto headers = TestServer::bearer(kept.token);
    const QString next = QStringLiteral("carol-new-password");

    auto wrong = post("/api/v1/auth/password", headers,
                      {{"current_password", "wrong"}, {"new_password", next}});
    QCOMPARE(wrong->status, 403);
    QCOMPARE(codeOf(wrong), QStringLiteral("REAUTH_REQUIRED"));
    auto missing = post("/api/v1/auth/password", headers, {{"new_password", next}});
    QCOMPARE(missing->status, 400);
    auto tooShort = post("/api/v1/auth/password", headers,
                         {{"current_password", kCarolPassword}, {"new_password", "short"}});
    QCOMPARE(tooShort->status, 422);
    QCOMPARE(errorOf(tooShort).value("fields").toArray().first().toObject().value("field"),
             QJsonValue("new_password"));
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(other.token))->status, 200);

    auto changed = post("/api/v1/auth/password", headers,
                        {{"current_password", kCarolPassword}, {"new_password", next}});
    QCOMPARE(changed->status, 200);
    QCOMPARE(jsonOf(changed->body).value("data").toObject().value("other_sessions_revoked").toInt(),
             1);
    QCOMPARE(get("/api/v1/auth/me", headers)->status, 200);
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(other.token))->status, 401);
    QVERIFY(m_server.login(kCarol, kCarolPassword).empty());
    QVERIFY(!m_server.login(kCarol, next).empty());
    QCOMPARE(post("/api/v1/auth/password", {},
                  {{"current_password", next}, {"new_password", kCarolPassword}})
                 ->status,
             401);
    // Back, for the other tests.
    QCOMPARE(post("/api/v1/auth/password", headers,
                  {{"current_password", next}, {"new_password", kCarolPassword}})
                 ->status,
             200);
}

void TestAuthSessions::restartKeepsSessions()
{
    const Login bob = loginAs(kBob, kBobPassword);
    QVERIFY(restartWith({}));
    auto me = get("/api/v1/auth/me", {{"Cookie", "fm_session=" + bob.token}});
    QCOMPARE(me->status, 200);
    QCOMPARE(jsonOf(me->body).value("data").toObject().value("session").toString(), bob.session);
    httplib::Headers withCsrf{{"Cookie", "fm_session=" + bob.token}, {"X-CSRF-Token", bob.csrf}};
    QCOMPARE(post("/api/v1/auth/logout", withCsrf)->status, 204);
}

QTEST_GUILESS_MAIN(TestAuthSessions)
#include "tst_auth_sessions.moc"
