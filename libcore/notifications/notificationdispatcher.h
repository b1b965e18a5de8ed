// SPDX-License-Identifier: MIT
#pragma once

#include "events/eventrelay.h"
#include "notifications/notification.h"

#include <chrono>
#include <memory>
#include <mutex>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;
class JobQueue;

// The event subscriber behind notifications: for each committed event, every enabled
// Notification on its DocType whose types (and changed field) match gets one job
// (core.notifications.send, run as the system principal, unique key notification +
// event id), which judges the condition, finds the recipients and writes. The registry
// must have been through registerNotifications(). Like the webhooks' dispatcher, it
// keeps the enabled notifications in memory (reloaded after a Notification event and
// every 5 s), so a write pays no query when nothing listens.
class FM_CORE_EXPORT NotificationDispatcher final
{
public:
    NotificationDispatcher(DocumentService &service, ConnectionPool &pool,
                           const ControllerRegistry &registry);
    ~NotificationDispatcher();
    NotificationDispatcher(const NotificationDispatcher &) = delete;
    NotificationDispatcher &operator=(const NotificationDispatcher &) = delete;

    // What the subscription calls; how many jobs were enqueued.
    Result<int> dispatch(const Event &event);

    static QString uniqueKey(const QString &notification, const QString &eventId);
    static constexpr std::chrono::seconds kCacheLifetime{5};

private:
    Result<QList<Notification>> enabledNotifications();

    DocumentService &m_service;
    std::unique_ptr<JobQueue> m_queue;
    std::mutex m_cacheMutex;
    QList<Notification> m_cache;
    std::chrono::steady_clock::time_point m_cacheLoaded;
    bool m_cacheValid = false;
    EventSubscription m_subscription; // last: unsubscribes before the cache goes
};

} // namespace fm::core
