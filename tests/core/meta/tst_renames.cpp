// SPDX-License-Identifier: MIT
// renameField / renameDocType: every place a name is referenced follows it, the
// result still loads without a diagnostic, and every refusal says why.
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/renames.h"

#include <QTest>

using namespace fm::core;

namespace {

const FieldTypeRegistry &types()
{
    static const FieldTypeRegistry registry;
    return registry;
}

DocType load(const QByteArray &json, const QString &app = QStringLiteral("helpdesk"))
{
    Diagnostics diagnostics;
    auto doctype = DocTypeLoader(types()).loadJson(json, QStringLiteral("test.json"), diagnostics);
    for (const Diagnostic &d : std::as_const(diagnostics))
        qWarning().noquote() << d.toString();
    if (!doctype || hasErrors(diagnostics))
        return {};
    doctype->app = app;
    return *doctype;
}

// A small project: Ticket references "subject" in every place a field can be named;
// Ticket Note fetches it through a Link; Contact Log has a Dynamic Link pair; the
// child Ticket Item sits in a Table field of Ticket; User comes from core.
QMap<QString, DocType> project()
{
    QMap<QString, DocType> all;
    for (const DocType &d : {
             load(R"({"name": "Ticket Category", "naming": "field:category_name",
                 "fields": [{"fieldname": "category_name", "fieldtype": "Data"}]})"),
             load(R"({"name": "Ticket Item", "is_child": true,
                 "fields": [{"fieldname": "qty", "fieldtype": "Int"}]})"),
             load(R"({"name": "Ticket", "naming": "series:TKT-.{subject}.-.####",
                 "title_field": "subject", "search_fields": ["subject", "status"],
                 "sort": "subject asc", "rls_field": "subject",
                 "fields": [
                   {"fieldname": "subject", "fieldtype": "Data", "length": 140},
                   {"fieldname": "status", "fieldtype": "Select", "options": "Open\nClosed",
                    "depends_on": "eval:doc.subject && doc.status != 'x'"},
                   {"fieldname": "note", "fieldtype": "Text", "depends_on": "subject"},
                   {"fieldname": "odd", "fieldtype": "Text", "depends_on": "eval:subject > 0"},
                   {"fieldname": "subject_line", "fieldtype": "Data",
                    "depends_on": "eval:doc.subject_line"},
                   {"fieldname": "category", "fieldtype": "Link", "options": "Ticket Category"},
                   {"fieldname": "parent_ticket", "fieldtype": "Link", "options": "Ticket"},
                   {"fieldname": "parent_subject", "fieldtype": "Data",
                    "fetch_from": "parent_ticket.subject"},
                   {"fieldname": "items", "fieldtype": "Table", "options": "Ticket Item"},
                   {"fieldname": "opened_on", "fieldtype": "Date"}
                 ],
                 "layout": [{"label": "Main", "columns": [["subject", "status", "note", "odd"],
                   ["subject_line", "category", "parent_ticket", "parent_subject", "items",
                    "opened_on"]]}],
                 "indexes": [{"fields": ["subject", "status"]}],
                 "views": {"list": {"columns": ["subject", "status"]},
                           "kanban": {"group_by": "status"},
                           "calendar": {"start_field": "opened_on", "title_field": "subject"}}})"),
             load(R"({"name": "Ticket Note", "naming": "field:subject",
                 "fields": [
                   {"fieldname": "subject", "fieldtype": "Data"},
                   {"fieldname": "ticket", "fieldtype": "Link", "options": "Ticket"},
                   {"fieldname": "ticket_subject", "fieldtype": "Data",
                    "fetch_from": "ticket.subject"},
                   {"fieldname": "category", "fieldtype": "Link", "options": "Ticket Category"},
                   {"fieldname": "category_name", "fieldtype": "Data",
                    "fetch_from": "category.category_name"}
                 ]})"),
             load(R"({"name": "Contact Log",
                 "fields": [
                   {"fieldname": "ref_type", "fieldtype": "Link", "options": "DocType",
                    "default": "Ticket Category"},
                   {"fieldname": "ref_name", "fieldtype": "DynamicLink", "options": "ref_type"}
                 ]})"),
             load(R"({"name": "User", "fields": [{"fieldname": "email", "fieldtype": "Data"}]})",
                  QStringLiteral("core")),
         }) {
        all.insert(d.name, d);
    }
    return all;
}

