// SPDX-License-Identifier: MIT
#include "designer/fieldspage.h"

#include "designer/fieldlistmodel.h"
#include "designer/fieldtypepalette.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fm::studio {

FieldsPage::FieldsPage(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new FieldListModel(context, this))
    , m_palette(new FieldTypePalette(context.model, this))
    , m_view(new QTableView(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("fieldsPage"));
    m_view->setObjectName(QStringLiteral("fieldList"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Fields of %1").arg(context.doctype));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(FieldListModel::Fieldname, 170);
    m_view->setColumnWidth(FieldListModel::Label, 160);
    m_view->setColumnWidth(FieldListModel::Type, 190);

    m_palette->setMinimumWidth(140);
    m_palette->setMaximumWidth(290);

    m_remove->setObjectName(QStringLiteral("removeField"));
    m_up->setObjectName(QStringLiteral("moveFieldUp"));
    m_down->setObjectName(QStringLiteral("moveFieldDown"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected field and the references to it"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_refusal->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Drag a type from the palette into the list, or "
                                     "double-click it to append a field."),
                                  this),
                       1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_refusal);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_palette);
    splitter->addWidget(listSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_palette, &FieldTypePalette::fieldTypeActivated, this,
            [this](const QString &type) { m_model->addField(type, -1); });
    connect(m_model, &FieldListModel::editRefused, this, &FieldsPage::showRefusal);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_context.selection && current.isValid())
                    m_context.selection->selectField(m_model->fieldnameAt(current.row()));
                updateButtons();
            });
    // The model resets on every change: select the shared selection's field again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_refusal->hide();
        selectRow(m_context.selection ? m_context.selection->field() : QString());
    });
    if (m_context.selection) {
        connect(m_context.selection, &EditorSelection::fieldSelected, this, &FieldsPage::selectRow);
    }
    connect(m_remove, &QToolButton::clicked, this,
            [this] { m_model->removeField(m_model->fieldnameAt(m_view->currentIndex().row())); });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        m_model->moveField(m_model->fieldnameAt(row), row - 1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        m_model->moveField(m_model->fieldnameAt(row), row + 2);
    });
    updateButtons();
}

QString FieldsPage::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void FieldsPage::selectRow(const QString &fieldname)
{
    const int row = m_model->rowOf(fieldname);
    if (row < 0) {
        m_view->clearSelection();
    } else if (m_view->currentIndex().row() != row) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    updateButtons();
}

void FieldsPage::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool editable = m_context.model->isEditable(m_context.doctype);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
}

void FieldsPage::showRefusal(const QString &message)
{
    m_refusal->setText(message);
    m_refusal->show();
}

} // namespace fm::studio
