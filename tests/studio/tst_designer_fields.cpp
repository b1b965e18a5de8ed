// SPDX-License-Identifier: MIT
// The Fields tab and the property editor, driven as a user would: types dragged from
// the palette (through the models' MIME data), fields reordered by drops, properties
// typed, undo and redo restoring exact DocType values, problems shown at properties.
#include "designer/fieldlistmodel.h"
#include "designer/fieldmime.h"
#include "designer/fieldspage.h"
#include "designer/fieldtypepalette.h"
#include "designer/properties/doctypecombo.h"
#include "designer/properties/optionslisteditor.h"
#include "designer/properties/propertyeditor.h"
#include "designerfixture.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace fm::studio;

class TestDesignerFields : public QObject
{
    Q_OBJECT

private:
    DesignerFixture m_fx;
    std::unique_ptr<FieldsPage> m_page;
    std::unique_ptr<PropertyEditor> m_properties;

    FieldListModel *list() const { return m_page->listModel(); }

    // Drags `fieldtype` from the palette and drops it before `row` of the field list.
    bool dropType(const QString &fieldtype, int row)
    {
        FieldTypePaletteModel *palette = m_page->palette()->paletteModel();
        const QModelIndex source = palette->index(palette->rowOf(fieldtype));
        std::unique_ptr<QMimeData> data(palette->mimeData({source}));
        if (!data || !list()->canDropMimeData(data.get(), Qt::CopyAction, row, 0, QModelIndex()))
            return false;
        return list()->dropMimeData(data.get(), Qt::CopyAction, row, 0, QModelIndex());
    }

