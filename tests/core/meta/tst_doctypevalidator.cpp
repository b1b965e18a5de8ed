// SPDX-License-Identifier: MIT
// The in-memory DocType validator: for any DocType it gives exactly the diagnostics the
// loader (and MetaRegistry::loadApps) gives once toJsonText() is saved, located in
// that text.
#include "meta/doctypevalidator.h"

#include "apptree.h"
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"

#include <QTest>

#include <algorithm>

using namespace fm::core;
using apptree::Files;

Q_DECLARE_METATYPE(fm::core::DocType)

namespace {

Field makeField(const QString &fieldname, const QString &fieldtype, const QString &options = {})
{
    Field f;
    f.fieldname = fieldname;
    f.fieldtype = fieldtype;
    f.options = options;
    return f;
}

DocType makeDocType(const QString &name, const QList<Field> &fields)
{
    DocType d;
    d.name = name;
    d.fields = fields;
    return d;
}

QStringList sorted(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    std::sort(lines.begin(), lines.end());
    return lines;
}

// helpdesk (Ticket, linking crm's Customer and holding Ticket Item rows) depends on
// crm; bank defines the field type IBAN and nobody depends on it; wiki is empty. They
// load in the order crm, helpdesk, bank, wiki, and cleanly.
Files projectFiles()
{
    using namespace apptree;
    const auto opts = [](const QString &options) {
        return QStringLiteral(", \"options\": \"%1\"").arg(options);
    };
    return Files{
        {"helpdesk/app.json", appJson("helpdesk", {"crm"})},
        {doctypePath("helpdesk", "ticket"),
         doctypeJson("Ticket",
                     {field("subject", "Data"), field("customer", "Link", opts("Customer")),
                      field("items", "Table", opts("Ticket Item"))})},
        {"crm/app.json", appJson("crm")},
        {doctypePath("crm", "customer"), doctypeJson("Customer", {field("customer_name", "Data")})},
        {doctypePath("crm", "ticket_item"), doctypeJson("Ticket Item", {field("item", "Data")},
                                                        QStringLiteral("\n  \"is_child\": true,"))},
        {"bank/app.json",
         appJson("bank", {}, ",\n  \"field_types\": [{\"name\": \"IBAN\", \"base\": \"Data\"}]")},
        {"wiki/app.json", appJson("wiki")},
    };
}

const QStringList kApps{"helpdesk", "crm", "bank", "wiki"};

bool loadProject(const QTemporaryDir &dir, MetaRegistry &registry, Diagnostics &diagnostics)
{
    return registry.loadApps(apptree::paths(dir, kApps), diagnostics);
}

} // namespace

class TestDocTypeValidator : public QObject
{
    Q_OBJECT
private slots:
    void sameAsTheLoader_data();
    void sameAsTheLoader();
    void positionsAreThoseOfTheWrittenText();
    void validDocTypeHasNoDiagnostics();
    void sameAsLoadApps_data();
    void sameAsLoadApps();
    void otherDocTypesProblemsAreNotRepeated();
    void unreadableDocTypeStopsEarly();
};

void TestDocTypeValidator::sameAsTheLoader_data()
{
    QTest::addColumn<DocType>("doctype");
    QTest::addColumn<QString>("code");   // a diagnostic the loader gives
    QTest::addColumn<QString>("needle"); // where it is in the text (last occurrence)

    QTest::newRow("invalid name") << makeDocType("support ticket", {makeField("subject", "Data")})
                                  << "invalid-doctype-name"
                                  << "\"support ticket\"";
    QTest::newRow("unknown field type")
        << makeDocType("Ticket", {makeField("subject", "Data"), makeField("body", "Txt")})
        << "unknown-fieldtype"
        << "\"Txt\"";
    QTest::newRow("reserved fieldname")
        << makeDocType("Ticket", {makeField("owner", "Data")}) << "reserved-fieldname"
        << "\"owner\"";
    QTest::newRow("duplicate fieldname")
        << makeDocType("Ticket", {makeField("subject", "Data"), makeField("subject", "Text")})
        << "duplicate-fieldname"
        << "\"subject\"";
    QTest::newRow("link without target")
        << makeDocType("Ticket", {makeField("customer", "Link")}) << "missing-options"
        << "{\n      \"fieldname\": \"customer\"";
    DocType titleField = makeDocType("Ticket", {makeField("subject", "Data")});
    titleField.titleField = QStringLiteral("subjet");
    QTest::newRow("unknown title_field") << titleField << "unknown-field"
                                         << "\"subjet\"";
    DocType series = makeDocType("Ticket", {makeField("subject", "Data")});
    series.naming.rule = Naming::Rule::Series;
    series.naming.pattern = QStringLiteral("T-.{nope}.-.####");
    QTest::newRow("naming series with an unknown field") << series << "invalid-naming-pattern"
                                                         << "\"series:T-.{nope}.-.####\"";
}

