// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "events/event.h"

#include <QDateTime>

#include <optional>

namespace fm::core {

class ConnectionPool;

// Where `m events tail` starts and what it shows.
struct EventTailOptions
{
    QString doctype;                     // empty: every DocType
    std::optional<qint64> afterSequence; // start after this sequence, or
    QDateTime since;                     // at the first event at or after this time, or
    int last = 10;                       // (neither set) with the last `last` matching events
};

// Reads the site's outbox in commit order like `tail -f` reads a file: a start given by
// the options, then each read() returns what was committed since the one before. Reads
// only, and keeps no cursor in the database (it is not a consumer; events.md).
class FM_CORE_EXPORT EventTail final
{
public:
    EventTail(ConnectionPool &pool, EventTailOptions options);

    // Finds the start; a site without an outbox says `m migrate`.
    Result<void> start();
    // Up to `max` matching events after the position (max < 0: all there are); the
    // position moves past them and past the events that did not match.
    Result<QList<Event>> read(int max = -1);
    qint64 position() const { return m_position; }

private:
    ConnectionPool &m_pool;
    EventTailOptions m_options;
    qint64 m_position = 0;
};

} // namespace fm::core
