// SPDX-License-Identifier: MIT
// The development sign-in over HTTP on a real `m start` (docs/adr/0205): the secret from
// FM_DEV_SIGNIN_SECRET traded for a one-time token, the token for the session cookie and
// a redirect; every refusal (wrong secret, reused token, bad next, proxy, another machine,
// no variable, no --dev) with its answer; nothing secret in the log.
#include "testserver.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QTest>

namespace {

const QString kVariable = QStringLiteral("FM_DEV_SIGNIN_SECRET");
const QString kSecret = QStringLiteral("preview-secret-0123456789abcdef");
const std::string kJson = "application/json";

QString codeOf(const httplib::Result &result)
{
    return jsonOf(result->body)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString messageOf(const httplib::Result &result)
{
    return jsonOf(result->body)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

std::string secretBody(const QString &secret)
{
    return jsonText({{QStringLiteral("secret"), secret}});
}

std::string percent(const QString &text)
{
    return QUrl::toPercentEncoding(text).toStdString();
}

} // namespace

class TestDevSignInHttp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInOnceAndRedirects();
    void refusedTrades_data();
    void refusedTrades();
    void refusedRedeems_data();
    void refusedRedeems();
    void badNextKeepsTheToken();
    void staleCookieDoesNotStandInTheWay();
    void documentedUnderDev();
    void nothingSecretIsLogged();
    void notFromAnotherMachine();
    void offWithoutTheVariable_data();
    void offWithoutTheVariable();
    void noRoutesWithoutDev();

private:
    // A fresh token from the running server (QVERIFY inside: empty on failure).
    QString trade();
    bool restart(const QStringList &args, const QString &secret);

    TestServer m_server;
    QStringList m_tokens; // every token handed out, for the log check
};

void TestDevSignInHttp::initTestCase()
{
    QVERIFY(m_server.create());
    QVERIFY(restart({QStringLiteral("--dev")}, kSecret));
}

bool TestDevSignInHttp::restart(const QStringList &args, const QString &secret)
{
    m_server.stop();
    m_server.setEnv(kVariable, secret);
    return m_server.start(args);
}

QString TestDevSignInHttp::trade()
{
    auto result = m_server.client().Post("/api/v1/dev/sign-in", secretBody(kSecret), kJson);
    if (!result || result->status != 201) {
        qWarning() << "trade failed:" << (result ? result->body.c_str() : "no answer");
        return {};
    }
    const QString token =
        jsonOf(result->body).value(QStringLiteral("data")).toObject().value("token").toString();
    m_tokens << token;
    return token;
}

void TestDevSignInHttp::signsInOnceAndRedirects()
{
    auto http = m_server.client();
    auto traded = http.Post("/api/v1/dev/sign-in", secretBody(kSecret), kJson);
    QVERIFY(traded);
    QCOMPARE(traded->status, 201);
    const QJsonObject data = jsonOf(traded->body).value(QStringLiteral("data")).toObject();
    const QString token = data.value(QStringLiteral("token")).toString();
    m_tokens << token;
    QCOMPARE(token.size(), 43);
    QCOMPARE(data.value(QStringLiteral("user")).toString(), QStringLiteral("Administrator"));
    QCOMPARE(data.value(QStringLiteral("expires_in")).toInt(), 60);
    QCOMPARE(data.value(QStringLiteral("url")).toString(),
             QStringLiteral("/api/v1/dev/sign-in?token=") + token);

    const std::string redeem = "/api/v1/dev/sign-in?token=" + token.toStdString() +
                               "&next=" + percent(QStringLiteral("/api/docs?x=1&y=2"));
    auto signedIn = http.Get(redeem);
    QVERIFY(signedIn);
    QCOMPARE(signedIn->status, 303);
    QCOMPARE(signedIn->get_header_value("Location"), std::string("/api/docs?x=1&y=2"));
    QCOMPARE(signedIn->get_header_value("Cache-Control"), std::string("no-store"));
    QCOMPARE(signedIn->get_header_value("Referrer-Policy"), std::string("no-referrer"));
    const QString cookie = QString::fromStdString(signedIn->get_header_value("Set-Cookie"));
    QVERIFY2(cookie.startsWith(QStringLiteral("fm_session=")), qPrintable(cookie));
    QVERIFY(cookie.contains(QStringLiteral("HttpOnly")));
    const std::string session = cookie.section(u';', 0, 0).toStdString();

    auto me = http.Get("/api/v1/auth/me", {{"Cookie", session}});
    QVERIFY(me);
    QCOMPARE(me->status, 200);
    const QJsonObject who = jsonOf(me->body).value(QStringLiteral("data")).toObject();
    QCOMPARE(who.value(QStringLiteral("user")).toString(), QStringLiteral("Administrator"));
    QCOMPARE(who.value(QStringLiteral("method")).toString(), QStringLiteral("session"));
    // The session says how it began.
    auto sessions = http.Get("/api/v1/auth/sessions", {{"Cookie", session}});
    QVERIFY(sessions);
    bool found = false;
    for (const QJsonValue row : jsonOf(sessions->body).value(QStringLiteral("data")).toArray()) {
        if (row.toObject().value(QStringLiteral("current")).toBool()) {
            found = true;
            QCOMPARE(row.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("Development"));
        }
    }
    QVERIFY(found);

    // Once only.
    auto again = http.Get(redeem);
    QVERIFY(again);
    QCOMPARE(again->status, 401);
    QCOMPARE(codeOf(again), QStringLiteral("UNAUTHORIZED"));
    QVERIFY(again->get_header_value("Set-Cookie").empty());
    // No next: the root.
    auto root = http.Get("/api/v1/dev/sign-in?token=" + trade().toStdString());
    QVERIFY(root);
    QCOMPARE(root->status, 303);
    QCOMPARE(root->get_header_value("Location"), std::string("/"));
}

void TestDevSignInHttp::refusedTrades_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header"); // "Name: value" or empty
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong secret") << QByteArray(R"({"secret": "preview-secret-0123456789abcdeX"})")
                                  << QByteArray() << 401 << QStringLiteral("not the one");
    QTest::newRow("empty secret") << QByteArray(R"({"secret": ""})") << QByteArray() << 401
                                  << QStringLiteral("not the one");
    QTest::newRow("no secret") << QByteArray("{}") << QByteArray() << 400
                               << QStringLiteral("{\"secret\"");
    QTest::newRow("secret not a string")
        << QByteArray(R"({"secret": 42})") << QByteArray() << 400 << QStringLiteral("as a string");
    QTest::newRow("not JSON") << QByteArray("secret=x") << QByteArray() << 400 << QString();
    QTest::newRow("through a proxy")
        << QByteArray(R"({"secret": "preview-secret-0123456789abcdef"})")
        << QByteArray("X-Forwarded-For: 203.0.113.9") << 403 << QStringLiteral("X-Forwarded-For");
    QTest::newRow("Forwarded header")
        << QByteArray(R"({"secret": "preview-secret-0123456789abcdef"})")
        << QByteArray("Forwarded: for=203.0.113.9") << 403 << QStringLiteral("proxy");
}

