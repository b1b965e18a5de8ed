// SPDX-License-Identifier: MIT
// MetaRegistry::loadApps on app folders written to a temporary directory: app.json,
// dependency order, DocType files, app field types and the cross-DocType checks, each
// problem located by line and column.
#include "meta/metaregistry.h"

#include "apptree.h"

#include <QTest>

#include <algorithm>

using namespace fm::core;
using apptree::Files;

class TestLoadApps : public QObject
{
    Q_OBJECT
private slots:
    void loadApps_data();
    void loadApps()
    {
        QFETCH(Files, files);
        QFETCH(QStringList, dirs);
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QString, needle);
        QFETCH(QString, textPart);
        QFETCH(int, errors);

        QTemporaryDir dir;
        QVERIFY(apptree::write(dir, files));
        MetaRegistry registry;
        Diagnostics diagnostics;
        const bool ok = registry.loadApps(apptree::paths(dir, dirs), diagnostics);
        const QString all = apptree::describe(diagnostics);
        QCOMPARE(ok, errors == 0);
        int errorCount = 0;
        for (const Diagnostic &d : std::as_const(diagnostics))
            errorCount += d.severity == Diagnostic::Severity::Error ? 1 : 0;
        QVERIFY2(errorCount == errors, qPrintable(all));
        if (code.isEmpty())
            return;
        const auto it = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                     [&](const Diagnostic &d) { return d.code == code; });
        QVERIFY2(it != diagnostics.cend(), qPrintable(all));
        QCOMPARE(it->location.file, dir.filePath(file));
        const SourceLocation expected =
            needle.isEmpty() ? SourceLocation() : apptree::find(files.value(file), needle);
        QVERIFY2(needle.isEmpty() || expected.line > 0, "needle not in the file");
        QCOMPARE(it->location.line, expected.line);
        QCOMPARE(it->location.column, expected.column);
        QVERIFY2((it->message + it->hint).contains(textPart), qPrintable(it->toString()));
    }
};

