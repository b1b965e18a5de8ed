// SPDX-License-Identifier: MIT
// api/meta/documentschema: the JSON Schema of a DocType's documents.

#include "api/meta/documentschema.h"

#include "meta/doctypeloader.h"
#include "meta/metaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fm::core;
using fm::server::api::meta::documentSchema;
using fm::server::api::meta::schemaKey;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A DocType "Thing" with `fieldsJson` as its fields, plus the child DocType "Thing Row".
std::unique_ptr<MetaRegistry> registryWith(const QByteArray &fieldsJson, bool submittable = false)
{
    auto registry = std::make_unique<MetaRegistry>();
    const QByteArray row = R"({"name": "Thing Row", "module": "Test", "is_child": true,
        "fields": [{"fieldname": "qty", "fieldtype": "Int", "required": true}]})";
    const QByteArray thing = R"({"name": "Thing", "module": "Test", "is_submittable": )" +
                             QByteArray(submittable ? "true" : "false") + R"(, "fields": )" +
                             fieldsJson + "}";
    for (const QByteArray &json : {row, thing}) {
        Diagnostics diagnostics;
        const auto doctype =
            DocTypeLoader(registry->fieldTypes()).loadJson(json, "x.json", diagnostics);
        if (!doctype || hasErrors(diagnostics) || !registry->addDocType(*doctype))
            return nullptr;
    }
    return registry;
}

} // namespace

class TestDocumentSchema : public QObject
{
    Q_OBJECT
private slots:
    void fieldTypes_data();
    void fieldTypes();
    void required();
    void standardColumns_data();
    void standardColumns();
    void childTables();
    void schemaKeys_data();
    void schemaKeys();
};

void TestDocumentSchema::fieldTypes_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("data with length")
        << QByteArray(R"({"fieldtype": "Data", "length": 140})")
        << QByteArray(R"({"type": ["string", "null"], "maxLength": 140})");
    QTest::newRow("required data is not nullable")
        << QByteArray(R"({"fieldtype": "Data", "required": true})")
        << QByteArray(R"({"type": "string"})");
    QTest::newRow("int with range")
        << QByteArray(R"({"fieldtype": "Int", "min": 1, "max": 5})")
        << QByteArray(R"({"type": ["integer", "null"], "minimum": 1, "maximum": 5})");
    QTest::newRow("currency") << QByteArray(R"({"fieldtype": "Currency"})")
                              << QByteArray(R"({"type": ["number", "null"]})");
    QTest::newRow("check") << QByteArray(R"({"fieldtype": "Check"})")
                           << QByteArray(R"({"type": ["boolean", "null"]})");
    QTest::newRow("date") << QByteArray(R"({"fieldtype": "Date"})")
                          << QByteArray(R"({"type": ["string", "null"], "format": "date"})");
    QTest::newRow("datetime") << QByteArray(R"({"fieldtype": "Datetime"})")
                              << QByteArray(
                                     R"({"type": ["string", "null"], "format": "date-time"})");
    QTest::newRow("time has no offset")
        << QByteArray(R"({"fieldtype": "Time"})")
        << QByteArray(R"({"type": ["string", "null"], "pattern": "^\\d{2}:\\d{2}(:\\d{2})?$"})");
    QTest::newRow("email") << QByteArray(R"({"fieldtype": "Email"})")
                           << QByteArray(R"({"type": ["string", "null"], "format": "email"})");
    QTest::newRow("select enum allows null")
        << QByteArray(R"({"fieldtype": "Select", "options": "Open\nClosed"})")
        << QByteArray(R"({"type": ["string", "null"], "enum": ["Open", "Closed", null]})");
    QTest::newRow("required select enum without null")
        << QByteArray(R"({"fieldtype": "Select", "options": "Open\nClosed", "required": true})")
        << QByteArray(R"({"type": "string", "enum": ["Open", "Closed"]})");
    QTest::newRow("password is write-only")
        << QByteArray(R"({"fieldtype": "Password"})")
        << QByteArray(R"({"type": ["string", "null"], "writeOnly": true})");
    QTest::newRow("json takes any value")
        << QByteArray(R"({"fieldtype": "JSON"})") << QByteArray(R"({})");
    QTest::newRow("link names its target")
        << QByteArray(R"({"fieldtype": "Link", "options": "Thing"})")
        << QByteArray(R"({"type": ["string", "null"], "x-fm-link": "Thing"})");
    QTest::newRow("pattern anchored")
        << QByteArray(R"({"fieldtype": "Data", "pattern": "[A-Z]+"})")
        << QByteArray(R"({"type": ["string", "null"], "pattern": "^(?:[A-Z]+)$"})");
    QTest::newRow("read-only with default and description")
        << QByteArray(
               R"({"fieldtype": "Data", "read_only": true, "default": "x", "description": "Why"})")
        << QByteArray(
               R"({"type": ["string", "null"], "readOnly": true, "default": "x", "description": "Why"})");
    QTest::newRow("table of child rows")
        << QByteArray(R"({"fieldtype": "Table", "options": "Thing Row"})")
        << QByteArray(R"({"type": "array", "items": {"$ref": "#/$defs/ThingRow"}})");
    QTest::newRow("required table needs a row")
        << QByteArray(R"({"fieldtype": "Table", "options": "Thing Row", "required": true})")
        << QByteArray(R"({"type": "array", "items": {"$ref": "#/$defs/ThingRow"}, "minItems": 1})");
}

void TestDocumentSchema::fieldTypes()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, expected);
    QJsonObject fieldObject = parse(field);
    fieldObject.insert(QStringLiteral("fieldname"), QStringLiteral("f"));
    const auto registry = registryWith(QJsonDocument(QJsonArray{fieldObject}).toJson());
    QVERIFY(registry);
    const QJsonObject schema =
        documentSchema(*registry, *registry->doctype(QStringLiteral("Thing")));
    QJsonObject want = parse(expected);
    want.insert(QStringLiteral("title"), QStringLiteral("F"));
    QCOMPARE(schema[QStringLiteral("properties")][QStringLiteral("f")].toObject(), want);
}

