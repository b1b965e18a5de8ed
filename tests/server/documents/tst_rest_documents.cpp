// SPDX-License-Identifier: MIT
// The REST document routes on a real `m start` over HTTP: create, read, update
// (merge, _version and If-Match), delete (soft and hard), lists (filters, fields,
// order, paging, clamping), submit/cancel/amend, child rows, write-only passwords,
// slug and URL-encoded DocType names, and every error status of the contract.
#include "testserver.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

namespace {

QJsonObject errorOf(const std::string &body)
{
    return jsonOf(body).value("error").toObject();
}

QJsonObject dataOf(const std::string &body)
{
    return jsonOf(body).value("data").toObject();
}

} // namespace

class TestRestDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void createReadUpdateDelete();
    void versionConflicts_data();
    void versionConflicts();
    void doctypeInPath_data();
    void doctypeInPath();
    void lists_data();
    void lists();
    void listClampsLimit();
    void listTotals_data();
    void listTotals();
    void badRequests_data();
    void badRequests();
    void validationAndDuplicates();
    void childRowsAndDocumentStates();
    void passwordsAreWriteOnly();
    void guestsNeedCredentials();
    void bodyOverTheLimit();

private:
    httplib::Result send(const std::string &method, const std::string &path,
                         const QJsonObject &body = {}, httplib::Headers headers = {});
    QJsonObject createCustomer(const QString &name, const QString &tier = QStringLiteral("Gold"));

    TestServer m_server;
    std::string m_token;
};

httplib::Result TestRestDocuments::send(const std::string &method, const std::string &path,
                                        const QJsonObject &body, httplib::Headers headers)
{
    auto client = m_server.client();
    headers.emplace("Authorization", "Bearer " + m_token);
    const std::string text = jsonText(body);
    if (method == "GET")
        return client.Get(path, headers);
    if (method == "POST")
        return client.Post(path, headers, text, "application/json");
    if (method == "PUT")
        return client.Put(path, headers, text, "application/json");
    if (method == "PATCH")
        return client.Patch(path, headers, text, "application/json");
    return client.Delete(path, headers);
}

QJsonObject TestRestDocuments::createCustomer(const QString &name, const QString &tier)
{
    const auto result = send("POST", "/api/v1/Customer",
                             {{"customer_name", name}, {"tier", tier}, {"credit_limit", 100}});
    if (!result || result->status != 201)
        return {};
    return jsonOf(result->body).value("data").toObject();
}

void TestRestDocuments::initTestCase()
{
    QVERIFY(m_server.create());
    QFile site(m_server.file("sites/demo/site.json"));
    QVERIFY(site.open(QIODevice::ReadWrite));
    QJsonObject config = QJsonDocument::fromJson(site.readAll()).object();
    config.insert(
        "server",
        QJsonObject{{"max_page_length", 5}, {"max_body_bytes", 4096}, {"list_count_cap", 4}});
    site.resize(0);
    site.write(QJsonDocument(config).toJson());
    site.close();
    QVERIFY(m_server.start());
    m_token = m_server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!m_token.empty());
}

