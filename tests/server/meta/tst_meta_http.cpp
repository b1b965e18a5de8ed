// SPDX-License-Identifier: MIT
// GET /api/meta/{doctype}, /api/openapi.json and /api/docs on a real `m start`
// (app-server/api/meta): lookups by name and slug, refusals, the schema and
// permissions blocks, the OpenAPI document against the npm validator and against the
// server's own routes, and the documentation page with its assets.

#include "api/meta/routedrift.h"
#include "openapivalidator.h"
#include "testserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using fm::server::api::meta::compareRoutes;
using fm::server::api::meta::documentedOperations;

namespace {

const QString kStaff = QStringLiteral("staff@example.com");
const QString kPassword = QStringLiteral("staff-secret-123");

} // namespace

class TestMetaHttp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void meta_data();
    void meta();
    void schemaAndPermissions();
    void documentsMatchTheirSchema();
    void openapiValid();
    void openapiMatchesRoutes();
    void openapiFollowsPermissions();
    void docsPage();
    void docsAssets_data();
    void docsAssets();

private:
    httplib::Headers as(const QString &who) const;
    QJsonObject openapi(const QString &who);

    TestServer m_server;
    std::string m_adminToken;
    std::string m_staffToken;
};

void TestMetaHttp::initTestCase()
{
    QVERIFY(m_server.create());
    QString out;
    QVERIFY2(m_server.m({QStringLiteral("doc"), QStringLiteral("insert"), QStringLiteral("Role"),
                         QStringLiteral("--data"), QStringLiteral(R"({"role_name": "Staff"})")},
                        &out) == 0,
             qPrintable(out));
    QVERIFY2(
        m_server.m({QStringLiteral("user"), QStringLiteral("add"), kStaff, QStringLiteral("--role"),
                    QStringLiteral("Staff"), QStringLiteral("--password"), kPassword},
                   &out) == 0,
        qPrintable(out));
    // --dev registers the dev routes too, so the route check covers them.
    QVERIFY(m_server.start({QStringLiteral("--dev")}));
    m_adminToken = m_server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
    m_staffToken = m_server.login(kStaff, kPassword);
    QVERIFY(!m_adminToken.empty());
    QVERIFY(!m_staffToken.empty());
}

httplib::Headers TestMetaHttp::as(const QString &who) const
{
    if (who == QLatin1String("admin"))
        return TestServer::bearer(m_adminToken);
    if (who == QLatin1String("staff"))
        return TestServer::bearer(m_staffToken);
    return {};
}

void TestMetaHttp::meta_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // the DocType's name, or a part of the error message

    QTest::newRow("slug") << "admin"
                          << "/api/meta/sales_order" << 200 << "Sales Order";
    QTest::newRow("URL-encoded name") << "admin"
                                      << "/api/meta/Sales%20Order" << 200 << "Sales Order";
    QTest::newRow("core DocType") << "admin"
                                  << "/api/meta/user" << 200 << "User";
    QTest::newRow("typo gets a hint") << "admin"
                                      << "/api/meta/sales_ordr" << 404 << "sales_order";
    QTest::newRow("unknown") << "admin"
                             << "/api/meta/zzzzzzzzzzzz" << 404 << "zzzzzzzzzzzz";
    QTest::newRow("child table") << "admin"
                                 << "/api/meta/sales_order_item" << 404 << "child table";
    QTest::newRow("not readable") << "staff"
                                  << "/api/meta/sales_order" << 403 << "Sales Order";
    QTest::newRow("guest") << "guest"
                           << "/api/meta/sales_order" << 401 << "Log in";
    QTest::newRow("guest, unknown") << "guest"
                                    << "/api/meta/nothing_here" << 404 << "nothing_here";
}

void TestMetaHttp::meta()
{
    QFETCH(QString, who);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const auto result = m_server.client().Get(path.toStdString(), as(who));
    QVERIFY(result);
    QCOMPARE(result->status, status);
    const QJsonObject body = jsonOf(result->body);
    if (status == 200) {
        QCOMPARE(body[QStringLiteral("data")][QStringLiteral("doctype")][QStringLiteral("name")]
                     .toString(),
                 expected);
    } else {
        const QJsonObject error = body[QStringLiteral("error")].toObject();
        QVERIFY2(error[QStringLiteral("message")].toString().contains(expected),
                 result->body.c_str());
        QVERIFY(!error[QStringLiteral("request_id")].toString().isEmpty());
    }
}

