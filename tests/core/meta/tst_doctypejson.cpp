// SPDX-License-Identifier: MIT
#include "diagnosticstext.h"
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fm::core;

namespace {

// Every member of the model except where things came from.
void compareFields(const Field &a, const Field &b)
{
    QCOMPARE(a.fieldname, b.fieldname);
    QCOMPARE(a.fieldtype, b.fieldtype);
    QCOMPARE(a.label, b.label);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.options, b.options);
    QCOMPARE(a.required, b.required);
    QCOMPARE(a.unique, b.unique);
    QCOMPARE(a.readOnly, b.readOnly);
    QCOMPARE(a.hidden, b.hidden);
    QCOMPARE(a.inListView, b.inListView);
    QCOMPARE(a.inFilter, b.inFilter);
    QCOMPARE(a.hasDefault(), b.hasDefault());
    if (a.hasDefault())
        QCOMPARE(a.defaultValue, b.defaultValue);
    QCOMPARE(a.fetchFrom, b.fetchFrom);
    QCOMPARE(a.dependsOn, b.dependsOn);
    QCOMPARE(a.permlevel, b.permlevel);
    QCOMPARE(a.min, b.min);
    QCOMPARE(a.max, b.max);
    QCOMPARE(a.length, b.length);
    QCOMPARE(a.pattern, b.pattern);
    QCOMPARE(a.insertAfter, b.insertAfter);
}

void compareDocTypes(const DocType &a, const DocType &b)
{
    QCOMPARE(a.schemaRef, b.schemaRef);
    QCOMPARE(a.formatVersion, b.formatVersion);
    QCOMPARE(a.explicitFormatVersion, b.explicitFormatVersion);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.module, b.module);
    QCOMPARE(a.app, b.app);
    QCOMPARE(a.label, b.label);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.fields.size(), b.fields.size());
    for (qsizetype i = 0; i < a.fields.size(); ++i) {
        compareFields(a.fields.at(i), b.fields.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(a.layout.size(), b.layout.size());
    for (qsizetype i = 0; i < a.layout.size(); ++i) {
        QCOMPARE(a.layout.at(i).label, b.layout.at(i).label);
        QCOMPARE(a.layout.at(i).collapsible, b.layout.at(i).collapsible);
        QCOMPARE(a.layout.at(i).columns, b.layout.at(i).columns);
    }
    QCOMPARE(a.permissions.size(), b.permissions.size());
    for (qsizetype i = 0; i < a.permissions.size(); ++i) {
        QCOMPARE(a.permissions.at(i).role, b.permissions.at(i).role);
        QCOMPARE(a.permissions.at(i).permlevel, b.permissions.at(i).permlevel);
        QCOMPARE(a.permissions.at(i).ifOwner, b.permissions.at(i).ifOwner);
        QCOMPARE(a.permissions.at(i).actions, b.permissions.at(i).actions);
    }
    QCOMPARE(a.naming.rule, b.naming.rule);
    QCOMPARE(a.naming.pattern, b.naming.pattern);
    QCOMPARE(a.naming.field, b.naming.field);
    QCOMPARE(a.isSubmittable, b.isSubmittable);
    QCOMPARE(a.isChild, b.isChild);
    QCOMPARE(a.isSingle, b.isSingle);
    QCOMPARE(a.trackChanges, b.trackChanges);
    QCOMPARE(a.apiResource, b.apiResource);
    QCOMPARE(a.concurrency, b.concurrency);
    QCOMPARE(a.titleField, b.titleField);
    QCOMPARE(a.searchFields, b.searchFields);
    QCOMPARE(a.sortField, b.sortField);
    QCOMPARE(a.sortDescending, b.sortDescending);
    QCOMPARE(a.indexes.size(), b.indexes.size());
    for (qsizetype i = 0; i < a.indexes.size(); ++i) {
        QCOMPARE(a.indexes.at(i).name, b.indexes.at(i).name);
        QCOMPARE(a.indexes.at(i).fields, b.indexes.at(i).fields);
        QCOMPARE(a.indexes.at(i).unique, b.indexes.at(i).unique);
    }
    QCOMPARE(a.rlsField, b.rlsField);
    QCOMPARE(a.views.listColumns, b.views.listColumns);
    QCOMPARE(a.views.kanbanGroupBy, b.views.kanbanGroupBy);
    QCOMPARE(a.views.calendarStart, b.views.calendarStart);
    QCOMPARE(a.views.calendarEnd, b.views.calendarEnd);
    QCOMPARE(a.views.calendarTitle, b.views.calendarTitle);
    QVERIFY(a == b); // operator== agrees with the members compared one by one
}

DocType load(const QByteArray &json)
{
    const FieldTypeRegistry types;
    Diagnostics diagnostics;
    const auto doctype = DocTypeLoader(types).loadJson(json, "x.json", diagnostics);
    if (!diagnostics.isEmpty() || !doctype)
        qWarning().noquote() << diagnosticsText(diagnostics);
    return doctype.value_or(DocType());
}

const QByteArray kBase = R"({"name": "Ticket", "fields": [
    {"fieldname": "title", "fieldtype": "Data"},
    {"fieldname": "status", "fieldtype": "Select", "options": "Open\nClosed"},
    {"fieldname": "opened", "fieldtype": "Date"},
    {"fieldname": "customer", "fieldtype": "Link", "options": "Customer"}]})";

} // namespace

