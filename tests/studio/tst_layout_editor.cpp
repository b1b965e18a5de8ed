// SPDX-License-Identifier: MIT
// The Layout tab as a user sees it: the grid's frames, buttons and column views, the
// tray, the form preview's real widgets per field type, and the shared selection.
#include "formpreview/formpreview.h"
#include "layout/layoutcommands.h"
#include "layout/layouteditor.h"
#include "layout/layoutgrid.h"
#include "layout/layoutmime.h"
#include "layout/layoutmodel.h"
#include "layout/traymodel.h"
#include "model/doctypecommand.h"
#include "studiofixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

using namespace fm::studio;

namespace {

const QString kTicket = QStringLiteral("Ticket");

QStringList fieldsIn(const QListView *view)
{
    QStringList names;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(view->rootIndex()); ++row)
        names
            << model->index(row, 0, view->rootIndex()).data(LayoutModel::FieldnameRole).toString();
    return names;
}

QToolButton *button(QWidget *frame, const QString &name)
{
    return frame->findChild<QToolButton *>(name);
}

} // namespace

class TestLayoutEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> f;
    std::unique_ptr<LayoutEditor> editor;

    void openEditor(const QString &doctype = kTicket)
    {
        editor = std::make_unique<LayoutEditor>(f->context(doctype));
        editor->resize(1400, 900);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    }

