// SPDX-License-Identifier: MIT
#pragma once

#include "events/eventrelay.h"
#include "webhooks/webhook.h"

#include <chrono>
#include <memory>
#include <mutex>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;
class JobQueue;

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

    // How long the list of enabled webhooks is trusted without a Webhook event (a
    // fallback: Webhook events drop it as soon as they are relayed).
    static constexpr std::chrono::seconds kCacheLifetime{5};

private:
    // The enabled webhooks, read once and kept until a Webhook event or kCacheLifetime: a
    // write must not pay a query when there is nothing to send (docs/benchmarks.md). The
    // relay hands other processes' earlier events (a Webhook change among them) over
    // before this process's next one, so the list is current at every dispatch.
    Result<QList<Webhook>> enabledWebhooks();

    DocumentService &m_service;
    std::unique_ptr<JobQueue> m_queue; // made once: its SQL is built in the constructor
    std::mutex m_cacheMutex;
    QList<Webhook> m_cache;
    std::chrono::steady_clock::time_point m_cacheLoaded;
    bool m_cacheValid = false;
    EventSubscription m_subscription; // last: unsubscribes before the cache goes
};

} // namespace fm::core