void TestRestDocuments::createReadUpdateDelete()
{
    auto created =
        send("POST", "/api/v1/Customer", {{"customer_name", "Acme Ltd"}, {"tier", "Silver"}});
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    // Sent as /api/v1/Customer/Acme%20Ltd; cpp-httplib hands Location over decoded.
    QCOMPARE(QString::fromStdString(created->get_header_value("Location")),
             QStringLiteral("/api/v1/Customer/Acme Ltd"));
    QJsonObject doc = jsonOf(created->body).value("data").toObject();
    QCOMPARE(doc.value("name").toString(), QStringLiteral("Acme Ltd"));
    QCOMPARE(doc.value("owner").toString(), QStringLiteral("Administrator"));
    QCOMPARE(doc.value("_version").toInt(), 1);

    auto read = send("GET", "/api/v1/Customer/Acme%20Ltd");
    QCOMPARE(read->status, 200);
    QCOMPARE(jsonOf(read->body).value("data").toObject().value("tier").toString(),
             QStringLiteral("Silver"));

    // PUT merges: fields left out keep their values.
    auto updated = send("PUT", "/api/v1/Customer/Acme%20Ltd", {{"email", "ops@acme.test"}});
    QCOMPARE(updated->status, 200);
    doc = jsonOf(updated->body).value("data").toObject();
    QCOMPARE(doc.value("email").toString(), QStringLiteral("ops@acme.test"));
    QCOMPARE(doc.value("tier").toString(), QStringLiteral("Silver"));
    QCOMPARE(doc.value("_version").toInt(), 2);
    QCOMPARE(send("PATCH", "/api/v1/Customer/Acme%20Ltd", {{"phone", "+1 555 0100"}})->status, 200);

    auto renamed = send("PUT", "/api/v1/Customer/Acme%20Ltd", {{"name", "Other"}});
    QCOMPARE(renamed->status, 400);
    QVERIFY(errorOf(renamed->body).value("message").toString().contains("renamed"));

    // Soft delete: gone from the API, 404 afterwards; the name stays taken.
    auto removed = send("DELETE", "/api/v1/Customer/Acme%20Ltd");
    QCOMPARE(removed->status, 204);
    QVERIFY(removed->body.empty());
    QCOMPARE(send("GET", "/api/v1/Customer/Acme%20Ltd")->status, 404);
    QCOMPARE(send("DELETE", "/api/v1/Customer/Acme%20Ltd")->status, 404);

    // Hard delete removes the row, so the name can be used again.
    QVERIFY(!createCustomer("Hard Co").isEmpty());
    QCOMPARE(send("DELETE", "/api/v1/Customer/Hard%20Co?hard=1")->status, 204);
    QVERIFY(!createCustomer("Hard Co").isEmpty());
    const auto badHard = send("DELETE", "/api/v1/Customer/Hard%20Co?hard=yes");
    QCOMPARE(badHard->status, 400);
    QVERIFY(errorOf(badHard->body).value("message").toString().contains("hard=1"));
}

void TestRestDocuments::versionConflicts_data()
{
    QTest::addColumn<bool>("useIfMatch");
    QTest::newRow("_version in the body") << false;
    QTest::newRow("If-Match header") << true;
}

void TestRestDocuments::versionConflicts()
{
    QFETCH(bool, useIfMatch);
    const QString name = useIfMatch ? QStringLiteral("Occ Header") : QStringLiteral("Occ Body");
    QVERIFY(!createCustomer(name).isEmpty());
    const std::string path = "/api/v1/Customer/" + QUrl::toPercentEncoding(name).toStdString();
    QCOMPARE(send("PUT", path, {{"credit_limit", 1}})->status, 200); // now version 2

    QJsonObject body{{"credit_limit", 2}};
    httplib::Headers headers;
    if (useIfMatch)
        headers.emplace("If-Match", "\"1\"");
    else
        body.insert("_version", 1);
    const auto stale = send("PUT", path, body, headers);
    QCOMPARE(stale->status, 409);
    const QJsonObject error = jsonOf(stale->body).value("error").toObject();
    QCOMPARE(error.value("code").toString(), QStringLiteral("VERSION_CONFLICT"));
    QCOMPARE(error.value("current_version").toInt(), 2);

    headers = {};
    body = {{"credit_limit", 3}};
    if (useIfMatch)
        headers.emplace("If-Match", "W/\"2\"");
    else
        body.insert("_version", 2);
    QCOMPARE(send("PUT", path, body, headers)->status, 200);

    if (useIfMatch) {
        const auto bad = send("PUT", path, {{"credit_limit", 4}}, {{"If-Match", "\"abc\""}});
        QCOMPARE(bad->status, 400);
        QVERIFY(errorOf(bad->body).value("message").toString().contains("If-Match"));
    }
}

