// SPDX-License-Identifier: MIT
// CorsPolicy: which origins are let in, the preflight answer, and the headers added
// to ordinary responses; closed when nothing is configured.
#include "api/ops/corspolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using fm::server::api::CorsPolicy;
using fm::server::http::RequestContext;
using fm::server::http::Response;

namespace {

RequestContext request(const QByteArray &method, const QByteArray &origin,
                       const QByteArray &requestedMethod = {})
{
    RequestContext context;
    context.method = method;
    context.path = QStringLiteral("/api/v1/ticket");
    context.requestId = QStringLiteral("rid-1");
    if (!origin.isEmpty())
        context.headers.append({"Origin", origin});
    if (!requestedMethod.isEmpty())
        context.headers.append({"Access-Control-Request-Method", requestedMethod});
    return context;
}

QByteArray headerOf(const Response &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

const QStringList kListed{QStringLiteral("https://app.example.com"),
                          QStringLiteral("http://localhost:5173")};

} // namespace

class TestCorsPolicy : public QObject
{
    Q_OBJECT
private slots:
    void normalizeOrigin_data();
    void normalizeOrigin();
    void badEntriesAreReported();
    void preflight_data();
    void preflight();
    void decorate_data();
    void decorate();
    void varyIsMerged();
};

void TestCorsPolicy::normalizeOrigin_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QByteArray>("origin"); // empty: refused
    QTest::newRow("plain") << "https://app.example.com" << QByteArray("https://app.example.com");
    QTest::newRow("upper case host")
        << "https://App.Example.COM" << QByteArray("https://app.example.com");
    QTest::newRow("trailing slash")
        << "https://app.example.com/" << QByteArray("https://app.example.com");
    QTest::newRow("default port dropped")
        << "https://app.example.com:443" << QByteArray("https://app.example.com");
    QTest::newRow("other port kept")
        << "http://localhost:5173" << QByteArray("http://localhost:5173");
    QTest::newRow("spaces around") << "  http://a.test  " << QByteArray("http://a.test");
    QTest::newRow("ipv6") << "http://[::1]:8080" << QByteArray("http://[::1]:8080");
    QTest::newRow("with a path") << "https://app.example.com/desk" << QByteArray();
    QTest::newRow("with a query") << "https://app.example.com?x=1" << QByteArray();
    QTest::newRow("no scheme") << "app.example.com" << QByteArray();
    QTest::newRow("ftp scheme") << "ftp://app.example.com" << QByteArray();
    QTest::newRow("user info") << "https://me@app.example.com" << QByteArray();
    QTest::newRow("null origin") << "null" << QByteArray();
    QTest::newRow("empty") << "" << QByteArray();
}

void TestCorsPolicy::normalizeOrigin()
{
    QFETCH(QString, entry);
    QFETCH(QByteArray, origin);
    const auto normalized = CorsPolicy::normalizeOrigin(entry);
    if (origin.isEmpty()) {
        QVERIFY(!normalized);
        QVERIFY2(normalized.error().message().contains(QStringLiteral("scheme://host")),
                 qPrintable(normalized.error().message()));
    } else {
        QVERIFY2(normalized, normalized ? "" : qPrintable(normalized.error().message()));
        QCOMPARE(*normalized, origin);
    }
}

void TestCorsPolicy::badEntriesAreReported()
{
    QStringList problems;
    const CorsPolicy policy({QStringLiteral("https://ok.test"), QStringLiteral("ok.test/path")},
                            &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("ok.test/path")));
    QVERIFY(policy.allows("https://ok.test"));
    QVERIFY(!policy.isClosed());
    QVERIFY(CorsPolicy({}).isClosed());
    QVERIFY(CorsPolicy({QStringLiteral("nonsense")}).isClosed());
}

void TestCorsPolicy::preflight_data()
{
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("requestedMethod");
    QTest::addColumn<int>("status"); // 0: not a preflight, goes on to the route
    QTest::addColumn<QByteArray>("allowOrigin");
    QTest::addColumn<bool>("credentials");
    QTest::newRow("closed: refused")
        << QStringList() << QByteArray("OPTIONS") << QByteArray("https://app.example.com")
        << QByteArray("POST") << 403 << QByteArray() << false;
    QTest::newRow("listed origin")
        << kListed << QByteArray("OPTIONS") << QByteArray("https://app.example.com")
        << QByteArray("PUT") << 204 << QByteArray("https://app.example.com") << true;
    QTest::newRow("second listed origin")
        << kListed << QByteArray("OPTIONS") << QByteArray("http://localhost:5173")
        << QByteArray("DELETE") << 204 << QByteArray("http://localhost:5173") << true;
    QTest::newRow("other origin refused")
        << kListed << QByteArray("OPTIONS") << QByteArray("https://evil.example.com")
        << QByteArray("POST") << 403 << QByteArray() << false;
    QTest::newRow("same host other port refused")
        << kListed << QByteArray("OPTIONS") << QByteArray("https://app.example.com:8443")
        << QByteArray("POST") << 403 << QByteArray() << false;
    QTest::newRow("listed origin over http refused")
        << kListed << QByteArray("OPTIONS") << QByteArray("http://app.example.com")
        << QByteArray("POST") << 403 << QByteArray() << false;
    QTest::newRow("null origin refused") << kListed << QByteArray("OPTIONS") << QByteArray("null")
                                         << QByteArray("POST") << 403 << QByteArray() << false;
    QTest::newRow("wildcard: any origin, no credentials")
        << QStringList{"*"} << QByteArray("OPTIONS") << QByteArray("https://anyone.test")
        << QByteArray("POST") << 204 << QByteArray("*") << false;
    QTest::newRow("OPTIONS without Origin is no preflight")
        << kListed << QByteArray("OPTIONS") << QByteArray() << QByteArray("POST") << 0
        << QByteArray() << false;
    QTest::newRow("OPTIONS without requested method is no preflight")
        << kListed << QByteArray("OPTIONS") << QByteArray("https://app.example.com") << QByteArray()
        << 0 << QByteArray() << false;
    QTest::newRow("GET with Origin is no preflight")
        << kListed << QByteArray("GET") << QByteArray("https://app.example.com")
        << QByteArray("GET") << 0 << QByteArray() << false;
}

