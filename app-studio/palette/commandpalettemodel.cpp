// SPDX-License-Identifier: MIT
#include "palette/commandpalettemodel.h"

#include "palette/fuzzymatch.h"
#include "shell/actionregistry.h"

#include <QAction>

#include <algorithm>

namespace fm::studio {

CommandPaletteModel::CommandPaletteModel(ActionRegistry *registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{}

void CommandPaletteModel::setExcludedIds(const QStringList &ids)
{
    m_excluded = ids;
    refresh();
}

void CommandPaletteModel::refresh()
{
    struct Row
    {
        QString id;
        int score;
        int order;
    };
    QList<Row> rows;
    const QStringList ids = m_registry->actionIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QAction *action = m_registry->action(ids.at(i));
        if (!action || !action->isEnabled() || !action->isVisible() || action->isSeparator() ||
            m_excluded.contains(ids.at(i)))
            continue;
        const int score = fuzzyScore(m_filter, label(ids.at(i)));
        if (score >= 0)
            rows.append({ids.at(i), score, i});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.score > b.score; });
    beginResetModel();
    m_ids.clear();
    for (const Row &row : std::as_const(rows))
        m_ids << row.id;
    endResetModel();
}

void CommandPaletteModel::setFilter(const QString &filter)
{
    m_filter = filter;
    refresh();
}

QString CommandPaletteModel::actionId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    const QString id = actionId(index.row());
    const QAction *action = m_registry->action(id);
    if (!action)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return label(id);
    case Qt::DecorationRole:
        return action->icon();
    case Qt::ToolTipRole:
        return action->statusTip();
    case ShortcutRole:
        return action->shortcut().toString(QKeySequence::NativeText);
    case ActionIdRole:
        return id;
    default:
        return {};
    }
}

QString CommandPaletteModel::label(const QString &id) const
{
    const ActionInfo info = m_registry->info(id);
    const QAction *action = m_registry->action(id);
    QString text = action ? action->text() : info.text;
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return info.category.isEmpty() ? text : info.category + QStringLiteral(": ") + text;
}

} // namespace fm::studio