void TestMetaHttp::schemaAndPermissions()
{
    const auto result = m_server.client().Get("/api/meta/sales_order", as(QStringLiteral("admin")));
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    const QJsonObject data = jsonOf(result->body)[QStringLiteral("data")].toObject();

    const QJsonObject schema = data[QStringLiteral("schema")].toObject();
    QCOMPARE(schema[QStringLiteral("$schema")].toString(),
             QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    const QJsonObject properties = schema[QStringLiteral("properties")].toObject();
    QCOMPARE(properties[QStringLiteral("items")][QStringLiteral("items")][QStringLiteral("$ref")]
                 .toString(),
             QStringLiteral("#/$defs/SalesOrderItem"));
    QVERIFY(schema[QStringLiteral("$defs")].toObject().contains(QStringLiteral("SalesOrderItem")));
    QCOMPARE(properties[QStringLiteral("status")][QStringLiteral("enum")].toArray(),
             (QJsonArray{"Draft", "Open", "Closed", QJsonValue::Null}));
    QVERIFY(schema[QStringLiteral("required")].toArray().contains(QStringLiteral("customer")));
    QVERIFY(properties[QStringLiteral("amended_from")][QStringLiteral("readOnly")].toBool());
    QCOMPARE(data[QStringLiteral("children")].toObject().keys(), QStringList{"Sales Order Item"});

    const QJsonObject permissions = data[QStringLiteral("permissions")].toObject();
    for (const char *action : {"read", "write", "create", "delete", "submit", "cancel", "amend"})
        QVERIFY2(permissions[QLatin1String(action)].toBool(), action);
    QVERIFY(permissions[QStringLiteral("readable_fields")].toArray().contains(
        QStringLiteral("customer")));

    // The User DocType's password is write-only in its schema.
    const auto user = m_server.client().Get("/api/meta/User", as(QStringLiteral("admin")));
    QVERIFY(user);
    QVERIFY(jsonOf(user->body)[QStringLiteral("data")][QStringLiteral("schema")][QStringLiteral(
        "properties")][QStringLiteral("password")][QStringLiteral("writeOnly")]
                .toBool());
}

void TestMetaHttp::documentsMatchTheirSchema()
{
    auto http = m_server.client();
    const auto admin = as(QStringLiteral("admin"));
    const auto customer = http.Post("/api/v1/customer", admin,
                                    R"({"customer_name": "Acme", "email": "a@acme.test",
                                        "website": "https://acme.test", "code": "ACM"})",
                                    "application/json");
    QVERIFY(customer);
    QCOMPARE(customer->status, 201);
    const auto created = http.Post("/api/v1/sales_order", admin,
                                   R"({"customer": "Acme", "delivery": "2026-01-02T03:04:05Z",
                                       "slot": "09:30:00", "status": "Open", "extra": {"a": [1]},
                                       "items": [{"item": "Bolt", "qty": 3, "rate": 1.5}]})",
                                   "application/json");
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const QString name =
        jsonOf(created->body)[QStringLiteral("data")][QStringLiteral("name")].toString();

    for (const auto &[doctype, path] :
         {std::pair{"customer", QStringLiteral("/api/v1/customer/Acme")},
          std::pair{"sales_order", QStringLiteral("/api/v1/sales_order/") + name}}) {
        const auto meta = http.Get("/api/meta/" + std::string(doctype), admin);
        const auto document = http.Get(path.toStdString(), admin);
        QVERIFY(meta && document);
        QCOMPARE(document->status, 200);
        const QJsonObject schema =
            jsonOf(meta->body)[QStringLiteral("data")][QStringLiteral("schema")].toObject();
        QJsonObject data = jsonOf(document->body)[QStringLiteral("data")].toObject();
        const QString problems = schemaProblems(schema, data);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The schema is not a rubber stamp: a number where a link name belongs fails.
        data.insert(doctype == std::string("customer") ? QStringLiteral("customer_name")
                                                       : QStringLiteral("customer"),
                    42);
        QVERIFY(!schemaProblems(schema, data).isEmpty());
    }
}

QJsonObject TestMetaHttp::openapi(const QString &who)
{
    const auto result = m_server.client().Get("/api/openapi.json", as(who));
    if (!result || result->status != 200)
        return {};
    return jsonOf(result->body);
}

