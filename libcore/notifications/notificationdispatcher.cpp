// SPDX-License-Identifier: MIT
#include "notifications/notificationdispatcher.h"

#include "data/documentservice.h"
#include "jobs/jobqueue.h"
#include "notifications/notificationdelivery.h"

#include <QDebug>

namespace fm::core {

NotificationDispatcher::NotificationDispatcher(DocumentService &service, ConnectionPool &pool,
                                               const ControllerRegistry &registry)
    : m_service(service)
    , m_queue(std::make_unique<JobQueue>(pool, registry))
{
    m_subscription = service.events().subscribe(
        EventFilter{},
        [this](const Event &event) {
            if (auto done = dispatch(event); !done) {
                qWarning().noquote()
                    << QStringLiteral("notifications: could not queue %1 %2 %3 (event %4): %5")
                           .arg(eventTypeName(event.type), event.doctype, event.name, event.id,
                                done.error().toText());
            }
        },
        QStringLiteral("notifications"));
}

NotificationDispatcher::~NotificationDispatcher() = default;

QString NotificationDispatcher::uniqueKey(const QString &notification, const QString &eventId)
{
    return QStringLiteral("notification:%1:%2").arg(notification, eventId);
}

Result<QList<Notification>> NotificationDispatcher::enabledNotifications()
{
    std::lock_guard lock(m_cacheMutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_cacheValid && now - m_cacheLoaded < kCacheLifetime)
        return m_cache;
    Query query;
    query.doctype = Notification::kDocType;
    query.filters = {Filter{QStringLiteral("enabled"), FilterOp::Eq, true}};
    query.limit = -1;
    auto docs = m_service.list(query);
    if (!docs)
        return fail(docs.error());
    m_cache.clear();
    for (const Document &doc : std::as_const(*docs)) {
        auto notification = Notification::fromDocument(doc);
        if (notification) {
            m_cache << *notification;
        } else {
            qWarning().noquote() << QStringLiteral("notifications: %1 is skipped: %2")
                                        .arg(doc.name(), notification.error().toText());
        }
    }
    m_cacheLoaded = now;
    m_cacheValid = true;
    return m_cache;
}

Result<int> NotificationDispatcher::dispatch(const Event &event)
{
    if (event.doctype == Notification::kDocType) {
        std::lock_guard lock(m_cacheMutex);
        m_cacheValid = false;
    }
    if (notificationrules::isRefusedDocType(event.doctype))
        return 0;
    auto notifications = enabledNotifications();
    if (!notifications)
        return fail(notifications.error());
    int enqueued = 0;
    for (const Notification &notification : std::as_const(*notifications)) {
        if (!notification.wantsEvent(event))
            continue;
        JobRequest request;
        request.job = kNotificationJob;
        request.args = QJsonObject{{QStringLiteral("notification"), notification.name},
                                   {QStringLiteral("event"), event.toJson()}};
        request.asSystem = true;
        request.uniqueKey = uniqueKey(notification.name, event.id);
        auto added = m_queue->enqueue(request);
        if (!added)
            return fail(added.error());
        if (added->created)
            ++enqueued;
    }
    return enqueued;
}

} // namespace fm::core
