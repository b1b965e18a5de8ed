// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "events/event.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace fm::core {

class ConnectionPool;

namespace detail {
struct RelayState;
}

using EventHandler = std::function<void(const Event &)>;

// Keeps a subscription alive: destroying or resetting it unsubscribes, and waits for a
// delivery in progress on another thread, so a handler never outlives its handle.
// Safe to outlive the relay.
class FM_CORE_EXPORT EventSubscription final
{
public:
    EventSubscription() = default;
    EventSubscription(EventSubscription &&other) noexcept;
    EventSubscription &operator=(EventSubscription &&other) noexcept;
    EventSubscription(const EventSubscription &) = delete;
    EventSubscription &operator=(const EventSubscription &) = delete;
    ~EventSubscription();

    void reset();
    bool isActive() const;

private:
    friend class EventRelay;
    EventSubscription(std::weak_ptr<detail::RelayState> state, quint64 id);
    std::weak_ptr<detail::RelayState> m_state;
    quint64 m_id = 0;
};

// Delivers committed events from the outbox to in-process subscribers, in commit
// order, at least once (docs/guide/events.md). DocumentService hands it what each
// transaction wrote right after the commit; deliverPending() reads whatever else was
// committed (other processes, or events missed before a crash) from the outbox.
//
// A relay starts at the end of the outbox when its first subscriber arrives. After
// resume(consumer) it is durable: the position is stored under that name (at most
// every second, and when the relay is destroyed), and a restart resumes from it, so
// a few events may come twice and none is lost. Thread-safe; handlers run on the
// thread that delivers, one event at a time, and must be quick (hand slow work to a job).
class FM_CORE_EXPORT EventRelay final
{
public:
    explicit EventRelay(ConnectionPool &pool);
    ~EventRelay();
    EventRelay(const EventRelay &) = delete;
    EventRelay &operator=(const EventRelay &) = delete;

    // `label` names the subscriber in the log when its handler throws.
    [[nodiscard]] EventSubscription subscribe(const EventFilter &filter, EventHandler handler,
                                              const QString &label = {});
    int subscriberCount() const;

    // Makes the relay durable under `consumer`: from its stored position, or from the
    // end of the outbox for a consumer seen for the first time.
    Result<void> resume(const QString &consumer);
    QString consumer() const; // empty while not durable
    qint64 position() const;  // the last sequence handed to the subscribers; -1 unknown

    // Delivers every committed event after the position; how many were delivered.
    Result<int> deliverPending();
    // What a transaction wrote, in sequence order, right after its commit.
    void committed(const QList<Event> &events);
    // Stores the position now (durable relays; does nothing otherwise).
    Result<void> savePosition();
    // Deletes delivered events older than `retention` (EventOutbox::prune).
    Result<qint64> prune(std::chrono::seconds retention);

    qint64 handlerFailures() const; // handlers that threw, since the relay was made

private:
    std::shared_ptr<detail::RelayState> d;
};

} // namespace fm::core
