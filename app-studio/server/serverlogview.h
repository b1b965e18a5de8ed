// SPDX-License-Identifier: MIT
#pragma once

#include "server/serverlogentry.h"

#include <QSortFilterProxyModel>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QTableView;
QT_END_NAMESPACE

namespace fm::studio {

class ServerLogModel;

// The rows of the Server log a person asked for: at or above a level, and containing a
// text (any column, case-insensitive).
class ServerLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(ServerLogEntry::Level level);
    ServerLogEntry::Level minimumLevel() const { return m_level; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ServerLogEntry::Level m_level = ServerLogEntry::Level::Debug;
    QString m_text;
};

// The log console: a level filter, a search field and the table. It follows the newest
// row while scrolled to the bottom; scrolled up, it stays where the user is.
class ServerLogView final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerLogView(ServerLogModel *log, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ServerLogFilter *filter() const { return m_filter; }
    QComboBox *levelBox() const { return m_level; }
    QLineEdit *searchField() const { return m_search; }
    bool isFollowingTail() const { return m_follow; }

private:
    ServerLogModel *m_log;
    ServerLogFilter *m_filter;
    QComboBox *m_level;
    QLineEdit *m_search;
    QTableView *m_table;
    bool m_follow = true;
};

} // namespace fm::studio
