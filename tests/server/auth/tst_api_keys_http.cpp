// SPDX-License-Identifier: MIT
// A user's own API keys over HTTP against a real `m start` (issue 12 item 5): expiry,
// list, revoke (and nobody else's), revocation by a password change, the same from the
// `m` CLI; and a magic-link token never reaching the request log.
#include "authhttpfixture.h"

class TestApiKeysHttp final : public QObject, public AuthHttpFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setUp()); }
    void expiry_data();
    void expiry();
    void listAndRevokeOwnKeysOnly();
    void passwordChangeRevokesKeys();
    void cli();
    void magicLinkTokensAreRedactedFromTheLog();

private:
    // A new key of the user behind `headers`: {"name","key","secret",...} or {}.
    QJsonObject createKey(const httplib::Headers &headers, const QJsonObject &body = {})
    {
        auto result = post("/api/v1/auth/api-keys", headers, body);
        if (!result || result->status != 201)
            return {};
        return jsonOf(result->body).value("data").toObject();
    }
    static httplib::Headers byKey(const QJsonObject &key)
    {
        return {{"Authorization", "token " + key.value("key").toString().toStdString() + ":" +
                                      key.value("secret").toString().toStdString()}};
    }
    QStringList keyNames(const httplib::Headers &headers)
    {
        QStringList names;
        const auto listed = get("/api/v1/auth/api-keys", headers);
        for (const QJsonValue &key : jsonOf(listed->body).value("data").toArray())
            names << key.toObject().value("name").toString();
        return names;
    }
};

void TestApiKeysHttp::expiry_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("days"); // expected expiry from now; -1: none
    const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    const QString later = QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate);
    QTest::newRow("no expiry") << QJsonObject{} << 201 << -1;
    QTest::newRow("in days") << QJsonObject{{"expires_in_days", 30}} << 201 << 30;
    QTest::newRow("at a time") << QJsonObject{{"expires", later}} << 201 << 10;
    QTest::newRow("in the past") << QJsonObject{{"expires", past}} << 422 << 0;
    QTest::newRow("both") << QJsonObject{{"expires", later}, {"expires_in_days", 3}} << 400 << 0;
    QTest::newRow("not a date") << QJsonObject{{"expires", "soon"}} << 400 << 0;
    QTest::newRow("zero days") << QJsonObject{{"expires_in_days", 0}} << 400 << 0;
    QTest::newRow("half a day") << QJsonObject{{"expires_in_days", 0.5}} << 400 << 0;
}

void TestApiKeysHttp::expiry()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(int, days);
    const Login bob = loginAs(kBob, kBobPassword);
    const QStringList before = keyNames(TestServer::bearer(bob.token));
    auto result = post("/api/v1/auth/api-keys", TestServer::bearer(bob.token), body);
    QVERIFY(result);
    QCOMPARE(result->status, status);
    if (status != 201) {
        QCOMPARE(keyNames(TestServer::bearer(bob.token)), before); // nothing made
        return;
    }
    const QJsonObject key = jsonOf(result->body).value("data").toObject();
    if (days < 0) {
        QVERIFY(key.value("expires").isNull());
    } else {
        const QDateTime expires =
            QDateTime::fromString(key.value("expires").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(days).secsTo(expires)) < 120);
    }
    QCOMPARE(get("/api/v1/auth/me", byKey(key))->status, 200);
}

void TestApiKeysHttp::listAndRevokeOwnKeysOnly()
{
    const auto bob = TestServer::bearer(loginAs(kBob, kBobPassword).token);
    const auto carol = TestServer::bearer(loginAs(kCarol, kCarolPassword).token);
    const QJsonObject bobs = createKey(bob);
    const QJsonObject carols = createKey(carol);
    QVERIFY(!bobs.isEmpty() && !carols.isEmpty());

    const auto listed = get("/api/v1/auth/api-keys", bob);
    QCOMPARE(listed->status, 200);
    QVERIFY(!QByteArray::fromStdString(listed->body).contains("secret"));
    QVERIFY(keyNames(bob).contains(bobs.value("name").toString()));
    QVERIFY(!keyNames(bob).contains(carols.value("name").toString()));

    // Another user's key answers like one that does not exist, and keeps working.
    const std::string path = "/api/v1/auth/api-keys/";
    auto foreign = del(path + carols.value("name").toString().toStdString(), bob);
    QCOMPARE(foreign->status, 404);
    auto unknown = del(path + "no-such-key", bob);
    QCOMPARE(unknown->status, 404);
    QCOMPARE(errorOf(foreign).value("message").toString().replace(carols.value("name").toString(),
                                                                  "<id>"),
             errorOf(unknown).value("message").toString().replace("no-such-key", "<id>"));
    QCOMPARE(get("/api/v1/auth/me", byKey(carols))->status, 200);

    QCOMPARE(del(path + bobs.value("name").toString().toStdString(), bob)->status, 204);
    QCOMPARE(get("/api/v1/auth/me", byKey(bobs))->status, 401);
    QVERIFY(!keyNames(bob).contains(bobs.value("name").toString()));
    QCOMPARE(get("/api/v1/auth/api-keys", {})->status, 401);
}