void TestMetaHttp::openapiValid()
{
    const QJsonObject document = openapi(QStringLiteral("admin"));
    QVERIFY(!document.isEmpty());
    const QString problems = openApiProblems(document);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestMetaHttp::openapiMatchesRoutes()
{
    const QJsonObject document = openapi(QStringLiteral("admin"));
    const QStringList routes = document[QStringLiteral("x-fm-routes")].toVariant().toStringList();
    QVERIFY(routes.contains(QStringLiteral("GET /api/openapi.json")));
    QVERIFY(routes.contains(QStringLiteral("GET /api/v1/dev/mailbox")));
    QVERIFY(routes.contains(QStringLiteral("POST /api/v1/{doctype}/{name}/submit")));
    const auto drift = compareRoutes(documentedOperations(document), routes);
    QVERIFY2(drift.undocumented.isEmpty(),
             qPrintable(QStringLiteral("routes missing from the OpenAPI document: ") +
                        drift.undocumented.join(QStringLiteral(", "))));
    QVERIFY2(drift.unserved.isEmpty(),
             qPrintable(QStringLiteral("OpenAPI paths the server does not serve: ") +
                        drift.unserved.join(QStringLiteral(", "))));
}

void TestMetaHttp::openapiFollowsPermissions()
{
    const QJsonObject admin = openapi(QStringLiteral("admin"))[QStringLiteral("paths")].toObject();
    const QJsonObject staff = openapi(QStringLiteral("staff"))[QStringLiteral("paths")].toObject();
    const QJsonObject guest = openapi(QStringLiteral("guest"))[QStringLiteral("paths")].toObject();
    QVERIFY(admin.contains(QStringLiteral("/api/v1/sales_order")));
    QVERIFY(admin.contains(QStringLiteral("/api/v1/sales_order/{name}/submit")));
    QVERIFY(!staff.contains(QStringLiteral("/api/v1/sales_order")));
    QVERIFY(!guest.contains(QStringLiteral("/api/v1/sales_order")));
    QVERIFY(guest.contains(QStringLiteral("/api/v1/auth/login")));
    QVERIFY(guest.size() < admin.size());
}

void TestMetaHttp::docsPage()
{
    const auto result = m_server.client().Get("/api/docs");
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    QVERIFY(result->get_header_value("Content-Type").starts_with("text/html"));
    // The page's own policy replaces the server's default-src 'none', once.
    QCOMPARE(result->get_header_value_count("Content-Security-Policy"), size_t(1));
    const std::string policy = result->get_header_value("Content-Security-Policy");
    QVERIFY2(policy.find("script-src 'self'") != std::string::npos, policy.c_str());
    QVERIFY(policy.find("frame-ancestors 'none'") != std::string::npos);
    QVERIFY(result->body.find("/api/docs/assets/swagger-ui-bundle.js") != std::string::npos);
    QVERIFY(result->body.find("<script>") == std::string::npos); // nothing inline to allow
}

void TestMetaHttp::docsAssets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contentType");

    QTest::newRow("bundle") << "swagger-ui-bundle.js" << 200 << "text/javascript";
    QTest::newRow("init") << "init.js" << 200 << "text/javascript";
    QTest::newRow("stylesheet") << "swagger-ui.css" << 200 << "text/css";
    QTest::newRow("icon") << "favicon-32x32.png" << 200 << "image/png";
    QTest::newRow("unknown") << "nope.js" << 404 << "application/json";
    QTest::newRow("no way out") << "..%2F..%2Fapps%2Fcore%2Fapp.json" << 404 << "application/json";
    QTest::newRow("source map not bundled")
        << "swagger-ui-bundle.js.map" << 404 << "application/json";
}

void TestMetaHttp::docsAssets()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, contentType);
    const auto result = m_server.client().Get(("/api/docs/assets/" + file).toStdString());
    QVERIFY(result);
    QCOMPARE(result->status, status);
    QVERIFY2(
        QString::fromStdString(result->get_header_value("Content-Type")).startsWith(contentType),
        result->get_header_value("Content-Type").c_str());
    if (status == 200)
        QVERIFY(result->body.size() > 100);
}

QTEST_GUILESS_MAIN(TestMetaHttp)
#include "tst_meta_http.moc"
