// SPDX-License-Identifier: MIT
// DocType extension files applied by MetaRegistry::loadApps: added fields and where
// they land, the overrides allowed, and every refusal located in the extension file.
#include "meta/metaregistry.h"

#include "apptree.h"

#include <QTest>

#include <algorithm>

using namespace fm::core;
using namespace apptree;

namespace {

const QString kExtension = QStringLiteral("sla/extensions/ticket.json");

QString statusField()
{
    return field(QStringLiteral("status"), QStringLiteral("Select"),
                 QStringLiteral(", \"options\": \"Open\\nClosed\", \"default\": \"Open\""));
}

// helpdesk defines Ticket (implicit layout) and Board Ticket (explicit layout); sla
// depends on helpdesk and holds the extension under test.
Files baseProject()
{
    const QStringList fields{field("subject", "Data"), statusField(), field("priority", "Int")};
    return Files{
        {"helpdesk/app.json", appJson("helpdesk")},
        {doctypePath("helpdesk", "ticket"), doctypeJson("Ticket", fields)},
        {doctypePath("helpdesk", "board_ticket"),
         doctypeJson("Board Ticket", fields,
                     "\n  \"layout\": [{\"label\": \"Main\", \"columns\": "
                     "[[\"subject\", \"status\"], [\"priority\"]]}],")},
        {"sla/app.json", appJson("sla", {"helpdesk"}, ",\n  \"title\": \"SLA\"")},
    };
}

QString extension(const QString &extends, const QString &body)
{
    return QStringLiteral("{\n  \"extends\": \"%1\",\n  %2\n}\n").arg(extends, body);
}

QString fieldsBody(const QStringList &fields)
{
    return QStringLiteral("\"fields\": [\n    %1\n  ]").arg(fields.join(QStringLiteral(",\n    ")));
}

QString layoutText(const DocType &doctype)
{
    QStringList sections;
    for (const LayoutSection &section : doctype.layout) {
        QString text = section.label + QLatin1Char(':');
        for (const QStringList &column : section.columns)
            text += QLatin1Char('[') + column.join(QLatin1Char(',')) + QLatin1Char(']');
        sections << text;
    }
    return sections.join(QStringLiteral(" | "));
}

QString fieldText(const Field &f)
{
    return QStringLiteral("label=%1;description=%2;default=%3;hidden=%4;list=%5;filter=%6;"
                          "required=%7")
        .arg(f.label, f.description, f.defaultValue.toVariant().toString())
        .arg(int(f.hidden))
        .arg(int(f.inListView))
        .arg(int(f.inFilter))
        .arg(int(f.required));
}

struct Loaded
{
    bool ok = false;
    Diagnostics diagnostics;
};

Loaded load(const QTemporaryDir &dir, MetaRegistry &registry, const Files &files,
            const QStringList &extraDirs = {})
{
    Loaded result;
    if (!write(dir, merge(baseProject(), files)))
        return result;
    const QStringList dirs = QStringList{"helpdesk", "sla"} + extraDirs;
    result.ok = registry.loadApps(paths(dir, dirs), result.diagnostics);
    return result;
}

} // namespace

class TestDocTypeExtension : public QObject
{
    Q_OBJECT
private slots:
    void addFields_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("fieldnames");
        QTest::addColumn<QString>("layout");

