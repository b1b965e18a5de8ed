// SPDX-License-Identifier: MIT
// Authentication over HTTP: login, every credential kind, CSRF, rate limits, sessions,
// recent-auth and restarts, against a real `m start` (docs/guide/authentication.md).
#include "testserver.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("Administrator");
const QString kBob = QStringLiteral("bob@example.com");
const QString kBobPassword = QStringLiteral("bob-password-1");
const QString kCarol = QStringLiteral("carol@example.com");
const QString kCarolPassword = QStringLiteral("carol-password-1");

struct Login
{
    std::string token;
    std::string csrf;
    QString session; // the Session id, from /me
};

QJsonObject errorOf(const httplib::Result &result)
{
    return jsonOf(result->body).value(QStringLiteral("error")).toObject();
}

QString codeOf(const httplib::Result &result)
{
    return errorOf(result).value(QStringLiteral("code")).toString();
}

std::string basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64().toStdString();
}

} // namespace

class TestAuthHttp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void login_data();
    void login();
    void unknownUserLooksLikeWrongPassword();
    void cookieFlags();
    void credentials_data();
    void credentials();
    void csrf_data();
    void csrf();
    void sessions();
    void logout();
    void expiredSession();
    void reauthRequired();
    void changePassword();
    void trustedHeader_data();
    void trustedHeader();
    void restartKeepsSessions();
    void rateLimits();

private:
    Login loginAs(const QString &user, const QString &password);
    httplib::Result get(const std::string &path, const httplib::Headers &headers = {});
    httplib::Result post(const std::string &path, const httplib::Headers &headers,
                         const QJsonObject &body = {});
    httplib::Result del(const std::string &path, const httplib::Headers &headers);
    // Changes one column of a Session row in the site's database, as time would.
    bool setSessionColumn(const QString &session, const QString &column, const QString &value);
    bool restartWith(const QJsonObject &serverConfig);

    TestServer m_server;
};

void TestAuthHttp::initTestCase()
{
    QVERIFY(m_server.create());
    QVERIFY(m_server.m({"doc", "insert", "Role", "--data", R"({"role_name": "Support"})"}) == 0);
    QVERIFY(m_server.m({"user", "add", kBob, "--role", "Support", "--password", kBobPassword,
                        "--full-name", "Bob B"}) == 0);
    QVERIFY(m_server.m(
                {"user", "add", kCarol, "--role", "Support", "--password", kCarolPassword}) == 0);
    QVERIFY(restartWith(
        {{"trusted_proxies", QJsonArray{"127.0.0.1"}}, {"trusted_user_header", "X-Remote-User"}}));
}