void TestDevSignInHttp::refusedTrades()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, says);
    httplib::Headers headers;
    if (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        headers.emplace(header.left(colon).toStdString(), header.mid(colon + 2).toStdString());
    }
    auto result = m_server.client().Post("/api/v1/dev/sign-in", headers, body.toStdString(), kJson);
    QVERIFY(result);
    QCOMPARE(result->status, status);
    QVERIFY2(messageOf(result).contains(says), qPrintable(messageOf(result)));
    QVERIFY(!messageOf(result).contains(kSecret));
    QVERIFY(jsonOf(result->body).value(QStringLiteral("data")).isUndefined());
}

void TestDevSignInHttp::refusedRedeems_data()
{
    QTest::addColumn<QString>("query"); // {token}: a fresh token
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("no token") << QString() << QByteArray() << 401 << QStringLiteral("not valid");
    QTest::newRow("unknown token") << QStringLiteral("token=") + QString(43, u'A') << QByteArray()
                                   << 401 << QStringLiteral("not valid");
    QTest::newRow("protocol-relative next")
        << QStringLiteral("token={token}&next=%2F%2Fevil.example") << QByteArray() << 400
        << QStringLiteral("like /desk");
    QTest::newRow("absolute next")
        << QStringLiteral("token={token}&next=https%3A%2F%2Fevil.example%2F") << QByteArray() << 400
        << QStringLiteral("like /desk");
    QTest::newRow("header splitting next")
        << QStringLiteral("token={token}&next=%2Fx%0D%0ASet-Cookie:%20a=b") << QByteArray() << 400
        << QStringLiteral("like /desk");
    QTest::newRow("through a proxy")
        << QStringLiteral("token={token}") << QByteArray("X-Real-IP: 203.0.113.9") << 403
        << QStringLiteral("X-Real-IP");
}

