// SPDX-License-Identifier: MIT
// Magic-link sign-in over HTTP on a real `m start --dev`: the request answers alike for
// known and unknown addresses, the dev mailbox holds the one mail, the link signs in
// once, and the mailbox exists only under --dev. Also `m mail list`.
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

namespace {

const QString kAnn = QStringLiteral("ann@example.com");
const QString kOff = QStringLiteral("off@example.com");
const QString kZed = QStringLiteral("zed@example.com");
const QString kPassword = QStringLiteral("ann-password-1");
const std::string kJson = "application/json";

std::string emailBody(const QString &email)
{
    return jsonText({{QStringLiteral("email"), email}});
}

QString errorCode(const httplib::Result &result)
{
    return jsonOf(result->body)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestMagicLinkHttp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestAnswersAlike_data();
    void requestAnswersAlike();
    void badRequests_data();
    void badRequests();
    void mailboxHoldsOneMailForTheKnownAddress();
    void linkSignsInOnce();
    void refusedLinks_data();
    void refusedLinks();
    void mailboxLimit_data();
    void mailboxLimit();
    void requestsAreRateLimited();
    void mailList_data();
    void mailList();
    void wrongLinksAreRateLimited();
    void mailboxOnlyWithDev();
    void linksPointAtThePublicUrl();

private:
    QJsonArray mailbox(int limit = 20);
    // The newest mail to `recipient`, waiting for the background writer; empty if none.
    QJsonObject waitForMail(const QString &recipient, int count);
    QString mailedToken(const QString &recipient = kAnn);

    TestServer m_server;
    std::string m_firstAnswer;
    QString m_token;    // from the mail to ann, spent by linkSignsInOnce()
    QString m_zedToken; // refused while rate limited, so still good after a restart
};

void TestMagicLinkHttp::initTestCase()
{
    QVERIFY(m_server.create());
    QString out;
    QCOMPARE(m_server.m({QStringLiteral("doc"), QStringLiteral("insert"), QStringLiteral("Role"),
                         QStringLiteral("--data"), QStringLiteral(R"({"role_name": "Staff"})")},
                        &out),
             0);
    for (const QString &user : {kAnn, kOff, kZed}) {
        QVERIFY2(m_server.m({QStringLiteral("user"), QStringLiteral("add"), user,
                             QStringLiteral("--role"), QStringLiteral("Staff"),
                             QStringLiteral("--password"), kPassword},
                            &out) == 0,
                 qPrintable(out));
    }
    QVERIFY2(m_server.m({QStringLiteral("doc"), QStringLiteral("update"), QStringLiteral("User"),
                         kOff, QStringLiteral("--data"), QStringLiteral(R"({"enabled": false})")},
                        &out) == 0,
             qPrintable(out));
    QVERIFY(m_server.start({QStringLiteral("--dev")}));
}

QJsonArray TestMagicLinkHttp::mailbox(int limit)
{
    auto http = m_server.client();
    auto result = http.Get("/api/v1/dev/mailbox?limit=" + std::to_string(limit));
    if (!result || result->status != 200)
        return {};
    return jsonOf(result->body).value(QStringLiteral("data")).toArray();
}

QJsonObject TestMagicLinkHttp::waitForMail(const QString &recipient, int count)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        QList<QJsonObject> found;
        for (const QJsonValue &mail : mailbox(500)) {
            if (mail.toObject().value(QStringLiteral("recipient")).toString() == recipient)
                found << mail.toObject();
        }
        if (found.size() >= count)
            return found.first();
        QThread::msleep(50);
    }
    return {};
}

void TestMagicLinkHttp::requestAnswersAlike_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("known") << kAnn;
    QTest::newRow("unknown") << "nobody@example.com";
    QTest::newRow("disabled") << kOff;
    QTest::newRow("not even an address") << "Administrator";
}

void TestMagicLinkHttp::requestAnswersAlike()
{
    QFETCH(QString, email);
    auto http = m_server.client();
    auto result = http.Post("/api/v1/auth/magic-link", emailBody(email), kJson);
    QVERIFY(result);
    QCOMPARE(result->status, 202);
    QVERIFY(!result->has_header("Set-Cookie"));
    QCOMPARE(jsonOf(result->body),
             (QJsonObject{{QStringLiteral("data"),
                           QJsonObject{{QStringLiteral("message"),
                                        QStringLiteral("If the address belongs to an account, a "
                                                       "link is on its way.")}}}}));
    // Byte for byte the same answer whoever was asked about.
    if (m_firstAnswer.empty())
        m_firstAnswer = result->body;
    QCOMPARE(QByteArray::fromStdString(result->body), QByteArray::fromStdString(m_firstAnswer));
}

