// SPDX-License-Identifier: MIT
#pragma once

#include "server/serverlogentry.h"

#include <QAbstractTableModel>

#include <deque>

namespace fm::studio {

// The Server log as a table, oldest first. A ring buffer: past capacity() rows (10,000 by
// default, about 3 MB) the oldest rows go as new ones come, so a server left running for
// days costs the Studio a bounded amount of memory.
class ServerLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        LevelColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        UserColumn,
        RequestIdColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        LevelRole = Qt::UserRole + 1, // int(ServerLogEntry::Level)
        SearchTextRole,               // every column's text in one string, for the filter
    };
    static constexpr int kDefaultCapacity = 10000;

    explicit ServerLogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int rows); // at least 1; drops the oldest rows past it
    void append(const ServerLogEntry &entry);
    void append(const QList<ServerLogEntry> &entries);
    void clear();
    const ServerLogEntry &entry(int row) const { return m_rows.at(size_t(row)); }
    // Rows dropped from the front since the model was made or cleared.
    qint64 droppedRows() const { return m_dropped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString levelTitle(ServerLogEntry::Level level); // translated "Warning", ...

private:
    QString text(const ServerLogEntry &entry, int column) const;
    void dropFront(int rows);

    std::deque<ServerLogEntry> m_rows;
    int m_capacity = kDefaultCapacity;
    qint64 m_dropped = 0;
};

} // namespace fm::studio
