// SPDX-License-Identifier: MIT
#include "meta/metaregistry.h"

#include "apptree.h"

#include <QTest>

using namespace fm::core;
using apptree::Files;

Q_DECLARE_METATYPE(fm::core::DocType)

namespace {

Field makeField(const QString &fieldname, const QString &fieldtype, const QString &options = {},
                const QString &fetchFrom = {})
{
    Field f;
    f.fieldname = fieldname;
    f.fieldtype = fieldtype;
    f.options = options;
    f.fetchFrom = fetchFrom;
    return f;
}

// Field N's options sit at line N + 10, column 5; its fetch_from at column 20.
DocType makeDocType(const QString &name, const QList<Field> &fields, bool isChild = false)
{
    DocType dt;
    dt.name = name;
    dt.isChild = isChild;
    dt.fields = fields;
    dt.location.file = QStringLiteral("%1.json").arg(name);
    for (int i = 0; i < fields.size(); ++i) {
        dt.positions.insert(QStringLiteral("/fields/%1/options").arg(i),
                            {dt.location.file, i + 10, 5});
        dt.positions.insert(QStringLiteral("/fields/%1/fetch_from").arg(i),
                            {dt.location.file, i + 10, 20});
    }
    return dt;
}

DocType customer()
{
    return makeDocType(QStringLiteral("Customer"),
                       {makeField(QStringLiteral("customer_name"), QStringLiteral("Data"))});
}

DocType itemRow()
{
    return makeDocType(QStringLiteral("Item Row"),
                       {makeField(QStringLiteral("item"), QStringLiteral("Data"))}, true);
}

DocType ticket(const QList<Field> &fields)
{
    return makeDocType(QStringLiteral("Ticket"), fields);
}

} // namespace

