// SPDX-License-Identifier: MIT
#include "events/scopedpubsub.h"

#include "data/documentservice.h"
#include "events/eventrelay.h"
#include "meta/metaregistry.h"
#include "permissions/fieldaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>
#include <QWaitCondition>
#include <QtDebug>

#include <optional>

namespace fm::core {

// ---- LiveSubscriber ----------------------------------------------------------------

LiveSubscriber::LiveSubscriber(const Principal &who, const LiveLimits &limits,
                               std::function<void()> notify)
    : m_principal(who)
    , m_limits(limits)
    , m_notify(std::move(notify))
{}

Result<void> LiveSubscriber::subscribe(const LiveTopic &topic)
{
    QMutexLocker lock(&m_mutex);
    if (m_topics.contains(topic))
        return {};
    if (m_topics.size() >= m_limits.maxTopics) {
        return fail(ErrorCode::BadRequest,
                    QCoreApplication::translate("Live",
                                                "a connection may listen to %1 topics at most; "
                                                "unsubscribe from one first, or subscribe to the "
                                                "whole DocType instead of single documents")
                        .arg(m_limits.maxTopics));
    }
    m_topics.append(topic);
    return {};
}

void LiveSubscriber::unsubscribe(const LiveTopic &topic)
{
    QMutexLocker lock(&m_mutex);
    m_topics.removeAll(topic);
}

QList<LiveTopic> LiveSubscriber::topics() const
{
    QMutexLocker lock(&m_mutex);
    return m_topics;
}

bool LiveSubscriber::wants(const Event &event) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_overloaded.isEmpty())
        return false;
    for (const LiveTopic &topic : m_topics) {
        if (topic.covers(event))
            return true;
    }
    return false;
}

QList<Event> LiveSubscriber::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_queue, {});
}

QString LiveSubscriber::overloaded() const
{
    QMutexLocker lock(&m_mutex);
    return m_overloaded;
}

namespace {

// `later` folded into `earlier` (both updates of one document): the oldest old value
// and the newest new value of each field, the later event's identity and state.
Event merged(const Event &earlier, const Event &later)
{
    Event out = later;
    QList<FieldChange> changes = earlier.changes;
    for (const FieldChange &change : later.changes) {
        auto it = std::find_if(changes.begin(), changes.end(),
                               [&](const FieldChange &c) { return c.field == change.field; });
        if (it == changes.end())
            changes << change;
        else
            it->newValue = change.newValue;
    }
    // A field changed and changed back is no change at all.
    changes.removeIf([](const FieldChange &c) { return c.oldValue == c.newValue; });
    std::sort(changes.begin(), changes.end(),
              [](const FieldChange &a, const FieldChange &b) { return a.field < b.field; });
    out.changes = changes;
    return out;
}

} // namespace

void LiveSubscriber::push(Event event)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_overloaded.isEmpty())
            return;
        // A slow reader first gets fewer, merged updates: a document that changed twice
        // while it waited is sent once, with its latest state (the newest place in the
        // queue keeps the order of last changes).
        if (m_queue.size() >= m_limits.coalesceFrom && event.type == EventType::Update) {
            for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
                const Event &queued = m_queue.at(i);
                if (queued.type == EventType::Update && queued.doctype == event.doctype &&
                    queued.name == event.name) {
                    event = merged(queued, event);
                    m_queue.removeAt(i);
                    ++m_coalesced;
                    break;
                }
            }
        }
        if (m_queue.size() >= m_limits.maxQueued) {
            m_queue.clear();
            m_overloaded = QCoreApplication::translate(
                               "Live", "overloaded: %1 events waited for this connection; "
                                       "read faster or listen to fewer documents, then reconnect")
                               .arg(m_limits.maxQueued);
        } else {
            m_queue.append(std::move(event));
        }
    }
    if (m_notify)
        m_notify();
}

void LiveSubscriber::overload(const QString &reason)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_overloaded.isEmpty())
            return;
        m_queue.clear();
        m_overloaded = reason;
    }
    if (m_notify)
        m_notify();
}