void TestRestDocuments::doctypeInPath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("hint");
    QTest::newRow("name") << QByteArray("/api/v1/Customer") << 200 << QString();
    QTest::newRow("encoded name") << QByteArray("/api/v1/Sales%20Order") << 200 << QString();
    QTest::newRow("slug") << QByteArray("/api/v1/sales_order") << 200 << QString();
    QTest::newRow("typo") << QByteArray("/api/v1/Custmer") << 404 << "Customer";
    QTest::newRow("child table") << QByteArray("/api/v1/Sales%20Order%20Item") << 404
                                 << "child table";
    QTest::newRow("unknown document")
        << QByteArray("/api/v1/Customer/Nobody%20Inc") << 404 << "Nobody Inc";
}

void TestRestDocuments::doctypeInPath()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QString, hint);
    const auto result = send("GET", path.toStdString());
    QVERIFY(result);
    QCOMPARE(result->status, status);
    if (status != 200) {
        const QJsonObject error = jsonOf(result->body).value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("NOT_FOUND"));
        QVERIFY2(error.value("message").toString().contains(hint), result->body.c_str());
    }
}

void TestRestDocuments::lists_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("hasMore");

    const QString filters =
        QStringLiteral("filters=") + QUrl::toPercentEncoding(R"([["tier","=","Bronze"]])");
    QTest::newRow("filter, order, fields")
        << filters + "&order_by=customer_name%20desc&fields=" +
               QString::fromLatin1(QUrl::toPercentEncoding(R"(["name","tier"])"))
        << QStringList{"List C", "List B", "List A"} << 3 << false;
    QTest::newRow("limit and offset") << filters + "&order_by=customer_name%20asc&limit=2&offset=1"
                                      << QStringList{"List B", "List C"} << 3 << false;
    QTest::newRow("last page, not full") << filters + "&order_by=customer_name&limit=2&offset=2"
                                         << QStringList{"List C"} << 3 << false;
    QTest::newRow("offset past the end")
        << filters + "&order_by=customer_name&limit=2&offset=5" << QStringList() << 3 << false;
    QTest::newRow("first page has more") << filters + "&order_by=customer_name&limit=2"
                                         << QStringList{"List A", "List B"} << 3 << true;
    QTest::newRow("object filter")
        << QString::fromLatin1("filters=" +
                               QUrl::toPercentEncoding(R"({"customer_name":"List B"})"))
        << QStringList{"List B"} << 1 << false;
    QTest::newRow("in operator") << QString::fromLatin1(
                                        "filters=" +
                                        QUrl::toPercentEncoding(
                                            R"([["customer_name","in",["List A","List C"]]])") +
                                        "&order_by=customer_name")
                                 << QStringList{"List A", "List C"} << 2 << false;
}

void TestRestDocuments::lists()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    QFETCH(int, total);
    QFETCH(bool, hasMore);
    for (const QString name : {"List A", "List B", "List C"}) {
        if (send("GET", "/api/v1/Customer/" + QUrl::toPercentEncoding(name).toStdString())
                ->status == 404)
            QVERIFY(!createCustomer(name, QStringLiteral("Bronze")).isEmpty());
    }
    const auto result = send("GET", "/api/v1/Customer?" + query.toStdString());
    QVERIFY(result);
    QVERIFY2(result->status == 200, result->body.c_str());
    const QJsonObject body = jsonOf(result->body);
    QStringList got;
    for (const QJsonValue &row : body.value("data").toArray())
        got << row.toObject().value("name").toString();
    QCOMPARE(got, names);
    QCOMPARE(body.value("total").toInt(), total);
    QCOMPARE(body.value("has_more").toBool(), hasMore);
    QCOMPARE(body.value("total_exact").toBool(), true); // under list_count_cap (4)
    QVERIFY(body.contains("limit") && body.contains("offset"));
    if (query.contains("fields")) {
        const QJsonObject first = body.value("data").toArray().first().toObject();
        QCOMPARE(first.keys(), (QStringList{"name", "tier"}));
    }
}

