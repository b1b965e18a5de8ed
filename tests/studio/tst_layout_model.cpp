// SPDX-License-Identifier: MIT
// The layout grid's models driven through their MIME data, as a drag and drop would:
// moving a field between cells, creating one from a palette type, the tray, and every
// section and column gesture undone and redone to the exact values.
#include "layout/layoutcommands.h"
#include "layout/layoutmime.h"
#include "layout/layoutmodel.h"
#include "layout/traymodel.h"
#include "studiofixture.h"

#include <QMimeData>
#include <QSignalSpy>

using namespace fm::studio;
using fm::core::LayoutSection;

namespace {

const QString kTicket = QStringLiteral("Ticket");

// "Ticket:subject,customer|status;Dates:opened_on|due_on" (collapsible sections get "*").
QString describe(const QList<LayoutSection> &layout)
{
    QStringList sections;
    for (const LayoutSection &section : layout) {
        QStringList columns;
        for (const QStringList &column : section.columns)
            columns << column.join(QLatin1Char(','));
        sections << section.label + (section.collapsible ? QStringLiteral("*") : QString()) +
                        QLatin1Char(':') + columns.join(QLatin1Char('|'));
    }
    return sections.join(QLatin1Char(';'));
}

std::unique_ptr<QMimeData> mime(QLatin1String format, const QString &payload)
{
    auto data = std::make_unique<QMimeData>();
    data->setData(format, payload.toUtf8());
    return data;
}

} // namespace

class TestLayoutModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> f;

    QString ticketLayout() const { return describe(f->doctype(kTicket).layout); }

