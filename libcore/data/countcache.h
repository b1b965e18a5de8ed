// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/querycompiler.h"

#include <QHash>
#include <QMutex>

#include <atomic>

namespace fm::core {

class ConnectionPool;
class Repository;

// Counts of list queries (a list page's `total`), kept while the database provably has
// not changed as seen from the connection that counted: the dialect's change token
// (SQLite: this connection's total_changes() and data_version, which moves when any
// other connection or process commits) must be the same as when the count was taken.
// Counting 25 000 matching rows costs ~1.5 ms; checking the token costs microseconds.
// Inside a transaction nothing is cached: its writes may still roll back.
class FM_CORE_EXPORT CountCache final
{
public:
    CountCache(ConnectionPool &pool, Repository &repository);

    Result<qint64> count(const SqlStatement &statement);

    qint64 hits() const { return m_hits.load(); } // for tests and metrics

private:
    struct Entry
    {
        QVariantList token;
        qint64 count = 0;
    };
    static constexpr int kMaxEntries = 512;

    Result<qint64> countNow(const SqlStatement &statement);

    ConnectionPool &m_pool;
    Repository &m_repository;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries; // connection + SQL + values -> count
    std::atomic<qint64> m_hits{0};
};

} // namespace fm::core