void TestRestDocuments::listClampsLimit()
{
    const auto result = send("GET", "/api/v1/Customer?limit=1000");
    QCOMPARE(result->status, 200);
    const QJsonObject body = jsonOf(result->body);
    QCOMPARE(body.value("limit").toInt(), 5); // max_page_length in site.json
    QVERIFY(body.value("data").toArray().size() <= 5);
    QVERIFY2(body.value("notice").toString().contains("1000"), result->body.c_str());
    const auto normal = jsonOf(send("GET", "/api/v1/Customer?limit=2")->body);
    QVERIFY(!normal.contains("notice"));
}

// A total is exact up to list_count_cap (4 here), "more than" past it unless the
// client asks for count=exact (ADR 0270). Seven "Cap" customers.
void TestRestDocuments::listTotals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<bool>("hasMore");

    QTest::newRow("capped by default") << "limit=2" << 2 << 4 << false << true;
    QTest::newRow("count=capped") << "limit=2&count=capped" << 2 << 4 << false << true;
    QTest::newRow("count=exact") << "limit=2&count=exact" << 2 << 7 << true << true;
    QTest::newRow("count=none") << "limit=2&count=none" << 2 << 2 << false << true;
    QTest::newRow("page past the cap") << "limit=2&offset=4" << 2 << 6 << false << true;
    QTest::newRow("last page") << "limit=2&offset=6" << 1 << 7 << true << false;
    QTest::newRow("last page, count=none")
        << "limit=2&offset=6&count=none" << 1 << 7 << true << false;
    QTest::newRow("past the end") << "limit=2&offset=9" << 0 << 4 << false << false;
    QTest::newRow("past the end, count=exact")
        << "limit=2&offset=9&count=exact" << 0 << 7 << true << false;
}

void TestRestDocuments::listTotals()
{
    QFETCH(QString, query);
    QFETCH(int, rows);
    QFETCH(int, total);
    QFETCH(bool, exact);
    QFETCH(bool, hasMore);
    for (int i = 1; i <= 7; ++i) {
        const QString name = QStringLiteral("Cap %1").arg(i);
        if (send("GET", "/api/v1/Customer/" + QUrl::toPercentEncoding(name).toStdString())
                ->status == 404)
            QVERIFY(!createCustomer(name).isEmpty());
    }
    const std::string filters =
        "filters=" + QUrl::toPercentEncoding(R"([["customer_name","like","Cap %"]])").toStdString();
    const auto result = send("GET", "/api/v1/Customer?" + filters + "&order_by=customer_name&" +
                                        query.toStdString());
    QVERIFY(result);
    QVERIFY2(result->status == 200, result->body.c_str());
    const QJsonObject body = jsonOf(result->body);
    QCOMPARE(body.value("data").toArray().size(), rows);
    QCOMPARE(body.value("total").toInt(), total);
    QCOMPARE(body.value("total_exact").toBool(), exact);
    QCOMPARE(body.value("has_more").toBool(), hasMore);
}

void TestRestDocuments::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");

    const QByteArray list = "/api/v1/Customer?";
    QTest::newRow("filters not JSON")
        << QByteArray("GET") << list + "filters=%5B%5Bx" << QByteArray() << 400 << "filters";
    QTest::newRow("unknown filter field")
        << QByteArray("GET") << list + "filters=" + QUrl::toPercentEncoding(R"([["nope","=",1]])")
        << QByteArray() << 400 << "nope";
    QTest::newRow("unknown operator")
        << QByteArray("GET")
        << list + "filters=" + QUrl::toPercentEncoding(R"([["tier","~~","Gold"]])") << QByteArray()
        << 400 << "~~";
    QTest::newRow("unknown field in fields")
        << QByteArray("GET") << list + "fields=" + QUrl::toPercentEncoding(R"(["name","zzz"])")
        << QByteArray() << 400 << "zzz";
    QTest::newRow("bad order_by") << QByteArray("GET") << list + "order_by=tier%20sideways"
                                  << QByteArray() << 400 << "sideways";
    QTest::newRow("limit zero") << QByteArray("GET") << list + "limit=0" << QByteArray() << 400
                                << "limit";
    QTest::newRow("negative offset")
        << QByteArray("GET") << list + "offset=-1" << QByteArray() << 400 << "offset";
    QTest::newRow("unknown parameter")
        << QByteArray("GET") << list + "sort=name" << QByteArray() << 400 << "sort";
    QTest::newRow("unknown count")
        << QByteArray("GET") << list + "count=estimate" << QByteArray() << 400 << "count=exact";
    QTest::newRow("malformed JSON body") << QByteArray("POST") << QByteArray("/api/v1/Customer")
                                         << QByteArray("{\"customer_name\": ") << 400 << "JSON";
    QTest::newRow("array body") << QByteArray("POST") << QByteArray("/api/v1/Customer")
                                << QByteArray("[1,2]") << 400 << "object";
    QTest::newRow("method not allowed") << QByteArray("DELETE") << QByteArray("/api/v1/Customer")
                                        << QByteArray() << 405 << "DELETE";
}

