// SPDX-License-Identifier: MIT
#include "designer/properties/optionslisteditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fm::studio {

OptionsListEditor::OptionsListEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    m_list->setAccessibleName(tr("Choices"));
    m_list->setMaximumHeight(120);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_up->setText(QStringLiteral("↑"));
    m_up->setToolTip(tr("Move the choice up"));
    m_down->setText(QStringLiteral("↓"));
    m_down->setToolTip(tr("Move the choice down"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            report();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &OptionsListEditor::updateButtons);
    connect(m_add, &QToolButton::clicked, this, [this] {
        addChoice(tr("Choice %1").arg(m_list->count() + 1));
        m_list->editItem(m_list->item(m_list->count() - 1));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { removeChoice(m_list->currentRow()); });
    connect(m_up, &QToolButton::clicked, this,
            [this] { moveChoice(m_list->currentRow(), m_list->currentRow() - 1); });
    connect(m_down, &QToolButton::clicked, this,
            [this] { moveChoice(m_list->currentRow(), m_list->currentRow() + 1); });
    updateButtons();
}

void OptionsListEditor::setOptions(const QString &options)
{
    if (options == this->options())
        return;
    m_updating = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QString &line : options.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        auto *item = new QListWidgetItem(line.trimmed(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_updating = false;
    updateButtons();
}

QString OptionsListEditor::options() const
{
    QStringList choices;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            choices << text;
    }
    return choices.join(QLatin1Char('\n'));
}

void OptionsListEditor::addChoice(const QString &choice)
{
    m_updating = true;
    auto *item = new QListWidgetItem(choice, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_updating = false;
    report();
}

void OptionsListEditor::removeChoice(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    delete m_list->takeItem(row);
    report();
}

void OptionsListEditor::moveChoice(int row, int to)
{
    if (row < 0 || row >= m_list->count() || to < 0 || to >= m_list->count() || row == to)
        return;
    m_updating = true;
    m_list->insertItem(to, m_list->takeItem(row));
    m_list->setCurrentRow(to);
    m_updating = false;
    report();
}

void OptionsListEditor::report()
{
    updateButtons();
    emit optionsChanged(options());
}

void OptionsListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace fm::studio