    template<typename T> T *editor(const QString &key) const
    {
        return qobject_cast<T *>(m_properties->editorFor(key));
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.open());
        m_page = std::make_unique<FieldsPage>(m_fx.context());
        m_properties = std::make_unique<PropertyEditor>(m_fx.context());
        m_page->resize(900, 600);
        m_page->show();
        m_properties->show();
    }
    void cleanup()
    {
        m_properties.reset();
        m_page.reset();
        m_fx.close();
    }

    void dragALinkFromThePaletteAndSetItsTarget()
    {
        QVERIFY(dropType(QStringLiteral("Link"), 2));
        QCOMPARE(m_fx.doctype().fields.at(2).fieldname, QStringLiteral("link"));
        QCOMPARE(m_fx.doctype().fields.at(2).fieldtype, QStringLiteral("Link"));
        QCOMPARE(m_fx.stack->count(), 1);
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Add field link"));
        // The new field is selected everywhere: the list and the property editor.
        QCOMPARE(m_fx.selection->field(), QStringLiteral("link"));
        QCOMPARE(m_page->listView()->currentIndex().row(), 2);
        QCOMPARE(m_properties->field(), QStringLiteral("link"));

        auto *target = editor<DocTypeCombo>(QStringLiteral("options"));
        QVERIFY(target);
        QVERIFY(target->findText(QStringLiteral("Customer")) >= 0);
        QVERIFY2(target->findText(QStringLiteral("Service Invoice Item")) < 0,
                 "a Link does not offer child DocTypes");
        target->lineEdit()->selectAll();
        QTest::keyClicks(target->lineEdit(), QStringLiteral("Customer"));
        QTest::keyClick(target->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_fx.doctype().field("link")->options, QStringLiteral("Customer"));
        QCOMPARE(m_fx.stack->count(), 2);
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Set options of link"));

        // A second drop of the same type gets a fresh fieldname.
        QVERIFY(dropType(QStringLiteral("Link"), -1));
        QCOMPARE(m_fx.doctype().fields.last().fieldname, QStringLiteral("link_2"));
        m_fx.model->checkNow();
        QVERIFY(m_properties->problemText(QStringLiteral("options")).contains("needs \"options\""));
    }

    void aTableOffersOnlyChildDocTypes()
    {
        QVERIFY(dropType(QStringLiteral("Table"), -1));
        auto *target = editor<DocTypeCombo>(QStringLiteral("options"));
        QVERIFY(target);
        QVERIFY(target->findText(QStringLiteral("Service Invoice Item")) >= 0);
        QCOMPARE(target->findText(QStringLiteral("Customer")), -1);
    }

    void reorderByDrop_data()
    {
        QTest::addColumn<QString>("fieldname");
        QTest::addColumn<int>("dropRow");
        QTest::addColumn<bool>("ontoItem");
        QTest::addColumn<int>("expected");
        QTest::newRow("up, between rows") << "status" << 0 << false << 0;
        QTest::newRow("down, between rows") << "subject" << 3 << false << 2;
        QTest::newRow("onto a row") << "resolution" << 1 << true << 1;
        QTest::newRow("below the last") << "subject" << -1 << false << 11;
    }
    void reorderByDrop()
    {
        QFETCH(QString, fieldname);
        QFETCH(int, dropRow);
        QFETCH(bool, ontoItem);
        QFETCH(int, expected);
        const QByteArray before = m_fx.text();
        std::unique_ptr<QMimeData> data(
            list()->mimeData({list()->index(list()->rowOf(fieldname), 0)}));
        QVERIFY(data->hasFormat(kFieldMime));
        const bool dropped =
            ontoItem ? list()->dropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                            list()->index(dropRow, 0))
                     : list()->dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, QModelIndex());
        QVERIFY(dropped);
        QCOMPARE(m_fx.doctype().fieldnames().indexOf(fieldname), expected);
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Move field %1").arg(fieldname));
        m_fx.stack->undo();
        QCOMPARE(m_fx.text(), before);
    }

    void aFieldFromTheLayoutGridMoves()
    {
        // The grid and its tray drag the fieldname alone.
        QMimeData data;
        data.setData(kFieldMime, QByteArrayLiteral("resolution"));
        QVERIFY(list()->canDropMimeData(&data, Qt::MoveAction, 0, 0, QModelIndex()));
        QVERIFY(list()->dropMimeData(&data, Qt::MoveAction, 0, 0, QModelIndex()));
        QCOMPARE(m_fx.doctype().fields.first().fieldname, QStringLiteral("resolution"));
        data.setData(kFieldMime, QByteArrayLiteral("resolutoin"));
        QVERIFY(!list()->canDropMimeData(&data, Qt::MoveAction, 0, 0, QModelIndex()));
    }

    void dropsThatAreRefused()
    {
        const QByteArray before = m_fx.text();
        // A field of another DocType is not this list's to move.
        std::unique_ptr<QMimeData> other(
            fieldMimeData(QStringLiteral("Customer"), QStringLiteral("email")));
        QVERIFY(!list()->canDropMimeData(other.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QVERIFY(!list()->dropMimeData(other.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        // Plain text is no field.
        QMimeData text;
        text.setText(QStringLiteral("status"));
        QVERIFY(!list()->canDropMimeData(&text, Qt::CopyAction, 0, 0, QModelIndex()));
        // A type the project does not know is refused with the reason shown.
        std::unique_ptr<QMimeData> unknown(fieldTypeMimeData(QStringLiteral("Lnk")));
        QSignalSpy refused(list(), &FieldListModel::editRefused);
        QVERIFY(!list()->dropMimeData(unknown.get(), Qt::CopyAction, 0, 0, QModelIndex()));
        QCOMPARE(refused.count(), 1);
        QVERIFY(m_page->refusal().contains("unknown field type \"Lnk\"; did you mean \"Link\"?"));
        QCOMPARE(m_fx.stack->count(), 0);
        QCOMPARE(m_fx.text(), before);
    }

    void undoAndRedoRestoreExactValues()
    {
        const QByteArray original = m_fx.text();
        QVERIFY(dropType(QStringLiteral("Date"), 3));
        QVERIFY(list()->moveField(QStringLiteral("priority"), 0));
        m_fx.selection->selectField(QStringLiteral("status"));
        auto *options = editor<OptionsListEditor>(QStringLiteral("options"));
        QVERIFY(options);
        options->addChoice(QStringLiteral("Waiting"));
        QCOMPARE(m_fx.doctype().field("status")->selectOptions().last(), QStringLiteral("Waiting"));
        QVERIFY(list()->removeField(QStringLiteral("resolution")));
        const QByteArray edited = m_fx.text();
        QCOMPARE(m_fx.stack->count(), 4);
        QCOMPARE(m_fx.stack->text(2), QStringLiteral("Set options of status"));

        while (m_fx.stack->canUndo())
            m_fx.stack->undo();
        QCOMPARE(m_fx.text(), original);
        QVERIFY(!m_fx.model->isDirty(QStringLiteral("Ticket")));
        QCOMPARE(list()->rowCount(), 12);
        while (m_fx.stack->canRedo())
            m_fx.stack->redo();
        QCOMPARE(m_fx.text(), edited);
        QVERIFY(m_fx.model->isDirty(QStringLiteral("Ticket")));
    }

    void consecutiveTypingIsOneStep()
    {
        m_fx.selection->selectField(QStringLiteral("subject"));
        auto *label = editor<QLineEdit>(QStringLiteral("label"));
        QVERIFY(label);
        label->setFocus();
        label->end(false);
        QTest::keyClicks(label, QStringLiteral(" line"));
        QCOMPARE(m_fx.doctype().field("subject")->label, QStringLiteral("Subject line"));
        QCOMPARE(m_fx.stack->count(), 1);
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Set label of subject"));
        // The editor kept its text and cursor while the model changed under it.
        QCOMPARE(label->text(), QStringLiteral("Subject line"));
        QCOMPARE(label->cursorPosition(), 12);

        // Another property is another step; typing into the first again after it is too.
        auto *pattern = editor<QLineEdit>(QStringLiteral("pattern"));
        QVERIFY(pattern);
        QTest::keyClicks(pattern, QStringLiteral("[A-Z].*"));
        QCOMPARE(m_fx.stack->count(), 2);
        QTest::keyClick(label, Qt::Key_Backspace);
        QCOMPARE(m_fx.stack->count(), 3);
        m_fx.stack->undo();
        m_fx.stack->undo();
        m_fx.stack->undo();
        QCOMPARE(m_fx.doctype().field("subject")->label, QStringLiteral("Subject"));
        QCOMPARE(label->text(), QStringLiteral("Subject"));
    }

    void invalidFieldnameIsShownAtTheProperty()
    {
        fm::core::DocType broken = m_fx.doctype();
        broken.fields[1].fieldname = QStringLiteral("Bad Name"); // as a hand edit would
        broken.layout[0].columns[1][0] = QStringLiteral("Bad Name");
        QVERIFY(m_fx.setAndCheck(broken));
        m_fx.selection->selectField(QStringLiteral("Bad Name"));
        const QString problem = m_properties->problemText(QStringLiteral("fieldname"));
        QVERIFY2(problem.contains("\"Bad Name\" is not a valid fieldname"), qPrintable(problem));
        QVERIFY2(problem.contains("hint: use at most 64 lowercase letters"), qPrintable(problem));
        QVERIFY(m_properties->problemText(QStringLiteral("label")).isEmpty());
        // The field list marks the row too.
        const QModelIndex row = list()->index(1, FieldListModel::Fieldname);
        QVERIFY(list()->data(row, Qt::ToolTipRole).toString().contains("not a valid fieldname"));
        // The fieldname is not edited here: the rename button asks for a rename.
        auto *text = m_properties->findChild<QLineEdit *>(QStringLiteral("fieldnameText"));
        QVERIFY(text && text->isReadOnly());
        QSignalSpy rename(m_properties.get(), &PropertyEditor::renameFieldRequested);
        m_properties->findChild<QToolButton *>(QStringLiteral("renameField"))->click();
        QCOMPARE(rename.count(), 1);
        QCOMPARE(rename.first().at(1).toString(), QStringLiteral("Bad Name"));
    }

    void linkToNothingIsShownAtTheProperty()
    {
        m_fx.selection->selectField(QStringLiteral("customer"));
        auto *target = editor<DocTypeCombo>(QStringLiteral("options"));
        QVERIFY(target);
        target->lineEdit()->selectAll();
        QTest::keyClicks(target->lineEdit(), QStringLiteral("Client"));
        QTest::keyClick(target->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_fx.doctype().field("customer")->options, QStringLiteral("Client"));
        m_fx.model->checkNow();
        const QString problem = m_properties->problemText(QStringLiteral("options"));
        QVERIFY2(problem.contains("points at DocType \"Client\", which does not exist"),
                 qPrintable(problem));
        QVERIFY(m_properties->problemText(QStringLiteral("label")).isEmpty());
        // Fixed, the marker goes with the next check.
        m_fx.stack->undo();
        m_fx.model->checkNow();
        QVERIFY(m_properties->problemText(QStringLiteral("options")).isEmpty());
        QCOMPARE(target->currentText(), QStringLiteral("Customer"));
    }

    void propertiesFollowTheFieldType()
    {
        m_fx.selection->selectField(QStringLiteral("subject"));
        QVERIFY(m_properties->editorFor(QStringLiteral("length")));
        QVERIFY(!m_properties->editorFor(QStringLiteral("options")));
        auto *type = editor<QComboBox>(QStringLiteral("fieldtype"));
        QVERIFY(type);
        type->setCurrentIndex(type->findData(QStringLiteral("Int")));
        emit type->activated(type->currentIndex());
        QCOMPARE(m_fx.doctype().field("subject")->fieldtype, QStringLiteral("Int"));
        QVERIFY(!m_fx.doctype().field("subject")->length); // Int takes no length
        QVERIFY(!m_properties->editorFor(QStringLiteral("length")));
        QVERIFY(m_properties->editorFor(QStringLiteral("min")));
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Set fieldtype of subject"));
    }

    void paletteDoubleClickAppends()
    {
        FieldTypePalette *palette = m_page->palette();
        const QModelIndex check =
            palette->paletteModel()->index(palette->paletteModel()->rowOf(QStringLiteral("Check")));
        palette->scrollTo(check);
        const QPoint at = palette->visualRect(check).center();
        // A click only selects (a type is dragged from there); a double-click appends.
        QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_fx.stack->count(), 0);
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_fx.doctype().fields.last().fieldname, QStringLiteral("check"));
        QCOMPARE(m_fx.doctype().fields.last().label, QStringLiteral("Check"));
        // So does Enter on the current type.
        QTest::keyClick(palette, Qt::Key_Return);
        QCOMPARE(m_fx.doctype().fields.last().fieldname, QStringLiteral("check_2"));
        QCOMPARE(m_fx.stack->count(), 2);
    }

    void removeButtonRemovesTheSelectedField()
    {
        m_fx.selection->selectField(QStringLiteral("status"));
        auto *remove = m_page->findChild<QToolButton *>(QStringLiteral("removeField"));
        QVERIFY(remove);
        QVERIFY(remove->isEnabled());
        remove->click();
        QVERIFY(!m_fx.doctype().hasField(QStringLiteral("status")));
        QVERIFY(m_fx.selection->field().isEmpty());
        QVERIFY(m_fx.doctype().views.kanbanGroupBy.isEmpty()); // references went with it
        m_fx.stack->undo();
        QCOMPARE(m_fx.doctype().views.kanbanGroupBy, QStringLiteral("status"));
    }

    void moveButtons()
    {
        auto *up = m_page->findChild<QToolButton *>(QStringLiteral("moveFieldUp"));
        auto *down = m_page->findChild<QToolButton *>(QStringLiteral("moveFieldDown"));
        m_fx.selection->selectField(QStringLiteral("subject"));
        QVERIFY(!up->isEnabled());
        down->click();
        QCOMPARE(m_fx.doctype().fieldnames().indexOf("subject"), 1);
        QCOMPARE(m_fx.selection->field(), QStringLiteral("subject")); // still selected
        QVERIFY(up->isEnabled());
        up->click();
        QCOMPARE(m_fx.doctype().fieldnames().indexOf("subject"), 0);
        QCOMPARE(m_fx.stack->count(), 2);
    }

    void builtInDocTypesTakeNoDrops()
    {
        DesignerFixture core;
        QVERIFY(core.open(QStringLiteral("User")));
        FieldListModel user(core.context());
        std::unique_ptr<QMimeData> data(fieldTypeMimeData(QStringLiteral("Data")));
        QVERIFY(!user.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, QModelIndex()));
        QVERIFY(!user.dropMimeData(data.get(), Qt::CopyAction, 0, 0, QModelIndex()));
        QCOMPARE(core.stack->count(), 0);
    }
};

QTEST_MAIN(TestDesignerFields)
#include "tst_designer_fields.moc"