class TestDocTypeJson : public QObject
{
    Q_OBJECT
private slots:
    // Each row changes one member of a valid DocType away from its default.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("field"); // -1: a DocType member, else the field's index
        int n = 0;
        const auto row = [&n](const char *member, const QJsonValue &value, int field = -1) {
            QTest::addRow("%d-%s%s", ++n, field < 0 ? "" : "field.", member)
                << QString::fromLatin1(member) << value << field;
        };
        row("$schema", "../../schema/doctype.schema.json");
        row("format_version", 1);
        row("module", "Support");
        row("app", "helpdesk");
        row("label", "Support Ticket");
        row("description", "A ticket");
        row("naming", "prompt");
        row("naming", "field:title");
        row("naming", "series:T-.YYYY.-.####");
        row("is_submittable", true);
        row("is_single", true);
        row("track_changes", true);
        row("api_resource", false);
        row("concurrency", "none");
        row("title_field", "title");
        row("search_fields", QJsonArray{"title", "status"});
        row("sort", "title asc");
        row("sort", "creation desc");
        row("rls_field", "owner");
        row("layout",
            QJsonArray{QJsonObject{{"label", "A"},
                                   {"collapsible", true},
                                   {"columns", QJsonArray{QJsonArray{"title", "status"},
                                                          QJsonArray{"opened", "customer"}}}}});
        row("layout",
            QJsonArray{QJsonObject{
                {"columns", QJsonArray{QJsonArray{"status", "title", "opened", "customer"}}}}});
        row("permissions", QJsonArray{QJsonObject{{"role", "Agent"},
                                                  {"permlevel", 2},
                                                  {"if_owner", true},
                                                  {"read", true},
                                                  {"amend", true}}});
        row("indexes", QJsonArray{QJsonObject{{"fields", QJsonArray{"status", "modified"}},
                                              {"unique", true},
                                              {"name", "idx_status"}}});
        row("views", QJsonObject{{"list", QJsonObject{{"columns", QJsonArray{"title"}}}},
                                 {"kanban", QJsonObject{{"group_by", "status"}}},
                                 {"calendar", QJsonObject{{"start_field", "opened"},
                                                          {"end_field", "opened"},
                                                          {"title_field", "title"}}}});
        row("label", "Title", 0);
        row("description", "Say it short", 0);
        row("required", true, 0);
        row("unique", true, 0);
        row("read_only", true, 0);
        row("hidden", true, 0);
        row("in_list_view", true, 0);
        row("in_filter", true, 0);
        row("default", "Hello", 0);
        row("default", "Closed", 1);
        row("depends_on", "eval:doc.status", 0);
        row("permlevel", 3, 0);
        row("length", 80, 0);
        row("pattern", "^[A-Z].*$", 0);
        row("fetch_from", "customer.customer_name", 0);
        row("options", "Open\nClosed\nOn Hold", 1);
        row("default", "Today", 2);
    }
    void roundTrip()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(int, field);
        QJsonObject json = QJsonDocument::fromJson(kBase).object();
        if (field < 0) {
            json.insert(member, value);
        } else {
            QJsonArray fields = json.value("fields").toArray();
            QJsonObject object = fields.at(field).toObject();
            object.insert(member, value);
            fields.replace(field, object);
            json.insert("fields", fields);
        }
        const DocType original = load(QJsonDocument(json).toJson());
        QVERIFY(original.isValid());
        const QJsonObject written = toJson(original);
        // Only the changed member is written besides name and fields.
        if (field < 0) {
            QCOMPARE(written.value(member), value);
            QStringList expected{"fields", member, "name"};
            expected.sort();
            QCOMPARE(written.keys(), expected);
        } else {
            QCOMPARE(written.value("fields").toArray().at(field).toObject().value(member), value);
            QCOMPARE(written.keys(), (QStringList{"fields", "name"}));
        }
        compareDocTypes(load(QJsonDocument(written).toJson()), original);
        if (QTest::currentTestFailed())
            return;
        const QByteArray text = toJsonText(original);
        compareDocTypes(load(text), original);
        QCOMPARE(toJsonText(load(text)), text);
    }

    void defaultsAreLeftOut()
    {
        const DocType doctype = load(kBase);
        const QJsonObject json = toJson(doctype);
        QCOMPARE(json.keys(), (QStringList{"fields", "name"}));
        QCOMPARE(json.value("fields").toArray().at(0).toObject().keys(),
                 (QStringList{"fieldname", "fieldtype"}));
        // A default of false is a value, not an absence.
        Field check;
        check.fieldname = "done";
        check.fieldtype = "Check";
        check.defaultValue = false;
        QCOMPARE(toJson(check).value("default"), QJsonValue(false));
        check.defaultValue = QJsonValue();
        QVERIFY(!toJson(check).contains("default"));
    }

    void textLayout()
    {
        const QByteArray text = toJsonText(load(kBase));
        QVERIFY(
            text.startsWith("{\n  \"name\": \"Ticket\",\n  \"fields\": [\n    {\n      "
                            "\"fieldname\": \"title\",\n      \"fieldtype\": \"Data\"\n    },"));
        QVERIFY(text.endsWith("]\n}\n"));
        const DocType full =
            load(R"({"name": "A", "fields": [{"fieldname": "b", "fieldtype": "Data"}],
            "layout": [{"label": "S", "columns": [["b"]]}], "search_fields": ["b"]})");
        const QByteArray fullText = toJsonText(full);
        QVERIFY2(fullText.contains("\"search_fields\": [\"b\"],\n  \"fields\""),
                 fullText.constData());
        // Each layout column on a line of its own.
        QVERIFY2(fullText.contains("\"layout\": [\n    {\n      \"label\": \"S\",\n      "
                                   "\"columns\": [\n        [\"b\"]\n      ]\n    }\n  ]"),
                 fullText.constData());
        // "$schema" and "format_version" stay, first as in the shipped files.
        const QByteArray headed =
            toJsonText(load(R"({"name": "A", "format_version": 1, "$schema": "s.json",
            "fields": [{"fieldname": "b", "fieldtype": "Data"}]})"));
        QVERIFY2(headed.startsWith("{\n  \"$schema\": \"s.json\",\n  \"format_version\": 1,\n  "
                                   "\"name\": \"A\",\n"),
                 headed.constData());
        // Without them in the file, neither is written.
        QVERIFY(!fullText.contains("$schema") && !fullText.contains("format_version"));
    }

    // The canonical text of a file in canonical form is the file itself, and the text
    // of a JSON default keeps its own keys in alphabetical order (not a DocType's).
    void canonicalFixedPoint()
    {
        const QByteArray canonical = R"({
  "$schema": "../schema.json",
  "format_version": 1,
  "name": "Ticket",
  "naming": "field:title",
  "search_fields": ["title", "status"],
  "fields": [
    {
      "fieldname": "title",
      "fieldtype": "Data",
      "required": true
    },
    {
      "fieldname": "status",
      "fieldtype": "Select",
      "options": "Open\nClosed",
      "default": "Open"
    },
    {
      "fieldname": "payload",
      "fieldtype": "JSON",
      "default": {
        "fields": [
          {
            "hidden": [1, 2],
            "options": 1
          },
          []
        ],
        "name": "x"
      }
    }
  ],
  "layout": [
    {
      "label": "Main",
      "columns": [
        ["title", "status"],
        ["payload"]
      ]
    }
  ],
  "permissions": [
    {
      "role": "Agent",
      "read": true,
      "write": true
    }
  ],
  "views": {
    "list": {
      "columns": ["title"]
    }
  }
}
)";
        const DocType doctype = load(canonical);
        QVERIFY(doctype.isValid());
        const QByteArray text = toJsonText(doctype);
        QCOMPARE(text, canonical);
    }

    void validFilesRoundTrip()
    {
        const QDir dir(QStringLiteral(FM_TEST_DATA_DIR "/input/valid"));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const DocType original = load(file.readAll());
            QVERIFY2(original.isValid(), qPrintable(name));
            compareDocTypes(load(QJsonDocument(toJson(original)).toJson()), original);
            compareDocTypes(load(toJsonText(original)), original);
            if (QTest::currentTestFailed())
                qWarning() << "in" << name;
        }
    }
};

QTEST_GUILESS_MAIN(TestDocTypeJson)
#include "tst_doctypejson.moc"
