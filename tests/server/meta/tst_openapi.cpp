// SPDX-License-Identifier: MIT
// api/meta/openapi and routedrift: the OpenAPI document and its check against the router.

#include "api/meta/openapi.h"
#include "api/meta/routedrift.h"
#include "http/router.h"
#include "openapivalidator.h"

#include "meta/doctypeloader.h"
#include "meta/metaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace fm::core;
using namespace fm::server::api::meta;

namespace {

const QByteArray kDocTypes[] = {
    R"({"name": "Order Item", "module": "T", "is_child": true,
        "fields": [{"fieldname": "qty", "fieldtype": "Int"}]})",
    R"({"name": "Sales Order", "module": "T", "is_submittable": true,
        "fields": [{"fieldname": "items", "fieldtype": "Table", "options": "Order Item"}]})",
    R"({"name": "Note", "module": "T", "fields": [{"fieldname": "body", "fieldtype": "Text"}]})",
    // Shares its name with a schema of the auth routes (api.Session).
    R"({"name": "Session", "module": "T", "fields": [{"fieldname": "x", "fieldtype": "Data"}]})",
    R"({"name": "Internal", "module": "T", "api_resource": false,
        "fields": [{"fieldname": "x", "fieldtype": "Data"}]})",
};

// Follows every "$ref" in `value`; the pointers that do not resolve in `root`.
void collectBrokenRefs(const QJsonObject &root, const QJsonValue &value, QStringList &broken)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectBrokenRefs(root, item, broken);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("$ref")) {
            QJsonValue target = root;
            for (const QString &part : it.value().toString().mid(2).split(QLatin1Char('/')))
                target = target.toObject().value(part);
            if (!target.isObject())
                broken << it.value().toString();
        } else {
            collectBrokenRefs(root, it.value(), broken);
        }
    }
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paths_data();
    void paths();
    void components();
    void refsResolve();
    void validatorAccepts_data();
    void validatorAccepts();
    void operationIdsUnique();
    void security_data();
    void security();
    void devRoutes();
    void routeList();
    void drift_data();
    void drift();
    void servedRoutesOfARouter();
    void documentedOperationsOfADocument();

private:
    QJsonObject document(bool dev = false, const QStringList &routes = {}) const;
    MetaRegistry m_registry;
};

void TestOpenApi::initTestCase()
{
    for (const QByteArray &json : kDocTypes) {
        Diagnostics diagnostics;
        const auto doctype =
            DocTypeLoader(m_registry.fieldTypes()).loadJson(json, "x.json", diagnostics);
        QVERIFY(doctype && !hasErrors(diagnostics));
        QVERIFY(m_registry.addDocType(*doctype));
    }
}

QJsonObject TestOpenApi::document(bool dev, const QStringList &routes) const
{
    QList<const DocType *> doctypes;
    for (const QString &name : m_registry.doctypeNames())
        doctypes << m_registry.doctype(name);
    OpenApiOptions options;
    options.version = QStringLiteral("1.2.3");
    options.dev = dev;
    options.routes = routes;
    return openApiDocument(m_registry, doctypes, options);
}