class TestMetaRegistry : public QObject
{
    Q_OBJECT
private slots:
    void addDocType_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("distinct") << "Customer"
                                  << "Sales Invoice" << true << "";
        QTest::newRow("same name") << "Customer"
                                   << "Customer" << false << "defined twice";
        QTest::newRow("same table")
            << "Sales Invoice"
            << "SalesInvoice" << false << "share the table name \"sales_invoice\"";
        QTest::newRow("no name") << "Customer"
                                 << "" << false << "without a name";
    }
    void addDocType()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, accepted);
        QFETCH(QString, messagePart);

        MetaRegistry registry;
        QVERIFY(registry.addDocType(makeDocType(first, {})).has_value());
        const auto result = registry.addDocType(makeDocType(second, {}));
        QCOMPARE(result.has_value(), accepted);
        if (!accepted) {
            QVERIFY2(result.error().message().contains(messagePart),
                     qPrintable(result.error().message()));
            QCOMPARE(registry.doctypeNames(), QStringList{first});
        } else {
            QCOMPARE(registry.doctypeNames(), (QStringList{first, second}));
        }
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("found");  // empty: nullptr
        QTest::addColumn<bool>("exactOnly"); // doctype() finds it too
        QTest::newRow("name") << "Sales Invoice"
                              << "Sales Invoice" << true;
        QTest::newRow("slug") << "sales_invoice"
                              << "Sales Invoice" << false;
        QTest::newRow("other") << "Customer"
                               << "Customer" << true;
        QTest::newRow("unknown") << "Supplier"
                                 << "" << false;
        QTest::newRow("wrong case") << "sales invoice"
                                    << "" << false;
        QTest::newRow("empty") << ""
                               << "" << false;
    }
    void lookup()
    {
        QFETCH(QString, key);
        QFETCH(QString, found);
        QFETCH(bool, exactOnly);

        MetaRegistry registry;
        QVERIFY(registry.addDocType(makeDocType(QStringLiteral("Sales Invoice"), {})));
        QVERIFY(registry.addDocType(customer()));
        const DocType *doctype = registry.findDocType(key);
        QCOMPARE(doctype ? doctype->name : QString(), found);
        QCOMPARE(registry.doctype(key) != nullptr, exactOnly);
        QCOMPARE(registry.doctypeNames(), (QStringList{"Customer", "Sales Invoice"}));
        QVERIFY(registry.apps().isEmpty());
        QVERIFY(registry.app(QStringLiteral("core")).name.isEmpty());
    }

    void crossCheck_data()
    {
        QTest::addColumn<QList<DocType>>("doctypes");
        QTest::addColumn<QString>("code"); // empty: no diagnostic
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("hintPart");

        const auto link = [](const QString &name, const QString &target) {
            return makeField(name, QStringLiteral("Link"), target);
        };
        const auto data = [](const QString &name, const QString &fetch = {}) {
            return makeField(name, QStringLiteral("Data"), {}, fetch);
        };

        QTest::newRow("link ok") << QList<DocType>{customer(),
                                                   ticket({link("customer", "Customer")})}
                                 << "" << 0 << 0 << "";
        QTest::newRow("link to DocType registry")
            << QList<DocType>{ticket({link("ref", "DocType")})} << "" << 0 << 0 << "";
        QTest::newRow("link unknown target")
            << QList<DocType>{customer(), ticket({data("subject"), link("customer", "Custmer")})}
            << "unknown-doctype" << 11 << 5 << "did you mean \"Customer\"";
        QTest::newRow("link to child")
            << QList<DocType>{itemRow(), ticket({link("row", "Item Row")})} << "link-to-child" << 10
            << 5 << "Table field";
        QTest::newRow("table ok") << QList<DocType>{itemRow(), ticket({makeField("items", "Table",
                                                                                 "Item Row")})}
                                  << "" << 0 << 0 << "";
        QTest::newRow("table to non-child")
            << QList<DocType>{customer(), ticket({makeField("items", "Table", "Customer")})}
            << "table-target-not-child" << 10 << 5 << "\"is_child\": true";
        QTest::newRow("multiselect to non-child")
            << QList<DocType>{customer(), ticket({data("a"), makeField("tags", "TableMultiSelect",
                                                                       "Customer")})}
            << "table-target-not-child" << 11 << 5 << "\"is_child\": true";
        QTest::newRow("table to DocType")
            << QList<DocType>{ticket({makeField("items", "Table", "DocType")})}
            << "table-target-not-child" << 10 << 5 << "Link field";
        QTest::newRow("table unknown")
            << QList<DocType>{itemRow(), ticket({makeField("items", "Table", "Item Rows")})}
            << "unknown-doctype" << 10 << 5 << "did you mean \"Item Row\"";
        QTest::newRow("fetch ok")
            << QList<DocType>{customer(), ticket({link("customer", "Customer"),
                                                  data("customer_name", "customer.customer_name")})}
            << "" << 0 << 0 << "";
        QTest::newRow("fetch standard column")
            << QList<DocType>{customer(),
                              ticket({link("customer", "Customer"), data("by", "customer.owner")})}
            << "" << 0 << 0 << "";
        QTest::newRow("fetch unknown field")
            << QList<DocType>{customer(), ticket({link("customer", "Customer"),
                                                  data("customer_name", "customer.custmer_name")})}
            << "unknown-fetch-field" << 11 << 20 << "did you mean \"customer_name\"";
        QTest::newRow("fetch through DocType link")
            << QList<DocType>{ticket({link("ref", "DocType"), data("x", "ref.module")})}
            << "unknown-fetch-field" << 11 << 20 << "after the dot";
        QTest::newRow("fetch through non-link")
            << QList<DocType>{ticket({data("subject"), data("x", "subject.foo")})}
            << "fetch-from-not-link" << 11 << 20 << "<link field>";
        QTest::newRow("fetch through missing field")
            << QList<DocType>{customer(), ticket({link("customer", "Customer"),
                                                  data("x", "custome.customer_name")})}
            << "fetch-from-not-link" << 11 << 20 << "did you mean \"customer\"";
        QTest::newRow("fetch through unknown target reported once")
            << QList<DocType>{ticket({link("customer", "Nope"), data("x", "customer.a")})}
            << "unknown-doctype" << 10 << 5 << "";
        QTest::newRow("dynamic link ok")
            << QList<DocType>{ticket(
                   {link("ref_type", "DocType"), makeField("ref", "DynamicLink", "ref_type")})}
            << "" << 0 << 0 << "";
        QTest::newRow("dynamic link missing field")
            << QList<DocType>{ticket(
                   {link("ref_type", "DocType"), makeField("ref", "DynamicLink", "ref_typ")})}
            << "dynamic-link-options" << 11 << 5 << "did you mean \"ref_type\"";
        QTest::newRow("dynamic link to other link")
            << QList<DocType>{customer(), ticket({link("ref_type", "Customer"),
                                                  makeField("ref", "DynamicLink", "ref_type")})}
            << "dynamic-link-options" << 11 << 5 << "\"options\": \"DocType\"";
        QTest::newRow("dynamic link to data field")
            << QList<DocType>{ticket(
                   {data("ref_type"), makeField("ref", "DynamicLink", "ref_type")})}
            << "dynamic-link-options" << 11 << 5 << "Link field";
    }
    void crossCheck()
    {
        QFETCH(QList<DocType>, doctypes);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, hintPart);

        MetaRegistry registry;
        for (const DocType &dt : doctypes)
            QVERIFY(registry.addDocType(dt));
        const Diagnostics diagnostics = registry.crossCheck();
        if (code.isEmpty()) {
            QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
            return;
        }
        QCOMPARE(diagnostics.size(), 1);
        const Diagnostic &d = diagnostics.first();
        QCOMPARE(d.code, code);
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QCOMPARE(d.location.file, QStringLiteral("Ticket.json"));
        QCOMPARE(d.location.line, line);
        QCOMPARE(d.location.column, column);
        QVERIFY2(d.hint.contains(hintPart), qPrintable(d.toString()));
        QVERIFY(!d.message.isEmpty());
    }

    void coreApp()
    {
        MetaRegistry registry;
        Diagnostics diagnostics;
        QVERIFY2(registry.loadCoreApp(diagnostics), qPrintable(apptree::describe(diagnostics)));
        QVERIFY2(diagnostics.isEmpty(), qPrintable(apptree::describe(diagnostics)));
        QCOMPARE(registry.apps().size(), 1);
        const AppInfo core = registry.app(QStringLiteral("core"));
        QCOMPARE(core.title, QStringLiteral("Framework M Core"));
        QCOMPARE(core.path, QStringLiteral(":/fm/apps/core"));
        QCOMPARE(registry.doctypeNames(),
                 (QStringList{"API Key", "Custom Permission", "Document Share", "Email Queue",
                              "Error Log", "Has Role", "Job Log", "Login Link", "Naming Counter",
                              "Notification", "Notification Log", "Role", "Scheduled Job",
                              "Session", "User", "Version", "Webhook", "Webhook Log"}));

        const DocType *role = registry.findDocType(QStringLiteral("role"));
        QVERIFY(role);
        QCOMPARE(role->app, QStringLiteral("core"));
        QCOMPARE(role->naming.rule, Naming::Rule::Field);
        QCOMPARE(role->naming.field, QStringLiteral("role_name"));
        QCOMPARE(role->fieldnames(), (QStringList{"role_name", "desk_access", "description"}));
        QCOMPARE(role->field("role_name")->fieldtype, QStringLiteral("Data"));
        QVERIFY(role->field("role_name")->required);
        QVERIFY(role->field("role_name")->unique);
        QCOMPARE(role->field("desk_access")->fieldtype, QStringLiteral("Check"));
        QCOMPARE(role->field("desk_access")->defaultValue, QJsonValue(true));
        QCOMPARE(role->field("description")->fieldtype, QStringLiteral("Text"));

        const DocType *counter = registry.findDocType(QStringLiteral("naming_counter"));
        QVERIFY(counter);
        QCOMPARE(counter->naming.rule, Naming::Rule::Prompt);
        QCOMPARE(counter->fieldnames(), QStringList{"current"});
        QCOMPARE(counter->field("current")->fieldtype, QStringLiteral("Int"));
        QVERIFY(counter->field("current")->required);
        QCOMPARE(counter->field("current")->defaultValue, QJsonValue(0));

        // Loading again is a no-op, and loadApps brings core along by itself.
        QVERIFY(registry.loadCoreApp(diagnostics));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(registry.doctypeNames().size(), 18);
        MetaRegistry other;
        QVERIFY(other.loadApps({}, diagnostics));
        QCOMPARE(other.doctypeNames(), registry.doctypeNames());
    }

    void loadOrder_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QStringList>("dirs");
        QTest::addColumn<QStringList>("order");
        using apptree::appJson;
        QTest::newRow("independent apps keep the given order")
            << Files{{"x/app.json", appJson("x")},
                     {"a/app.json", appJson("a")},
                     {"y/app.json", appJson("y")}}
            << QStringList{"x", "a", "y"} << QStringList{"core", "x", "a", "y"};
        QTest::newRow("chain given backwards")
            << Files{{"c/app.json", appJson("c", {"b"})},
                     {"b/app.json", appJson("b", {"a"})},
                     {"a/app.json", appJson("a")}}
            << QStringList{"c", "b", "a"} << QStringList{"core", "a", "b", "c"};
        QTest::newRow("diamond") << Files{{"d/app.json", appJson("d", {"b", "c"})},
                                          {"c/app.json", appJson("c", {"a"})},
                                          {"b/app.json", appJson("b", {"a"})},
                                          {"a/app.json", appJson("a")}}
                                 << QStringList{"d", "c", "b", "a"}
                                 << QStringList{"core", "a", "b", "c", "d"};
        QTest::newRow("folders given with a trailing slash")
            << Files{{"b/app.json", appJson("b", {"a"})}, {"a/app.json", appJson("a")}}
            << QStringList{"b/", "a/"} << QStringList{"core", "a", "b"};
        QTest::newRow("explicit core") << Files{{"a/app.json", appJson("a", {"core"})}}
                                       << QStringList{"a"} << QStringList{"core", "a"};
    }
    void loadOrder()
    {
        QFETCH(Files, files);
        QFETCH(QStringList, dirs);
        QFETCH(QStringList, order);
        QTemporaryDir dir;
        QVERIFY(apptree::write(dir, files));
        MetaRegistry registry;
        Diagnostics diagnostics;
        QVERIFY2(registry.loadApps(apptree::paths(dir, dirs), diagnostics),
                 qPrintable(apptree::describe(diagnostics)));
        QStringList loaded;
        for (const AppInfo &app : registry.apps())
            loaded << app.name;
        QCOMPARE(loaded, order);
    }

    void loadAppsTwice()
    {
        QTemporaryDir dir;
        QVERIFY(apptree::write(
            dir,
            {{"crm/app.json", apptree::appJson("crm")},
             {apptree::doctypePath("crm", "customer"),
              apptree::doctypeJson("Customer", {apptree::field("customer_name", "Data")})},
             {"helpdesk/app.json", apptree::appJson("helpdesk", {"crm"})},
             {apptree::doctypePath("helpdesk", "ticket"),
              apptree::doctypeJson("Ticket", {apptree::field("customer", "Link",
                                                             ", \"options\": \"Customer\"")})}}));
        MetaRegistry registry;
        Diagnostics diagnostics;
        QVERIFY(registry.loadApps({dir.filePath("crm")}, diagnostics));
        QVERIFY2(registry.loadApps({dir.filePath("helpdesk")}, diagnostics),
                 qPrintable(apptree::describe(diagnostics)));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(registry.doctype("Ticket")->app, QStringLiteral("helpdesk"));
        QCOMPARE(registry.app("helpdesk").dependsOn, QStringList{"crm"});
        QCOMPARE(registry.app("helpdesk").title, QStringLiteral("Helpdesk"));
        // A second load of the same app is refused instead of doubling its DocTypes.
        QVERIFY(!registry.loadApps({dir.filePath("crm")}, diagnostics));
        QCOMPARE(diagnostics.value(0).code, QStringLiteral("duplicate-app"));
    }
};

QTEST_GUILESS_MAIN(TestMetaRegistry)
#include "tst_metaregistry.moc"