void TestDocumentSchema::required()
{
    const auto registry = registryWith(R"([
        {"fieldname": "a", "fieldtype": "Data", "required": true},
        {"fieldname": "b", "fieldtype": "Data", "required": true, "default": "x"},
        {"fieldname": "c", "fieldtype": "Data"},
        {"fieldname": "d", "fieldtype": "Table", "options": "Thing Row", "required": true}])");
    QVERIFY(registry);
    const QJsonObject schema =
        documentSchema(*registry, *registry->doctype(QStringLiteral("Thing")));
    // b has a default the server fills in, so a client need not send it.
    QCOMPARE(schema[QStringLiteral("required")].toArray(), (QJsonArray{"a", "d"}));
    QCOMPARE(schema[QStringLiteral("$schema")].toString(),
             QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    QCOMPARE(schema[QStringLiteral("type")].toString(), QStringLiteral("object"));
    QCOMPARE(schema[QStringLiteral("title")].toString(), QStringLiteral("Thing"));
}

void TestDocumentSchema::standardColumns_data()
{
    QTest::addColumn<bool>("submittable");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("readOnly");

    QTest::newRow("name writable") << false << "name" << true << false;
    QTest::newRow("owner read-only") << false << "owner" << true << true;
    QTest::newRow("modified read-only") << false << "modified" << true << true;
    QTest::newRow("docstatus read-only") << false << "docstatus" << true << true;
    QTest::newRow("_version sent back") << false << "_version" << true << false;
    QTest::newRow("no amended_from unless submittable")
        << false << "amended_from" << false << false;
    QTest::newRow("amended_from when submittable") << true << "amended_from" << true << true;
    QTest::newRow("no idx on a parent") << false << "idx" << false << false;
    QTest::newRow("no deleted_at") << false << "deleted_at" << false << false;
}

void TestDocumentSchema::standardColumns()
{
    QFETCH(bool, submittable);
    QFETCH(QString, column);
    QFETCH(bool, present);
    QFETCH(bool, readOnly);
    const auto registry = registryWith(R"([{"fieldname": "a", "fieldtype": "Data"}])", submittable);
    QVERIFY(registry);
    const QJsonObject properties =
        documentSchema(*registry,
                       *registry->doctype(QStringLiteral("Thing")))[QStringLiteral("properties")]
            .toObject();
    QCOMPARE(properties.contains(column), present);
    QCOMPARE(properties[column][QStringLiteral("readOnly")].toBool(), readOnly);
}

void TestDocumentSchema::childTables()
{
    const auto registry =
        registryWith(R"([{"fieldname": "rows", "fieldtype": "Table", "options": "Thing Row"}])");
    QVERIFY(registry);
    const DocType &thing = *registry->doctype(QStringLiteral("Thing"));
    const QJsonObject standalone = documentSchema(*registry, thing);
    const QJsonObject row =
        standalone[QStringLiteral("$defs")][QStringLiteral("ThingRow")].toObject();
    QCOMPARE(row[QStringLiteral("title")].toString(), QStringLiteral("Thing Row"));
    QCOMPARE(row[QStringLiteral("required")].toArray(), QJsonArray{"qty"});
    QVERIFY(row[QStringLiteral("properties")].toObject().contains(QStringLiteral("idx")));
    QVERIFY(!row[QStringLiteral("properties")].toObject().contains(QStringLiteral("owner")));
    QVERIFY(!row.contains(QStringLiteral("$schema")));

    // Inside OpenAPI the rows point at the shared component instead.
    const QJsonObject component =
        documentSchema(*registry, thing, QStringLiteral("#/components/schemas/"));
    QVERIFY(!component.contains(QStringLiteral("$defs")));
    QVERIFY(!component.contains(QStringLiteral("$schema")));
    QCOMPARE(component[QStringLiteral("properties")][QStringLiteral("rows")]
                      [QStringLiteral("items")][QStringLiteral("$ref")]
                          .toString(),
             QStringLiteral("#/components/schemas/ThingRow"));

    // A DocType without tables has no $defs.
    const QJsonObject flat =
        documentSchema(*registry, *registry->doctype(QStringLiteral("Thing Row")));
    QVERIFY(!flat.contains(QStringLiteral("$defs")));
}

void TestDocumentSchema::schemaKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("spaces dropped") << "Sales Invoice"
                                    << "SalesInvoice";
    QTest::newRow("allowed punctuation kept") << "A-b_c.d"
                                              << "A-b_c.d";
    QTest::newRow("other characters dropped") << "Café (EU)/x"
                                              << "CafEUx";
}

void TestDocumentSchema::schemaKeys()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(schemaKey(name), key);
}

QTEST_GUILESS_MAIN(TestDocumentSchema)
#include "tst_document_schema.moc"