bool TestAuthHttp::restartWith(const QJsonObject &serverConfig)
{
    m_server.stop();
    QFile file(m_server.file(QStringLiteral("sites/demo/site.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject site = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    site.insert(QStringLiteral("server"), serverConfig);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(site).toJson());
    file.close();
    return m_server.start();
}

Login TestAuthHttp::loginAs(const QString &user, const QString &password)
{
    auto result = post("/api/v1/auth/login", {}, {{"email", user}, {"password", password}});
    if (!result || result->status != 200) {
        qWarning() << "login failed:" << (result ? result->body.c_str() : "no answer");
        return {};
    }
    const QJsonObject body = jsonOf(result->body);
    Login login{body.value("token").toString().toStdString(),
                body.value("csrf_token").toString().toStdString(),
                {}};
    auto me = get("/api/v1/auth/me", TestServer::bearer(login.token));
    login.session = jsonOf(me->body).value("data").toObject().value("session").toString();
    return login;
}

httplib::Result TestAuthHttp::get(const std::string &path, const httplib::Headers &headers)
{
    return m_server.client().Get(path, headers);
}

httplib::Result TestAuthHttp::post(const std::string &path, const httplib::Headers &headers,
                                   const QJsonObject &body)
{
    return m_server.client().Post(path, headers, jsonText(body), "application/json");
}

httplib::Result TestAuthHttp::del(const std::string &path, const httplib::Headers &headers)
{
    return m_server.client().Delete(path, headers);
}

bool TestAuthHttp::setSessionColumn(const QString &session, const QString &column,
                                    const QString &value)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "edit");
        db.setDatabaseName(m_server.file(QStringLiteral("sites/demo/db.sqlite")));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE session SET %1 = ? WHERE name = ?").arg(column));
            query.addBindValue(value);
            query.addBindValue(session);
            ok = query.exec() && query.numRowsAffected() == 1;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase("edit");
    return ok;
}

void TestAuthHttp::login_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("user"); // or the error code
    QTest::newRow("administrator by name")
        << QJsonObject{{"email", kAdmin}, {"password", TestServer::kAdminPassword}} << 200
        << kAdmin;
    QTest::newRow("by e-mail") << QJsonObject{{"email", kBob}, {"password", kBobPassword}} << 200
                               << kBob;
    QTest::newRow("as username") << QJsonObject{{"username", kBob}, {"password", kBobPassword}}
                                 << 200 << kBob;
    QTest::newRow("wrong password")
        << QJsonObject{{"email", kBob}, {"password", "nope"}} << 401 << "INVALID_CREDENTIALS";
    QTest::newRow("unknown user") << QJsonObject{{"email", "who@example.com"}, {"password", "x"}}
                                  << 401 << "INVALID_CREDENTIALS";
    QTest::newRow("no password") << QJsonObject{{"email", kBob}} << 400 << "BAD_REQUEST";
    QTest::newRow("password not a string")
        << QJsonObject{{"email", kBob}, {"password", 12}} << 400 << "BAD_REQUEST";
    QTest::newRow("no user") << QJsonObject{{"password", kBobPassword}} << 400 << "BAD_REQUEST";
}

void TestAuthHttp::login()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, user);
    auto result = post("/api/v1/auth/login", {}, body);
    QVERIFY(result);
    QCOMPARE(result->status, status);
    const QJsonObject json = jsonOf(result->body);
    if (status != 200) {
        QCOMPARE(codeOf(result), user);
        QVERIFY(!result->has_header("Set-Cookie"));
        return;
    }
    const QJsonObject data = json.value("data").toObject();
    QCOMPARE(data.value("user").toString(), user);
    QVERIFY(data.value("roles").toArray().contains(user == kAdmin ? "System Manager" : "Support"));
    QVERIFY(!data.contains("password"));
    QCOMPARE(json.value("token").toString().size(), 43);
    QCOMPARE(json.value("csrf_token").toString().size(), 43);
    const QDateTime expires = QDateTime::fromString(json.value("expires").toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addSecs(7 * 24 * 3600).secsTo(expires)) < 60);
    auto me =
        get("/api/v1/auth/me", TestServer::bearer(json.value("token").toString().toStdString()));
    QCOMPARE(me->status, 200);
    QCOMPARE(jsonOf(me->body).value("data").toObject().value("user").toString(), user);
}

void TestAuthHttp::unknownUserLooksLikeWrongPassword()
{
    auto wrong = post("/api/v1/auth/login", {}, {{"email", kCarol}, {"password", "nope"}});
    auto unknown =
        post("/api/v1/auth/login", {}, {{"email", "who@example.com"}, {"password", "x"}});
    QVERIFY(wrong && unknown);
    QCOMPARE(wrong->status, 401);
    QCOMPARE(unknown->status, 401);
    QJsonObject a = errorOf(wrong), b = errorOf(unknown);
    QVERIFY(a.value("request_id") != b.value("request_id"));
    a.remove("request_id");
    b.remove("request_id");
    QCOMPARE(a, b);
}

