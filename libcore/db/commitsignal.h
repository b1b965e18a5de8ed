// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QObject>
#include <QString>

#include <memory>

namespace fm::core {

class ConnectionPool;
class Dialect;

// Commits that other processes on the same database should hear about at once: the
// event outbox, read by the relay of every `m start` (docs/adr/0248). On PostgreSQL a
// transaction that appends to the outbox runs appendSql() first: it takes a lock held
// until the commit, so sequences are handed out in commit order and a reader that
// follows the log by sequence never passes one a slower transaction commits later, and
// it queues a NOTIFY that the server sends when (and only if) the transaction commits.
// SQLite's writers take turns anyway and it has no notifications: appendSql() is
// empty there, listen() answers null, and readers poll.
namespace commitsignal {

// The statement to run inside the appending transaction before the append; empty when
// the engine needs none.
FM_CORE_EXPORT QString appendSql(const Dialect &dialect, const QString &channel);

} // namespace commitsignal

// Waits for commits on `channel` on a connection of its own (LISTEN), on the thread
// that made it: notified() is emitted from that thread's event loop, once per batch of
// notifications. A lost connection is reopened every second (reconnected() then says
// so, since notifications sent meanwhile are gone: read what you may have missed).
class FM_CORE_EXPORT CommitListener final : public QObject
{
    Q_OBJECT
public:
    // Null when the pool's engine has no notifications (SQLite): poll instead. Fails
    // when the database cannot be reached now.
    static Result<std::unique_ptr<CommitListener>> listen(const ConnectionPool &pool,
                                                          const QString &channel);
    ~CommitListener() override;

    // How many notifications arrived so far (for tests and the log).
    qint64 received() const;

signals:
    void notified();
    void reconnected();

private:
    explicit CommitListener(const ConnectionPool &pool, const QString &channel);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
