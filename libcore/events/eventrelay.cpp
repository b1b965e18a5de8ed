// SPDX-License-Identifier: MIT
#include "events/eventrelay.h"

#include "events/eventoutbox.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRecursiveMutex>
#include <QtDebug>

#include <QCoreApplication>
#include <atomic>
#include <exception>
#include <vector>

namespace fm::core {

namespace {

struct EventrelayTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::EventRelay)
};

} // namespace

namespace {

constexpr int kBatch = 256;
constexpr qint64 kSaveEveryMs = 1000;
constexpr qint64 kSaveEveryEvents = 1000;

} // namespace

namespace detail {

struct RelayState
{
    explicit RelayState(ConnectionPool &pool)
        : outbox(pool)
    {}

    struct Entry
    {
        quint64 id = 0;
        EventFilter filter;
        std::shared_ptr<EventHandler> handler;
        QString label;
    };

    EventOutbox outbox;
    // Held while events are read and handed out: one delivery at a time keeps commit
    // order across threads, and unsubscribing waits on it so a handler never runs
    // after its handle is gone. Recursive: a handler may subscribe or unsubscribe.
    QRecursiveMutex delivery;
    QMutex entriesMutex; // guards entries and nextId; never held while a handler runs
    QList<Entry> entries;
    quint64 nextId = 1;
    std::atomic<int> count{0};
    std::atomic<qint64> position{-1};
    std::atomic<bool> more{false}; // events were committed while this thread delivered
    std::atomic<bool> durable{false};
    std::atomic<qint64> failures{0};
    // Guarded by `delivery`:
    QString consumer;
    qint64 saved = -1;
    QElapsedTimer sinceSave;
};

} // namespace detail

namespace {

using detail::RelayState;

// The relays this thread is delivering for: a handler that commits a change must not
// deliver its event in the middle of the batch it was called from.
std::vector<const RelayState *> &delivering()
{
    thread_local std::vector<const RelayState *> relays;
    return relays;
}

bool isDelivering(const RelayState *state)
{
    const auto &relays = delivering();
    return std::find(relays.cbegin(), relays.cend(), state) != relays.cend();
}

class DeliveringGuard
{
public:
    explicit DeliveringGuard(const RelayState *state) { delivering().push_back(state); }
    ~DeliveringGuard() { delivering().pop_back(); }
    DeliveringGuard(const DeliveringGuard &) = delete;
    DeliveringGuard &operator=(const DeliveringGuard &) = delete;
};

void dispatch(RelayState &s, const Event &event)
{
    QList<RelayState::Entry> entries;
    {
        QMutexLocker lock(&s.entriesMutex);
        entries = s.entries; // implicitly shared: a reference count, not a copy
    }
    for (const RelayState::Entry &entry : std::as_const(entries)) {
        if (!entry.filter.matches(event))
            continue;
        QString failure;
        try {
            (*entry.handler)(event);
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        } catch (...) {
            failure = QStringLiteral("an unknown exception");
        }
        if (!failure.isNull()) {
            ++s.failures;
            qWarning().noquote() << QStringLiteral(
                                        "events: subscriber %1 failed on %2 %3 %4 (event %5): %6; "
                                        "the other subscribers still get it")
                                        .arg(entry.label.isEmpty() ? QStringLiteral("(unnamed)")
                                                                   : entry.label,
                                             eventTypeName(event.type), event.doctype, event.name,
                                             event.id, failure);
        }
    }
    s.position = event.sequence;
}

Result<void> savePositionLocked(RelayState &s)
{
    if (!s.durable || s.saved == s.position)
        return {};
    if (auto ok = s.outbox.setPosition(s.consumer, s.position); !ok)
        return ok;
    s.saved = s.position;
    s.sinceSave.restart();
    return {};
}

void maybeSave(RelayState &s)
{
    if (!s.durable || s.saved == s.position)
        return;
    if (s.sinceSave.isValid() && s.sinceSave.elapsed() < kSaveEveryMs &&
        s.position - s.saved < kSaveEveryEvents)
        return;
    if (auto ok = savePositionLocked(s); !ok)
        qWarning().noquote() << "events: cannot store the position of" << s.consumer << ":"
                             << ok.error().toText();
}

Result<int> deliverLocked(RelayState &s)
{
    int total = 0;
    do {
        s.more = false;
        for (;;) {
            auto batch = s.outbox.after(s.position, kBatch);
            if (!batch)
                return fail(batch.error());
            for (const Event &event : std::as_const(*batch))
                dispatch(s, event);
            total += int(batch->size());
            if (batch->size() < kBatch)
                break;
        }
    } while (s.more);
    maybeSave(s);
    return total;
}

// A relay that is not durable starts at the end of the outbox.
Result<void> startAtEnd(RelayState &s)
{
    auto last = s.outbox.lastSequence();
    if (!last)
        return fail(last.error());
    s.position = *last;
    return {};
}

} // namespace

EventSubscription::EventSubscription(std::weak_ptr<detail::RelayState> state, quint64 id)
    : m_state(std::move(state))
    , m_id(id)
{}

