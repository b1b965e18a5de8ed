// SPDX-License-Identifier: MIT
#include "layout/layouteditor.h"

#include "formpreview/formpreview.h"
#include "layout/fielddelegate.h"
#include "layout/layoutgrid.h"
#include "layout/layoutmodel.h"
#include "layout/traymodel.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"

#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

QScrollArea *scrolled(QWidget *widget, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setWidget(widget);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

LayoutEditor::LayoutEditor(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_layoutModel(new LayoutModel(context, this))
    , m_trayModel(new TrayModel(context, this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftBox = new QVBoxLayout(left);
    leftBox->addWidget(heading(tr("Sections and columns"), left));
    m_message = new QLabel(left);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::Highlight);
    m_message->setMargin(4);
    m_message->hide();
    leftBox->addWidget(m_message);
    m_grid = new LayoutGrid(m_layoutModel);
    leftBox->addWidget(scrolled(m_grid, left), 1);

    m_trayTitle = heading(QString(), left);
    leftBox->addWidget(m_trayTitle);
    m_trayView = new QListView(left);
    m_trayView->setObjectName(QStringLiteral("tray"));
    m_trayView->setModel(m_trayModel);
    m_trayView->setItemDelegate(new FieldDelegate(m_trayView));
    m_trayView->setFlow(QListView::LeftToRight);
    m_trayView->setWrapping(true);
    m_trayView->setDragDropMode(QAbstractItemView::DragDrop);
    m_trayView->setDefaultDropAction(Qt::MoveAction);
    m_trayView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trayView->setFixedHeight(m_trayView->fontMetrics().height() * 5);
    m_trayView->setToolTip(tr("Fields not on the form yet: drag them into a column, or drag "
                              "a field here to take it off the form"));
    leftBox->addWidget(m_trayView);

    auto *right = new QWidget(splitter);
    auto *rightBox = new QVBoxLayout(right);
    rightBox->addWidget(heading(tr("Form preview"), right));
    m_preview = new FormPreview(context);
    rightBox->addWidget(scrolled(m_preview, right), 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_layoutModel, &LayoutModel::editRefused, this, &LayoutEditor::showMessage);
    connect(m_trayModel, &TrayModel::editRefused, this, &LayoutEditor::showMessage);
    connect(m_grid, &LayoutGrid::editRefused, this, &LayoutEditor::showMessage);
    connect(m_trayModel, &QAbstractItemModel::modelReset, this, &LayoutEditor::updateTrayTitle);
    // A successful edit clears the last refusal.
    connect(context.undoStack, &QUndoStack::indexChanged, this, [this] { showMessage({}); });
    connect(m_trayView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (m_context.selection)
            m_context.selection->selectField(index.data(TrayModel::FieldnameRole).toString());
    });
    if (context.selection) {
        connect(context.selection, &EditorSelection::fieldSelected, this,
                &LayoutEditor::showSelectionInTray);
        // After the view's selection model has cleared itself on the reset.
        connect(m_trayModel, &QAbstractItemModel::modelReset, this,
                [this] { showSelectionInTray(m_context.selection->field()); });
    }
    updateTrayTitle();
}

QString LayoutEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LayoutEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LayoutEditor::showSelectionInTray(const QString &fieldname)
{
    const QModelIndex index = m_trayModel->fieldIndex(fieldname);
    if (index.isValid())
        m_trayView->setCurrentIndex(index);
    else
        m_trayView->clearSelection();
}

void LayoutEditor::updateTrayTitle()
{
    const int count = m_trayModel->rowCount();
    m_trayTitle->setText(count == 0 ? tr("Not on the form: none")
                                    : tr("Not on the form (%n)", nullptr, count));
}

} // namespace fm::studio
