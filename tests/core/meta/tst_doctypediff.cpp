// SPDX-License-Identifier: MIT
// diffDocTypes on the helpdesk Ticket: each kind of change described in DocType terms,
// renames from the renames log and the unrecorded ones, and the file-text entry point
// with its refusals.
#include "editstestdata.h"
#include "meta/doctypediff.h"

using namespace fm::core;

namespace {

Field *fieldOf(DocType &doctype, const QString &name)
{
    for (Field &field : doctype.fields)
        if (field.fieldname == name)
            return &field;
    return nullptr;
}

// Renames a field everywhere the layout names it (what `m rename` does to this DocType).
void renameInPlace(DocType &doctype, const QString &from, const QString &to)
{
    fieldOf(doctype, from)->fieldname = to;
    for (LayoutSection &section : doctype.layout)
        for (QStringList &column : section.columns)
            column.replaceInStrings(QRegularExpression("^" + from + "$"), to);
}

RenameRecord fieldRename(const QString &from, const QString &to, int minute = 0)
{
    RenameRecord record;
    record.doctype = QStringLiteral("Ticket");
    record.from = from;
    record.to = to;
    record.at = QDateTime(QDate(2026, 3, 1), QTime(9, minute), Qt::UTC);
    return record;
}

QStringList lines(const DocType &before, const DocType &after,
                  const QList<RenameRecord> &renames = {})
{
    return diffDocTypes(before, after, renames).lines();
}

} // namespace

class TestDocTypeDiff final : public QObject
{
    Q_OBJECT

    DocType m_ticket;

private slots:
    void initTestCase()
    {
        m_ticket = loadTicket();
        QVERIFY(m_ticket.isValid());
    }

    void sameDocTypeHasNoChanges()
    {
        QVERIFY(diffDocTypes(m_ticket, m_ticket).isEmpty());
        QCOMPARE(diffDocTypes(m_ticket, m_ticket).doctype, QString("Ticket"));
    }

    void fieldAddedAndRemoved()
    {
        DocType after = m_ticket;
        Field urgency;
        urgency.fieldname = "urgency";
        urgency.fieldtype = "Int";
        after.fields.append(urgency);
        after.layout[2].columns[0].append("urgency");
        after.fields.removeAt(after.fieldnames().indexOf("contact"));
        after.layout[0].columns[0].removeAll("contact");
        const DocTypeDiff diff = diffDocTypes(m_ticket, after);
        QCOMPARE(diff.lines(),
                 QStringList({"field `urgency` added (Int)", "field `contact` removed"}));
        QCOMPARE(diff.changes[0].kind, DocTypeChange::Kind::FieldAdded);
        QCOMPARE(diff.changes[0].subject, QString("urgency"));
        QCOMPARE(diff.changes[1].kind, DocTypeChange::Kind::FieldRemoved);
    }

    void propertiesChanged()
    {
        DocType after = m_ticket;
        fieldOf(after, "subject")->label = "Title";
        fieldOf(after, "subject")->required = false;
        fieldOf(after, "subject")->length = 200;
        fieldOf(after, "contact")->hidden = true;
        fieldOf(after, "customer_name")->fetchFrom.clear();
        QCOMPARE(lines(m_ticket, after),
                 QStringList({"`subject` label: \"Subject\" -> \"Title\"",
                              "`subject` length: 140 -> 200", "`subject` required: true -> false",
                              "`customer_name` fetch_from: \"customer.customer_name\" -> (unset)",
                              "`contact` hidden: false -> true"}));
    }