private slots:
    void init()
    {
        f = std::make_unique<StudioFixture>();
        QVERIFY(f->open());
    }
    void cleanup() { f.reset(); }

    void exposesSectionsColumnsAndFields()
    {
        LayoutModel model(f->context(kTicket));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.sectionIndex(0).data().toString(), QStringLiteral("Ticket"));
        QCOMPARE(model.rowCount(model.sectionIndex(0)), 2);
        const QModelIndex column = model.columnIndex(0, 1);
        QCOMPARE(model.kind(column), LayoutModel::Kind::Column);
        QCOMPARE(model.rowCount(column), 4);
        const QModelIndex status = model.index(0, 0, column);
        QCOMPARE(status.data(LayoutModel::FieldnameRole).toString(), QStringLiteral("status"));
        QCOMPARE(status.data().toString(), QStringLiteral("Status"));
        QCOMPARE(status.data(LayoutModel::FieldtypeRole).toString(), QStringLiteral("Select"));
        QCOMPARE(status.parent(), column);
        QCOMPARE(column.parent(), model.sectionIndex(0));
        QCOMPARE(model.fieldIndex(QStringLiteral("due_on")),
                 model.index(0, 0, model.columnIndex(1, 1)));
        QVERIFY(!model.fieldIndex(QStringLiteral("nope")).isValid());
        QVERIFY(model.flags(status).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!model.flags(status).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(model.flags(column).testFlag(Qt::ItemIsDropEnabled));

        std::unique_ptr<QMimeData> data(model.mimeData({status}));
        QVERIFY(data);
        QCOMPARE(QString::fromUtf8(data->data(kFieldMime)), QStringLiteral("status"));
        QVERIFY(!model.mimeData({column}));
    }

    void dropsAnExistingFieldIntoAnotherCell()
    {
        LayoutModel model(f->context(kTicket));
        const QByteArray before = f->text(kTicket);
        auto data = mime(kFieldMime, QStringLiteral("subject"));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, model.columnIndex(1, 0)));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, model.columnIndex(1, 0)));
        QCOMPARE(ticketLayout(), QStringLiteral("Ticket:customer,customer_name,contact|status,"
                                                "priority,category,assigned_to;Dates:opened_on,"
                                                "subject|due_on;Details:description,resolution"));
        QCOMPARE(model.rowCount(model.columnIndex(1, 0)), 2); // the model followed
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0), QStringLiteral("Move field \"subject\""));
        const QByteArray after = f->text(kTicket);
        f->undoStack.undo();
        QCOMPARE(f->text(kTicket), before);
        QVERIFY(!f->model->isDirty(kTicket));
        f->undoStack.redo();
        QCOMPARE(f->text(kTicket), after);
    }

    void dropsOnAFieldInsertBeforeIt()
    {
        LayoutModel model(f->context(kTicket));
        auto data = mime(kFieldMime, QStringLiteral("resolution"));
        const QModelIndex description = model.fieldIndex(QStringLiteral("description"));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, description));
        QCOMPARE(f->doctype(kTicket).layout.at(2).columns.at(0),
                 (QStringList{QStringLiteral("resolution"), QStringLiteral("description")}));
        // At the end of a column when the drop has no row.
        auto subject = mime(kFieldMime, QStringLiteral("subject"));
        QVERIFY(model.dropMimeData(subject.get(), Qt::MoveAction, -1, 0, model.columnIndex(2, 0)));
        QCOMPARE(f->doctype(kTicket).layout.at(2).columns.at(0).last(), QStringLiteral("subject"));
    }

    void dropsAPaletteTypeAsANewFieldInOneStep()
    {
        LayoutModel model(f->context(kTicket));
        const QByteArray before = f->text(kTicket);
        const qsizetype fields = f->doctype(kTicket).fields.size();
        auto data = mime(kFieldTypeMime, QStringLiteral("Date"));
        QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, 0, 0, model.columnIndex(1, 1)));
        const fm::core::DocType &ticket = f->doctype(kTicket);
        QCOMPARE(ticket.fields.size(), fields + 1);
        const fm::core::Field *created = ticket.field(QStringLiteral("date"));
        QVERIFY(created);
        QCOMPARE(created->fieldtype, QStringLiteral("Date"));
        QCOMPARE(created->label, QStringLiteral("Date"));
        QCOMPARE(ticket.layout.at(1).columns.at(1),
                 (QStringList{QStringLiteral("date"), QStringLiteral("due_on")}));
        QCOMPARE(f->selection.field(), QStringLiteral("date"));
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0), QStringLiteral("Add Date field \"date\""));

        // A second drop of the same type gets the next free fieldname.
        auto again = mime(kFieldTypeMime, QStringLiteral("DynamicLink"));
        QVERIFY(model.dropMimeData(again.get(), Qt::CopyAction, -1, 0, model.columnIndex(0, 0)));
        QVERIFY(f->doctype(kTicket).field(QStringLiteral("dynamic_link")));
        QCOMPARE(f->doctype(kTicket).field(QStringLiteral("dynamic_link"))->label,
                 QStringLiteral("Dynamic Link"));
        auto third = mime(kFieldTypeMime, QStringLiteral("Date"));
        QVERIFY(model.dropMimeData(third.get(), Qt::CopyAction, -1, 0, model.columnIndex(0, 0)));
        QVERIFY(f->doctype(kTicket).field(QStringLiteral("date_2")));

        f->undoStack.undo();
        f->undoStack.undo();
        f->undoStack.undo();
        QCOMPARE(f->text(kTicket), before); // field and placement gone in one step each
        f->undoStack.redo();
        QVERIFY(f->doctype(kTicket).field(QStringLiteral("date")));
        QVERIFY(fm::core::findPlacement(f->doctype(kTicket), QStringLiteral("date")).isValid());
    }

    void refusesDropsItCannotDo_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("section"); // -1: drop on the first section itself
        QTest::addColumn<int>("column");
        QTest::newRow("unknown field") << QString(kFieldMime) << "subjekt" << 0 << 0;
        QTest::newRow("unknown type") << QString(kFieldTypeMime) << "Dat" << 0 << 0;
        QTest::newRow("other format") << "text/plain"
                                      << "subject" << 0 << 0;
        QTest::newRow("on a section") << QString(kFieldMime) << "subject" << -1 << 0;
        QTest::newRow("no such column") << QString(kFieldMime) << "subject" << 0 << 5;
    }
    void refusesDropsItCannotDo()
    {
        QFETCH(QString, format);
        QFETCH(QString, payload);
        QFETCH(int, section);
        QFETCH(int, column);
        LayoutModel model(f->context(kTicket));
        QMimeData data;
        data.setData(format, payload.toUtf8());
        const QModelIndex parent =
            section < 0 ? model.sectionIndex(0) : model.columnIndex(section, column);
        QVERIFY(!model.canDropMimeData(&data, Qt::MoveAction, 0, 0, parent));
        QVERIFY(!model.dropMimeData(&data, Qt::MoveAction, 0, 0, parent));
        QCOMPARE(f->undoStack.count(), 0);
        QVERIFY(!f->model->isDirty(kTicket));
    }

    void explainsARefusedDrop()
    {
        LayoutModel model(f->context(kTicket));
        QSignalSpy refused(&model, &LayoutModel::editRefused);
        auto data = mime(kFieldMime, QStringLiteral("subject"));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 9, 0, model.columnIndex(1, 0)));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("row 9")));
        QCOMPARE(f->undoStack.count(), 0);
    }

    void refusesDropsIntoABuiltInDocType()
    {
        LayoutModel model(f->context(QStringLiteral("User")));
        QVERIFY(model.rowCount() > 0);
        auto data = mime(kFieldTypeMime, QStringLiteral("Data"));
        QVERIFY(!model.dropMimeData(data.get(), Qt::CopyAction, 0, 0, model.columnIndex(0, 0)));
        QCOMPARE(f->undoStack.count(), 0);
    }

    void theTrayHoldsTheFieldsNotPlaced()
    {
        LayoutModel layout(f->context(kTicket));
        TrayModel tray(f->context(kTicket));
        QCOMPARE(tray.rowCount(), 0);
        auto contact = mime(kFieldMime, QStringLiteral("contact"));
        QVERIFY(tray.canDropMimeData(contact.get(), Qt::MoveAction, -1, 0, {}));
        QVERIFY(tray.dropMimeData(contact.get(), Qt::MoveAction, -1, 0, {}));
        QCOMPARE(tray.fieldnames(), QStringList{QStringLiteral("contact")});
        QCOMPARE(tray.index(0).data().toString(), QStringLiteral("Raised By"));
        QVERIFY(!layout.fieldIndex(QStringLiteral("contact")).isValid());
        QCOMPARE(f->undoStack.text(0), QStringLiteral("Move field \"contact\" to the tray"));
        // The loader reports it until it is placed again: the tray is that problem.
        f->model->checkNow();
        bool reported = false;
        for (const auto &d : f->model->diagnostics(kTicket))
            reported |= d.code == QStringLiteral("layout-missing-fields");
        QVERIFY(reported);

        // Already in the tray: nothing to do; unknown: refused.
        QVERIFY(!tray.canDropMimeData(contact.get(), Qt::MoveAction, -1, 0, {}));
        auto ghost = mime(kFieldMime, QStringLiteral("ghost"));
        QVERIFY(!tray.dropMimeData(ghost.get(), Qt::MoveAction, -1, 0, {}));

        // Dragged out of the tray into a cell.
        std::unique_ptr<QMimeData> out(tray.mimeData({tray.index(0)}));
        QVERIFY(layout.dropMimeData(out.get(), Qt::MoveAction, 0, 0, layout.columnIndex(2, 0)));
        QCOMPARE(tray.rowCount(), 0);
        QCOMPARE(f->undoStack.text(1), QStringLiteral("Place field \"contact\""));
        QCOMPARE(f->doctype(kTicket).layout.at(2).columns.at(0).first(), QStringLiteral("contact"));
    }

    void sectionAndColumnEditsUndoToTheExactValues_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("undoText");
        QTest::addColumn<QString>("tray");
        const QString ticket = QStringLiteral(
            "Ticket:subject,customer,customer_name,contact|status,priority,category,assigned_to");
        QTest::newRow("add section")
            << "addSection" << ticket + ";Dates:opened_on|due_on;Details:description,resolution;:"
            << "Add section"
            << "";
        QTest::newRow("remove section")
            << "removeSection" << ticket + ";Details:description,resolution"
            << "Remove section \"Dates\""
            << "opened_on,due_on";
        QTest::newRow("rename section")
            << "renameSection" << ticket + ";When:opened_on|due_on;Details:description,resolution"
            << "Rename section \"Dates\" to \"When\""
            << "";
        QTest::newRow("collapsible")
            << "setCollapsible"
            << ticket + ";Dates*:opened_on|due_on;Details:description,resolution"
            << "Make section \"Dates\" collapsible"
            << "";
        QTest::newRow("move section")
            << "moveSection"
            << "Dates:opened_on|due_on;" + ticket + ";Details:description,resolution"
            << "Move section \"Dates\""
            << "";
        QTest::newRow("add column")
            << "addColumn" << ticket + ";Dates:opened_on|due_on|;Details:description,resolution"
            << "Add a column to section \"Dates\""
            << "";
        QTest::newRow("remove column")
            << "removeColumn" << ticket + ";Dates:due_on;Details:description,resolution"
            << "Remove column 1 of section \"Dates\""
            << "opened_on";
        QTest::newRow("move column")
            << "moveColumn" << ticket + ";Dates:due_on|opened_on;Details:description,resolution"
            << "Move column 1 of section \"Dates\""
            << "";
    }
    void sectionAndColumnEditsUndoToTheExactValues()
    {
        QFETCH(QString, op);
        QFETCH(QString, layout);
        QFETCH(QString, undoText);
        QFETCH(QString, tray);
        const EditorContext context = f->context(kTicket);
        TrayModel trayModel(context);
        const QByteArray before = f->text(kTicket);
        fm::Result<void> done;
        if (op == "addSection")
            done = layoutcommands::addSection(context, 3);
        else if (op == "removeSection")
            done = layoutcommands::removeSection(context, 1);
        else if (op == "renameSection")
            done = layoutcommands::renameSection(context, 1, QStringLiteral("When"));
        else if (op == "setCollapsible")
            done = layoutcommands::setCollapsible(context, 1, true);
        else if (op == "moveSection")
            done = layoutcommands::moveSection(context, 1, 0);
        else if (op == "addColumn")
            done = layoutcommands::addColumn(context, 1, 2);
        else if (op == "removeColumn")
            done = layoutcommands::removeColumn(context, 1, 0);
        else if (op == "moveColumn")
            done = layoutcommands::moveColumn(context, 1, 0, 1);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
        QCOMPARE(ticketLayout(), layout);
        QCOMPARE(trayModel.fieldnames().join(QLatin1Char(',')), tray);
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.text(0), undoText);
        const QByteArray after = f->text(kTicket);
        f->undoStack.undo();
        QCOMPARE(f->text(kTicket), before);
        QCOMPARE(trayModel.rowCount(), 0);
        f->undoStack.redo();
        QCOMPARE(f->text(kTicket), after);
        QCOMPARE(ticketLayout(), layout);
    }

    void refusedCommandsPushNothing()
    {
        const EditorContext context = f->context(kTicket);
        auto removed = layoutcommands::removeColumn(context, 2, 0);
        QVERIFY(!removed);
        QVERIFY(removed.error().message().contains(QStringLiteral("remove the section")));
        QVERIFY(!layoutcommands::moveSection(context, 0, 3));
        QVERIFY(!layoutcommands::unplaceField(context, QStringLiteral("nope")));
        QVERIFY(!layoutcommands::addFieldOfType(context, QStringLiteral("Nope"), {0, 0, 0}));
        // Nothing changed: renaming to the same label is no step either.
        QVERIFY(layoutcommands::renameSection(context, 0, QStringLiteral("Ticket")));
        QCOMPARE(f->undoStack.count(), 0);
        QVERIFY(!f->model->isDirty(kTicket));
    }

    // Ticket Category has no "layout": the grid shows the default one, and the first
    // edit writes it out.
    void theDefaultLayoutIsEditable()
    {
        const QString category = QStringLiteral("Ticket Category");
        LayoutModel model(f->context(category));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sectionIndex(0).data().toString(), QStringLiteral("Section 1"));
        QCOMPARE(model.rowCount(model.columnIndex(0, 0)), 2);
        QVERIFY(!f->text(category).contains("\"layout\""));
        QVERIFY(layoutcommands::addColumn(f->context(category), 0, 1));
        auto data = mime(kFieldMime, QStringLiteral("description"));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.columnIndex(0, 1)));
        QVERIFY(f->text(category).contains("\"layout\""));
        QCOMPARE(describe(f->doctype(category).layout),
                 QStringLiteral(":category_name|description"));
    }
};

QTEST_MAIN(TestLayoutModel)
#include "tst_layout_model.moc"