// ---- ScopedPubSub ------------------------------------------------------------------

struct ScopedPubSub::Private
{
    Private(DocumentService &service, PermissionEngine &engine, const LiveLimits &limits)
        : service(service)
        , engine(engine)
        , limits(limits)
    {}

    void enqueue(const Event &event);
    void run();
    void dispatch(const Event &event);
    std::optional<Event> visibleTo(const Principal &who, const Event &event,
                                   const std::optional<Document> &stored) const;
    QList<std::shared_ptr<LiveSubscriber>> interested(const Event &event) const;

    DocumentService &service;
    PermissionEngine &engine;
    const LiveLimits limits;
    EventSubscription subscription;
    std::unique_ptr<QThread> thread;

    mutable QMutex mutex; // guards pending, busy, stopping and subscribers
    QWaitCondition wake;
    mutable QWaitCondition idle;
    QList<Event> pending;
    bool busy = false;
    bool stopping = false;
    QList<std::shared_ptr<LiveSubscriber>> subscribers;
    std::atomic<qint64> delivered{0};
    std::atomic<qint64> withheld{0};
};

void ScopedPubSub::Private::enqueue(const Event &event)
{
    QList<std::shared_ptr<LiveSubscriber>> dropped;
    {
        QMutexLocker lock(&mutex);
        if (subscribers.isEmpty())
            return; // nobody listens: nothing to read for anyone
        if (pending.size() >= limits.maxPending) {
            // The dispatcher cannot keep up with the writes: every connection may have
            // missed events, so each is told to reconnect rather than left stale.
            pending.clear();
            dropped = subscribers;
        } else {
            pending.append(event);
            wake.wakeOne();
        }
    }
    for (const auto &subscriber : std::as_const(dropped)) {
        subscriber->overload(QCoreApplication::translate(
            "Live", "overloaded: the server fell behind with live events; reconnect"));
    }
}

QList<std::shared_ptr<LiveSubscriber>> ScopedPubSub::Private::interested(const Event &event) const
{
    QList<std::shared_ptr<LiveSubscriber>> out;
    QMutexLocker lock(&mutex);
    for (const auto &subscriber : subscribers) {
        if (subscriber->wants(event))
            out << subscriber;
    }
    return out;
}

std::optional<Event> ScopedPubSub::Private::visibleTo(const Principal &who, const Event &event,
                                                      const std::optional<Document> &stored) const
{
    if (who.isAdministrator())
        return event;
    if (stored) {
        if (!engine.can(who, PermissionAction::Read, *stored))
            return std::nullopt;
    } else {
        // A hard delete: the row is gone, so only what the event says is left. A
        // connection that reads every row may know; one that reads its own rows only
        // when the event names it as the owner.
        const auto reach = engine.reach(who, PermissionAction::Read, event.doctype);
        if (reach == PermissionEngine::Reach::None)
            return std::nullopt;
        if (reach == PermissionEngine::Reach::OwnRows) {
            const FieldChange *owner = event.change(engine.ownerColumn(event.doctype));
            if (!owner || owner->oldValue.toString() != who.user)
                return std::nullopt;
        }
    }
    const MetaRegistry &meta = service.meta();
    const DocType *type = meta.doctype(event.doctype);
    if (!type)
        return std::nullopt;
    const auto fields = detail::FieldAccess::of(engine, meta, who, event.doctype);
    const QStringList readable = fields.readableFields(*type);
    Event out = event;
    out.changes.clear();
    for (const FieldChange &change : event.changes) {
        const Field *field = type->field(change.field);
        if (!field) {
            out.changes << change; // docstatus, amended_from: standard, readable with the row
            continue;
        }
        if (!readable.contains(change.field))
            continue;
        const DocType *child =
            field->options.isEmpty() ? nullptr : meta.doctype(field->options.trimmed());
        if (child && child->isChild && (change.oldValue.isArray() || change.newValue.isArray())) {
            // Child rows follow the parent's levels: drop their hidden fields too.
            const QStringList childReadable = fields.readableFields(*child);
            const auto cut = [&](const QJsonValue &rows) -> QJsonValue {
                if (!rows.isArray())
                    return rows;
                QJsonArray kept;
                for (const QJsonValue &row : rows.toArray()) {
                    QJsonObject object = row.toObject();
                    for (const QString &key : object.keys()) {
                        if (!childReadable.contains(key))
                            object.remove(key);
                    }
                    kept.append(object);
                }
                return kept;
            };
            out.changes << FieldChange{change.field, cut(change.oldValue), cut(change.newValue)};
            continue;
        }
        out.changes << change;
    }
    return out;
}

