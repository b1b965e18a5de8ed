// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace fm::studio {

class ActionRegistry;

// The command palette's rows: every enabled, visible action of the registry as
// "Category: Text" with its shortcut, fuzzy-filtered and best match first.
class CommandPaletteModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ShortcutRole = Qt::UserRole + 1, ActionIdRole };

    explicit CommandPaletteModel(ActionRegistry *registry, QObject *parent = nullptr);

    // Actions left out whatever the filter (the palette's own action).
    void setExcludedIds(const QStringList &ids);
    // Reads the registry again (enabled states change) and applies the filter.
    void refresh();
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    QString actionId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString label(const QString &id) const;

    ActionRegistry *m_registry;
    QStringList m_excluded;
    QString m_filter;
    QStringList m_ids; // shown, in order
};

} // namespace fm::studio
