// SPDX-License-Identifier: MIT
#pragma once

#include "events/ruledispatcher.h"
#include "webhooks/webhook.h"

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;

// The event subscriber behind webhooks: for each committed event, every enabled webhook
// on its DocType and type whose filters match the document gets one delivery job
// (core.webhooks.deliver, run as the system principal, unique key webhook + event id).
// A RuleDispatcher (events/ruledispatcher.h) with the Webhook's matching rules; the
// registry must have been through registerWebhooks(). The HTTP call happens in a worker.
class FM_CORE_EXPORT WebhookDispatcher final
{
public:
    WebhookDispatcher(DocumentService &service, ConnectionPool &pool,
                      const ControllerRegistry &registry);

    // What the subscription calls; how many jobs were enqueued (an event already queued
    // for a webhook counts 0). Public so tests can hand it the same event twice.
    Result<int> dispatch(const Event &event) { return m_rules.dispatch(event); }

    static QString uniqueKey(const QString &webhook, const QString &eventId);
    static constexpr std::chrono::seconds kCacheLifetime = RuleDispatcher::kCacheLifetime;

private:
    RuleDispatcher m_rules;
};

} // namespace fm::core