void TestMagicLinkHttp::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("{\"email\": ");
    QTest::newRow("no email") << QByteArray("{}");
    QTest::newRow("empty email") << QByteArray("{\"email\": \"  \"}");
    QTest::newRow("email not a string") << QByteArray("{\"email\": 42}");
    QTest::newRow("an array") << QByteArray("[\"ann@example.com\"]");
}

void TestMagicLinkHttp::badRequests()
{
    QFETCH(QByteArray, body);
    auto http = m_server.client();
    auto result = http.Post("/api/v1/auth/magic-link", body.toStdString(), kJson);
    QVERIFY(result);
    QCOMPARE(result->status, 400);
    QCOMPARE(errorCode(result), QStringLiteral("BAD_REQUEST"));
}

void TestMagicLinkHttp::mailboxHoldsOneMailForTheKnownAddress()
{
    // requestAnswersAlike() asked for all four. The writer works through requests in
    // order, so once zed's mail (asked for last) is there, every earlier one was handled.
    auto http = m_server.client();
    QVERIFY(http.Post("/api/v1/auth/magic-link", emailBody(kZed), kJson));
    QVERIFY(!waitForMail(kZed, 1).isEmpty());
    const QJsonArray mails = mailbox(500);
    QCOMPARE(mails.size(), 2);
    const QJsonObject mail = mails.at(1).toObject(); // newest first: zed's, then ann's
    QCOMPARE(mail.value(QStringLiteral("recipient")).toString(), kAnn);
    QCOMPARE(mail.value(QStringLiteral("subject")).toString(), QStringLiteral("Your sign-in link"));
    QCOMPARE(mail.value(QStringLiteral("status")).toString(), QStringLiteral("Not Sent"));
    QCOMPARE(mail.value(QStringLiteral("reference_doctype")).toString(),
             QStringLiteral("Login Link"));
}

QString TestMagicLinkHttp::mailedToken(const QString &recipient)
{
    const QJsonObject mail = waitForMail(recipient, 1);
    // The link points where the client reached the server (its Host header).
    const QRegularExpression link(QStringLiteral("http://127\\.0\\.0\\.1:%1/api/v1/auth/"
                                                 "magic-link/([A-Za-z0-9_-]{43})")
                                      .arg(m_server.port()));
    return link.match(mail.value(QStringLiteral("body")).toString()).captured(1);
}

void TestMagicLinkHttp::linkSignsInOnce()
{
    m_token = mailedToken();
    QVERIFY(!m_token.isEmpty());
    auto http = m_server.client();
    const std::string path = "/api/v1/auth/magic-link/" + m_token.toStdString();
    auto result = http.Get(path);
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    const QJsonObject body = jsonOf(result->body);
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("user")).toString(), kAnn);
    QCOMPARE(data.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("Staff")});
    const QString token = body.value(QStringLiteral("token")).toString();
    QVERIFY(token.size() >= 43);
    QVERIFY(!body.value(QStringLiteral("csrf_token")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(body.value(QStringLiteral("expires")).toString(), Qt::ISODate) >
            QDateTime::currentDateTimeUtc());
    // The same cookie and body keys as a password login gives.
    auto login = http.Post(
        "/api/v1/auth/login",
        jsonText({{QStringLiteral("email"), kAnn}, {QStringLiteral("password"), kPassword}}),
        kJson);
    QVERIFY(login);
    QCOMPARE(login->status, 200);
    const QJsonObject loginBody = jsonOf(login->body);
    QCOMPARE(QString::fromStdString(result->get_header_value("Set-Cookie")),
             QString::fromStdString(login->get_header_value("Set-Cookie"))
                 .replace(loginBody.value(QStringLiteral("token")).toString(), token));
    QVERIFY(QString::fromStdString(result->get_header_value("Set-Cookie"))
                .startsWith(
                    QStringLiteral("fm_session=%1; HttpOnly; SameSite=Lax; Path=/").arg(token)));
    QCOMPARE(body.keys(), loginBody.keys());
    QCOMPARE(data, loginBody.value(QStringLiteral("data")).toObject());

    // The session is real: the server knows who holds the cookie and the token.
    for (const auto &headers : {httplib::Headers{{"Cookie", "fm_session=" + token.toStdString()}},
                                TestServer::bearer(token.toStdString())}) {
        auto me = http.Get("/api/v1/auth/me", headers);
        QVERIFY(me);
        QCOMPARE(me->status, 200);
        QCOMPARE(jsonOf(me->body)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("user"))
                     .toString(),
                 kAnn);
    }
    // The second use of the same link is refused.
    auto again = http.Get(path);
    QVERIFY(again);
    QCOMPARE(again->status, 401);
    QCOMPARE(errorCode(again), QStringLiteral("UNAUTHORIZED"));
    QVERIFY(!again->has_header("Set-Cookie"));
}

