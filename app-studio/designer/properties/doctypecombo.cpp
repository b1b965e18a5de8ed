// SPDX-License-Identifier: MIT
#include "designer/properties/doctypecombo.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace fm::studio {

DocTypeCombo::DocTypeCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Type to search DocTypes"));
    connect(this, &QComboBox::activated, this, [this](int index) { choose(itemText(index)); });
    connect(lineEdit(), &QLineEdit::editingFinished, this,
            [this] { choose(lineEdit()->text().trimmed()); });
}

void DocTypeCombo::setNames(const QStringList &names)
{
    const QSignalBlocker blocker(this);
    clear();
    addItems(names);
    setEditText(m_target);
}

void DocTypeCombo::setTarget(const QString &name)
{
    m_target = name;
    const QSignalBlocker blocker(this);
    const int index = findText(name);
    if (index >= 0)
        setCurrentIndex(index);
    setEditText(name);
}

void DocTypeCombo::choose(const QString &name)
{
    if (name == m_target)
        return;
    m_target = name;
    emit targetChosen(name);
}

} // namespace fm::studio