// Each changed DocType as its file would be written, read back: no diagnostic at all.
void verifyLoads(const RenameEdit &edit)
{
    for (const DocType &d : edit.changed) {
        Diagnostics diagnostics;
        const auto back = DocTypeLoader(types()).loadJson(toJsonText(d),
                                                          QStringLiteral("back.json"), diagnostics);
        QVERIFY(back);
        QStringList problems;
        for (const Diagnostic &diagnostic : std::as_const(diagnostics))
            problems << diagnostic.toString();
        QVERIFY2(diagnostics.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

} // namespace

class TestRenames final : public QObject
{
    Q_OBJECT

private slots:
    void fieldEverywhere()
    {
        const QMap<QString, DocType> all = project();
        QCOMPARE(all.size(), 6); // every JSON above loaded
        auto edit = renameField(all, QStringLiteral("Ticket"), QStringLiteral("subject"),
                                QStringLiteral("title"), &types());
        QVERIFY2(edit, qPrintable(edit ? QString() : edit.error().message()));
        QCOMPARE(edit->changed.keys(), (QStringList{"Ticket", "Ticket Note"}));
        QVERIFY(edit->removed.isEmpty());
        QCOMPARE(edit->record.kind, RenameRecord::Kind::Field);
        QCOMPARE(edit->record.doctype, QStringLiteral("Ticket"));
        QCOMPARE(edit->record.app, QStringLiteral("helpdesk"));
        QVERIFY(edit->record.at.isValid());

        const DocType &t = edit->changed.value("Ticket");
        QVERIFY(t.hasField("title") && !t.hasField("subject"));
        QCOMPARE(t.fields.first().length, std::optional<int>(140)); // the field is kept whole
        QCOMPARE(t.titleField, QStringLiteral("title"));
        QCOMPARE(t.searchFields, (QStringList{"title", "status"}));
        QCOMPARE(t.sortField, QStringLiteral("title"));
        QVERIFY(!t.sortDescending);
        QCOMPARE(t.rlsField, QStringLiteral("title"));
        QCOMPARE(t.naming.pattern, QStringLiteral("TKT-.{title}.-.####"));
        QCOMPARE(t.indexes.first().fields, (QStringList{"title", "status"}));
        QCOMPARE(t.layout.first().columns.first().first(), QStringLiteral("title"));
        QCOMPARE(t.views.listColumns, (QStringList{"title", "status"}));
        QCOMPARE(t.views.calendarTitle, QStringLiteral("title"));
        QCOMPARE(t.field("status")->dependsOn,
                 QStringLiteral("eval:doc.title && doc.status != 'x'"));
        QCOMPARE(t.field("note")->dependsOn, QStringLiteral("title"));
        QCOMPARE(t.field("subject_line")->dependsOn, QStringLiteral("eval:doc.subject_line"));
        QCOMPARE(t.field("odd")->dependsOn, QStringLiteral("eval:subject > 0")); // unsure: kept
        QCOMPARE(t.field("parent_subject")->fetchFrom, QStringLiteral("parent_ticket.title"));
        QCOMPARE(edit->warnings.size(), 1);
        QVERIFY(edit->warnings.first().contains(QStringLiteral("Ticket.odd")));

        // Through its Link to Ticket only: its own field "subject" and naming stay.
        const DocType &note = edit->changed.value("Ticket Note");
        QCOMPARE(note.field("ticket_subject")->fetchFrom, QStringLiteral("ticket.title"));
        QVERIFY(note.hasField("subject"));
        QCOMPARE(note.naming.field, QStringLiteral("subject"));
        QCOMPARE(edit->what.value("Ticket Note"), QStringList{"fetch_from of ticket_subject"});
        QVERIFY(edit->what.value("Ticket").contains(QStringLiteral("title_field")));
        QVERIFY(
            edit->summary().first().startsWith(QStringLiteral("Ticket: field subject -> title")));
        verifyLoads(*edit);
    }

    void fieldReferencesElsewhere()
    {
        const QMap<QString, DocType> all = project();
        // naming field:<x>, and the fetch_from of other DocTypes through a Link.
        auto edit = renameField(all, QStringLiteral("Ticket Category"),
                                QStringLiteral("category_name"), QStringLiteral("title"), &types());
        QVERIFY(edit);
        QCOMPARE(edit->changed.keys(), (QStringList{"Ticket Category", "Ticket Note"}));
        QCOMPARE(edit->changed.value("Ticket Category").naming.field, QStringLiteral("title"));
        QCOMPARE(edit->changed.value("Ticket Note").field("category_name")->fetchFrom,
                 QStringLiteral("category.title"));
        verifyLoads(*edit);

        // A Link field itself: fetch_from through it and DynamicLink options naming it.
        auto link = renameField(all, QStringLiteral("Ticket"), QStringLiteral("parent_ticket"),
                                QStringLiteral("parent"), &types());
        QVERIFY(!link); // "parent" is a standard column
        link = renameField(all, QStringLiteral("Ticket"), QStringLiteral("parent_ticket"),
                           QStringLiteral("follows"), &types());
        QVERIFY(link);
        QCOMPARE(link->changed.value("Ticket").field("parent_subject")->fetchFrom,
                 QStringLiteral("follows.subject"));
        verifyLoads(*link);
        auto dynamic = renameField(all, QStringLiteral("Contact Log"), QStringLiteral("ref_type"),
                                   QStringLiteral("reference_type"), &types());
        QVERIFY(dynamic);
        QCOMPARE(dynamic->changed.value("Contact Log").field("ref_name")->options,
                 QStringLiteral("reference_type"));
        verifyLoads(*dynamic);
    }

    void doctypeEverywhere()
    {
        const QMap<QString, DocType> all = project();
        auto edit = renameDocType(all, QStringLiteral("Ticket Category"),
                                  QStringLiteral("Ticket Topic"), &types());
        QVERIFY(edit);
        QCOMPARE(edit->removed, QStringLiteral("Ticket Category"));
        QCOMPARE(edit->changed.keys(),
                 (QStringList{"Contact Log", "Ticket", "Ticket Note", "Ticket Topic"}));
        QCOMPARE(edit->changed.value("Ticket Topic").tableName(), QStringLiteral("ticket_topic"));
        QCOMPARE(edit->changed.value("Ticket").field("category")->options,
                 QStringLiteral("Ticket Topic"));
        QCOMPARE(edit->changed.value("Ticket Note").field("category")->options,
                 QStringLiteral("Ticket Topic"));
        QCOMPARE(edit->changed.value("Contact Log").field("ref_type")->defaultValue.toString(),
                 QStringLiteral("Ticket Topic"));
        QCOMPARE(edit->record.kind, RenameRecord::Kind::DocType);
        QVERIFY(edit->record.doctype.isEmpty());
        verifyLoads(*edit);

        // Table options follow a renamed child; a self-Link follows its own DocType.
        auto child = renameDocType(all, QStringLiteral("Ticket Item"),
                                   QStringLiteral("Ticket Line"), &types());
        QVERIFY(child);
        QCOMPARE(child->changed.value("Ticket").field("items")->options,
                 QStringLiteral("Ticket Line"));
        auto self = renameDocType(all, QStringLiteral("Ticket"), QStringLiteral("Case"), &types());
        QVERIFY(self);
        QCOMPARE(self->changed.value("Case").field("parent_ticket")->options,
                 QStringLiteral("Case"));
        QCOMPARE(self->changed.value("Ticket Note").field("ticket")->options,
                 QStringLiteral("Case"));
        QVERIFY(!self->changed.contains(QStringLiteral("Ticket")));
        verifyLoads(*self);
    }

    void refused_data()
    {
        QTest::addColumn<bool>("field");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, bool field, QStringList args, fm::ErrorCode code,
                            const char *message) {
            QTest::newRow(name) << field << args << int(code) << QString::fromUtf8(message);
        };
        using fm::ErrorCode;
        row("unknown doctype", true, {"Tickt", "subject", "title"}, ErrorCode::NotFound,
            "no DocType \"Tickt\" in the project; did you mean \"Ticket\"?");
        row("unknown field", true, {"Ticket", "subjct", "title"}, ErrorCode::NotFound,
            "has no field \"subjct\"; did you mean \"subject\"?");
        row("same name", true, {"Ticket", "subject", "subject"}, ErrorCode::BadRequest,
            "already has that name");
        row("invalid fieldname", true, {"Ticket", "subject", "Title"}, ErrorCode::BadRequest,
            "\"Title\" is not a valid fieldname");
        row("fieldname too long", true, {"Ticket", "subject", QString(65, u'a')},
            ErrorCode::BadRequest, "is not a valid fieldname");
        row("reserved fieldname", true, {"Ticket", "subject", "owner"}, ErrorCode::BadRequest,
            "\"owner\" is a standard column");
        row("field taken", true, {"Ticket", "subject", "status"}, ErrorCode::Duplicate,
            "already has a field \"status\"");
        row("core field", true, {"User", "email", "mail"}, ErrorCode::BadRequest,
            "built-in app core");
        row("unknown doctype (doctype)", false, {"Ticket Categry", "Ticket Topic"},
            ErrorCode::NotFound, "did you mean \"Ticket Category\"?");
        row("same doctype name", false, {"Ticket", "Ticket"}, ErrorCode::BadRequest,
            "already has that name");
        row("invalid doctype name", false, {"Ticket", "ticket case"}, ErrorCode::BadRequest,
            "\"ticket case\" is not a valid DocType name");
        row("reserved doctype name", false, {"Ticket", "DocType"}, ErrorCode::BadRequest,
            "\"DocType\" is reserved");
        row("doctype taken", false, {"Ticket", "Ticket Note"}, ErrorCode::Duplicate,
            "taken by DocType \"Ticket Note\"");
        row("table name taken", false, {"Ticket", "TicketNote"}, ErrorCode::Duplicate,
            "the table name \"ticket_note\"");
        row("core doctype taken", false, {"Ticket", "User"}, ErrorCode::Duplicate,
            "of app \"core\"");
        row("core doctype", false, {"User", "Person"}, ErrorCode::BadRequest, "built-in app core");
    }

    void refused()
    {
        QFETCH(bool, field);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QMap<QString, DocType> all = project();
        auto edit = field ? renameField(all, args.at(0), args.at(1), args.at(2), &types())
                          : renameDocType(all, args.at(0), args.at(1), &types());
        QVERIFY(!edit);
        QCOMPARE(int(edit.error().code()), code);
        QVERIFY2(edit.error().message().contains(message), qPrintable(edit.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestRenames)
#include "tst_renames.moc"