    void optionsChanged()
    {
        DocType after = m_ticket;
        fieldOf(after, "status")->options = "Open\nReplied\nEscalated\nResolved";
        fieldOf(after, "category")->options = "Topic";
        const DocTypeDiff diff = diffDocTypes(m_ticket, after);
        QCOMPARE(diff.lines(), QStringList({"`status` options changed: +Escalated -Closed",
                                            "`category` options changed: \"Ticket Category\" -> "
                                            "\"Topic\""}));
        QCOMPARE(diff.changes[0].kind, DocTypeChange::Kind::OptionsChanged);

        DocType reordered = m_ticket;
        fieldOf(reordered, "priority")->options = "Urgent\nHigh\nMedium\nLow";
        QCOMPARE(lines(m_ticket, reordered),
                 QStringList({"`priority` options changed: reordered"}));
    }

    void renamesFromTheLog()
    {
        DocType after = m_ticket;
        renameInPlace(after, "subject", "headline");
        fieldOf(after, "headline")->label = "Headline";
        after.titleField = "headline";
        // Two renames in a row (subject -> title -> headline) read as one.
        const QList<RenameRecord> log{fieldRename("title", "headline", 5),
                                      fieldRename("subject", "title", 1)};
        const DocTypeDiff diff = diffDocTypes(m_ticket, after, log);
        QCOMPARE(diff.changes[0].kind, DocTypeChange::Kind::FieldRenamed);
        QCOMPARE(diff.lines(), QStringList({"field `subject` renamed to `headline`",
                                            "`headline` label: \"Subject\" -> \"Headline\"",
                                            "title_field: \"subject\" -> \"headline\""}));

        // Records of another DocType do not apply: the rename is not recorded.
        RenameRecord other = fieldRename("subject", "headline");
        other.doctype = "Customer";
        const QStringList unrelated = lines(m_ticket, after, {other});
        QVERIFY(
            unrelated.first().startsWith("field `subject` renamed to `headline`, not recorded"));
    }

    void unrecordedRenameIsFlagged()
    {
        DocType after = m_ticket;
        renameInPlace(after, "resolution", "outcome");
        const DocTypeDiff diff = diffDocTypes(m_ticket, after);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(diff.changes[0].kind, DocTypeChange::Kind::FieldRenamed);
        QVERIFY2(diff.changes[0].text.startsWith("field `resolution` renamed to `outcome`, not "
                                                 "recorded in renames.json: a migration drops"),
                 qPrintable(diff.changes[0].text));

        // A different definition is an addition and a removal, not a rename.
        fieldOf(after, "outcome")->fieldtype = "Data";
        QCOMPARE(lines(m_ticket, after),
                 QStringList({"field `outcome` added (Data)", "field `resolution` removed"}));
    }

    void fieldMoved()
    {
        DocType after = m_ticket;
        after.fields.move(after.fieldnames().indexOf("resolution"), 1);
        QCOMPARE(lines(m_ticket, after), QStringList({"field `resolution` moved after `subject`"}));
        DocType top = m_ticket;
        top.fields.move(top.fieldnames().indexOf("due_on"), 0);
        QCOMPARE(lines(m_ticket, top), QStringList({"field `due_on` moved to the top"}));
    }

    void layoutChanged()
    {
        DocType after = m_ticket;
        after.layout[1].columns[1].removeAll("due_on");
        after.layout[2].columns[0].append("due_on");
        after.layout[2].collapsible = true;
        QCOMPARE(lines(m_ticket, after),
                 QStringList({"layout: \"Details\" made collapsible",
                              "layout: `due_on` moved to \"Details\", column 1"}));

        DocType sections = m_ticket;
        sections.layout[2].label = "More";
        sections.layout.move(1, 0);
        const QStringList described = lines(m_ticket, sections);
        QCOMPARE(described.first(),
                 QString("layout sections: \"Ticket\", \"Dates\", \"Details\" -> "
                         "\"Dates\", \"Ticket\", \"More\""));

        DocType order = m_ticket;
        order.layout[0].columns[0].move(0, 1);
        QCOMPARE(lines(m_ticket, order),
                 QStringList({"layout: the order of fields in a column changed"}));

        DocType off = m_ticket;
        off.layout[0].columns[0].removeAll("contact");
        QCOMPARE(lines(m_ticket, off), QStringList({"layout: `contact` taken off the form"}));
    }