void TestAuthHttp::cookieFlags()
{
    auto result = post("/api/v1/auth/login", {}, {{"email", kBob}, {"password", kBobPassword}});
    QCOMPARE(result->status, 200);
    const std::string token = jsonOf(result->body).value("token").toString().toStdString();
    QCOMPARE(result->get_header_value("Set-Cookie"),
             "fm_session=" + token + "; HttpOnly; SameSite=Lax; Path=/; Max-Age=604800");

    QVERIFY(restartWith({{"secure_cookies", true}, {"session_hours", 2}}));
    result = post("/api/v1/auth/login", {}, {{"email", kBob}, {"password", kBobPassword}});
    QCOMPARE(result->status, 200);
    const std::string secure = jsonOf(result->body).value("token").toString().toStdString();
    QCOMPARE(result->get_header_value("Set-Cookie"),
             "fm_session=" + secure + "; HttpOnly; SameSite=Lax; Path=/; Max-Age=7200; Secure");
    QVERIFY(restartWith(
        {{"trusted_proxies", QJsonArray{"127.0.0.1"}}, {"trusted_user_header", "X-Remote-User"}}));
}

void TestAuthHttp::credentials_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method"); // of /me, or the error code
    QTest::newRow("none: guest") << "none" << 401 << "UNAUTHORIZED";
    QTest::newRow("cookie") << "cookie" << 200 << "session";
    QTest::newRow("bearer") << "bearer" << 200 << "bearer";
    QTest::newRow("api key") << "api key" << 200 << "api_key";
    QTest::newRow("basic") << "basic" << 200 << "basic";
    QTest::newRow("basic by e-mail, other case") << "basic email" << 200 << "basic";
    QTest::newRow("trusted header") << "trusted" << 200 << "trusted";
    QTest::newRow("cookie before bearer") << "cookie and bad bearer" << 200 << "session";
    QTest::newRow("bad cookie") << "bad cookie" << 401 << "UNAUTHORIZED";
    QTest::newRow("bad bearer") << "bad bearer" << 401 << "UNAUTHORIZED";
    QTest::newRow("bad api secret") << "bad api key" << 401 << "UNAUTHORIZED";
    QTest::newRow("api key without colon") << "api key no colon" << 401 << "UNAUTHORIZED";
    QTest::newRow("bad basic password") << "bad basic" << 401 << "UNAUTHORIZED";
    QTest::newRow("basic not base64 user:pw") << "garbled basic" << 401 << "UNAUTHORIZED";
    QTest::newRow("unknown scheme") << "digest" << 401 << "UNAUTHORIZED";
    QTest::newRow("trusted header, unknown user") << "trusted unknown" << 401 << "UNAUTHORIZED";
}

void TestAuthHttp::credentials()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, method);
    const Login bob = loginAs(kBob, kBobPassword);
    QVERIFY(!bob.token.empty());
    httplib::Headers headers;
    if (kind == u"cookie" || kind == u"cookie and bad bearer")
        headers = {{"Cookie", "other=1; fm_session=" + bob.token}};
    if (kind == u"cookie and bad bearer")
        headers.insert({"Authorization", "Bearer nonsense"});
    else if (kind == u"bearer")
        headers = TestServer::bearer(bob.token);
    else if (kind.startsWith(u"api key")) {
        auto created = post("/api/v1/auth/api-keys", TestServer::bearer(bob.token));
        QCOMPARE(created->status, 201);
        const QJsonObject key = jsonOf(created->body).value("data").toObject();
        const std::string id = key.value("key").toString().toStdString();
        const std::string secret = key.value("secret").toString().toStdString();
        headers = {{"Authorization", kind == u"api key"       ? "token " + id + ":" + secret
                                     : kind == u"bad api key" ? "token " + id + ":wrong"
                                                              : "token " + id + secret}};
    } else if (kind == u"basic")
        headers = {{"Authorization", basic(kBob, kBobPassword)}};
    else if (kind == u"basic email")
        headers = {{"Authorization", basic("BOB@example.com", kBobPassword)}};
    else if (kind == u"bad basic")
        headers = {{"Authorization", basic(kBob, "wrong")}};
    else if (kind == u"garbled basic")
        headers = {{"Authorization", "Basic " + QByteArray("no colon").toBase64().toStdString()}};
    else if (kind == u"trusted")
        headers = {{"X-Remote-User", kBob.toStdString()}};
    else if (kind == u"trusted unknown")
        headers = {{"X-Remote-User", "nobody@example.com"}};
    else if (kind == u"bad cookie")
        headers = {{"Cookie", "fm_session=0123456789012345678901234567890123456789012"}};
    else if (kind == u"bad bearer")
        headers = TestServer::bearer("0123456789012345678901234567890123456789012");
    else if (kind == u"digest")
        headers = {{"Authorization", "Digest username=\"bob\""}};

    auto me = get("/api/v1/auth/me", headers);
    QVERIFY(me);
    QCOMPARE(me->status, status);
    if (status != 200) {
        QCOMPARE(codeOf(me), method);
        QVERIFY2(errorOf(me).value("message").toString().contains("log"), me->body.c_str());
        // A dead cookie is cleared so the browser stops sending it.
        QCOMPARE(me->get_header_value("Set-Cookie").starts_with("fm_session=;"),
                 kind == u"bad cookie");
        return;
    }
    const QJsonObject data = jsonOf(me->body).value("data").toObject();
    QCOMPARE(data.value("user").toString(), kBob);
    QCOMPARE(data.value("full_name").toString(), QStringLiteral("Bob B"));
    QCOMPARE(data.value("method").toString(), method);
    QCOMPARE(data.value("roles").toArray(), (QJsonArray{"Support", "All"}));
    const bool hasSession = method == u"session" || method == u"bearer";
    QCOMPARE(data.value("session").toString(), hasSession ? bob.session : QString());
}