void TestDevSignInHttp::refusedRedeems()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, says);
    if (query.contains(QStringLiteral("{token}")))
        query.replace(QStringLiteral("{token}"), trade());
    httplib::Headers headers;
    if (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        headers.emplace(header.left(colon).toStdString(), header.mid(colon + 2).toStdString());
    }
    auto result = m_server.client().Get("/api/v1/dev/sign-in?" + query.toStdString(), headers);
    QVERIFY(result);
    QCOMPARE(result->status, status);
    QVERIFY2(messageOf(result).contains(says), qPrintable(messageOf(result)));
    QVERIFY(result->get_header_value("Set-Cookie").empty());
    QVERIFY(result->get_header_value("Location").empty());
}

void TestDevSignInHttp::badNextKeepsTheToken()
{
    // `next` is checked first, so a typo in it does not spend the token.
    const std::string token = trade().toStdString();
    auto http = m_server.client();
    auto bad = http.Get("/api/v1/dev/sign-in?token=" + token + "&next=desk");
    QVERIFY(bad);
    QCOMPARE(bad->status, 400);
    auto good = http.Get("/api/v1/dev/sign-in?token=" + token + "&next=%2Fdesk");
    QVERIFY(good);
    QCOMPARE(good->status, 303);
    QCOMPARE(good->get_header_value("Location"), std::string("/desk"));
}

void TestDevSignInHttp::staleCookieDoesNotStandInTheWay()
{
    // A browser that kept the cookie of a session since revoked still signs in.
    auto result = m_server.client().Get("/api/v1/dev/sign-in?token=" + trade().toStdString(),
                                        {{"Cookie", "fm_session=gone-since-long"}});
    QVERIFY(result);
    QCOMPARE(result->status, 303);
    QVERIFY(!result->get_header_value("Set-Cookie").empty());
}

void TestDevSignInHttp::documentedUnderDev()
{
    auto result = m_server.client().Get("/api/openapi.json");
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    const QJsonObject path = jsonOf(result->body)
                                 .value(QStringLiteral("paths"))
                                 .toObject()
                                 .value(QStringLiteral("/api/v1/dev/sign-in"))
                                 .toObject();
    QVERIFY(path.contains(QStringLiteral("post")));
    QVERIFY(path.contains(QStringLiteral("get")));
}