void TestRestDocuments::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    auto client = m_server.client();
    const httplib::Headers headers{{"Authorization", "Bearer " + m_token}};
    httplib::Result result =
        method == "GET" ? client.Get(path.toStdString(), headers)
        : method == "POST"
            ? client.Post(path.toStdString(), headers, body.toStdString(), "application/json")
            : client.Delete(path.toStdString(), headers);
    QVERIFY(result);
    QCOMPARE(result->status, status);
    const QJsonObject error = jsonOf(result->body).value("error").toObject();
    QCOMPARE(error.value("code").toString(),
             status == 405 ? QStringLiteral("METHOD_NOT_ALLOWED") : QStringLiteral("BAD_REQUEST"));
    QVERIFY2(error.value("message").toString().contains(mentions), result->body.c_str());
    if (status == 405)
        QCOMPARE(result->get_header_value("Allow"), std::string("GET, POST"));
}

void TestRestDocuments::validationAndDuplicates()
{
    // Every field error at once, and nothing written.
    const auto invalid = send("POST", "/api/v1/Customer",
                              {{"customer_name", "Bad Co"},
                               {"tier", "Platinum"},
                               {"code", "lower"},
                               {"credit_limit", -5}});
    QCOMPARE(invalid->status, 422);
    const QJsonObject error = jsonOf(invalid->body).value("error").toObject();
    QCOMPARE(error.value("code").toString(), QStringLiteral("VALIDATION_ERROR"));
    QStringList fields;
    for (const QJsonValue &field : error.value("fields").toArray())
        fields << field.toObject().value("field").toString();
    fields.sort();
    QCOMPARE(fields, (QStringList{"code", "credit_limit", "tier"}));
    QCOMPARE(send("GET", "/api/v1/Customer/Bad%20Co")->status, 404);

    const auto missing = send("POST", "/api/v1/Customer", {{"tier", "Gold"}});
    QCOMPARE(missing->status, 422);
    QCOMPARE(errorOf(missing->body)
                 .value("fields")
                 .toArray()
                 .first()
                 .toObject()
                 .value("field")
                 .toString(),
             QStringLiteral("customer_name"));

    QVERIFY(!createCustomer("Twice Ltd").isEmpty());
    const auto duplicate =
        send("POST", "/api/v1/Customer", {{"customer_name", "Twice Ltd"}, {"tier", "Gold"}});
    QCOMPARE(duplicate->status, 409);
    QCOMPARE(errorOf(duplicate->body).value("code").toString(), QStringLiteral("DUPLICATE"));
}

