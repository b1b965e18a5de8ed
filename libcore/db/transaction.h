// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QSqlDatabase>

namespace fm::core {

class Dialect;

// A transaction on one connection, rolled back on destruction unless committed.
// Nested use on the same connection becomes a SAVEPOINT, so a service call made
// inside another's transaction commits or rolls back with its part only.
class FM_CORE_EXPORT Transaction final
{
public:
    enum class Mode { Read, Write };

    static Result<Transaction> begin(QSqlDatabase db, const Dialect &dialect, Mode mode);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();
    // How many transactions are open on this thread's connection `connectionName`.
    static int depth(const QString &connectionName);
    bool isActive() const { return m_active; }
    bool isNested() const { return m_depth > 0; }

private:
    Transaction(QSqlDatabase db, const Dialect &dialect, int depth);
    Result<void> finish(bool commit);
    QSqlDatabase m_db;
    const Dialect *m_dialect = nullptr;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace fm::core