        const QString due = field("sla_due", "Datetime", ", \"insert_after\": \"subject\"");
        QTest::newRow("after a field, implicit layout")
            << "Ticket" << QStringList{due} << "subject,sla_due,status,priority"
            << ":[subject,sla_due,status,priority]";
        QTest::newRow("two after the same field keep the file order")
            << "Ticket"
            << QStringList{field("a", "Data", ", \"insert_after\": \"subject\""),
                           field("b", "Data", ", \"insert_after\": \"subject\"")}
            << "subject,a,b,status,priority"
            << ":[subject,a,b,status,priority]";
        QTest::newRow("after an added field")
            << "Ticket"
            << QStringList{field("a", "Data", ", \"insert_after\": \"priority\""),
                           field("b", "Data", ", \"insert_after\": \"a\"")}
            << "subject,status,priority,a,b"
            << ":[subject,status,priority,a,b]";
        QTest::newRow("no insert_after, implicit layout")
            << "Ticket" << QStringList{field("sla_due", "Datetime"), field("sla_met", "Check")}
            << "subject,status,priority,sla_due,sla_met"
            << ":[subject,status,priority] | SLA:[sla_due,sla_met]";
        QTest::newRow("after a field, explicit layout")
            << "Board Ticket" << QStringList{field("x", "Data", ", \"insert_after\": \"status\"")}
            << "subject,status,x,priority"
            << "Main:[subject,status,x][priority]";
        QTest::newRow("no insert_after, explicit layout")
            << "Board Ticket" << QStringList{field("x", "Data"), field("y", "Data")}
            << "subject,status,priority,x,y"
            << "Main:[subject,status][priority] | SLA:[x,y]";
        QTest::newRow("both kinds")
            << "Board Ticket"
            << QStringList{field("x", "Data"),
                           field("y", "Data", ", \"insert_after\": \"priority\"")}
            << "subject,status,priority,y,x"
            << "Main:[subject,status][priority,y] | SLA:[x]";
    }
    void addFields()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, fields);
        QFETCH(QString, fieldnames);
        QFETCH(QString, layout);

        QTemporaryDir dir;
        MetaRegistry registry;
        const Loaded loaded =
            load(dir, registry, {{kExtension, extension(target, fieldsBody(fields))}});
        QVERIFY2(loaded.ok, qPrintable(describe(loaded.diagnostics)));
        QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(describe(loaded.diagnostics)));
        const DocType *doctype = registry.doctype(target);
        QCOMPARE(doctype->fieldnames().join(QLatin1Char(',')), fieldnames);
        QCOMPARE(layoutText(*doctype), layout);
        QCOMPARE(doctype->app, QStringLiteral("helpdesk"));
        // Each field still locates to the file it came from, even after moving.
        for (qsizetype i = 0; i < doctype->fields.size(); ++i) {
            const Field &f = doctype->fields.at(i);
            const SourceLocation at =
                doctype->locate(QStringLiteral("/fields/%1/fieldname").arg(i));
            QCOMPARE(at.file, f.location.file);
            QCOMPARE(at.line, f.location.line);
            QVERIFY(at.column > f.location.column);
        }
    }

    void dependencies_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QStringList>("dirs");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("added");
        QTest::newRow("core DocType without naming core")
            << Files{{kExtension, extension("Role", fieldsBody({field("sla_role", "Check")}))}}
            << QStringList{} << "Role"
            << "sla_role";
        QTest::newRow("through another app")
            << Files{{"esc/app.json", appJson("esc", {"sla"})},
                     {"esc/extensions/x.json",
                      extension("Ticket", fieldsBody({field("esc", "Data")}))}}
            << QStringList{"esc"} << "Ticket"
            << "esc";
        QTest::newRow("a DocType of the same app")
            << Files{{"helpdesk/extensions/x.json",
                      extension("Ticket", fieldsBody({field("own", "Data")}))}}
            << QStringList{} << "Ticket"
            << "own";
    }
    void dependencies()
    {
        QFETCH(Files, files);
        QFETCH(QStringList, dirs);
        QFETCH(QString, target);
        QFETCH(QString, added);
        QTemporaryDir dir;
        MetaRegistry registry;
        const Loaded loaded = load(dir, registry, files, dirs);
        QVERIFY2(loaded.ok && loaded.diagnostics.isEmpty(),
                 qPrintable(describe(loaded.diagnostics)));
        QCOMPARE(registry.doctype(target)->fieldnames().last(), added);
    }

    void overrides_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected");
        const QString plain =
            "label=;description=;default=Open;hidden=0;list=0;filter=0;required=0";
        QTest::newRow("nothing") << "{}" << plain;
        QTest::newRow("label") << "{\"label\": \"State\"}"
                               << QString(plain).replace("label=", "label=State");
        QTest::newRow("description")
            << "{\"description\": \"Where it is\"}"
            << QString(plain).replace("description=", "description=Where it is");
        QTest::newRow("default") << "{\"default\": \"Closed\"}"
                                 << QString(plain).replace("default=Open", "default=Closed");
        QTest::newRow("default removed")
            << "{\"default\": null}" << QString(plain).replace("default=Open", "default=");
        QTest::newRow("flags")
            << "{\"hidden\": true, \"in_list_view\": true, \"in_filter\": true, \"required\": true}"
            << "label=;description=;default=Open;hidden=1;list=1;filter=1;required=1";
    }
    void overrides()
    {
        QFETCH(QString, override);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        MetaRegistry registry;
        const QString body = QStringLiteral("\"field_overrides\": {\"status\": %1}").arg(override);
        const Loaded loaded = load(dir, registry, {{kExtension, extension("Ticket", body)}});
        QVERIFY2(loaded.ok && loaded.diagnostics.isEmpty(),
                 qPrintable(describe(loaded.diagnostics)));
        QCOMPARE(fieldText(*registry.doctype("Ticket")->field("status")), expected);
    }

    void refusals_data();
    void refusals()
    {
        QFETCH(Files, files);
        QFETCH(QStringList, dirs);
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QString, needle);
        QFETCH(QString, textPart);
        QFETCH(int, errors);
        QFETCH(QString, ticketFields);

        QTemporaryDir dir;
        MetaRegistry registry;
        const Loaded loaded = load(dir, registry, files, dirs);
        const QString all = describe(loaded.diagnostics);
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.diagnostics.size() == errors, qPrintable(all));
        const auto it = std::find_if(loaded.diagnostics.cbegin(), loaded.diagnostics.cend(),
                                     [&](const Diagnostic &d) { return d.code == code; });
        QVERIFY2(it != loaded.diagnostics.cend(), qPrintable(all));
        QCOMPARE(it->location.file, dir.filePath(file));
        const SourceLocation expected = find(merge(baseProject(), files).value(file), needle);
        QVERIFY2(expected.line > 0, "needle not in the file");
        QCOMPARE(it->location.line, expected.line);
        QCOMPARE(it->location.column, expected.column);
        QVERIFY2((it->message + it->hint).contains(textPart), qPrintable(it->toString()));
        QCOMPARE(registry.doctype("Ticket")->fieldnames().join(QLatin1Char(',')), ticketFields);
    }
};