// Whatever the DocType, the validator's diagnostics are the loader's on the saved file.
void TestDocTypeValidator::sameAsTheLoader()
{
    QFETCH(DocType, doctype);
    QFETCH(QString, code);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ticket.json"));
    const FieldTypeRegistry types;

    const ValidatedDocType validated = validateDocTypeText(doctype, types, path);
    QCOMPARE(validated.text, toJsonText(doctype));
    QVERIFY(validated.hasErrors());
    QCOMPARE(validateDocType(doctype, types, path).size(), validated.diagnostics.size());

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(validated.text);
    file.close();
    Diagnostics loaded;
    QVERIFY(DocTypeLoader(types).loadFile(path, loaded));
    QCOMPARE(sorted(validated.diagnostics), sorted(loaded));

    const auto it = std::find_if(validated.diagnostics.cbegin(), validated.diagnostics.cend(),
                                 [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != validated.diagnostics.cend(), qPrintable(apptree::describe(loaded)));
    const SourceLocation expected = apptree::find(QString::fromUtf8(validated.text), needle);
    QVERIFY2(expected.line > 0, "needle not in the text");
    QCOMPARE(it->location.file, path);
    QCOMPARE(it->location.line, expected.line);
    QCOMPARE(it->location.column, expected.column);
}

// A DocType read from a file laid out differently, then edited in memory: the
// positions are those of the file the writer will save, not of the old one.
void TestDocTypeValidator::positionsAreThoseOfTheWrittenText()
{
    const FieldTypeRegistry types;
    Diagnostics diagnostics;
    auto doctype = DocTypeLoader(types).loadJson(
        R"({"name": "Ticket", "fields": [{"fieldname": "subject", "fieldtype": "Data"}, )"
        R"({"fieldname": "body", "fieldtype": "Text"}]})",
        QStringLiteral("ticket.json"), diagnostics);
    QVERIFY(doctype);
    QVERIFY(diagnostics.isEmpty());
    doctype->fields[1].fieldtype = QStringLiteral("Txt");

    const ValidatedDocType validated = validateDocTypeText(*doctype, types, "ticket.json");
    QCOMPARE(validated.diagnostics.size(), 1);
    const SourceLocation expected = apptree::find(QString::fromUtf8(validated.text), "\"Txt\"");
    QVERIFY(expected.line > 1); // the one-line original would say line 1
    QCOMPARE(validated.diagnostics.first().location.line, expected.line);
    QCOMPARE(validated.diagnostics.first().location.column, expected.column);
    // The DocType read back carries the new positions too.
    QCOMPARE(validated.doctype->locate(QStringLiteral("/fields/1/fieldtype")).line, expected.line);
}

void TestDocTypeValidator::validDocTypeHasNoDiagnostics()
{
    const FieldTypeRegistry types;
    DocType doctype = makeDocType("Ticket", {makeField("subject", "Data")});
    doctype.titleField = QStringLiteral("subject");
    const ValidatedDocType validated = validateDocTypeText(doctype, types, "ticket.json");
    QVERIFY2(validated.diagnostics.isEmpty(), qPrintable(apptree::describe(validated.diagnostics)));
    QVERIFY(validated.doctype);
    QCOMPARE(validated.doctype->name, doctype.name);
    QCOMPARE(validated.doctype->fieldnames(), doctype.fieldnames());
    QVERIFY(!validated.doctype->layout.isEmpty()); // the loader fills in the default layout
}

void TestDocTypeValidator::sameAsLoadApps_data()
{
    QTest::addColumn<DocType>("doctype");
    QTest::addColumn<QString>("file");   // where it is saved, relative to the project
    QTest::addColumn<QString>("code");   // empty: no diagnostic
    QTest::addColumn<QString>("inFile"); // the file the diagnostic is located in
    QTest::addColumn<QString>("needle"); // its position in the validated text; empty: line 0

    const QString ticket = apptree::doctypePath("helpdesk", "ticket");
    const auto ticketWith = [](const QList<Field> &extra) {
        return makeDocType("Ticket", QList<Field>{makeField("subject", "Data")} + extra);
    };
    QTest::newRow("edited Ticket, still clean")
        << ticketWith(
               {makeField("role", "Link", "Role"), makeField("items", "Table", "Ticket Item")})
        << ticket << ""
        << ""
        << "";
    QTest::newRow("new DocType, clean")
        << makeDocType("Ticket Note", {makeField("ticket", "Link", "Ticket")})
        << apptree::doctypePath("helpdesk", "ticket_note") << ""
        << ""
        << "";
    QTest::newRow("link to unknown DocType")
        << ticketWith({makeField("customer", "Link", "Custmer")}) << ticket << "unknown-doctype"
        << ticket << "\"Custmer\"";
    QTest::newRow("link to a child DocType")
        << ticketWith({makeField("item", "Link", "Ticket Item")}) << ticket << "link-to-child"
        << ticket << "\"Ticket Item\"";
    QTest::newRow("table of a standalone DocType")
        << ticketWith({makeField("items", "Table", "Customer")}) << ticket
        << "table-target-not-child" << ticket << "\"Customer\"";
    Field fetch = makeField("cname", "Data");
    fetch.fetchFrom = QStringLiteral("customer.custmer_name");
    QTest::newRow("fetch_from an unknown field")
        << ticketWith({makeField("customer", "Link", "Customer"), fetch}) << ticket
        << "unknown-fetch-field" << ticket << "\"customer.custmer_name\"";
    QTest::newRow("name of a core DocType")
        << makeDocType("Role", {makeField("x", "Data")}) << apptree::doctypePath("helpdesk", "role")
        << "duplicate-doctype" << apptree::doctypePath("helpdesk", "role") << "\"Role\"";
    QTest::newRow("name of another app's DocType")
        << makeDocType("Customer", {makeField("x", "Data")})
        << apptree::doctypePath("helpdesk", "customer") << "duplicate-doctype"
        << apptree::doctypePath("helpdesk", "customer") << "\"Customer\"";
    QTest::newRow("field type of an app loaded before, not depended on")
        << makeDocType("Page", {makeField("iban", "IBAN")}) << apptree::doctypePath("wiki", "page")
        << "field-type-not-available" << apptree::doctypePath("wiki", "page") << "\"IBAN\"";
    QTest::newRow("field type of an app loaded later")
        << ticketWith({makeField("iban", "IBAN")}) << ticket << "unknown-fieldtype" << ticket
        << "\"IBAN\"";
    QTest::newRow("folder does not match the name")
        << makeDocType("Ticket Log", {makeField("x", "Data")})
        << apptree::doctypePath("helpdesk", "ticket_logs") << "doctype-folder-mismatch"
        << apptree::doctypePath("helpdesk", "ticket_logs") << "\"Ticket Log\"";
    DocType otherApp = ticketWith({});
    otherApp.app = QStringLiteral("crm");
    QTest::newRow("says another app")
        << otherApp << ticket << "doctype-app-mismatch" << ticket << "\"crm\"";
    DocType child = makeDocType("Customer", {makeField("customer_name", "Data")});
    child.isChild = true;
    QTest::newRow("change that breaks a Link elsewhere")
        << child << apptree::doctypePath("crm", "customer") << "link-to-child" << ticket << "";
}

// The validator against a loaded registry says what loadApps says after saving.
void TestDocTypeValidator::sameAsLoadApps()
{
    QFETCH(DocType, doctype);
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, inFile);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    QVERIFY(apptree::write(dir, projectFiles()));
    MetaRegistry registry;
    Diagnostics clean;
    QVERIFY2(loadProject(dir, registry, clean), qPrintable(apptree::describe(clean)));

    const QString path = dir.filePath(file);
    const ValidatedDocType validated = validateDocTypeText(doctype, registry, path);
    QCOMPARE(sorted(validateDocType(doctype, registry, path)), sorted(validated.diagnostics));
    QVERIFY(validated.doctype);
    QCOMPARE(validated.doctype->app, file.section(QLatin1Char('/'), 0, 0)); // the folder's

    QVERIFY(apptree::write(dir, Files{{file, QString::fromUtf8(validated.text)}}));
    MetaRegistry saved;
    Diagnostics afterSave;
    loadProject(dir, saved, afterSave);
    QCOMPARE(sorted(validated.diagnostics), sorted(afterSave));

    if (code.isEmpty()) {
        QVERIFY2(validated.diagnostics.isEmpty(),
                 qPrintable(apptree::describe(validated.diagnostics)));
        return;
    }
    const auto it = std::find_if(validated.diagnostics.cbegin(), validated.diagnostics.cend(),
                                 [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != validated.diagnostics.cend(), qPrintable(apptree::describe(afterSave)));
    QCOMPARE(it->location.file, dir.filePath(inFile));
    if (!needle.isEmpty()) {
        const SourceLocation expected = apptree::find(QString::fromUtf8(validated.text), needle);
        QVERIFY2(expected.line > 0, "needle not in the text");
        QCOMPARE(it->location.line, expected.line);
        QCOMPARE(it->location.column, expected.column);
    }
}

// Problems the registry had before are not the edited DocType's: only what the change
// causes is reported.
void TestDocTypeValidator::otherDocTypesProblemsAreNotRepeated()
{
    Files files = projectFiles();
    files.insert(apptree::doctypePath("crm", "customer"),
                 apptree::doctypeJson("Customer", {apptree::field("owner_link", "Link",
                                                                  ", \"options\": \"Nobody\"")}));
    QTemporaryDir dir;
    QVERIFY(apptree::write(dir, files));
    MetaRegistry registry;
    Diagnostics before;
    QVERIFY(!loadProject(dir, registry, before));
    QCOMPARE(before.size(), 1);

    const DocType note = makeDocType("Ticket Note", {makeField("ticket", "Link", "Ticket")});
    const QString path = dir.filePath(apptree::doctypePath("helpdesk", "ticket_note"));
    const Diagnostics diagnostics = validateDocType(note, registry, path);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(apptree::describe(diagnostics)));
    // The file-only overload does not know other DocTypes at all.
    const DocType broken = makeDocType("Ticket Note", {makeField("ticket", "Link", "Tiket")});
    QVERIFY(validateDocType(broken, registry.fieldTypes(), path).isEmpty());
    QCOMPARE(validateDocType(broken, registry, path).size(), 1);
}

// A DocType without a name is read back but registers nothing: the loader's
// diagnostics only, as loadApps gives.
void TestDocTypeValidator::unreadableDocTypeStopsEarly()
{
    QTemporaryDir dir;
    QVERIFY(apptree::write(dir, projectFiles()));
    MetaRegistry registry;
    Diagnostics clean;
    QVERIFY(loadProject(dir, registry, clean));
    const DocType nameless = makeDocType(QString(), {makeField("x", "Data")});
    const QString path = dir.filePath(apptree::doctypePath("helpdesk", "ticket"));
    const ValidatedDocType validated = validateDocTypeText(nameless, registry, path);
    QVERIFY(validated.hasErrors());
    QVERIFY(std::all_of(validated.diagnostics.cbegin(), validated.diagnostics.cend(),
                        [](const Diagnostic &d) { return d.code != "duplicate-doctype"; }));
}

QTEST_GUILESS_MAIN(TestDocTypeValidator)
#include "tst_doctypevalidator.moc"
