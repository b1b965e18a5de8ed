// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"

#include <QHash>
#include <QMutex>

namespace fm::core {

class ConnectionPool;
class NamingPattern;
struct DocTypeTable;

// Gives a new document its name by the DocType's naming rule. Series counters
// live in the `naming_counter` table (the core app's Naming Counter DocType) and
// advance with one atomic upsert inside the caller's write transaction, so
// concurrent inserts never share a number and a rolled-back insert frees its own.
class FM_CORE_EXPORT NamingService final
{
public:
    explicit NamingService(ConnectionPool &pool);
    ~NamingService();

    Result<QString> nameFor(const DocTypeTable &table, const Document &doc, const QString &user);

    // Advances and returns the counter for `key` (starting at 1).
    Result<qint64> nextCounter(const QString &key, const QString &user);

private:
    Result<std::shared_ptr<const NamingPattern>> pattern(const DocTypeTable &table);

    ConnectionPool &m_pool;
    QMutex m_mutex; // guards m_patterns; parsing happens once per DocType
    QHash<QString, std::shared_ptr<const NamingPattern>> m_patterns;
};

} // namespace fm::core