void TestApiKeysHttp::passwordChangeRevokesKeys()
{
    const auto carol = TestServer::bearer(loginAs(kCarol, kCarolPassword).token);
    const QJsonObject key = createKey(carol);
    QVERIFY(!key.isEmpty());
    const QString next = QStringLiteral("carol-new-password");

    auto badFlag = post(
        "/api/v1/auth/password", carol,
        {{"current_password", kCarolPassword}, {"new_password", next}, {"revoke_api_keys", "no"}});
    QCOMPARE(badFlag->status, 400);
    QVERIFY(m_server.login(kCarol, next).empty()); // nothing changed

    // Kept on request...
    auto kept = post(
        "/api/v1/auth/password", carol,
        {{"current_password", kCarolPassword}, {"new_password", next}, {"revoke_api_keys", false}});
    QCOMPARE(kept->status, 200);
    QCOMPARE(jsonOf(kept->body).value("data").toObject().value("api_keys_revoked").toInt(), 0);
    QCOMPARE(get("/api/v1/auth/me", byKey(key))->status, 200);
    // ...revoked by default.
    const int keys = int(keyNames(carol).size());
    QVERIFY(keys >= 1);
    auto changed = post("/api/v1/auth/password", carol,
                        {{"current_password", next}, {"new_password", kCarolPassword}});
    QCOMPARE(changed->status, 200);
    QCOMPARE(jsonOf(changed->body).value("data").toObject().value("api_keys_revoked").toInt(),
             keys);
    QCOMPARE(get("/api/v1/auth/me", byKey(key))->status, 401);
    QVERIFY(keyNames(carol).isEmpty());
}

// The shell face: list a user's keys and revoke them, with the same ids as REST.
void TestApiKeysHttp::cli()
{
    const auto bob = TestServer::bearer(loginAs(kBob, kBobPassword).token);
    const QJsonObject first = createKey(bob);
    const QJsonObject second = createKey(bob);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QString output;
    QCOMPARE(m_server.m({"user", "api-keys", kBob}, &output), 0);
    QVERIFY2(output.contains(first.value("name").toString()), qPrintable(output));
    QVERIFY(output.contains(first.value("key").toString()));
    QVERIFY(!output.contains(first.value("secret").toString()));

    QCOMPARE(m_server.m({"user", "revoke-key", kCarol, first.value("name").toString()}, &output),
             1);
    QVERIFY2(output.contains("no API key"), qPrintable(output));
    QCOMPARE(m_server.m({"user", "revoke-key", kBob, first.value("name").toString()}, &output), 0);
    QCOMPARE(get("/api/v1/auth/me", byKey(first))->status, 401);
    QCOMPARE(get("/api/v1/auth/me", byKey(second))->status, 200);
    QCOMPARE(m_server.m({"user", "revoke-key", kBob, "--all"}, &output), 0);
    QVERIFY2(output.contains("Revoked"), qPrintable(output));
    QCOMPARE(get("/api/v1/auth/me", byKey(second))->status, 401);
    QCOMPARE(m_server.m({"user", "revoke-key", kBob}, &output), 2); // usage
}

// A magic-link token in the URL path signs its holder in: the request log keeps the
// route and "[redacted]" in its place, whatever the answer.
void TestApiKeysHttp::magicLinkTokensAreRedactedFromTheLog()
{
    const std::string token = "Zx9secretTokenValue0123456789abcdefABCDEF";
    const auto redeemed = get("/api/v1/auth/magic-link/" + token);
    QVERIFY(redeemed);
    QCOMPARE(redeemed->status, 401);
    const auto wrongMethod = post("/api/v1/auth/magic-link/" + token, {});
    QVERIFY(wrongMethod);
    QVERIFY(wrongMethod->status >= 400);
    QByteArray log;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000 && log.count("/api/v1/auth/magic-link/[redacted]") < 2) {
        QTest::qWait(50);
        log = m_server.log();
    }
    QCOMPARE(log.count("/api/v1/auth/magic-link/[redacted]"), 2);
    QVERIFY(!log.contains(QByteArray::fromStdString(token)));
}

QTEST_GUILESS_MAIN(TestApiKeysHttp)
#include "tst_api_keys_http.moc"