void TestOpenApi::paths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("present");

    QTest::newRow("list") << "/api/v1/sales_order"
                          << "get" << true;
    QTest::newRow("create") << "/api/v1/sales_order"
                            << "post" << true;
    QTest::newRow("get") << "/api/v1/sales_order/{name}"
                         << "get" << true;
    QTest::newRow("update") << "/api/v1/sales_order/{name}"
                            << "put" << true;
    QTest::newRow("delete") << "/api/v1/sales_order/{name}"
                            << "delete" << true;
    QTest::newRow("submit") << "/api/v1/sales_order/{name}/submit"
                            << "post" << true;
    QTest::newRow("cancel") << "/api/v1/sales_order/{name}/cancel"
                            << "post" << true;
    QTest::newRow("amend") << "/api/v1/sales_order/{name}/amend"
                           << "post" << true;
    QTest::newRow("shares") << "/api/v1/sales_order/{name}/shares"
                            << "get" << true;
    QTest::newRow("note crud") << "/api/v1/note/{name}"
                               << "put" << true;
    QTest::newRow("no submit unless submittable") << "/api/v1/note/{name}/submit"
                                                  << "post" << false;
    QTest::newRow("no routes for a child") << "/api/v1/order_item"
                                           << "get" << false;
    QTest::newRow("no routes without api_resource") << "/api/v1/internal"
                                                    << "get" << false;
    QTest::newRow("patch") << "/api/v1/note/{name}"
                           << "patch" << true;
    QTest::newRow("no put on a collection") << "/api/v1/note"
                                            << "put" << false;
    QTest::newRow("login") << "/api/v1/auth/login"
                           << "post" << true;
    QTest::newRow("logout") << "/api/v1/auth/logout"
                            << "post" << true;
    QTest::newRow("me") << "/api/v1/auth/me"
                        << "get" << true;
    QTest::newRow("sessions") << "/api/v1/auth/sessions"
                              << "delete" << true;
    QTest::newRow("one session") << "/api/v1/auth/sessions/{id}"
                                 << "delete" << true;
    QTest::newRow("api keys") << "/api/v1/auth/api-keys"
                              << "post" << true;
    QTest::newRow("password") << "/api/v1/auth/password"
                              << "post" << true;
    QTest::newRow("magic link") << "/api/v1/auth/magic-link/{token}"
                                << "get" << true;
    QTest::newRow("rpc") << "/api/v1/rpc/{doctype}/{method}"
                         << "post" << true;
    QTest::newRow("rpc fn") << "/api/v1/rpc/fn/{name}"
                            << "post" << true;
    QTest::newRow("share") << "/api/v1/share"
                           << "post" << true;
    QTest::newRow("unshare") << "/api/v1/share/{id}"
                             << "delete" << true;
    QTest::newRow("meta") << "/api/meta/{doctype}"
                          << "get" << true;
    QTest::newRow("openapi") << "/api/openapi.json"
                             << "get" << true;
    QTest::newRow("docs") << "/api/docs"
                          << "get" << true;
    QTest::newRow("docs assets") << "/api/docs/assets/{file}"
                                 << "get" << true;
    QTest::newRow("health") << "/health"
                            << "get" << true;
    QTest::newRow("ready") << "/ready"
                           << "get" << true;
    QTest::newRow("metrics") << "/metrics"
                             << "get" << true;
    QTest::newRow("jobs") << "/api/v1/jobs"
                          << "get" << true;
    QTest::newRow("enqueue") << "/api/v1/jobs"
                             << "post" << true;
    QTest::newRow("job") << "/api/v1/jobs/{id}"
                         << "get" << true;
    QTest::newRow("cancel job") << "/api/v1/jobs/{id}/cancel"
                                << "post" << true;
    QTest::newRow("retry job") << "/api/v1/jobs/{id}/retry"
                               << "post" << true;
    QTest::newRow("no dev mailbox by default") << "/api/v1/dev/mailbox"
                                               << "get" << false;
}

void TestOpenApi::paths()
{
    QFETCH(QString, path);
    QFETCH(QString, method);
    QFETCH(bool, present);
    const QJsonObject paths = document()[QStringLiteral("paths")].toObject();
    QCOMPARE(paths[path].toObject().contains(method), present);
}

void TestOpenApi::components()
{
    const QJsonObject doc = document();
    QCOMPARE(doc[QStringLiteral("openapi")].toString(), QStringLiteral("3.1.0"));
    QCOMPARE(doc[QStringLiteral("info")][QStringLiteral("version")].toString(),
             QStringLiteral("1.2.3"));
    const QJsonObject schemas =
        doc[QStringLiteral("components")][QStringLiteral("schemas")].toObject();
    QVERIFY(schemas.contains(QStringLiteral("SalesOrder")));
    QVERIFY(schemas.contains(QStringLiteral("OrderItem"))); // the child, through the table
    QVERIFY(!schemas.contains(QStringLiteral("Internal")));
    QCOMPARE(schemas[QStringLiteral("SalesOrder")][QStringLiteral("properties")]
                    [QStringLiteral("items")][QStringLiteral("items")][QStringLiteral("$ref")]
                        .toString(),
             QStringLiteral("#/components/schemas/OrderItem"));

    // A DocType named like an auth schema keeps its own component.
    QCOMPARE(schemas[QStringLiteral("Session")][QStringLiteral("title")].toString(),
             QStringLiteral("Session"));
    QVERIFY(
        schemas[QStringLiteral("api.Session")][QStringLiteral("properties")].toObject().contains(
            QStringLiteral("user_agent")));

    const QJsonArray codes =
        schemas[QStringLiteral("api.Error")][QStringLiteral("properties")][QStringLiteral("error")]
               [QStringLiteral("properties")][QStringLiteral("code")][QStringLiteral("enum")]
                   .toArray();
    for (const char *code : {"BAD_REQUEST", "VALIDATION_ERROR", "UNAUTHORIZED", "FORBIDDEN",
                             "NOT_FOUND", "METHOD_NOT_ALLOWED", "DUPLICATE", "VERSION_CONFLICT",
                             "DOCUMENT_SUBMITTED", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "INTERNAL"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    QVERIFY(!codes.contains(QStringLiteral("DATABASE_ERROR"))); // 500s never show their code

    const QJsonObject responses =
        doc[QStringLiteral("components")][QStringLiteral("responses")].toObject();
    QVERIFY(responses[QStringLiteral("409")][QStringLiteral("description")].toString().contains(
        QStringLiteral("VERSION_CONFLICT")));
    QVERIFY(responses[QStringLiteral("429")][QStringLiteral("headers")].toObject().contains(
        QStringLiteral("Retry-After")));

    const QJsonObject list =
        doc[QStringLiteral("paths")][QStringLiteral("/api/v1/note")][QStringLiteral("get")]
            .toObject();
    QCOMPARE(list[QStringLiteral("parameters")].toArray().size(), 6);
    const QJsonObject envelope =
        list[QStringLiteral("responses")][QStringLiteral("200")][QStringLiteral("content")]
            [QStringLiteral("application/json")][QStringLiteral("schema")]
                .toObject();
    QCOMPARE(envelope[QStringLiteral("required")].toArray(),
             (QJsonArray{"data", "total", "limit", "offset", "has_more"}));
}

void TestOpenApi::refsResolve()
{
    const QJsonObject doc = document(true);
    QStringList broken;
    collectBrokenRefs(doc, doc, broken);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char(' '))));
}