void ScopedPubSub::Private::dispatch(const Event &event)
{
    const QList<std::shared_ptr<LiveSubscriber>> targets = interested(event);
    if (targets.isEmpty())
        return;
    // The document as stored now (deleted rows too), read once for every connection.
    std::optional<Document> stored;
    if (auto found = service.get(event.doctype, event.name, true))
        stored = *found;
    for (const auto &subscriber : targets) {
        if (auto visible = visibleTo(subscriber->principal(), event, stored)) {
            subscriber->push(std::move(*visible));
            ++delivered;
        } else {
            ++withheld;
        }
    }
}

void ScopedPubSub::Private::run()
{
    QMutexLocker lock(&mutex);
    while (true) {
        while (pending.isEmpty() && !stopping)
            wake.wait(&mutex);
        if (stopping)
            return;
        const QList<Event> batch = std::exchange(pending, {});
        busy = true;
        lock.unlock();
        for (const Event &event : batch) {
            // A failure here must not end live delivery for everyone.
            try {
                dispatch(event);
            } catch (const std::exception &e) {
                qWarning().noquote()
                    << "live: dispatching event" << event.id << "failed:" << e.what();
            }
        }
        lock.relock();
        busy = false;
        if (pending.isEmpty())
            idle.wakeAll();
    }
}

ScopedPubSub::ScopedPubSub(DocumentService &service, PermissionEngine &engine,
                           const LiveLimits &limits)
    : d(std::make_unique<Private>(service, engine, limits))
{
    // A QThread, so the connection pool closes the thread's connection when it ends.
    d->thread.reset(QThread::create([this] { d->run(); }));
    d->thread->setObjectName(QStringLiteral("fm-live-dispatch"));
    d->thread->start();
    d->subscription = service.events().subscribe(
        EventFilter{}, [this](const Event &event) { d->enqueue(event); }, QStringLiteral("live"));
}

ScopedPubSub::~ScopedPubSub()
{
    d->subscription.reset();
    {
        QMutexLocker lock(&d->mutex);
        d->stopping = true;
        d->wake.wakeAll();
    }
    d->thread->wait();
}

std::shared_ptr<LiveSubscriber> ScopedPubSub::connect(const Principal &who,
                                                      std::function<void()> notify)
{
    auto subscriber = std::make_shared<LiveSubscriber>(who, d->limits, std::move(notify));
    QMutexLocker lock(&d->mutex);
    d->subscribers.append(subscriber);
    return subscriber;
}

void ScopedPubSub::disconnect(const std::shared_ptr<LiveSubscriber> &subscriber)
{
    QMutexLocker lock(&d->mutex);
    d->subscribers.removeAll(subscriber);
}

int ScopedPubSub::connectionCount() const
{
    QMutexLocker lock(&d->mutex);
    return int(d->subscribers.size());
}

qint64 ScopedPubSub::delivered() const
{
    return d->delivered.load();
}

qint64 ScopedPubSub::withheld() const
{
    return d->withheld.load();
}

bool ScopedPubSub::waitIdle(int ms) const
{
    QDeadlineTimer deadline(ms);
    QMutexLocker lock(&d->mutex);
    while (!d->pending.isEmpty() || d->busy) {
        if (!d->idle.wait(&d->mutex, deadline))
            return false;
    }
    return true;
}

const LiveLimits &ScopedPubSub::limits() const
{
    return d->limits;
}

} // namespace fm::core