void TestDocTypeExtension::refusals_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("dirs");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("needle"); // the diagnostic points at its last occurrence
    QTest::addColumn<QString>("textPart");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("ticketFields"); // Ticket's fields afterwards

    const QString base = QStringLiteral("subject,status,priority");
    const auto row = [&](const char *name, const QString &body, const QString &code,
                         const QString &needle, const QString &textPart,
                         const QString &fields = QString()) {
        QTest::newRow(name) << Files{{kExtension, body}} << QStringList{} << code << kExtension
                            << needle << textPart << 1 << (fields.isEmpty() ? base : fields);
    };
    const auto overriding = [](const QString &values) {
        return extension("Ticket",
                         QStringLiteral("\"field_overrides\": {\"status\": %1}").arg(values));
    };

    row("remove a base field", extension("Ticket", "\"remove_fields\": [\"priority\"]"),
        "remove-base-field", "\"remove_fields\"", "\"hidden\": true");
    row("override fieldname", overriding("{\"fieldname\": \"state\"}"), "override-refused",
        "\"fieldname\"", "add a new field");
    row("override fieldtype", overriding("{\"fieldtype\": \"Data\"}"), "override-refused",
        "\"fieldtype\"", "hide this one");
    row("override options", overriding("{\"options\": \"A\\nB\"}"), "override-refused",
        "\"options\"", "hide this one");
    row("unknown target", extension("Tiket", fieldsBody({field("x", "Data")})), "unknown-doctype",
        "\"Tiket\"", "did you mean \"Ticket\"");
    row("add an existing field", extension("Ticket", fieldsBody({field("subject", "Data")})),
        "field-clash", "\"subject\"", "helpdesk/doctypes/ticket/ticket.json:4");
    row("add a field twice",
        extension("Ticket", fieldsBody({field("x", "Data"), field("x", "Int")})), "field-clash",
        "\"x\"", "sla_x", base + ",x");
    row("insert after an unknown field",
        extension("Ticket", fieldsBody({field("x", "Data", ", \"insert_after\": \"subjct\"")})),
        "unknown-insert-after", "\"subjct\"", "did you mean \"subject\"", base + ",x");
    row("override an unknown field",
        extension("Ticket", "\"field_overrides\": {\"stauts\": {\"label\": \"S\"}}"),
        "unknown-field", "\"stauts\"", "did you mean \"status\"");
    row("override an unknown key", overriding("{\"lable\": \"S\"}"), "unknown-key", "\"lable\"",
        "did you mean \"label\"");
    row("override with a wrong type", overriding("{\"hidden\": \"yes\"}"), "wrong-type", "\"yes\"",
        "true or false");
    row("override with a default that is no choice", overriding("{\"default\": \"Pending\"}"),
        "default-not-a-choice", "\"Pending\"", "Open");
    row("override with a default of the wrong type",
        extension("Ticket", "\"field_overrides\": {\"priority\": {\"default\": \"high\"}}"),
        "invalid-default", "\"high\"", "whole number");
    row("override that is no object", overriding("true"), "wrong-type", "true", "object");
    row("added field with a reserved name",
        extension("Ticket", fieldsBody({field("owner", "Data")})), "reserved-fieldname",
        "\"owner\"", "standard column", base + ",owner");
    row("added field fetching through a non-link",
        extension("Ticket", fieldsBody({field("x", "Data", ", \"fetch_from\": \"subject.y\"")})),
        "invalid-fetch-from", "\"subject.y\"", "Link", base + ",x");
    row("added link to an unknown DocType",
        extension("Ticket", fieldsBody({field("c", "Link",
                                              ", \"options\": \"Custmer\", "
                                              "\"insert_after\": \"subject\"")})),
        "unknown-doctype", "\"Custmer\"", "DocType", "subject,c,status,priority");
    row("no extends", "{\n  \"fields\": []\n}\n", "missing-key", "{", "\"extends\"");
    row("unknown top-level key", extension("Ticket", "\"feilds\": []"), "unknown-key", "\"feilds\"",
        "did you mean \"fields\"");
    row("not an object", "[]\n", "wrong-type", "[", "object");
    row("not JSON", "{\"extends\": ]\n", "invalid-json", "]", "");

    QTest::newRow("app does not depend on the base app")
        << Files{{"crm/app.json", appJson("crm")},
                 {"crm/extensions/t.json", extension("Ticket", fieldsBody({field("x", "Data")}))}}
        << QStringList{"crm"} << "extension-without-dependency"
        << "crm/extensions/t.json"
        << "\"Ticket\""
        << "add \"helpdesk\" to \"depends_on\"" << 1 << base;
    QTest::newRow("field added by two apps")
        << Files{{kExtension, extension("Ticket", fieldsBody({field("due", "Date")}))},
                 {"sla2/app.json", appJson("sla2", {"sla"})},
                 {"sla2/extensions/t.json",
                  extension("Ticket", fieldsBody({field("due", "Date")}))}}
        << QStringList{"sla2"} << "field-clash"
        << "sla2/extensions/t.json"
        << "\"due\"" << kExtension << 1 << base + ",due";
    QTest::newRow("base link stays located after an insertion")
        << Files{{doctypePath("helpdesk", "linked_ticket"),
                  doctypeJson("Linked Ticket",
                              {field("subject", "Data"),
                               field("customer", "Link", ", \"options\": \"Custmer\"")})},
                 {kExtension,
                  extension("Linked Ticket",
                            fieldsBody({field("x", "Data", ", \"insert_after\": \"subject\"")}))}}
        << QStringList{} << "unknown-doctype" << doctypePath("helpdesk", "linked_ticket")
        << "\"Custmer\""
        << "\"Custmer\", which does not exist" << 1 << base;
}

QTEST_GUILESS_MAIN(TestDocTypeExtension)
#include "tst_doctypeextension.moc"