void TestOpenApi::validatorAccepts_data()
{
    QTest::addColumn<bool>("dev");
    QTest::newRow("production routes") << false;
    QTest::newRow("with dev routes") << true;
}

void TestOpenApi::validatorAccepts()
{
    QFETCH(bool, dev);
    const QJsonObject doc = document(dev, {QStringLiteral("/health")});
    const QString problems = openApiProblems(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // The validator is not a rubber stamp: a document without info is refused.
    QJsonObject broken = doc;
    broken.remove(QStringLiteral("info"));
    QVERIFY(!openApiProblems(broken).isEmpty());
}

void TestOpenApi::operationIdsUnique()
{
    QSet<QString> ids;
    int count = 0;
    const QJsonObject paths = document(true)[QStringLiteral("paths")].toObject();
    for (const QJsonValue &item : paths) {
        for (const char *method : {"get", "put", "patch", "post", "delete"}) {
            const QString id =
                item[QLatin1String(method)][QStringLiteral("operationId")].toString();
            if (item.toObject().contains(QLatin1String(method))) {
                QVERIFY(!id.isEmpty());
                ids.insert(id);
                ++count;
            }
        }
    }
    QCOMPARE(ids.size(), count);
}

void TestOpenApi::security_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("expected"); // compact JSON of "security", empty: the global one

    QTest::newRow("login needs nothing") << "/api/v1/auth/login"
                                         << "post"
                                         << "[{}]";
    QTest::newRow("openapi needs nothing") << "/api/openapi.json"
                                           << "get"
                                           << "[{}]";
    QTest::newRow("reads use the global schemes") << "/api/v1/note"
                                                  << "get"
                                                  << "";
    QTest::newRow("writes need the CSRF header with the cookie")
        << "/api/v1/note"
        << "post"
        << R"([{"csrf":[],"session":[]},{"bearer":[]},{"apiKey":[]},{"basic":[]}])";
}

void TestOpenApi::security()
{
    QFETCH(QString, path);
    QFETCH(QString, method);
    QFETCH(QString, expected);
    const QJsonObject op = document()[QStringLiteral("paths")][path][method].toObject();
    QVERIFY(!op.isEmpty());
    const QJsonValue security = op.value(QStringLiteral("security"));
    QCOMPARE(
        security.isUndefined()
            ? QString()
            : QString::fromUtf8(QJsonDocument(security.toArray()).toJson(QJsonDocument::Compact)),
        expected);
    const QJsonObject schemes =
        document()[QStringLiteral("components")][QStringLiteral("securitySchemes")].toObject();
    QCOMPARE(schemes.keys(), (QStringList{"apiKey", "basic", "bearer", "csrf", "session"}));
    QCOMPARE(schemes[QStringLiteral("session")][QStringLiteral("name")].toString(),
             QStringLiteral("fm_session"));
    QCOMPARE(schemes[QStringLiteral("csrf")][QStringLiteral("name")].toString(),
             QStringLiteral("X-CSRF-Token"));
}

void TestOpenApi::devRoutes()
{
    QVERIFY(document(true)[QStringLiteral("paths")].toObject().contains(
        QStringLiteral("/api/v1/dev/mailbox")));
}

