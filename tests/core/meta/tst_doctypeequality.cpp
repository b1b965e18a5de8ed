// SPDX-License-Identifier: MIT
// Value equality of DocType and its parts: content only, never where it came from.
#include "meta/doctypeloader.h"

#include <QTest>

#include <functional>

using namespace fm::core;

namespace {

// Every member set away from its default, so that each can be changed back.
const QByteArray kFull = R"({
  "$schema": "../schema.json",
  "format_version": 1,
  "name": "Ticket",
  "module": "Support",
  "app": "helpdesk",
  "label": "Support Ticket",
  "description": "A question",
  "naming": "series:T-.####",
  "is_submittable": true,
  "track_changes": true,
  "concurrency": "none",
  "title_field": "title",
  "search_fields": ["title"],
  "sort": "title asc",
  "rls_field": "owner",
  "fields": [
    {"fieldname": "title", "fieldtype": "Data", "label": "Title", "description": "Short",
     "required": true, "unique": true, "read_only": true, "hidden": true, "in_list_view": true,
     "in_filter": true, "default": "Hello", "depends_on": "eval:1", "permlevel": 1,
     "length": 80, "pattern": "^H.*$"},
    {"fieldname": "status", "fieldtype": "Select", "options": "Open\nClosed"},
    {"fieldname": "amount", "fieldtype": "Float", "min": 0, "max": 100},
    {"fieldname": "opened", "fieldtype": "Date"},
    {"fieldname": "closed", "fieldtype": "Date"},
    {"fieldname": "customer", "fieldtype": "Link", "options": "Customer"},
    {"fieldname": "customer_name", "fieldtype": "Data", "fetch_from": "customer.customer_name"}
  ],
  "layout": [
    {"label": "Main", "collapsible": true,
     "columns": [["title", "status", "amount"], ["opened", "closed"]]},
    {"columns": [["customer", "customer_name"]]}
  ],
  "permissions": [{"role": "Agent", "permlevel": 1, "if_owner": true, "read": true, "write": true}],
  "indexes": [{"name": "idx_status", "fields": ["status"], "unique": true}],
  "views": {
    "list": {"columns": ["title"]},
    "kanban": {"group_by": "status"},
    "calendar": {"start_field": "opened", "end_field": "closed", "title_field": "title"}
  }
})";

DocType load(const QByteArray &json, const QString &fileName = QStringLiteral("ticket.json"))
{
    const FieldTypeRegistry types;
    Diagnostics diagnostics;
    const auto doctype = DocTypeLoader(types).loadJson(json, fileName, diagnostics);
    for (const Diagnostic &d : diagnostics)
        qWarning().noquote() << d.toString();
    return doctype.value_or(DocType());
}

using Change = std::function<void(DocType &)>;

Field &title(DocType &d)
{
    return d.fields[0];
}

// The changes of changedMemberIsUnequal, by row.
QList<Change> &changes()
{
    static QList<Change> all;
    return all;
}

} // namespace