void TestAuthHttp::csrf_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("csrfHeader"); // "right", "wrong", "none"
    QTest::addColumn<int>("status");
    QTest::newRow("cookie without the header") << "cookie"
                                               << "none" << 403;
    QTest::newRow("cookie with a wrong header") << "cookie"
                                                << "wrong" << 403;
    QTest::newRow("cookie with another session's token") << "cookie"
                                                         << "other" << 403;
    QTest::newRow("cookie with the header") << "cookie"
                                            << "right" << 201;
    QTest::newRow("bearer needs no header") << "bearer"
                                            << "none" << 201;
}

void TestAuthHttp::csrf()
{
    QFETCH(QString, credential);
    QFETCH(QString, csrfHeader);
    QFETCH(int, status);
    const Login bob = loginAs(kBob, kBobPassword);
    const Login other = loginAs(kBob, kBobPassword);
    httplib::Headers headers = credential == u"cookie"
                                   ? httplib::Headers{{"Cookie", "fm_session=" + bob.token}}
                                   : TestServer::bearer(bob.token);
    if (csrfHeader == u"right")
        headers.insert({"X-CSRF-Token", bob.csrf});
    else if (csrfHeader == u"wrong")
        headers.insert({"X-CSRF-Token", "not-the-token"});
    else if (csrfHeader == u"other")
        headers.insert({"X-CSRF-Token", other.csrf});
    auto created = post("/api/v1/auth/api-keys", headers);
    QVERIFY(created);
    QCOMPARE(created->status, status);
    if (status == 403) {
        QCOMPARE(codeOf(created), QStringLiteral("FORBIDDEN"));
        QVERIFY(errorOf(created).value("message").toString().contains("X-CSRF-Token"));
    }
    // Safe methods never need the header.
    QCOMPARE(get("/api/v1/auth/sessions", headers)->status, 200);
}

void TestAuthHttp::sessions()
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

void TestAuthHttp::logout()
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

void TestAuthHttp::expiredSession()
{
    const Login bob = loginAs(kBob, kBobPassword);
    QCOMPARE(get("/api/v1/auth/me", TestServer::bearer(bob.token))->status, 200);
    QVERIFY(setSessionColumn(bob.session, "expires", "2020-01-01T00:00:00.000Z"));
    auto me = get("/api/v1/auth/me", TestServer::bearer(bob.token));
    QCOMPARE(me->status, 401);
    QCOMPARE(codeOf(me), QStringLiteral("UNAUTHORIZED"));
    QVERIFY2(errorOf(me).value("message").toString().contains("expired"), me->body.c_str());
}