void TestDevSignInHttp::nothingSecretIsLogged()
{
    QVERIFY(!trade().isEmpty());
    // Stopping reads all the server wrote to stderr (the request log).
    QVERIFY(m_server.stop());
    const QByteArray log = m_server.log();
    QVERIFY(log.contains("/api/v1/dev/sign-in")); // the requests are logged...
    QVERIFY(!log.contains(kSecret.toUtf8()));     // ...without the secret
    for (const QString &token : std::as_const(m_tokens))
        QVERIFY2(!log.contains(token.toUtf8()), qPrintable(token)); // ...or a token
    // Nor did the server write it into its project.
    for (const QString &file : {QStringLiteral("m.json"), QStringLiteral("sites/demo/site.json")}) {
        QFile f(m_server.file(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(kSecret.toUtf8()));
    }
}

void TestDevSignInHttp::notFromAnotherMachine()
{
    QHostAddress other;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            other = address;
            break;
        }
    }
    if (other.isNull())
        QSKIP("this machine has no IPv4 address but loopback");
    QVERIFY(restart({QStringLiteral("--dev"), QStringLiteral("--host"), QStringLiteral("0.0.0.0")},
                    kSecret));
    httplib::Client http(other.toString().toStdString(), m_server.port());
    http.set_read_timeout(30, 0);
    // A Host the server answers (a foreign one is refused earlier, by the HostPolicy):
    // the route's own check of the peer's address must still say no.
    const httplib::Headers asLocal{{"Host", "localhost"}};
    auto traded = http.Post("/api/v1/dev/sign-in", asLocal, secretBody(kSecret), kJson);
    QVERIFY(traded);
    QCOMPARE(traded->status, 403);
    QVERIFY2(messageOf(traded).contains(QStringLiteral("only to this machine")),
             qPrintable(messageOf(traded)));
    auto redeemed = http.Get("/api/v1/dev/sign-in?token=" + trade().toStdString(), asLocal);
    QVERIFY(redeemed);
    QCOMPARE(redeemed->status, 403);
    // The same server still answers on loopback.
    QVERIFY(!trade().isEmpty());
}

void TestDevSignInHttp::offWithoutTheVariable_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("says");
    QTest::newRow("unset") << QString() << QStringLiteral("FM_DEV_SIGNIN_SECRET");
    QTest::newRow("too short") << QStringLiteral("short") << QStringLiteral("5 bytes");
}

void TestDevSignInHttp::offWithoutTheVariable()
{
    QFETCH(QString, secret);
    QFETCH(QString, says);
    QVERIFY(restart({QStringLiteral("--dev")}, secret));
    auto http = m_server.client();
    auto traded = http.Post("/api/v1/dev/sign-in", secretBody(secret), kJson);
    QVERIFY(traded);
    QCOMPARE(traded->status, 403);
    QVERIFY2(messageOf(traded).contains(says), qPrintable(messageOf(traded)));
    // Tokens of the earlier server are gone with it.
    auto redeemed = http.Get("/api/v1/dev/sign-in?token=" + m_tokens.last().toStdString());
    QVERIFY(redeemed);
    QCOMPARE(redeemed->status, 401);
}

void TestDevSignInHttp::noRoutesWithoutDev()
{
    QVERIFY(restart({}, kSecret));
    auto http = m_server.client();
    // The paths are not routes: the document routes answer (an unknown DocType "dev").
    auto traded = http.Post("/api/v1/dev/sign-in", secretBody(kSecret), kJson);
    QVERIFY(traded);
    QVERIFY2(traded->status == 404 || traded->status == 405, traded->body.c_str());
    QVERIFY(jsonOf(traded->body).value(QStringLiteral("data")).isUndefined());
    auto redeemed = http.Get("/api/v1/dev/sign-in?token=x");
    QVERIFY(redeemed);
    QCOMPARE(redeemed->status, 404);
    QVERIFY(redeemed->get_header_value("Set-Cookie").empty());
    auto openapi = http.Get("/api/openapi.json");
    QVERIFY(openapi);
    QVERIFY(!jsonOf(openapi->body)
                 .value(QStringLiteral("paths"))
                 .toObject()
                 .contains(QStringLiteral("/api/v1/dev/sign-in")));
}

QTEST_GUILESS_MAIN(TestDevSignInHttp)
#include "tst_dev_signin.moc"
