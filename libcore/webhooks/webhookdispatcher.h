// SPDX-License-Identifier: MIT
#pragma once

#include "events/eventrelay.h"
#include "webhooks/webhook.h"

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;

// The event subscriber behind webhooks: for each committed event, every enabled webhook
// on its DocType and type whose filters match the document gets one delivery job
// (core.webhooks.deliver, run as the system principal, unique key webhook + event id).
// It subscribes to the service's relay for as long as it lives; the registry must have
// been through registerWebhooks(). Runs on the thread that delivers events, so it only
// queries and enqueues: the HTTP call happens in a worker.
class FM_CORE_EXPORT WebhookDispatcher final
{
public:
    WebhookDispatcher(DocumentService &service, ConnectionPool &pool,
                      const ControllerRegistry &registry);
    ~WebhookDispatcher();
    WebhookDispatcher(const WebhookDispatcher &) = delete;
    WebhookDispatcher &operator=(const WebhookDispatcher &) = delete;

    // What the subscription calls; how many jobs were enqueued (an event already queued
    // for a webhook counts 0). Public so tests can hand it the same event twice.
    Result<int> dispatch(const Event &event);

    static QString uniqueKey(const QString &webhook, const QString &eventId);

private:
    DocumentService &m_service;
    ConnectionPool &m_pool;
    const ControllerRegistry &m_registry;
    EventSubscription m_subscription;
};

} // namespace fm::core