private slots:
    void init()
    {
        f = std::make_unique<StudioFixture>();
        QVERIFY(f->open());
    }
    void cleanup()
    {
        editor.reset();
        f.reset();
    }

    void theGridShowsSectionsAndColumns()
    {
        openEditor();
        LayoutGrid *grid = editor->grid();
        QCOMPARE(grid->sectionCount(), 3);
        QCOMPARE(grid->sectionLabelEdit(1)->text(), QStringLiteral("Dates"));
        QCOMPARE(fieldsIn(grid->columnView(0, 1)),
                 (QStringList{"status", "priority", "category", "assigned_to"}));
        QCOMPARE(fieldsIn(grid->columnView(1, 1)), QStringList{"due_on"});
        QVERIFY(!grid->columnView(2, 1));
        // Columns of a section side by side, sections one below the other.
        const QPoint first = grid->columnView(0, 0)->mapTo(grid, QPoint());
        const QPoint second = grid->columnView(0, 1)->mapTo(grid, QPoint());
        QCOMPARE(first.y(), second.y());
        QVERIFY(second.x() > first.x());
        QVERIFY(grid->columnView(1, 0)->mapTo(grid, QPoint()).y() > first.y());
        QCOMPARE(editor->trayModel()->rowCount(), 0);
    }

    void buttonsEditSectionsAndColumnsWithUndo()
    {
        openEditor();
        LayoutGrid *grid = editor->grid();
        const QByteArray before = f->text(kTicket);
        grid->findChild<QPushButton *>(QStringLiteral("addSection"))->click();
        QCOMPARE(grid->sectionCount(), 4);
        QCOMPARE(f->doctype(kTicket).layout.size(), 4);

        QWidget *dates = grid->findChild<QWidget *>(QStringLiteral("section-1"));
        QVERIFY(dates);
        button(dates, QStringLiteral("addColumn"))->click();
        QCOMPARE(f->doctype(kTicket).layout.at(1).columns.size(), 3);
        QVERIFY(grid->columnView(1, 2));
        QCOMPARE(fieldsIn(grid->columnView(1, 2)), QStringList());

        QLineEdit *label = grid->sectionLabelEdit(1);
        label->setText(QStringLiteral("Schedule"));
        emit label->editingFinished();
        QCOMPARE(f->doctype(kTicket).layout.at(1).label, QStringLiteral("Schedule"));
        QCOMPARE(f->undoStack.count(), 3);
        QCOMPARE(f->undoStack.text(2), QStringLiteral("Rename section \"Dates\" to \"Schedule\""));

        grid->collapsibleBox(1)->click();
        QVERIFY(f->doctype(kTicket).layout.at(1).collapsible);

        // The frame holding the clicked button goes away with its section.
        dates = grid->findChild<QWidget *>(QStringLiteral("section-1"));
        button(dates, QStringLiteral("removeSection"))->click();
        QCOMPARE(grid->sectionCount(), 3);
        QCOMPARE(editor->trayModel()->fieldnames(), (QStringList{"opened_on", "due_on"}));
        QCOMPARE(editor->trayView()->model()->rowCount(), 2);

        while (f->undoStack.canUndo())
            f->undoStack.undo();
        QCOMPARE(f->text(kTicket), before);
        QCOMPARE(grid->sectionCount(), 3);
        QCOMPARE(grid->sectionLabelEdit(1)->text(), QStringLiteral("Dates"));
        QVERIFY(!grid->collapsibleBox(1)->isChecked());
        QCOMPARE(editor->trayModel()->rowCount(), 0);
        QCOMPARE(fieldsIn(grid->columnView(1, 0)), QStringList{"opened_on"});
    }

    void theLastSectionAndColumnCannotBeRemoved()
    {
        openEditor(QStringLiteral("Ticket Category"));
        QWidget *only = editor->grid()->findChild<QWidget *>(QStringLiteral("section-0"));
        QVERIFY(!button(only, QStringLiteral("removeSection"))->isEnabled());
        // The same refusal from a gesture the buttons do not guard is explained.
        auto data = std::make_unique<QMimeData>();
        data->setData(kFieldMime, "description");
        LayoutModel *model = editor->layoutModel();
        QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, 7, 0, model->columnIndex(0, 0)));
        QVERIFY(editor->message().contains(QStringLiteral("row 7")));
        QCOMPARE(f->undoStack.count(), 0);
    }

    void thePreviewDrawsRealWidgetsPerFieldType()
    {
        openEditor();
        FormPreview *preview = editor->preview();
        auto *status = qobject_cast<QComboBox *>(preview->input(QStringLiteral("status")));
        QVERIFY(status);
        QStringList items;
        for (int i = 0; i < status->count(); ++i)
            items << status->itemText(i);
        QCOMPARE(items, (QStringList{"", "Open", "Replied", "Resolved", "Closed"}));
        QCOMPARE(status->currentText(), QStringLiteral("Open")); // the default

        auto *customer = qobject_cast<QLineEdit *>(preview->input(QStringLiteral("customer")));
        QVERIFY(customer);
        QCOMPARE(customer->actions().size(), 1); // the search icon
        QVERIFY(customer->placeholderText().contains(QStringLiteral("Customer")));
        QVERIFY(customer->isReadOnly());
        auto *opened = qobject_cast<QDateEdit *>(preview->input(QStringLiteral("opened_on")));
        QVERIFY(opened);
        QCOMPARE(opened->date(), QDate::currentDate()); // "Today"
        QVERIFY(qobject_cast<QPlainTextEdit *>(preview->input(QStringLiteral("resolution"))));
        QVERIFY(qobject_cast<QLineEdit *>(preview->input(QStringLiteral("subject"))));

        // Labels, the required mark, sections and columns as the grid has them.
        auto *subjectRow = preview->findChild<QWidget *>(QStringLiteral("row:subject"));
        QVERIFY(subjectRow);
        const QLabel *label = subjectRow->findChild<QLabel *>();
        QVERIFY(label->text().startsWith(QStringLiteral("Subject")));
        QVERIFY(label->text().contains(QLatin1Char('*')));
        const QLabel *statusLabel =
            preview->findChild<QWidget *>(QStringLiteral("row:status"))->findChild<QLabel *>();
        QVERIFY(!statusLabel->text().contains(QLatin1Char('*')));
        QCOMPARE(preview->sections().size(), 3);
        QCOMPARE(preview->sections().at(1)->title(), QStringLiteral("Dates"));
        QVERIFY(status->mapTo(preview, QPoint()).x() >
                preview->input("subject")->mapTo(preview, QPoint()).x());
    }

    void thePreviewFollowsEdits()
    {
        openEditor();
        FormPreview *preview = editor->preview();
        QVERIFY(!preview->sections().at(2)->isCheckable());
        QVERIFY(layoutcommands::setCollapsible(f->context(kTicket), 2, true));
        QGroupBox *details = preview->sections().at(2);
        QVERIFY(details->isCheckable());
        details->setChecked(false); // folds, as on the Desk
        QVERIFY(!preview->input(QStringLiteral("description"))->isVisible());

        // A new Table field shows its child DocType's columns; a Check field a check box.
        const auto table =
            layoutcommands::addFieldOfType(f->context(kTicket), QStringLiteral("Table"), {0, 0, 0});
        QVERIFY(table);
        QVERIFY(fm::studio::pushEdit(
            &f->undoStack, f->model.get(), kTicket, "options",
            [](fm::core::DocType &d) { d.fields.last().options = "Service Invoice Item"; }));
        auto *grid = qobject_cast<QTableWidget *>(preview->input(*table));
        QVERIFY(grid);
        QVERIFY(grid->columnCount() >= 2);
        const auto check =
            layoutcommands::addFieldOfType(f->context(kTicket), QStringLiteral("Check"), {0, 0, 0});
        QVERIFY(qobject_cast<QCheckBox *>(preview->input(*check)));
        const auto number =
            layoutcommands::addFieldOfType(f->context(kTicket), QStringLiteral("Int"), {0, 0, 0});
        QVERIFY(qobject_cast<QSpinBox *>(preview->input(*number)));
        // Fields in the tray are not on the form.
        QVERIFY(layoutcommands::unplaceField(f->context(kTicket), QStringLiteral("subject")));
        QVERIFY(!preview->input(QStringLiteral("subject")));
    }

    void theSelectionIsSharedByGridTrayAndPreview()
    {
        openEditor();
        f->selection.selectField(QStringLiteral("priority"));
        QListView *column = editor->grid()->columnView(0, 1);
        QCOMPARE(column->currentIndex().data(LayoutModel::FieldnameRole).toString(),
                 QStringLiteral("priority"));
        QVERIFY(column->selectionModel()->isSelected(column->currentIndex()));

        // Clicking a field in the preview selects it everywhere.
        QWidget *row = editor->preview()->findChild<QWidget *>(QStringLiteral("row:due_on"));
        QTest::mouseClick(row, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(f->selection.field(), QStringLiteral("due_on"));
        QVERIFY(!column->selectionModel()->hasSelection());
        QCOMPARE(editor->grid()->columnView(1, 1)->currentIndex().data().toString(),
                 QStringLiteral("Due On"));

        // Clicking in the grid selects too, and survives the reset an edit causes.
        QListView *dates = editor->grid()->columnView(1, 0);
        const QRect rect = dates->visualRect(dates->model()->index(0, 0, dates->rootIndex()));
        QTest::mouseClick(dates->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(f->selection.field(), QStringLiteral("opened_on"));
        QVERIFY(layoutcommands::renameSection(f->context(kTicket), 0, QStringLiteral("Main")));
        QCOMPARE(editor->grid()->columnView(1, 0)->currentIndex().data().toString(),
                 QStringLiteral("Opened On"));

        // A field in the tray is selected in the tray.
        QVERIFY(layoutcommands::unplaceField(f->context(kTicket), QStringLiteral("contact")));
        f->selection.selectField(QStringLiteral("contact"));
        QCOMPARE(editor->trayView()->currentIndex().data(TrayModel::FieldnameRole).toString(),
                 QStringLiteral("contact"));
    }
};

QTEST_MAIN(TestLayoutEditor)
#include "tst_layout_editor.moc"
