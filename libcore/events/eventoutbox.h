// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "db/tablespec.h"
#include "events/event.h"

#include <QDateTime>

#include <optional>

namespace fm::core {

class ConnectionPool;

// The outbox table: DocumentService appends one row per change inside the change's
// own transaction, so a rollback leaves no event and a commit keeps it (ADR 0220).
// Positions of durable consumers live beside it. Both are internal tables the
// Migrator creates (`_fm_` prefix), not DocTypes.
class FM_CORE_EXPORT EventOutbox final
{
public:
    static QString table();       // "_fm_event_outbox"
    static QString cursorTable(); // "_fm_event_cursor"
    // What commits that append are announced on to other processes (db/commitsignal.h).
    static QString channel(); // "fm_events"
    static QList<TableSpec> tableSpecs();

    explicit EventOutbox(ConnectionPool &pool);

    // Writes `event` on this thread's connection (inside the caller's transaction) and
    // sets its sequence.
    Result<void> append(Event &event);
    // Up to `limit` events after `sequence`, in sequence order.
    Result<QList<Event>> after(qint64 sequence, int limit);
    Result<qint64> lastSequence(); // 0 when the outbox is empty
    // Where a reader starts to see the first event at or after `time` (the sequence
    // before it); the last sequence when there is none yet.
    Result<qint64> positionBefore(const QDateTime &time);
    // Where a reader starts to see the last `count` events (of `doctype`, when given).
    Result<qint64> positionBeforeLast(int count, const QString &doctype = {});

    // The stored position of a durable consumer; nullopt when it has none yet.
    Result<std::optional<qint64>> position(const QString &consumer);
    Result<void> setPosition(const QString &consumer, qint64 position);
    // Deletes events older than `before` that every consumer seen since `before` has
    // passed. The newest event always stays, so sequences are never handed out twice.
    Result<qint64> prune(const QDateTime &before);

private:
    ConnectionPool &m_pool;
    struct Sql
    {
        QString append, after, last, position, setPosition, prune;
        QString beforeAppend; // db/commitsignal.h; empty on SQLite
    } m_sql;                  // built once: the pool's statement cache is keyed by the text
};

} // namespace fm::core
