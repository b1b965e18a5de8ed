// SPDX-License-Identifier: MIT
#include "designer/settings/viewspanel.h"

#include "designer/applyedit.h"
#include "meta/doctypeedits.h"
#include "project/projectmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

// `none` first, then `names`; selects `current` (added when it is not one of them).
void fill(QComboBox *combo, const QStringList &names, const QString &current, const QString &none)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(none, QString());
    for (const QString &name : names)
        combo->addItem(name, name);
    if (combo->findData(current) < 0)
        combo->addItem(current, current);
    combo->setCurrentIndex(combo->findData(current));
}

} // namespace

ViewsPanel::ViewsPanel(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_columns(new QListWidget(this))
    , m_kanban(new QComboBox(this))
    , m_start(new QComboBox(this))
    , m_end(new QComboBox(this))
    , m_title(new QComboBox(this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("viewsPanel"));
    m_columns->setObjectName(QStringLiteral("listColumns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setMaximumHeight(140);
    m_columns->setToolTip(tr("Check the columns of the list view; drag to order them"));
    m_kanban->setObjectName(QStringLiteral("kanbanGroupBy"));
    m_start->setObjectName(QStringLiteral("calendarStart"));
    m_end->setObjectName(QStringLiteral("calendarEnd"));
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_refusal->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("List columns"), m_columns);
    form->addRow(tr("Kanban groups by"), m_kanban);
    form->addRow(tr("Calendar starts on"), m_start);
    form->addRow(tr("Calendar ends on"), m_end);
    form->addRow(tr("Calendar shows"), m_title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_refusal);

    connect(m_columns, &QListWidget::itemChanged, this,
            [this] { commit(tr("Set list columns of %1").arg(m_context.doctype), current()); });
    connect(m_columns->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { commit(tr("Set list columns of %1").arg(m_context.doctype), current()); });
    connect(m_kanban, &QComboBox::activated, this,
            [this] { commit(tr("Set kanban group_by of %1").arg(m_context.doctype), current()); });
    for (QComboBox *combo : {m_start, m_end, m_title}) {
        connect(combo, &QComboBox::activated, this,
                [this] { commit(tr("Set calendar of %1").arg(m_context.doctype), current()); });
    }
    connect(m_context.model, &core::ProjectModel::doctypeChanged, this,
            [this](const QString &name) {
                if (name == m_context.doctype)
                    refresh();
            });
    setEnabled(m_context.model->isEditable(m_context.doctype));
    refresh();
}

QString ViewsPanel::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void ViewsPanel::refresh()
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    if (!d)
        return;
    m_updating = true;
    {
        const QSignalBlocker blocker(m_columns);
        m_columns->clear();
        QStringList ordered = d->views.listColumns;
        for (const QString &name : d->fieldnames()) {
            if (!ordered.contains(name))
                ordered << name;
        }
        for (const QString &name : ordered) {
            auto *item = new QListWidgetItem(name, m_columns);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                           Qt::ItemIsDragEnabled);
            item->setCheckState(d->views.listColumns.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    QStringList groupable, dates;
    const core::FieldTypeRegistry &types = m_context.model->fieldTypes();
    for (const core::Field &field : d->fields) {
        const QString base = types.type(field.fieldtype).base;
        if (base == QLatin1String("Select") || base == QLatin1String("Link"))
            groupable << field.fieldname;
        if (base == QLatin1String("Date") || base == QLatin1String("Datetime"))
            dates << field.fieldname;
    }
    fill(m_kanban, groupable, d->views.kanbanGroupBy, tr("(no kanban board)"));
    fill(m_start, dates, d->views.calendarStart, tr("(no calendar)"));
    fill(m_end, dates, d->views.calendarEnd, tr("(same day)"));
    fill(m_title, d->fieldnames(), d->views.calendarTitle, tr("(the name)"));
    m_end->setEnabled(!d->views.calendarStart.isEmpty());
    m_title->setEnabled(!d->views.calendarStart.isEmpty());
    m_updating = false;
}

core::Views ViewsPanel::current() const
{
    core::Views views;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            views.listColumns << m_columns->item(i)->text();
    }
    views.kanbanGroupBy = m_kanban->currentData().toString();
    views.calendarStart = m_start->currentData().toString();
    if (!views.calendarStart.isEmpty()) { // no end or title without a start
        views.calendarEnd = m_end->currentData().toString();
        views.calendarTitle = m_title->currentData().toString();
    }
    return views;
}

void ViewsPanel::commit(const QString &text, const core::Views &views)
{
    if (m_updating)
        return;
    const core::FieldTypeRegistry &types = m_context.model->fieldTypes();
    const Result<bool> pushed = applyEdit(
        m_context, text, [&](const core::DocType &d) { return core::setViews(d, types, views); });
    m_refusal->setVisible(!pushed);
    if (!pushed) {
        m_refusal->setText(pushed.error().message());
        refresh();
    }
}

} // namespace fm::studio
