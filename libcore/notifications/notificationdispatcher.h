// SPDX-License-Identifier: MIT
#pragma once

#include "events/ruledispatcher.h"
#include "notifications/notification.h"

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;

// The event subscriber behind notifications: for each committed event, every enabled
// Notification on its DocType whose types (and changed field) match gets one job
// (core.notifications.send, run as the system principal, unique key notification +
// event id), which judges the condition, finds the recipients and writes. A
// RuleDispatcher (events/ruledispatcher.h); the registry must have been through
// registerNotifications().
class FM_CORE_EXPORT NotificationDispatcher final
{
public:
    NotificationDispatcher(DocumentService &service, ConnectionPool &pool,
                           const ControllerRegistry &registry);

    // What the subscription calls; how many jobs were enqueued.
    Result<int> dispatch(const Event &event) { return m_rules.dispatch(event); }

    static QString uniqueKey(const QString &notification, const QString &eventId);
    static constexpr std::chrono::seconds kCacheLifetime = RuleDispatcher::kCacheLifetime;

private:
    RuleDispatcher m_rules;
};

} // namespace fm::core