void TestAuthHttp::reauthRequired()
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

void TestAuthHttp::changePassword()
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

void TestAuthHttp::trustedHeader_data()
{
    QTest::addColumn<QJsonObject>("config");
    QTest::addColumn<int>("status");
    const QJsonObject header{{"trusted_user_header", "X-Remote-User"}};
    QTest::newRow("off by default") << QJsonObject{} << 401;
    QTest::newRow("header named, no proxy trusted") << header << 401;
    QJsonObject trusted = header;
    trusted.insert("trusted_proxies", QJsonArray{"127.0.0.1"});
    QTest::newRow("from the trusted proxy") << trusted << 200;
    QJsonObject elsewhere = header;
    elsewhere.insert("trusted_proxies", QJsonArray{"10.9.9.9"});
    QTest::newRow("from an untrusted peer") << elsewhere << 401;
}

void TestAuthHttp::trustedHeader()
{
    QFETCH(QJsonObject, config);
    QFETCH(int, status);
    QVERIFY(restartWith(config));
    auto me = get("/api/v1/auth/me", {{"X-Remote-User", kBob.toStdString()}});
    QCOMPARE(me->status, status);
    if (status == 200)
        QCOMPARE(jsonOf(me->body).value("data").toObject().value("method").toString(),
                 QStringLiteral("trusted"));
    else // ignored: the request is a guest's
        QVERIFY(errorOf(me).value("message").toString().contains("sign in first"));
}

void TestAuthHttp::restartKeepsSessions()
{
    const Login bob = loginAs(kBob, kBobPassword);
    QVERIFY(restartWith({}));
    auto me = get("/api/v1/auth/me", {{"Cookie", "fm_session=" + bob.token}});
    QCOMPARE(me->status, 200);
    QCOMPARE(jsonOf(me->body).value("data").toObject().value("session").toString(), bob.session);
    httplib::Headers withCsrf{{"Cookie", "fm_session=" + bob.token}, {"X-CSRF-Token", bob.csrf}};
    QCOMPARE(post("/api/v1/auth/logout", withCsrf)->status, 204);
}

void TestAuthHttp::rateLimits()
{
    QVERIFY(restartWith({})); // fresh counters
    // Per account: 5 failures in 15 minutes, then even the right password waits.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(post("/api/v1/auth/login", {}, {{"email", kBob}, {"password", "wrong"}})->status,
                 401);
    auto limited =
        post("/api/v1/auth/login", {}, {{"email", "BOB@example.com"}, {"password", kBobPassword}});
    QCOMPARE(limited->status, 429);
    QCOMPARE(codeOf(limited), QStringLiteral("RATE_LIMITED"));
    const int retry = std::stoi(limited->get_header_value("Retry-After"));
    QVERIFY2(retry > 800 && retry <= 900, limited->get_header_value("Retry-After").c_str());
    QCOMPARE(errorOf(limited).value("retry_after").toInt(), retry);
    auto viaBasic = get("/api/v1/auth/me", {{"Authorization", basic(kBob, kBobPassword)}});
    QCOMPARE(viaBasic->status, 429);
    QVERIFY(viaBasic->has_header("Retry-After"));
    // Other accounts are not affected yet.
    QVERIFY(!m_server.login(kCarol, kCarolPassword).empty());

    // Per address: 20 failures from one client, whatever the accounts.
    for (int i = 0; i < 15; ++i) {
        auto failed =
            post("/api/v1/auth/login", {},
                 {{"email", QStringLiteral("nobody%1@example.com").arg(i)}, {"password", "x"}});
        QCOMPARE(failed->status, 401);
    }
    auto blocked =
        post("/api/v1/auth/login", {}, {{"email", kCarol}, {"password", kCarolPassword}});
    QCOMPARE(blocked->status, 429);
    QVERIFY(blocked->has_header("Retry-After"));
    // Sessions made before still work.
    QVERIFY(restartWith({}));
}

QTEST_GUILESS_MAIN(TestAuthHttp)
#include "tst_auth_http.moc"
