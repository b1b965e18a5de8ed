// SPDX-License-Identifier: MIT
#include "server/serverlogmodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace fm::studio {

using Level = ServerLogEntry::Level;

ServerLogModel::ServerLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServerLogModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    if (int(m_rows.size()) > m_capacity)
        dropFront(int(m_rows.size()) - m_capacity);
}

void ServerLogModel::append(const ServerLogEntry &entry)
{
    append(QList<ServerLogEntry>{entry});
}

void ServerLogModel::append(const QList<ServerLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    // More new rows than fit: only the newest are kept, the buffer is replaced.
    const qsizetype first = qMax<qsizetype>(0, entries.size() - m_capacity);
    const int adding = int(entries.size() - first);
    const int overflow = int(m_rows.size()) + adding - m_capacity;
    if (overflow > 0)
        dropFront(overflow);
    m_dropped += first;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + adding - 1);
    for (qsizetype i = first; i < entries.size(); ++i)
        m_rows.push_back(entries.at(i));
    endInsertRows();
}

void ServerLogModel::dropFront(int rows)
{
    rows = qMin(rows, int(m_rows.size()));
    if (rows <= 0)
        return;
    beginRemoveRows({}, 0, rows - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + rows);
    m_dropped += rows;
    endRemoveRows();
}

void ServerLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    endResetModel();
}

int ServerLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerLogModel::levelTitle(Level level)
{
    switch (level) {
    case Level::Debug:
        return tr("Debug");
    case Level::Info:
        return tr("Info");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    }
    return {};
}

QString ServerLogModel::text(const ServerLogEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case LevelColumn:
        return levelTitle(entry.level);
    case MethodColumn:
        return entry.method;
    case PathColumn:
        return entry.path;
    case StatusColumn:
        return entry.status >= 0 ? QString::number(entry.status) : QString();
    case DurationColumn:
        return entry.durationMs >= 0 ? tr("%1 ms").arg(entry.durationMs, 0, 'f', 1) : QString();
    case UserColumn:
        return entry.user;
    case RequestIdColumn:
        return entry.requestId;
    case MessageColumn:
        // Lines from the Studio say which part sent them: "preview: page failed to load".
        return entry.source == ServerLogEntry::Source::Studio && !entry.origin.isEmpty()
                   ? entry.origin + QLatin1String(": ") + entry.message
                   : entry.message;
    default:
        return {};
    }
}

QVariant ServerLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ServerLogEntry &entry = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return entry.time.toString(Qt::ISODateWithMs);
        if (index.column() == MessageColumn || index.column() == PathColumn ||
            index.column() == RequestIdColumn)
            return text(entry, index.column());
        return {};
    case Qt::ForegroundRole:
        if (index.column() != LevelColumn && index.column() != StatusColumn)
            return {};
        if (entry.level == Level::Error)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (entry.level == Level::Warning)
            return QBrush(QColor(0xa0, 0x60, 0x00));
        if (entry.level == Level::Debug)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LevelRole:
        return int(entry.level);
    case SearchTextRole: {
        QStringList parts;
        for (int column = 0; column < ColumnCount; ++column)
            parts << text(entry, column);
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant ServerLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case UserColumn:
        return tr("User");
    case RequestIdColumn:
        return tr("Request ID");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace fm::studio