void TestRestDocuments::childRowsAndDocumentStates()
{
    QVERIFY(!createCustomer("Orders Inc").isEmpty());
    const QJsonArray items{QJsonObject{{"item", "Bolt"}, {"qty", 3}, {"rate", 2.5}},
                           QJsonObject{{"item", "Nut"}, {"qty", 7}, {"rate", 0.5}}};
    const auto created =
        send("POST", "/api/v1/sales_order", {{"customer", "Orders Inc"}, {"items", items}});
    QCOMPARE(created->status, 201);
    const QString name = dataOf(created->body).value("name").toString();
    QVERIFY(name.startsWith("SO-"));
    const std::string path = "/api/v1/Sales%20Order/" + name.toStdString();

    const QJsonObject doc = jsonOf(send("GET", path)->body).value("data").toObject();
    QCOMPARE(doc.value("customer_name").toString(), QStringLiteral("Orders Inc"));
    const QJsonArray rows = doc.value("items").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0]["item"].toString(), QStringLiteral("Bolt"));
    QCOMPARE(rows[1]["item"].toString(), QStringLiteral("Nut"));

    // Draft cannot be cancelled; submit; then edits are refused.
    const auto early = send("POST", path + "/cancel");
    QCOMPARE(early->status, 409);
    QCOMPARE(errorOf(early->body).value("code").toString(), QStringLiteral("INVALID_STATE"));
    const auto submitted = send("POST", path + "/submit");
    QCOMPARE(submitted->status, 200);
    QCOMPARE(dataOf(submitted->body).value("docstatus").toInt(), 1);
    const auto edit = send("PUT", path, {{"notes", "late change"}});
    QCOMPARE(edit->status, 409);
    QCOMPARE(errorOf(edit->body).value("code").toString(), QStringLiteral("DOCUMENT_SUBMITTED"));

    QCOMPARE(dataOf(send("POST", path + "/cancel")->body).value("docstatus").toInt(), 2);
    const auto amended = send("POST", path + "/amend");
    QCOMPARE(amended->status, 201);
    const QString amendedName = dataOf(amended->body).value("name").toString();
    QCOMPARE(amendedName, name + "-1");
    QCOMPARE(QString::fromStdString(amended->get_header_value("Location")),
             "/api/v1/Sales Order/" + amendedName);
    QCOMPARE(dataOf(amended->body).value("items").toArray().size(), 2);
}

void TestRestDocuments::passwordsAreWriteOnly()
{
    const auto created = send("POST", "/api/v1/Note", {{"title", "keys"}, {"secret", "hunter22"}});
    QCOMPARE(created->status, 201);
    QVERIFY(!QByteArray::fromStdString(created->body).contains("hunter22"));
    const QString name = dataOf(created->body).value("name").toString();
    const auto read = send("GET", "/api/v1/Note/" + name.toStdString());
    QVERIFY(!QByteArray::fromStdString(read->body).contains("hunter22"));
    QVERIFY(dataOf(read->body).value("secret").isNull());
    const auto filtered =
        send("GET", "/api/v1/Note?filters=" +
                        QUrl::toPercentEncoding(R"([["secret","=","x"]])").toStdString());
    QCOMPARE(filtered->status, 400);
}

void TestRestDocuments::guestsNeedCredentials()
{
    auto client = m_server.client();
    const auto anonymous = client.Get("/api/v1/Customer");
    QCOMPARE(anonymous->status, 401);
    QCOMPARE(errorOf(anonymous->body).value("code").toString(), QStringLiteral("UNAUTHORIZED"));
    const auto forged = client.Get("/api/v1/Customer", {{"Authorization", "Bearer not-a-token"}});
    QCOMPARE(forged->status, 401);
}

void TestRestDocuments::bodyOverTheLimit()
{
    const QString big(5000, QLatin1Char('x')); // max_body_bytes is 4096 here
    const auto result = send("POST", "/api/v1/Note", {{"title", "big"}, {"body", big}});
    QCOMPARE(result->status, 413);
    const QJsonObject error = jsonOf(result->body).value("error").toObject();
    QCOMPARE(error.value("code").toString(), QStringLiteral("PAYLOAD_TOO_LARGE"));
    QVERIFY(error.value("message").toString().contains("max_body_bytes"));
}

QTEST_GUILESS_MAIN(TestRestDocuments)
#include "tst_rest_documents.moc"