void TestMagicLinkHttp::refusedLinks_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("reused") << "spent";
    QTest::newRow("never issued") << QString(43, u'x');
    QTest::newRow("escaped slash") << "a%2Fb";
}

void TestMagicLinkHttp::refusedLinks()
{
    QFETCH(QString, token);
    if (token == QLatin1String("spent"))
        token = m_token;
    QVERIFY(!token.isEmpty());
    auto http = m_server.client();
    auto result = http.Get("/api/v1/auth/magic-link/" + token.toStdString());
    QVERIFY(result);
    QCOMPARE(result->status, 401);
    QCOMPARE(errorCode(result), QStringLiteral("UNAUTHORIZED"));
    // One message for every refusal: it does not tell a spent link from a made-up one.
    QCOMPARE(jsonOf(result->body)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString(),
             QStringLiteral("This sign-in link is not valid: it is unknown, already used or "
                            "expired. Ask for a new one."));
}

void TestMagicLinkHttp::mailboxLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("default") << "" << 200;
    QTest::newRow("one") << "?limit=1" << 200;
    QTest::newRow("zero") << "?limit=0" << 400;
    QTest::newRow("negative") << "?limit=-3" << 400;
    QTest::newRow("not a number") << "?limit=ten" << 400;
    QTest::newRow("too many") << "?limit=501" << 400;
}

void TestMagicLinkHttp::mailboxLimit()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    auto http = m_server.client();
    auto result = http.Get("/api/v1/dev/mailbox" + query.toStdString());
    QVERIFY(result);
    QCOMPARE(result->status, status);
    if (status != 200) {
        QCOMPARE(errorCode(result), QStringLiteral("BAD_REQUEST"));
        return;
    }
    QCOMPARE(jsonOf(result->body).value(QStringLiteral("data")).toArray().size(),
             query.isEmpty() ? 2 : 1);
}

void TestMagicLinkHttp::requestsAreRateLimited()
{
    // ann was asked for once already; four more fit in the window, the sixth does not.
    auto http = m_server.client();
    for (int i = 0; i < 4; ++i) {
        auto result = http.Post("/api/v1/auth/magic-link", emailBody(kAnn), kJson);
        QVERIFY(result);
        QCOMPARE(result->status, 202);
    }
    for (const QString &email : {kAnn, QStringLiteral("ANN@example.com")}) {
        auto limited = http.Post("/api/v1/auth/magic-link", emailBody(email), kJson);
        QVERIFY(limited);
        QCOMPARE(limited->status, 429);
        QCOMPARE(errorCode(limited), QStringLiteral("RATE_LIMITED"));
        QVERIFY(std::stoi(limited->get_header_value("Retry-After")) >= 1);
    }
    // Another address is still served.
    auto other =
        http.Post("/api/v1/auth/magic-link", emailBody(QStringLiteral("x@example.com")), kJson);
    QVERIFY(other);
    QCOMPARE(other->status, 202);
    QVERIFY(!waitForMail(kAnn, 5).isEmpty());
}

void TestMagicLinkHttp::mailList_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in the output
    QTest::newRow("table") << QStringList{} << 0 << "ann@example.com  Your sign-in link";
    QTest::newRow("limit") << QStringList{"--limit", "1"} << 0 << "/api/v1/auth/magic-link/";
    QTest::newRow("json") << QStringList{"--json"} << 0 << "\"recipient\": \"ann@example.com\"";
    QTest::newRow("bad limit") << QStringList{"--limit", "0"} << 2 << "--limit";
    QTest::newRow("unknown site") << QStringList{"--site", "nope"} << 1 << "nope";
}