void TestOpenApi::routeList()
{
    QVERIFY(!document().contains(QStringLiteral("x-fm-routes")));
    const QStringList routes{QStringLiteral("GET /health"),
                             QStringLiteral("GET /api/v1/{doctype}")};
    QCOMPARE(document(false, routes)[QStringLiteral("x-fm-routes")].toArray(),
             QJsonArray::fromStringList(routes));
}

void TestOpenApi::drift_data()
{
    QTest::addColumn<QStringList>("documented");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("undocumented");
    QTest::addColumn<QStringList>("unserved");

    QTest::newRow("same") << QStringList{"GET /health"} << QStringList{"GET /health"}
                          << QStringList{} << QStringList{};
    QTest::newRow("per-doctype paths cover a {doctype} route")
        << QStringList{"GET /api/v1/note/{name}", "GET /api/v1/sales_order/{name}"}
        << QStringList{"GET /api/v1/{doctype}/{name}"} << QStringList{} << QStringList{};
    QTest::newRow("literal action under an {action} route")
        << QStringList{"POST /api/v1/note/{name}/submit"}
        << QStringList{"POST /api/v1/{doctype}/{name}/{action}"} << QStringList{} << QStringList{};
    QTest::newRow("route missing from the document")
        << QStringList{"GET /health"} << QStringList{"GET /health", "GET /metrics"}
        << QStringList{"GET /metrics"} << QStringList{};
    QTest::newRow("documented path without a route")
        << QStringList{"GET /health", "GET /ready"} << QStringList{"GET /health"} << QStringList{}
        << QStringList{"GET /ready"};
    QTest::newRow("method documented but not served")
        << QStringList{"GET /api/v1/auth/api-keys", "POST /api/v1/auth/api-keys"}
        << QStringList{"POST /api/v1/auth/api-keys"} << QStringList{}
        << QStringList{"GET /api/v1/auth/api-keys"};
    QTest::newRow("method served but not documented")
        << QStringList{"PUT /api/v1/note/{name}"}
        << QStringList{"PUT /api/v1/{doctype}/{name}", "PATCH /api/v1/{doctype}/{name}"}
        << QStringList{"PATCH /api/v1/{doctype}/{name}"} << QStringList{};
    QTest::newRow("documented parameter where the route has a literal")
        << QStringList{"POST /api/v1/rpc/{x}/{name}"} << QStringList{"POST /api/v1/rpc/fn/{name}"}
        << QStringList{"POST /api/v1/rpc/fn/{name}"} << QStringList{"POST /api/v1/rpc/{x}/{name}"};
    QTest::newRow("different depth")
        << QStringList{"GET /api/v1/note"} << QStringList{"GET /api/v1/{doctype}/{name}"}
        << QStringList{"GET /api/v1/{doctype}/{name}"} << QStringList{"GET /api/v1/note"};
}

void TestOpenApi::drift()
{
    QFETCH(QStringList, documented);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, undocumented);
    QFETCH(QStringList, unserved);
    const RouteDrift drift = compareRoutes(documented, routes);
    QCOMPARE(drift.undocumented, undocumented);
    QCOMPARE(drift.unserved, unserved);
    QCOMPARE(drift.isEmpty(), undocumented.isEmpty() && unserved.isEmpty());
}

void TestOpenApi::servedRoutesOfARouter()
{
    fm::server::http::Router router;
    const auto ok = [](fm::server::http::RequestContext &) {
        return fm::server::http::Response();
    };
    router.add("GET", QStringLiteral("/api/v1/{doctype}/{name}"), ok);
    router.add("PUT", QStringLiteral("/api/v1/{doctype}/{name}"), ok);
    router.add("DELETE", QStringLiteral("/api/v1/share/{id}"), ok);
    router.add("GET", QStringLiteral("/health"), ok);
    // The share route's DELETE only: the GET of the more general pattern is not its own.
    QCOMPARE(servedRoutes(router),
             (QStringList{"GET /api/v1/{doctype}/{name}", "PUT /api/v1/{doctype}/{name}",
                          "DELETE /api/v1/share/{id}", "GET /health"}));
}

void TestOpenApi::documentedOperationsOfADocument()
{
    const QStringList operations = documentedOperations(document());
    QVERIFY(operations.contains(QStringLiteral("PATCH /api/v1/note/{name}")));
    QVERIFY(operations.contains(QStringLiteral("POST /api/v1/auth/login")));
    QVERIFY(!operations.contains(QStringLiteral("GET /api/v1/auth/login")));
    QCOMPARE(operations.filter(QStringLiteral(" /health")), QStringList{"GET /health"});
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