    void permissionsPerRole()
    {
        DocType after = m_ticket;
        after.permissions[1].actions << PermissionAction::Delete;
        after.permissions[0].actions.removeAll(PermissionAction::Write);
        PermissionRule guest;
        guest.role = "Guest";
        guest.actions = {PermissionAction::Read};
        after.permissions << guest;
        PermissionRule owner;
        owner.role = "Customer";
        owner.ifOwner = true;
        owner.permlevel = 1;
        owner.actions = {PermissionAction::Write, PermissionAction::Read};
        after.permissions << owner;
        QCOMPARE(lines(m_ticket, after),
                 QStringList({"permission for Customer (level 1) (if owner) added: read, write",
                              "permission for Guest added: read",
                              "permission for Support Agent: +delete",
                              "permission for System Manager: -write"}));
        DocType removed = m_ticket;
        removed.permissions.removeAt(1);
        QCOMPARE(lines(m_ticket, removed), QStringList({"permission for Support Agent removed"}));
    }

    void settingsChanged()
    {
        DocType after = m_ticket;
        after.isSubmittable = true;
        after.apiResource = false;
        after.naming.rule = Naming::Rule::Uuid;
        after.naming.pattern.clear();
        after.views.kanbanGroupBy = "priority";
        QCOMPARE(lines(m_ticket, after),
                 QStringList({"api_resource: true -> false", "is_submittable: false -> true",
                              "views.kanban.group_by: \"status\" -> \"priority\"",
                              "naming: \"series:TKT-.#####\" -> (unset)"}));
    }

    void fromFileTexts()
    {
        const QByteArray before = toJsonText(m_ticket);
        DocType edited = m_ticket;
        fieldOf(edited, "priority")->required = true;
        const QByteArray after = toJsonText(edited);
        auto diff = diffDocTypeTexts(before, after, "ticket.json");
        QVERIFY(diff);
        QCOMPARE(diff->lines(), QStringList({"`priority` required: false -> true"}));

        auto added = diffDocTypeTexts({}, after, "ticket.json");
        QVERIFY(added);
        QCOMPARE(added->lines(), QStringList({"DocType Ticket added with 12 fields"}));
        QCOMPARE(added->changes[0].kind, DocTypeChange::Kind::DocTypeAdded);
        auto removed = diffDocTypeTexts(before, {}, "ticket.json");
        QVERIFY(removed);
        QCOMPARE(removed->lines(), QStringList({"DocType Ticket removed"}));
        QVERIFY(diffDocTypeTexts({}, {}, "ticket.json")->isEmpty());

        auto broken = diffDocTypeTexts(before, "{ not json", "ticket.json");
        QVERIFY(!broken);
        QCOMPARE(broken.error().code(), fm::ErrorCode::InvalidMeta);
        QVERIFY2(broken.error().message().startsWith("ticket.json (after) is not a DocType"),
                 qPrintable(broken.error().message()));
        QVERIFY(broken.error().message().endsWith("fix the file, then compare again"));
        QVERIFY(!diffDocTypeTexts("[1, 2]", after, "ticket.json"));
    }

    void docTypePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isDocType");
        QTest::newRow("doctype") << "apps/helpdesk/doctypes/ticket/ticket.json" << true;
        QTest::newRow("absolute") << "/p/apps/a/doctypes/t/t.json" << true;
        QTest::newRow("other name") << "apps/a/doctypes/t/other.json" << false;
        QTest::newRow("app manifest") << "apps/a/app.json" << false;
        QTest::newRow("renames") << "apps/a/renames.json" << false;
        QTest::newRow("controller") << "apps/a/doctypes/t/t_controller.cpp" << false;
    }

    void docTypePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, isDocType);
        QCOMPARE(isDocTypePath(path), isDocType);
    }
};

QTEST_GUILESS_MAIN(TestDocTypeDiff)
#include "tst_doctypediff.moc"
