// SPDX-License-Identifier: MIT
// The operations module on a real `m start`: /metrics in Prometheus text, CORS closed
// by default and open only to configured origins, and an Error Log row for every 500
// (a real one: a table dropped under the running server), whose body hides the cause.
#include "promtext.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using Labels = QMap<QString, QString>;

namespace {

// Sets the "server" object of the site's site.json (read at `m start`).
bool configureServer(TestServer &server, const QJsonObject &settings)
{
    QFile file(server.file(QStringLiteral("sites/demo/site.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject site = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    site.insert(QStringLiteral("server"), settings);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(site).toJson()) > 0;
}

// Runs `sql` on the site's database beside the running server; the first column of
// every row, or the error text prefixed with "error: ".
QStringList sqlOnSite(TestServer &server, const QString &sql, const QVariantList &values = {})
{
    const QString connection = QUuid::createUuid().toString();
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(server.file(QStringLiteral("sites/demo/db.sqlite")));
        if (!db.open())
            return {QStringLiteral("error: ") + db.lastError().text()};
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            rows << QStringLiteral("error: ") + query.lastError().text();
        while (query.next())
            rows << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

promtext::Exposition scrape(TestServer &server, std::string *contentType = nullptr)
{
    auto http = server.client();
    const auto result = http.Get("/metrics");
    if (!result || result->status != 200)
        return {QStringLiteral("GET /metrics failed"), {}, {}};
    if (contentType)
        *contentType = result->get_header_value("Content-Type");
    return promtext::parse(QByteArray::fromStdString(result->body));
}

const QString kTotal = QStringLiteral("fm_http_requests_total");
const QString kCount = QStringLiteral("fm_http_request_duration_seconds_count");

} // namespace

class TestOpsServer : public QObject
{
    Q_OBJECT
private slots:
    void metrics();
    void cors_data();
    void cors();
    void errorLog_data();
    void errorLog();
    void foreignHostsAreRefused();
    void allowedHostsAndPublicUrl();
};

void TestOpsServer::metrics()
{
    TestServer server;
    QVERIFY(server.create());
    QVERIFY(server.start());
    auto http = server.client();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http.Get("/health")->status, 200);
    QCOMPARE(http.Get("/no/such/route")->status, 404);

    std::string contentType;
    const auto first = scrape(server, &contentType);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(QString::fromStdString(contentType).left(34),
             QStringLiteral("text/plain; version=0.0.4; charset"));
    for (const char *gauge :
         {"fm_http_requests_in_flight", "fm_worker_threads_active", "fm_worker_threads_max",
          "fm_db_connections_open", "process_resident_memory_bytes"})
        QVERIFY2(first.types.value(gauge) == QLatin1String("gauge"), gauge);
    QCOMPARE(first.types.value(kTotal), QStringLiteral("counter"));
    QCOMPARE(first.types.value("fm_http_request_duration_seconds"), QStringLiteral("histogram"));
    const Labels health{{"route", "/health"}, {"method", "GET"}, {"status", "200"}};
    QCOMPARE(first.value(kTotal, health), 3.0);
    QCOMPARE(first.value(kTotal, {{"route", "unmatched"}, {"method", "GET"}, {"status", "404"}}),
             1.0);
    QCOMPARE(first.value(kCount, {{"route", "/health"}}), 3.0);
    // The scrape itself is in flight and on a worker thread.
    QVERIFY(first.value("fm_http_requests_in_flight") >= 1);
    QVERIFY(first.value("fm_worker_threads_active") >= 1);
    QCOMPARE(first.value("fm_worker_threads_max"), 2.0); // TestServer's --threads 2
    QVERIFY(first.value("fm_db_connections_open") >= 1);
    QVERIFY(first.value("process_resident_memory_bytes") > 1e6);

    // Counters move by exactly what was asked, the first scrape included.
    QCOMPARE(http.Get("/health")->status, 200);
    QCOMPARE(http.Get("/health")->status, 200);
    const auto second = scrape(server);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.value(kTotal, health), 5.0);
    QCOMPARE(second.value(kCount, {{"route", "/health"}}), 5.0);
    QCOMPARE(second.value(kTotal, {{"route", "/metrics"}, {"method", "GET"}, {"status", "200"}}),
             1.0);
    QVERIFY(second.value("fm_http_request_duration_seconds_sum", {{"route", "/health"}}) >
            first.value("fm_http_request_duration_seconds_sum", {{"route", "/health"}}));
}

void TestOpsServer::cors_data()
{
    QTest::addColumn<QJsonArray>("origins"); // site.json server.cors_origins
    QTest::addColumn<QByteArray>("origin");  // the browser page's origin
    QTest::addColumn<int>("preflightStatus");
    QTest::addColumn<QByteArray>("allowOrigin"); // expected ACAO, empty: none
    QTest::addColumn<bool>("credentials");
    const QJsonArray listed{QStringLiteral("https://app.example.com"),
                            QStringLiteral("http://localhost:5173")};
    QTest::newRow("closed by default")
        << QJsonArray() << QByteArray("https://app.example.com") << 403 << QByteArray() << false;
    QTest::newRow("configured origin") << listed << QByteArray("https://app.example.com") << 204
                                       << QByteArray("https://app.example.com") << true;
    QTest::newRow("other origin") << listed << QByteArray("https://evil.example.com") << 403
                                  << QByteArray() << false;
    QTest::newRow("any origin, no credentials")
        << QJsonArray{QStringLiteral("*")} << QByteArray("https://anyone.example") << 204
        << QByteArray("*") << false;
}

void TestOpsServer::cors()
{
    QFETCH(QJsonArray, origins);
    QFETCH(QByteArray, origin);
    QFETCH(int, preflightStatus);
    QFETCH(QByteArray, allowOrigin);
    QFETCH(bool, credentials);
    TestServer server;
    QVERIFY(server.create());
    if (!origins.isEmpty())
        QVERIFY(configureServer(server, {{QStringLiteral("cors_origins"), origins}}));
    QVERIFY(server.start());
    auto http = server.client();

    // A browser's preflight for a JSON POST with a bearer token. The route has no
    // OPTIONS handler: the CORS middleware answers before the router's 405.
    const auto preflight = http.Options(
        "/api/v1/note", {{"Origin", origin.toStdString()},
                         {"Access-Control-Request-Method", "POST"},
                         {"Access-Control-Request-Headers", "authorization,content-type"}});
    QVERIFY(preflight);
    QCOMPARE(preflight->status, preflightStatus);
    QCOMPARE(QByteArray::fromStdString(preflight->get_header_value("Access-Control-Allow-Origin")),
             allowOrigin);
    if (preflightStatus == 204) {
        const std::string headers = preflight->get_header_value("Access-Control-Allow-Headers");
        for (const char *name : {"Authorization", "Content-Type", "X-CSRF-Token", "X-Request-Id"})
            QVERIFY2(headers.find(name) != std::string::npos, name);
        QVERIFY(preflight->get_header_value("Access-Control-Allow-Methods").find("POST") !=
                std::string::npos);
        QVERIFY(!preflight->get_header_value("Access-Control-Max-Age").empty());
    } else {
        QCOMPARE(jsonOf(preflight->body).value("error").toObject().value("code").toString(),
                 QStringLiteral("FORBIDDEN"));
        QVERIFY(!preflight->has_header("Access-Control-Allow-Methods"));
    }

    // An ordinary cross-origin call: the header tells the browser whether the page may
    // read the answer.
    const auto call = http.Get("/health", {{"Origin", origin.toStdString()}});
    QVERIFY(call);
    QCOMPARE(call->status, 200);
    QCOMPARE(QByteArray::fromStdString(call->get_header_value("Access-Control-Allow-Origin")),
             allowOrigin);
    QCOMPARE(call->get_header_value("Access-Control-Allow-Credentials") == "true", credentials);
    if (origins.isEmpty()) {
        for (const auto &[name, value] : call->headers)
            QVERIFY2(QByteArray::fromStdString(name).toLower().indexOf("access-control-") != 0,
                     name.c_str());
    }
}

void TestOpsServer::errorLog_data()
{
    // Tables dropped under the running server before GET /api/v1/note.
    QTest::addColumn<QStringList>("dropTables");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("rowWritten");
    QTest::newRow("500: a row with the details") << QStringList{"note"} << 500 << true;
    // The Error Log cannot be written: the request still gets its 500, the server's
    // log says why the row is missing.
    QTest::newRow("500, Error Log table gone") << QStringList{"note", "error_log"} << 500 << false;
    QTest::newRow("no 500, no row") << QStringList() << 200 << false;
}

void TestOpsServer::errorLog()
{
    QFETCH(QStringList, dropTables);
    QFETCH(int, status);
    QFETCH(bool, rowWritten);
    TestServer server;
    QVERIFY(server.create());
    QVERIFY(server.start());
    const std::string token =
        server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
    QVERIFY2(!token.empty(), "POST /api/v1/auth/login gave no token");
    auto http = server.client();
    // Warm the route first, so the server holds prepared statements on the table.
    QCOMPARE(http.Get("/api/v1/note", TestServer::bearer(token))->status, 200);
    for (const QString &table : dropTables) {
        const QStringList dropped =
            sqlOnSite(server, QStringLiteral("DROP TABLE \"%1\"").arg(table));
        QVERIFY2(dropped.isEmpty(), qPrintable(dropped.join(' ')));
    }

    const auto result = http.Get("/api/v1/note", TestServer::bearer(token));
    QVERIFY(result);
    QCOMPARE(result->status, status);
    const QString requestId = QString::fromStdString(result->get_header_value("X-Request-Id"));
    QVERIFY(!requestId.isEmpty());
    if (status == 500) {
        // The body hides the cause and points at the request id.
        const QJsonObject error = jsonOf(result->body).value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("INTERNAL"));
        QCOMPARE(error.value("request_id").toString(), requestId);
        QVERIFY2(!QString::fromStdString(result->body).contains(QStringLiteral("no such table")),
                 result->body.c_str());
    }

    if (dropTables.contains(QStringLiteral("error_log"))) {
        QTRY_VERIFY2_WITH_TIMEOUT(server.log().contains("could not write the Error Log row"),
                                  server.log().right(2000).constData(), 5000);
        QVERIFY(server.log().contains(requestId.toUtf8()));
        return;
    }
    const QStringList rows = sqlOnSite(
        server,
        QStringLiteral("SELECT method || ' ' || path || ' ' || route || ' ' || user || '\n' "
                       "|| error FROM error_log WHERE request_id = ?"),
        {requestId});
    if (!rowWritten) {
        QCOMPARE(rows, QStringList());
        QCOMPARE(sqlOnSite(server, QStringLiteral("SELECT count(*) FROM error_log")),
                 QStringList{"0"});
        return;
    }
    QCOMPARE(rows.size(), 1);
    const QString row = rows.first();
    QVERIFY2(row.startsWith(QStringLiteral("GET /api/v1/note /api/v1/{doctype} Administrator\n")),
             qPrintable(row));
    // What the body hid: the database's own words.
    QVERIFY2(row.contains(QStringLiteral("no such table")), qPrintable(row));
}

// DNS rebinding (issue 12): a page whose own name resolves to 127.0.0.1 sends that name
// as Host; the server refuses it before any route. Loopback names pass; probes too.
void TestOpsServer::foreignHostsAreRefused()
{
    TestServer server;
    QVERIFY(server.create());
    QVERIFY(server.start({QStringLiteral("--dev")}));
    auto http = server.client();
    const std::string port = std::to_string(server.port());
    const auto foreign =
        http.Get("/api/v1/dev/mailbox", {{"Host", "rebind.attacker.example:" + port}});
    QVERIFY(foreign);
    QCOMPARE(foreign->status, 400);
    const QString message = QJsonDocument::fromJson(QByteArray::fromStdString(foreign->body))
                                .object()
                                .value("error")
                                .toObject()
                                .value("message")
                                .toString();
    QVERIFY2(message.contains("rebind.attacker.example") && message.contains("allowed_hosts"),
             qPrintable(message));
    QCOMPARE(http.Get("/api/v1/dev/mailbox", {{"Host", "localhost:" + port}})->status, 200);
    QCOMPARE(http.Get("/api/v1/dev/mailbox", {{"Host", "[::1]:" + port}})->status, 200);
    QCOMPARE(http.Get("/health", {{"Host", "10.0.0.5:" + port}})->status, 200);
}

void TestOpsServer::allowedHostsAndPublicUrl()
{
    TestServer server;
    QVERIFY(server.create());
    QVERIFY(configureServer(server, {{"allowed_hosts", QJsonArray{".example.com"}},
                                     {"public_url", "https://desk.example.org"}}));
    QVERIFY(server.start());
    auto http = server.client();
    for (const char *host : {"example.com", "app.example.com", "desk.example.org"})
        QCOMPARE(http.Get("/api/v1/auth/me", {{"Host", host}})->status, 401);
    QCOMPARE(http.Get("/api/v1/auth/me", {{"Host", "example.com.evil.net"}})->status, 400);
    QCOMPARE(http.Get("/api/v1/auth/me", {{"Host", "desk.example.net"}})->status, 400);
    server.stop();

    // A public_url that is not an http(s) address stops the server with the key named.
    QVERIFY(configureServer(server, {{"public_url", "ftp://files.example.com"}}));
    QString out;
    QVERIFY(server.m({"start", "--port", "0"}, &out) != 0);
    QVERIFY2(out.contains("public_url"), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestOpsServer)
#include "tst_ops_server.moc"