class TestDocTypeEquality final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const DocType full = load(kFull);
        QVERIFY(full.isValid());
        QCOMPARE(full.fields.size(), 7);
        QCOMPARE(full.schemaRef, QStringLiteral("../schema.json"));
        QVERIFY(full.explicitFormatVersion);
    }

    void loadedTwiceIsEqual()
    {
        QVERIFY(load(kFull) == load(kFull));
        QVERIFY(!(load(kFull) != load(kFull)));
        QVERIFY(DocType() == DocType());
    }

    // Another file name, other lines and columns: the same DocType.
    void sourcePositionsDoNotCount()
    {
        const DocType a = load(kFull, QStringLiteral("a.json"));
        QByteArray moved = kFull;
        moved.replace("\n", "\n\n    ");
        const DocType b = load(moved, QStringLiteral("elsewhere/b.json"));
        QVERIFY(a.locate("/views/kanban").line != b.locate("/views/kanban").line);
        QVERIFY(a.locate("/views/kanban").line > 0);
        QVERIFY(a.location.file != b.location.file);
        QVERIFY(a.fields.first().location.line != b.fields.first().location.line);
        QVERIFY(a == b);
        QVERIFY(a.fields.first() == b.fields.first());
        DocType edited = a;
        edited.positions.clear();
        edited.location = SourceLocation();
        edited.fields[0].location = SourceLocation{"x", 9, 9};
        QVERIFY(edited == a);
    }

    // One row per member of the model (besides where it came from).
    void changedMemberIsUnequal_data()
    {
        QTest::addColumn<int>("change");
        changes().clear();
        const auto row = [](const char *member, const Change &change) {
            QTest::newRow(member) << int(changes().size());
            changes() << change;
        };
        row("schemaRef", [](DocType &d) { d.schemaRef.clear(); });
        row("formatVersion", [](DocType &d) { d.formatVersion = 2; });
        row("explicitFormatVersion", [](DocType &d) { d.explicitFormatVersion = false; });
        row("name", [](DocType &d) { d.name = "Issue"; });
        row("module", [](DocType &d) { d.module.clear(); });
        row("app", [](DocType &d) { d.app = "other"; });
        row("label", [](DocType &d) { d.label = "Ticket"; });
        row("description", [](DocType &d) { d.description += '.'; });
        row("fields: one more", [](DocType &d) { d.fields << d.fields.first(); });
        row("fields: one less", [](DocType &d) { d.fields.removeLast(); });
        row("fields: order", [](DocType &d) { d.fields.swapItemsAt(1, 2); });
        row("layout: one less", [](DocType &d) { d.layout.removeLast(); });
        row("layout.label", [](DocType &d) { d.layout[0].label = "Other"; });
        row("layout.collapsible", [](DocType &d) { d.layout[0].collapsible = false; });
        row("layout.columns", [](DocType &d) { d.layout[0].columns[0].swapItemsAt(0, 1); });
        row("permissions: one more", [](DocType &d) { d.permissions << d.permissions.first(); });
        row("permissions.role", [](DocType &d) { d.permissions[0].role = "Manager"; });
        row("permissions.permlevel", [](DocType &d) { d.permissions[0].permlevel = 0; });
        row("permissions.ifOwner", [](DocType &d) { d.permissions[0].ifOwner = false; });
        row("permissions.actions",
            [](DocType &d) { d.permissions[0].actions << PermissionAction::Delete; });
        row("naming.rule", [](DocType &d) { d.naming.rule = Naming::Rule::Prompt; });
        row("naming.pattern", [](DocType &d) { d.naming.pattern = "T-.#####"; });
        row("naming.field", [](DocType &d) { d.naming.field = "title"; });
        row("isSubmittable", [](DocType &d) { d.isSubmittable = false; });
        row("isChild", [](DocType &d) { d.isChild = true; });
        row("isSingle", [](DocType &d) { d.isSingle = true; });
        row("trackChanges", [](DocType &d) { d.trackChanges = false; });
        row("apiResource", [](DocType &d) { d.apiResource = false; });
        row("concurrency", [](DocType &d) { d.concurrency = Concurrency::Optimistic; });
        row("titleField", [](DocType &d) { d.titleField = "status"; });
        row("searchFields", [](DocType &d) { d.searchFields << "status"; });
        row("sortField", [](DocType &d) { d.sortField = "modified"; });
        row("sortDescending", [](DocType &d) { d.sortDescending = true; });
        row("indexes: one less", [](DocType &d) { d.indexes.clear(); });
        row("indexes.name", [](DocType &d) { d.indexes[0].name.clear(); });
        row("indexes.fields", [](DocType &d) { d.indexes[0].fields << "title"; });
        row("indexes.unique", [](DocType &d) { d.indexes[0].unique = false; });
        row("rlsField", [](DocType &d) { d.rlsField.clear(); });
        row("views.listColumns", [](DocType &d) { d.views.listColumns.clear(); });
        row("views.kanbanGroupBy", [](DocType &d) { d.views.kanbanGroupBy = "customer"; });
        row("views.calendarStart", [](DocType &d) { d.views.calendarStart = "closed"; });
        row("views.calendarEnd", [](DocType &d) { d.views.calendarEnd.clear(); });
        row("views.calendarTitle", [](DocType &d) { d.views.calendarTitle.clear(); });
        row("field.fieldname", [](DocType &d) { title(d).fieldname = "subject"; });
        row("field.fieldtype", [](DocType &d) { title(d).fieldtype = "Text"; });
        row("field.label", [](DocType &d) { title(d).label = "Subject"; });
        row("field.description", [](DocType &d) { title(d).description.clear(); });
        row("field.options", [](DocType &d) { d.fields[1].options = "Open\nDone"; });
        row("field.required", [](DocType &d) { title(d).required = false; });
        row("field.unique", [](DocType &d) { title(d).unique = false; });
        row("field.readOnly", [](DocType &d) { title(d).readOnly = false; });
        row("field.hidden", [](DocType &d) { title(d).hidden = false; });
        row("field.inListView", [](DocType &d) { title(d).inListView = false; });
        row("field.inFilter", [](DocType &d) { title(d).inFilter = false; });
        row("field.defaultValue: other", [](DocType &d) { title(d).defaultValue = "Bye"; });
        row("field.defaultValue: none", [](DocType &d) { title(d).defaultValue = QJsonValue(); });
        row("field.defaultValue: type", [](DocType &d) { d.fields[2].defaultValue = 0; });
        row("field.fetchFrom", [](DocType &d) { d.fields[6].fetchFrom = "customer.name"; });
        row("field.dependsOn", [](DocType &d) { title(d).dependsOn.clear(); });
        row("field.permlevel", [](DocType &d) { title(d).permlevel = 0; });
        row("field.min", [](DocType &d) { d.fields[2].min.reset(); });
        row("field.max", [](DocType &d) { d.fields[2].max = 100.5; });
        row("field.length", [](DocType &d) { title(d).length = 81; });
        row("field.pattern", [](DocType &d) { title(d).pattern = "^.*$"; });
        row("field.insertAfter", [](DocType &d) { title(d).insertAfter = "status"; });
    }
    void changedMemberIsUnequal()
    {
        QFETCH(int, change);
        const DocType original = load(kFull);
        DocType changed = original;
        changes().at(change)(changed);
        QVERIFY(changed != original);
        QVERIFY(original != changed);
        QVERIFY(!(changed == original));
        // The parts say the same as the whole.
        if (changed.fields.size() == original.fields.size()) {
            bool fieldsEqual = true;
            for (qsizetype i = 0; i < changed.fields.size(); ++i)
                fieldsEqual = fieldsEqual && changed.fields.at(i) == original.fields.at(i);
            const bool fieldChange = QByteArray(QTest::currentDataTag()).startsWith("field.") ||
                                     QByteArray(QTest::currentDataTag()) == "fields: order";
            QCOMPARE(fieldsEqual, !fieldChange);
        }
    }

    // Spellings that mean the same content.
    void sameContentIsEqual()
    {
        Field a;
        a.fieldname = "x";
        a.fieldtype = "Data";
        Field b = a;
        b.defaultValue = QJsonValue(QJsonValue::Null); // "default": null is no default
        QVERIFY(a == b);
        a.defaultValue = 3;
        b.defaultValue = 3.0;
        QVERIFY(a == b);
        b.defaultValue = "3";
        QVERIFY(a != b);

        PermissionRule r1;
        r1.role = "Agent";
        r1.actions = {PermissionAction::Read, PermissionAction::Write};
        PermissionRule r2 = r1;
        r2.actions = {PermissionAction::Write, PermissionAction::Read, PermissionAction::Read};
        QVERIFY(r1 == r2);
        r2.actions = {PermissionAction::Write};
        QVERIFY(r1 != r2);
    }
};

QTEST_GUILESS_MAIN(TestDocTypeEquality)
#include "tst_doctypeequality.moc"
