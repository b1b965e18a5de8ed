// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QSqlDatabase>

#include <functional>

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

    // Work tied to the end of the outermost transaction open on `connectionName` (this
    // thread's): `beforeCommit` runs inside it just before COMMIT (a failure rolls it
    // back and is commit()'s error), `ended` after it ends either way (true: committed).
    // One registration per `key` and transaction; registering again keeps the first.
    // The event outbox writes its rows there, so the lock it takes for commit order is
    // held only from then to the commit (docs/adr/0254). Needs an open transaction.
    struct EndHook
    {
        std::function<Result<void>()> beforeCommit;
        std::function<void(bool committed)> ended;
    };
    static void atEnd(const QString &connectionName, const void *key, EndHook hook);
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