void TestLoadApps::loadApps_data()
{
    using namespace apptree;
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("dirs");
    QTest::addColumn<QString>("code");     // empty: no diagnostic at all
    QTest::addColumn<QString>("file");     // where the diagnostic with `code` is
    QTest::addColumn<QString>("needle");   // its line/column is where `needle` last occurs
    QTest::addColumn<QString>("textPart"); // in its message or hint
    QTest::addColumn<int>("errors");

    const QString helpdesk = QStringLiteral("helpdesk/app.json");
    const QString ticket = doctypePath("helpdesk", "ticket");
    const auto opts = [](const QString &options) {
        return QStringLiteral(", \"options\": \"%1\"").arg(options);
    };
    const QString customer = doctypeJson("Customer", {field("customer_name", "Data")});
    const QString child = doctypeJson("Ticket Item", {field("item", "Data")},
                                      QStringLiteral("\n  \"is_child\": true,"));
    // helpdesk with one Ticket DocType, plus crm with Customer and a child DocType.
    const auto project = [&](const QStringList &ticketFields, const QString &ticketExtra = {}) {
        return Files{{helpdesk, appJson("helpdesk", {"crm"})},
                     {ticket, doctypeJson("Ticket", ticketFields, ticketExtra)},
                     {"crm/app.json", appJson("crm")},
                     {doctypePath("crm", "customer"), customer},
                     {doctypePath("crm", "ticket_item"), child}};
    };
    const QStringList both{"helpdesk", "crm"};
    const auto iban = [](const QString &name, const QString &base, const QString &extra = {}) {
        return QStringLiteral(",\n  \"field_types\": [{\"name\": \"%1\", \"base\": \"%2\"%3}]")
            .arg(name, base, extra);
    };
    const Files bank{{"bank/app.json", appJson("bank", {}, iban("IBAN", "Data"))}};

    QTest::newRow("clean")
        << project({field("subject", "Data"), field("role", "Link", opts("Role")),
                    field("customer", "Link", opts("Customer")),
                    field("items", "Table", opts("Ticket Item")),
                    field("customer_name", "Data", ", \"fetch_from\": \"customer.customer_name\""),
                    field("ref_type", "Link", opts("DocType")),
                    field("ref", "DynamicLink", opts("ref_type"))})
        << both << ""
        << ""
        << ""
        << "" << 0;

    // app.json
    QTest::newRow("unknown app key")
        << Files{{helpdesk, appJson("helpdesk", {}, ",\n  \"titel\": \"Helpdesk\"")}}
        << QStringList{"helpdesk"} << "unknown-key" << helpdesk << "\"titel\""
        << "did you mean \"title\"" << 1;
    QTest::newRow("app name missing") << Files{{helpdesk, "{\n  \"title\": \"Helpdesk\"\n}\n"}}
                                      << QStringList{"helpdesk"} << "missing-key" << helpdesk << "{"
                                      << "\"name\": \"helpdesk\"" << 1;
    QTest::newRow("app name invalid") << Files{{"help/app.json", appJson("Help Desk")}}
                                      << QStringList{"help"} << "invalid-app-name"
                                      << "help/app.json"
                                      << "\"Help Desk\""
                                      << "lower case" << 1;
    QTest::newRow("app folder mismatch")
        << Files{{helpdesk, appJson("support")}} << QStringList{"helpdesk"} << "app-folder-mismatch"
        << helpdesk << "\"support\""
        << "rename the folder" << 1;
    QTest::newRow("app.json missing")
        << Files{{ticket, doctypeJson("Ticket", {field("subject", "Data")})}}
        << QStringList{"helpdesk"} << "missing-app-json" << helpdesk << ""
        << "app.json" << 1;
    QTest::newRow("app title wrong type")
        << Files{{helpdesk, appJson("helpdesk", {}, ",\n  \"title\": 7")}}
        << QStringList{"helpdesk"} << "wrong-type" << helpdesk << "7"
        << "a string" << 1;

    // dependencies
    QTest::newRow("unknown dependency")
        << Files{{helpdesk, appJson("helpdesk", {"crm"})}} << QStringList{"helpdesk"}
        << "unknown-dependency" << helpdesk << "\"crm\""
        << "app \"helpdesk\" depends on app \"crm\"" << 1;
    QTest::newRow("dependency typo")
        << Files{{helpdesk, appJson("helpdesk")}, {"sla/app.json", appJson("sla", {"helpdsk"})}}
        << QStringList{"helpdesk", "sla"} << "unknown-dependency"
        << "sla/app.json"
        << "\"helpdsk\""
        << "did you mean \"helpdesk\"" << 1;
    QTest::newRow("cycle") << Files{{"a/app.json", appJson("a", {"b"})},
                                    {"b/app.json", appJson("b", {"a"})}}
                           << QStringList{"a", "b"} << "dependency-cycle"
                           << "b/app.json"
                           << "\"a\""
                           << "a -> b -> a" << 1;
    QTest::newRow("self dependency") << Files{{"loop/app.json", appJson("loop", {"loop"})}}
                                     << QStringList{"loop"} << "dependency-cycle"
                                     << "loop/app.json"
                                     << "\"loop\""
                                     << "loop -> loop" << 1;
    QTest::newRow("dependant of a broken app")
        << Files{{"a/app.json", appJson("a", {"zzz"})}, {"c/app.json", appJson("c", {"a"})}}
        << QStringList{"c", "a"} << "dependency-not-loaded"
        << "c/app.json"
        << "\"a\""
        << "app \"c\" is not loaded because app \"a\"" << 2;
    QTest::newRow("app defined twice")
        << Files{{"p1/helpdesk/app.json", appJson("helpdesk")},
                 {"p2/helpdesk/app.json", appJson("helpdesk")}}
        << QStringList{"p1/helpdesk", "p2/helpdesk"} << "duplicate-app"
        << "p2/helpdesk/app.json"
        << "\"helpdesk\""
        << "defined twice" << 1;
    QTest::newRow("app named core")
        << Files{{"x/core/app.json", appJson("core")}} << QStringList{"x/core"} << "duplicate-app"
        << "x/core/app.json"
        << "\"core\""
        << "already loaded" << 1;

    // DocType files
    QTest::newRow("doctype defined twice") << Files{{helpdesk, appJson("helpdesk")},
                                                    {doctypePath("helpdesk", "customer"), customer},
                                                    {"crm/app.json", appJson("crm")},
                                                    {doctypePath("crm", "customer"), customer}}
                                           << QStringList{"helpdesk", "crm"} << "duplicate-doctype"
                                           << doctypePath("crm", "customer") << "\"Customer\""
                                           << "helpdesk/doctypes/customer/customer.json" << 1;
    QTest::newRow("core doctype defined again")
        << Files{{helpdesk, appJson("helpdesk")},
                 {doctypePath("helpdesk", "role"), doctypeJson("Role", {field("x", "Data")})}}
        << QStringList{"helpdesk"} << "duplicate-doctype" << doctypePath("helpdesk", "role")
        << "\"Role\""
        << ":/fm/apps/core/doctypes/role/role.json" << 1;
    QTest::newRow("same table name") << Files{{helpdesk, appJson("helpdesk")},
                                              {doctypePath("helpdesk", "sales_invoice"),
                                               doctypeJson("Sales Invoice", {field("x", "Data")})},
                                              {"crm/app.json", appJson("crm")},
                                              {doctypePath("crm", "sales_invoice"),
                                               doctypeJson("SalesInvoice", {field("x", "Data")})}}
                                     << QStringList{"helpdesk", "crm"} << "duplicate-doctype"
                                     << doctypePath("crm", "sales_invoice") << "\"SalesInvoice\""
                                     << "share the table name" << 1;
    QTest::newRow("folder does not match name")
        << Files{{helpdesk, appJson("helpdesk")},
                 {doctypePath("helpdesk", "tickets"), doctypeJson("Ticket", {field("x", "Data")})}}
        << QStringList{"helpdesk"} << "doctype-folder-mismatch"
        << doctypePath("helpdesk", "tickets") << "\"Ticket\""
        << "doctypes/ticket/ticket.json" << 1;
    QTest::newRow("file not named after folder")
        << Files{{helpdesk, appJson("helpdesk")},
                 {"helpdesk/doctypes/ticket/Ticket.json",
                  doctypeJson("Ticket", {field("x", "Data")})}}
        << QStringList{"helpdesk"} << "missing-doctype-file"
        << "helpdesk/doctypes/ticket"
        << ""
        << "rename Ticket.json to ticket.json" << 1;
    QTest::newRow("doctype names another app")
        << Files{{helpdesk, appJson("helpdesk")},
                 {ticket, doctypeJson("Ticket", {field("x", "Data")}, "\n  \"app\": \"crm\",")}}
        << QStringList{"helpdesk"} << "doctype-app-mismatch" << ticket << "\"crm\""
        << "move the DocType to app \"crm\"" << 1;
    QTest::newRow("loader diagnostics pass through")
        << Files{{helpdesk, appJson("helpdesk")},
                 {ticket, doctypeJson("Ticket", {field("subject", "Dta")})}}
        << QStringList{"helpdesk"} << "unknown-fieldtype" << ticket << "\"Dta\""
        << "did you mean \"Data\"" << 1;

    // app field types
    QTest::newRow("app field type used")
        << Files{{helpdesk,
                  appJson("helpdesk", {}, iban("IBAN", "Data", ", \"pattern\": \"^[A-Z]{2}\""))},
                 {ticket, doctypeJson("Ticket", {field("iban", "IBAN")})}}
        << QStringList{"helpdesk"} << ""
        << ""
        << ""
        << "" << 0;
    QTest::newRow("app field type with unknown base")
        << Files{{helpdesk, appJson("helpdesk", {}, iban("IBAN", "Strng"))}}
        << QStringList{"helpdesk"} << "invalid-field-type" << helpdesk << "\"IBAN\""
        << "not a built-in type" << 1;
    QTest::newRow("app field type reusing a built-in name")
        << Files{{helpdesk, appJson("helpdesk", {}, iban("Data", "Text"))}}
        << QStringList{"helpdesk"} << "invalid-field-type" << helpdesk << "\"Data\""
        << "already registered" << 1;
    QTest::newRow("app field type defined by two apps")
        << merge(Files{{helpdesk, appJson("helpdesk", {"bank"}, iban("IBAN", "Data"))}}, bank)
        << QStringList{"helpdesk", "bank"} << "invalid-field-type" << helpdesk << "\"IBAN\""
        << "already registered by app \"bank\"" << 1;
    QTest::newRow("app field type with bad pattern")
        << Files{{helpdesk,
                  appJson("helpdesk", {}, iban("IBAN", "Data", ", \"pattern\": \"[A-Z\""))}}
        << QStringList{"helpdesk"} << "invalid-pattern" << helpdesk << "\"[A-Z\""
        << "regular expression" << 1;
    QTest::newRow("app field type with bad name")
        << Files{{helpdesk, appJson("helpdesk", {}, iban("iban", "Data"))}}
        << QStringList{"helpdesk"} << "invalid-field-type-name" << helpdesk << "\"iban\""
        << "capital letter" << 1;
    QTest::newRow("app field type with unknown key")
        << Files{{helpdesk, appJson("helpdesk", {}, iban("IBAN", "Data", ", \"widgit\": \"x\""))}}
        << QStringList{"helpdesk"} << "unknown-key" << helpdesk << "\"widgit\""
        << "did you mean \"widget\"" << 1;
    QTest::newRow("field type of an app not depended on")
        << merge(Files{{helpdesk, appJson("helpdesk")},
                       {ticket, doctypeJson("Ticket", {field("iban", "IBAN")})}},
                 bank)
        << QStringList{"bank", "helpdesk"} << "field-type-not-available" << ticket << "\"IBAN\""
        << "add \"bank\" to \"depends_on\"" << 1;
    QTest::newRow("field type of a dependency")
        << merge(Files{{helpdesk, appJson("helpdesk", {"bank"})},
                       {ticket, doctypeJson("Ticket", {field("iban", "IBAN")})}},
                 bank)
        << QStringList{"helpdesk", "bank"} << ""
        << ""
        << ""
        << "" << 0;
    QTest::newRow("field type of a dependant")
        << Files{{helpdesk, appJson("helpdesk")},
                 {ticket, doctypeJson("Ticket", {field("iban", "IBAN")})},
                 {"bank/app.json", appJson("bank", {"helpdesk"}, iban("IBAN", "Data"))}}
        << QStringList{"helpdesk", "bank"} << "unknown-fieldtype" << ticket << "\"IBAN\""
        << "IBAN" << 1;

    // cross-DocType checks, located in the files
    QTest::newRow("link to unknown doctype")
        << project({field("customer", "Link", opts("Custmer"))}) << both << "unknown-doctype"
        << ticket << "\"Custmer\""
        << "did you mean \"Customer\"" << 1;
    QTest::newRow("link to child doctype") << project({field("item", "Link", opts("Ticket Item"))})
                                           << both << "link-to-child" << ticket << "\"Ticket Item\""
                                           << "Table field" << 1;
    QTest::newRow("table to standalone doctype")
        << project({field("items", "Table", opts("Customer"))}) << both << "table-target-not-child"
        << ticket << "\"Customer\""
        << "\"is_child\": true" << 1;
    QTest::newRow("multiselect to standalone doctype")
        << project({field("x", "Data"), field("tags", "TableMultiSelect", opts("Customer"))})
        << both << "table-target-not-child" << ticket << "\"Customer\""
        << "is_child" << 1;
    QTest::newRow("table to unknown doctype")
        << project({field("items", "Table", opts("Ticket Items"))}) << both << "unknown-doctype"
        << ticket << "\"Ticket Items\""
        << "did you mean \"Ticket Item\"" << 1;
    QTest::newRow("fetch_from unknown target field")
        << project({field("customer", "Link", opts("Customer")),
                    field("cname", "Data", ", \"fetch_from\": \"customer.custmer_name\"")})
        << both << "unknown-fetch-field" << ticket << "\"customer.custmer_name\""
        << "did you mean \"customer_name\"" << 1;
    QTest::newRow("fetch_from not through a link (loader, once)")
        << project({field("subject", "Data"),
                    field("x", "Data", ", \"fetch_from\": \"subject.customer_name\"")})
        << both << "invalid-fetch-from" << ticket << "\"subject.customer_name\""
        << "Link" << 1;
    QTest::newRow("dynamic link to a non-DocType link (loader, once)")
        << project({field("customer", "Link", opts("Customer")),
                    field("ref", "DynamicLink", opts("customer"))})
        << both << "invalid-options" << ticket << "\"customer\""
        << "DocType" << 1;
    QTest::newRow("unreadable field before a bad link")
        << project({"{\"fieldtype\": \"Data\"}", field("customer", "Link", opts("Custmer"))})
        << both << "unknown-doctype" << ticket << "{\"fieldname\": \"customer\""
        << "Customer" << 2;
}

QTEST_GUILESS_MAIN(TestLoadApps)
#include "tst_loadapps.moc"