EventSubscription::EventSubscription(EventSubscription &&other) noexcept
    : m_state(std::move(other.m_state))
    , m_id(std::exchange(other.m_id, 0))
{}

EventSubscription &EventSubscription::operator=(EventSubscription &&other) noexcept
{
    if (this != &other) {
        reset();
        m_state = std::move(other.m_state);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

EventSubscription::~EventSubscription()
{
    reset();
}

void EventSubscription::reset()
{
    const quint64 id = std::exchange(m_id, 0);
    std::shared_ptr<RelayState> state = m_state.lock();
    m_state.reset();
    if (!state || id == 0)
        return;
    {
        QMutexLocker lock(&state->entriesMutex);
        const auto removed = state->entries.removeIf(
            [id](const RelayState::Entry &entry) { return entry.id == id; });
        state->count -= int(removed);
    }
    // Wait out a delivery running on another thread (its snapshot may hold the handler).
    QMutexLocker wait(&state->delivery);
}

bool EventSubscription::isActive() const
{
    return m_id != 0 && !m_state.expired();
}

EventRelay::EventRelay(ConnectionPool &pool)
    : d(std::make_shared<RelayState>(pool))
{}

EventRelay::~EventRelay()
{
    QMutexLocker lock(&d->delivery);
    if (auto ok = savePositionLocked(*d); !ok)
        qWarning().noquote() << "events: cannot store the position of" << d->consumer << ":"
                             << ok.error().toText();
}

EventSubscription EventRelay::subscribe(const EventFilter &filter, EventHandler handler,
                                        const QString &label)
{
    quint64 id = 0;
    bool first = false;
    {
        QMutexLocker lock(&d->entriesMutex);
        id = d->nextId++;
        d->entries.append(RelayState::Entry{
            id, filter, std::make_shared<EventHandler>(std::move(handler)), label});
        first = ++d->count == 1;
    }
    if (first && !d->durable) {
        QMutexLocker lock(&d->delivery);
        // Events committed before the first subscriber are nobody's; a failure here
        // (no outbox yet) leaves the start to the first delivery.
        if (auto ok = startAtEnd(*d); !ok)
            d->position = -1;
    }
    return EventSubscription(d, id);
}

int EventRelay::subscriberCount() const
{
    return d->count;
}

Result<void> EventRelay::resume(const QString &consumer)
{
    if (consumer.trimmed().isEmpty())
        return fail(ErrorCode::BadRequest,
                    EventrelayTr::tr("name the event consumer to resume, e.g. \"server\""));
    QMutexLocker lock(&d->delivery);
    auto stored = d->outbox.position(consumer);
    if (!stored)
        return fail(stored.error());
    d->consumer = consumer;
    if (*stored) {
        d->position = **stored;
        d->saved = **stored;
    } else {
        if (auto ok = startAtEnd(*d); !ok)
            return ok;
        d->saved = -1;
    }
    d->durable = true;
    d->sinceSave.start();
    if (!*stored)
        return savePositionLocked(*d);
    return {};
}

QString EventRelay::consumer() const
{
    QMutexLocker lock(&d->delivery);
    return d->consumer;
}

qint64 EventRelay::position() const
{
    return d->position;
}

Result<int> EventRelay::deliverPending()
{
    if (isDelivering(d.get())) {
        d->more = true; // the delivery below this call picks them up
        return 0;
    }
    QMutexLocker lock(&d->delivery);
    DeliveringGuard guard(d.get());
    if (d->position < 0)
        return startAtEnd(*d).map([] { return 0; });
    return deliverLocked(*d);
}

void EventRelay::committed(const QList<Event> &events)
{
    if (events.isEmpty() || (d->count == 0 && !d->durable))
        return;
    if (isDelivering(d.get())) {
        d->more = true;
        return;
    }
    QMutexLocker lock(&d->delivery);
    DeliveringGuard guard(d.get());
    if (d->position < 0)
        d->position = events.first().sequence - 1;
    // Usually these are exactly the next events; anything else (another process or a
    // thread that has not handed its events over yet) is read from the outbox.
    if (events.first().sequence > d->position + 1) {
        d->more = true;
    } else {
        for (const Event &event : events) {
            if (event.sequence > d->position)
                dispatch(*d, event);
        }
    }
    if (d->more) {
        if (auto ok = deliverLocked(*d); !ok)
            qWarning().noquote() << "events: cannot read the outbox:" << ok.error().toText();
    }
    maybeSave(*d);
}

Result<void> EventRelay::savePosition()
{
    QMutexLocker lock(&d->delivery);
    return savePositionLocked(*d);
}

Result<qint64> EventRelay::prune(std::chrono::seconds retention)
{
    if (auto ok = savePosition(); !ok)
        return fail(ok.error());
    return d->outbox.prune(QDateTime::currentDateTimeUtc().addSecs(-retention.count()));
}

qint64 EventRelay::handlerFailures() const
{
    return d->failures;
}

} // namespace fm::core
