// SPDX-License-Identifier: MIT
#include "db/transaction.h"

#include "db/dialect.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QHash>

namespace fm::core {

namespace {

struct TransactionTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Transaction)
};

} // namespace

namespace {

// Open transactions per connection. A connection belongs to one thread, so a
// thread-local map needs no lock.
QHash<QString, int> &openDepths()
{
    thread_local QHash<QString, int> depths;
    return depths;
}

// What atEnd() registered, per connection, in registration order.
struct EndHooks
{
    QList<const void *> keys;
    QList<Transaction::EndHook> hooks;
};

QHash<QString, EndHooks> &endHooks()
{
    thread_local QHash<QString, EndHooks> hooks;
    return hooks;
}

void runEnded(EndHooks hooks, bool committed)
{
    for (const Transaction::EndHook &hook : std::as_const(hooks.hooks)) {
        if (hook.ended)
            hook.ended(committed);
    }
}

QString savepointName(int depth)
{
    return QStringLiteral("fm_sp_%1").arg(depth);
}

} // namespace

Result<Transaction> Transaction::begin(QSqlDatabase db, const Dialect &dialect, Mode mode)
{
    if (!db.isOpen()) {
        return fail(ErrorCode::Internal,
                    TransactionTr::tr("cannot begin a transaction on a closed connection; take the "
                                      "connection from ConnectionPool::connection()"));
    }
    const int depth = openDepths().value(db.connectionName(), 0);
    const QString sql = depth > 0
                            ? dialect.savepoint(savepointName(depth))
                            : (mode == Mode::Write ? dialect.beginWrite() : dialect.beginRead());
    auto started = execSql(db, dialect, sql);
    if (!started)
        return fail(started.error().withContext(TransactionTr::tr("starting a transaction")));
    openDepths().insert(db.connectionName(), depth + 1);
    return Transaction(db, dialect, depth);
}

Transaction::Transaction(QSqlDatabase db, const Dialect &dialect, int depth)
    : m_db(std::move(db))
    , m_dialect(&dialect)
    , m_depth(depth)
    , m_active(true)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_dialect(other.m_dialect)
    , m_depth(other.m_depth)
    , m_active(std::exchange(other.m_active, false))
{}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

int Transaction::depth(const QString &connectionName)
{
    return openDepths().value(connectionName, 0);
}

void Transaction::atEnd(const QString &connectionName, const void *key, EndHook hook)
{
    EndHooks &hooks = endHooks()[connectionName];
    if (hooks.keys.contains(key))
        return;
    hooks.keys << key;
    hooks.hooks << std::move(hook);
}

Result<void> Transaction::commit()
{
    if (!m_active) {
        return fail(
            ErrorCode::Internal,
            TransactionTr::tr("commit on a transaction that already ended; begin a new one"));
    }
    if (m_depth == 0) {
        // Still inside the transaction, as one more nested level would be: a hook's
        // own statements (and savepoints) belong to it. By index: a hook may add one.
        for (qsizetype i = 0; i < endHooks().value(m_db.connectionName()).hooks.size(); ++i) {
            const EndHook hook = endHooks().value(m_db.connectionName()).hooks.at(i);
            if (!hook.beforeCommit)
                continue;
            if (auto ready = hook.beforeCommit(); !ready) {
                rollback();
                return fail(ready.error());
            }
        }
    }
    return finish(true);
}

void Transaction::rollback()
{
    if (m_active)
        (void)finish(false);
}

Result<void> Transaction::finish(bool commit)
{
    m_active = false;
    QHash<QString, int> &depths = openDepths();
    const QString connection = m_db.connectionName();
    // An enclosing transaction that ended first took this one's work with it.
    if (depths.value(connection, 0) <= m_depth)
        return commit ? fail(ErrorCode::Internal,
                             TransactionTr::tr("the enclosing transaction ended before this nested "
                                               "one; end nested transactions first"))
                      : Result<void>{};
    depths.insert(connection, m_depth);
    if (m_depth == 0)
        depths.remove(connection);

    const Dialect &dialect = *m_dialect;
    if (m_depth > 0) {
        const QString savepoint = savepointName(m_depth);
        if (commit) {
            auto released = execSql(m_db, dialect, dialect.releaseSavepoint(savepoint));
            if (released)
                return {};
            (void)execSql(m_db, dialect, dialect.rollbackToSavepoint(savepoint));
            (void)execSql(m_db, dialect, dialect.releaseSavepoint(savepoint));
            return fail(
                released.error().withContext(TransactionTr::tr("committing a nested transaction")));
        }
        // ROLLBACK TO keeps the savepoint open; RELEASE drops it from the stack.
        (void)execSql(m_db, dialect, dialect.rollbackToSavepoint(savepoint));
        (void)execSql(m_db, dialect, dialect.releaseSavepoint(savepoint));
        return {};
    }
    const EndHooks hooks = endHooks().take(connection);
    if (commit) {
        auto committed = execSql(m_db, dialect, dialect.commit());
        if (committed) {
            runEnded(hooks, true);
            return {};
        }
        // A failed COMMIT (busy) leaves the transaction open; end it so the connection is usable.
        (void)execSql(m_db, dialect, dialect.rollback());
        runEnded(hooks, false);
        return fail(committed.error().withContext(TransactionTr::tr("committing the transaction")));
    }
    // The engine may have rolled back already (e.g. after a disk error); nothing to undo then.
    (void)execSql(m_db, dialect, dialect.rollback());
    runEnded(hooks, false);
    return {};
}

} // namespace fm::core
