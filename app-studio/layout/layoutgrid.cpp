// SPDX-License-Identifier: MIT
#include "layout/layoutgrid.h"

#include "layout/fielddelegate.h"
#include "layout/layoutcommands.h"
#include "layout/layoutmodel.h"
#include "model/editorselection.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>

namespace fm::studio {

namespace {

// A column of the grid: a list view whose root is the column's index. A model reset
// makes every view forget its root and selection; this one finds its column again and
// shows the selected field (the grid rebuilds only when columns come or go).
class ColumnView final : public QListView
{
public:
    ColumnView(LayoutModel *model, qsizetype section, qsizetype column, QWidget *parent)
        : QListView(parent)
        , m_model(model)
        , m_section(section)
        , m_column(column)
    {
        setModel(model);
        setItemDelegate(new FieldDelegate(this));
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setDropIndicatorShown(true);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFrameShape(QFrame::NoFrame);
        setBackgroundRole(QPalette::AlternateBase);
        setObjectName(QStringLiteral("column-%1-%2").arg(section).arg(column));
        restore();
        // After the selection model's own reset (connected in setModel), which clears it.
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (EditorSelection *selection = m_model->context().selection)
                showField(selection->field());
        });
    }

    void reset() override
    {
        QListView::reset();
        restore();
    }

    void showField(const QString &fieldname)
    {
        const QModelIndex index = m_model->fieldIndex(fieldname);
        if (index.isValid() && index.parent() == rootIndex())
            setCurrentIndex(index);
        else
            clearSelection();
    }

private:
    void restore()
    {
        if (!m_model)
            return;
        setRootIndex(m_model->columnIndex(m_section, m_column));
        // Columns side by side are as tall as the longest, plus a row to drop below it.
        qsizetype rows = 0;
        for (const QStringList &column : m_model->layout().value(m_section).columns)
            rows = std::max(rows, column.size());
        setFixedHeight(int((fontMetrics().height() * 2 + 4) * (rows + 1) + 4));
    }

    LayoutModel *m_model = nullptr; // null while QListView's constructor runs
    qsizetype m_section;
    qsizetype m_column;
};

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LayoutGrid::LayoutGrid(LayoutModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setSpacing(10);
    auto *add = new QPushButton(tr("Add section"), this);
    add->setObjectName(QStringLiteral("addSection"));
    connect(add, &QPushButton::clicked, this, [this] {
        report(layoutcommands::addSection(m_model->context(), m_model->layout().size()));
    });
    m_layout->addWidget(add, 0, Qt::AlignLeft);
    m_layout->addStretch(1);
    connect(model, &QAbstractItemModel::modelReset, this, &LayoutGrid::modelReset);
    if (EditorSelection *selection = model->context().selection)
        connect(selection, &EditorSelection::fieldSelected, this, &LayoutGrid::showSelection);
    rebuild();
}

QListView *LayoutGrid::columnView(qsizetype section, qsizetype column) const
{
    if (section < 0 || section >= m_sections.size())
        return nullptr;
    return m_sections.at(section).columns.value(column);
}

QLineEdit *LayoutGrid::sectionLabelEdit(qsizetype section) const
{
    return section >= 0 && section < m_sections.size() ? m_sections.at(section).label.data()
                                                       : nullptr;
}

QCheckBox *LayoutGrid::collapsibleBox(qsizetype section) const
{
    return section >= 0 && section < m_sections.size() ? m_sections.at(section).collapsible.data()
                                                       : nullptr;
}

void LayoutGrid::modelReset()
{
    QList<qsizetype> shape;
    for (const core::LayoutSection &section : m_model->layout())
        shape << section.columns.size();
    if (shape == m_shape)
        refresh();
    else
        rebuild();
}

void LayoutGrid::rebuild()
{
    // The old frames may hold the button whose click got us here: delete them later.
    for (const SectionWidgets &section : std::as_const(m_sections)) {
        if (section.frame) {
            // Hiding moves the focus: a label being typed in must not rename anything
            // now (this may run inside an undo).
            section.label->blockSignals(true);
            section.collapsible->blockSignals(true);
            m_layout->removeWidget(section.frame);
            section.frame->hide();
            section.frame->deleteLater();
        }
    }
    m_sections.clear();
    m_shape.clear();
    for (qsizetype s = 0; s < m_model->layout().size(); ++s) {
        m_layout->insertWidget(int(s), buildSection(s));
        m_shape << m_model->layout().at(s).columns.size();
    }
    refresh();
}

void LayoutGrid::refresh()
{
    for (qsizetype s = 0; s < m_sections.size(); ++s) {
        const core::LayoutSection &section = m_model->layout().at(s);
        SectionWidgets &widgets = m_sections[s];
        if (!widgets.label->hasFocus() && widgets.label->text() != section.label)
            widgets.label->setText(section.label);
        const QSignalBlocker blocker(widgets.collapsible);
        widgets.collapsible->setChecked(section.collapsible);
    }
}