void TestMagicLinkHttp::mailList()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QString out;
    QCOMPARE(m_server.m(QStringList{QStringLiteral("mail"), QStringLiteral("list")} + args, &out),
             exitCode);
    QVERIFY2(out.contains(expected), qPrintable(out));
    if (args == QStringList{QStringLiteral("--json")}) {
        const QJsonArray mails = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(mails.size(), 6); // ann's five requests that were not rate limited, zed's one
        QCOMPARE(mails, mailbox(500));
    }
    if (args.contains(QStringLiteral("1")))
        QCOMPARE(out.count(QStringLiteral("Your sign-in link")), 1);
}

void TestMagicLinkHttp::wrongLinksAreRateLimited()
{
    auto http = m_server.client();
    int status = 401;
    for (int i = 0; i < 20 && status == 401; ++i) {
        auto result = http.Get("/api/v1/auth/magic-link/" + std::string(43, 'y'));
        QVERIFY(result);
        status = result->status;
    }
    QCOMPARE(status, 429);
    // Once limited, even a good link is turned away, and stays unspent.
    m_zedToken = mailedToken(kZed);
    QVERIFY(!m_zedToken.isEmpty());
    auto good = http.Get("/api/v1/auth/magic-link/" + m_zedToken.toStdString());
    QVERIFY(good);
    QCOMPARE(good->status, 429);
    QCOMPARE(errorCode(good), QStringLiteral("RATE_LIMITED"));
    QVERIFY(std::stoi(good->get_header_value("Retry-After")) >= 1);
}

void TestMagicLinkHttp::mailboxOnlyWithDev()
{
    QVERIFY(m_server.stop());
    QVERIFY(m_server.start());
    auto http = m_server.client();
    auto result = http.Get("/api/v1/dev/mailbox");
    QVERIFY(result);
    QCOMPARE(result->status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("NOT_FOUND"));
    // Magic links themselves do not need --dev.
    auto asked =
        http.Post("/api/v1/auth/magic-link", emailBody(QStringLiteral("y@example.com")), kJson);
    QVERIFY(asked);
    QCOMPARE(asked->status, 202);
    // The limits live in the site's database (docs/adr/0249): a restart keeps them, and
    // once they are cleared zed's unspent link still works.
    QVERIFY(!m_zedToken.isEmpty());
    const std::string zedLink = "/api/v1/auth/magic-link/" + m_zedToken.toStdString();
    auto limited = http.Get(zedLink);
    QVERIFY(limited);
    QCOMPARE(limited->status, 429);
    QVERIFY(m_server.clearRateLimits());
    auto zed = http.Get(zedLink);
    QVERIFY(zed);
    QCOMPARE(zed->status, 200);
}

// With "public_url" set, a link points there whatever Host the request came with: mails
// must not carry an address chosen by whoever asked (issue 12).
void TestMagicLinkHttp::linksPointAtThePublicUrl()
{
    m_server.stop();
    QFile file(m_server.file(QStringLiteral("sites/demo/site.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject site = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    site.insert(
        QStringLiteral("server"),
        QJsonObject{{QStringLiteral("public_url"), QStringLiteral("https://desk.example.org/")}});
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(site).toJson());
    file.close();
    QString out;
    QVERIFY2(m_server.m({QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("pub@example.com"), QStringLiteral("--role"),
                         QStringLiteral("Staff"), QStringLiteral("--password"), kPassword},
                        &out) == 0,
             qPrintable(out));
    QVERIFY(m_server.start({QStringLiteral("--dev")}));
    auto http = m_server.client();
    QCOMPARE(
        http.Post("/api/v1/auth/magic-link", emailBody(QStringLiteral("pub@example.com")), kJson)
            ->status,
        202);
    const QString body =
        waitForMail(QStringLiteral("pub@example.com"), 1).value(QStringLiteral("body")).toString();
    QVERIFY2(body.contains(QStringLiteral("https://desk.example.org/api/v1/auth/magic-link/")),
             qPrintable(body));
    QVERIFY(!body.contains(QStringLiteral("127.0.0.1")));
}

QTEST_GUILESS_MAIN(TestMagicLinkHttp)
#include "tst_magiclink_http.moc"
