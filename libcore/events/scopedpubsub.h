// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "events/event.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace fm::core {

class DocumentService;
class PermissionEngine;

// What a live connection listens to: every document of a DocType (name empty) or one.
struct LiveTopic
{
    QString doctype; // the DocType's name, exactly
    QString name;    // one document; empty for all of them

    bool covers(const Event &event) const
    {
        return event.doctype == doctype && (name.isEmpty() || event.name == name);
    }
    bool operator==(const LiveTopic &) const = default;
};

// Bounds of the scoped delivery (docs/adr/0234). Memory per connection is at most
// maxQueued events; the dispatcher holds at most maxPending events for everyone.
struct LiveLimits
{
    int maxQueued = 256;   // events waiting for one connection before it is dropped
    int coalesceFrom = 32; // from this many waiting, an update merges into a waiting one
    int maxPending = 10000;
    int maxTopics = 100; // topics per connection
};

// One live connection's side of the scoped PubSub: who it is, what it listens to and
// the bounded queue of the events it may read (already redacted to the fields it may
// read). Thread-safe: the dispatcher fills the queue, the connection's thread takes.
class FM_CORE_EXPORT LiveSubscriber final
{
public:
    LiveSubscriber(const Principal &who, const LiveLimits &limits, std::function<void()> notify);

    const Principal &principal() const { return m_principal; }

    // Fails (BadRequest) past LiveLimits::maxTopics; a topic already held is no error.
    Result<void> subscribe(const LiveTopic &topic);
    void unsubscribe(const LiveTopic &topic);
    QList<LiveTopic> topics() const;
    bool wants(const Event &event) const;

    // Every waiting event, oldest first; the queue is empty afterwards.
    QList<Event> take();
    // Not empty once the connection fell too far behind: why it must be closed. Its
    // queue is dropped then and nothing more is queued.
    QString overloaded() const;
    qint64 coalesced() const { return m_coalesced.load(); }

private:
    friend class ScopedPubSub;
    // Queues `event` (coalescing or overloading as the limits say) and notifies.
    void push(Event event);
    void overload(const QString &reason);

    const Principal m_principal;
    const LiveLimits m_limits;
    const std::function<void()> m_notify;
    mutable QMutex m_mutex; // guards everything below
    QList<LiveTopic> m_topics;
    QList<Event> m_queue;
    QString m_overloaded;
    std::atomic<qint64> m_coalesced{0};
};

// Document events from the service's relay, delivered only to the live connections
// whose principal may read the document (ARCHITECTURE section 9, issue 8 item 5): the
// PermissionEngine decides per event and per connection (rules, if_owner, shares),
// and the changes are cut to the fields the connection may read (permlevel). A
// dispatcher thread does the reading, so a commit only appends to a bounded queue.
class FM_CORE_EXPORT ScopedPubSub final
{
public:
    ScopedPubSub(DocumentService &service, PermissionEngine &engine, const LiveLimits &limits = {});
    ~ScopedPubSub();
    ScopedPubSub(const ScopedPubSub &) = delete;
    ScopedPubSub &operator=(const ScopedPubSub &) = delete;

    // A new connection for `who`. `notify` runs on the dispatcher thread whenever the
    // subscriber has events to take or was overloaded: it must only wake its owner.
    std::shared_ptr<LiveSubscriber> connect(const Principal &who, std::function<void()> notify);
    void disconnect(const std::shared_ptr<LiveSubscriber> &subscriber);
    int connectionCount() const;

    // Events handed to connections and events held back from connections that may not
    // read them, since the PubSub was made.
    qint64 delivered() const;
    qint64 withheld() const;
    // Waits up to `ms` until every event handed over so far has been dispatched.
    bool waitIdle(int ms) const;

    const LiveLimits &limits() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