QWidget *LayoutGrid::buildSection(qsizetype s)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("section-%1").arg(s));
    auto *box = new QVBoxLayout(frame);
    auto *header = new QHBoxLayout;
    SectionWidgets widgets;
    widgets.frame = frame;
    widgets.label = new QLineEdit(frame);
    widgets.label->setPlaceholderText(tr("Untitled section"));
    widgets.label->setToolTip(tr("The section's heading on the form; empty for none"));
    connect(widgets.label, &QLineEdit::editingFinished, this, [this, s] {
        const QString text = m_sections.value(s).label->text().trimmed();
        if (s < m_model->layout().size() && text != m_model->layout().at(s).label)
            report(layoutcommands::renameSection(m_model->context(), s, text));
    });
    widgets.collapsible = new QCheckBox(tr("Collapsible"), frame);
    connect(widgets.collapsible, &QCheckBox::toggled, this, [this, s](bool on) {
        report(layoutcommands::setCollapsible(m_model->context(), s, on));
    });
    header->addWidget(widgets.label, 1);
    header->addWidget(widgets.collapsible);
    const qsizetype count = m_model->layout().size();
    auto *up = toolButton(QStringLiteral("▲"), tr("Move the section up"), frame);
    up->setEnabled(s > 0);
    connect(up, &QToolButton::clicked, this,
            [this, s] { report(layoutcommands::moveSection(m_model->context(), s, s - 1)); });
    auto *down = toolButton(QStringLiteral("▼"), tr("Move the section down"), frame);
    down->setEnabled(s + 1 < count);
    connect(down, &QToolButton::clicked, this,
            [this, s] { report(layoutcommands::moveSection(m_model->context(), s, s + 1)); });
    auto *column = toolButton(tr("+ Column"), tr("Add a column at the right"), frame);
    column->setObjectName(QStringLiteral("addColumn"));
    connect(column, &QToolButton::clicked, this, [this, s] {
        report(layoutcommands::addColumn(m_model->context(), s,
                                         m_model->layout().at(s).columns.size()));
    });
    auto *remove =
        toolButton(QStringLiteral("✕"), tr("Remove the section; its fields go to the tray"), frame);
    remove->setObjectName(QStringLiteral("removeSection"));
    remove->setEnabled(count > 1);
    connect(remove, &QToolButton::clicked, this,
            [this, s] { report(layoutcommands::removeSection(m_model->context(), s)); });
    for (QToolButton *button : {up, down, column, remove})
        header->addWidget(button);
    box->addLayout(header);

    auto *columns = new QHBoxLayout;
    for (qsizetype c = 0; c < m_model->layout().at(s).columns.size(); ++c)
        columns->addWidget(buildColumn(s, c, widgets), 1);
    box->addLayout(columns);
    m_sections << widgets;
    return frame;
}

QWidget *LayoutGrid::buildColumn(qsizetype s, qsizetype c, SectionWidgets &widgets)
{
    auto *pane = new QWidget;
    auto *box = new QVBoxLayout(pane);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Column %1").arg(c + 1), pane), 1);
    const qsizetype count = m_model->layout().at(s).columns.size();
    auto *left = toolButton(QStringLiteral("◀"), tr("Move the column left"), pane);
    left->setEnabled(c > 0);
    connect(left, &QToolButton::clicked, this,
            [this, s, c] { report(layoutcommands::moveColumn(m_model->context(), s, c, c - 1)); });
    auto *right = toolButton(QStringLiteral("▶"), tr("Move the column right"), pane);
    right->setEnabled(c + 1 < count);
    connect(right, &QToolButton::clicked, this,
            [this, s, c] { report(layoutcommands::moveColumn(m_model->context(), s, c, c + 1)); });
    auto *remove =
        toolButton(QStringLiteral("✕"), tr("Remove the column; its fields go to the tray"), pane);
    remove->setEnabled(count > 1);
    connect(remove, &QToolButton::clicked, this,
            [this, s, c] { report(layoutcommands::removeColumn(m_model->context(), s, c)); });
    for (QToolButton *button : {left, right, remove})
        header->addWidget(button);
    box->addLayout(header);

    auto *view = new ColumnView(m_model, s, c, pane);
    connect(view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (EditorSelection *selection = m_model->context().selection)
            selection->selectField(index.data(LayoutModel::FieldnameRole).toString());
    });
    box->addWidget(view);
    box->addStretch(1);
    widgets.columns << view;
    return pane;
}

void LayoutGrid::showSelection(const QString &fieldname)
{
    for (const SectionWidgets &section : std::as_const(m_sections)) {
        for (const auto &view : section.columns)
            static_cast<ColumnView *>(view.data())->showField(fieldname);
    }
}

void LayoutGrid::report(const Result<void> &result)
{
    if (!result)
        emit editRefused(result.error().message());
}

} // namespace fm::studio