void TestCorsPolicy::preflight()
{
    QFETCH(QStringList, origins);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, requestedMethod);
    QFETCH(int, status);
    QFETCH(QByteArray, allowOrigin);
    QFETCH(bool, credentials);
    const CorsPolicy policy(origins);
    const auto answer = policy.answerPreflight(request(method, origin, requestedMethod));
    if (status == 0) {
        QVERIFY(!answer);
        return;
    }
    QVERIFY(answer);
    QCOMPARE(answer->status, status);
    QCOMPARE(headerOf(*answer, "Access-Control-Allow-Origin"), allowOrigin);
    QCOMPARE(headerOf(*answer, "Access-Control-Allow-Credentials"),
             credentials ? QByteArray("true") : QByteArray());
    if (status == 204) {
        QVERIFY(answer->body.isEmpty());
        const QByteArray headers = headerOf(*answer, "Access-Control-Allow-Headers");
        for (const char *name : {"Authorization", "Content-Type", "X-CSRF-Token", "X-Request-Id"})
            QVERIFY2(headers.contains(name), name);
        QVERIFY(headerOf(*answer, "Access-Control-Allow-Methods").contains("PUT"));
        QCOMPARE(headerOf(*answer, "Access-Control-Max-Age"),
                 QByteArray::number(CorsPolicy::kMaxAgeSeconds));
    } else {
        // Refused with the API's one error body, telling the operator what to change.
        const QJsonObject error =
            QJsonDocument::fromJson(answer->body).object().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("FORBIDDEN"));
        QVERIFY(error.value("message").toString().contains(QStringLiteral("cors_origins")));
        QCOMPARE(error.value("request_id").toString(), QStringLiteral("rid-1"));
        QVERIFY(headerOf(*answer, "Access-Control-Allow-Methods").isEmpty());
    }
}

void TestCorsPolicy::decorate_data()
{
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("allowOrigin");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QByteArray>("vary");
    QTest::newRow("closed, cross-origin call")
        << QStringList() << QByteArray("https://a.test") << QByteArray() << false << QByteArray();
    QTest::newRow("closed, no Origin")
        << QStringList() << QByteArray() << QByteArray() << false << QByteArray();
    QTest::newRow("listed") << kListed << QByteArray("https://app.example.com")
                            << QByteArray("https://app.example.com") << true
                            << QByteArray("Origin");
    QTest::newRow("not listed: only Vary")
        << kListed << QByteArray("https://b.test") << QByteArray() << false << QByteArray("Origin");
    QTest::newRow("same-origin call (no Origin)")
        << kListed << QByteArray() << QByteArray() << false << QByteArray("Origin");
    QTest::newRow("wildcard") << QStringList{"*"} << QByteArray("https://b.test") << QByteArray("*")
                              << false << QByteArray();
}

void TestCorsPolicy::decorate()
{
    QFETCH(QStringList, origins);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, allowOrigin);
    QFETCH(bool, credentials);
    QFETCH(QByteArray, vary);
    const CorsPolicy policy(origins);
    Response response;
    policy.decorate(request("GET", origin), response);
    QCOMPARE(headerOf(response, "Access-Control-Allow-Origin"), allowOrigin);
    QCOMPARE(headerOf(response, "Access-Control-Allow-Credentials"),
             credentials ? QByteArray("true") : QByteArray());
    QCOMPARE(headerOf(response, "Vary"), vary);
    QCOMPARE(headerOf(response, "Access-Control-Expose-Headers").contains("X-Request-Id"),
             !allowOrigin.isEmpty());
}

void TestCorsPolicy::varyIsMerged()
{
    const CorsPolicy policy(kListed);
    Response response;
    response.headers.append({QByteArray("Vary"), QByteArray("Accept-Encoding")});
    policy.decorate(request("GET", "https://app.example.com"), response);
    QCOMPARE(headerOf(response, "Vary"), QByteArray("Accept-Encoding, Origin"));
    // Twice (a hook running on a preflight answer) still one Allow-Origin header.
    policy.decorate(request("GET", "https://app.example.com"), response);
    int count = 0;
    for (const auto &header : response.headers)
        count += header.first == "Access-Control-Allow-Origin";
    QCOMPARE(count, 1);
    QCOMPARE(headerOf(response, "Vary"), QByteArray("Accept-Encoding, Origin"));
}

QTEST_GUILESS_MAIN(TestCorsPolicy)
#include "tst_cors_policy.moc"
