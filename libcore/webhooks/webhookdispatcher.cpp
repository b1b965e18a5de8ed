// SPDX-License-Identifier: MIT
#include "webhooks/webhookdispatcher.h"

#include "data/documentservice.h"
#include "jobs/jobqueue.h"
#include "webhooks/webhookdelivery.h"

#include <QDebug>

namespace fm::core {

WebhookDispatcher::WebhookDispatcher(DocumentService &service, ConnectionPool &pool,
                                     const ControllerRegistry &registry)
    : m_service(service)
    , m_queue(std::make_unique<JobQueue>(pool, registry))
{
    m_subscription = service.events().subscribe(
        EventFilter{},
        [this](const Event &event) {
            if (auto done = dispatch(event); !done) {
                qWarning().noquote() << QStringLiteral("webhooks: could not queue deliveries of "
                                                       "%1 %2 %3 (event %4): %5")
                                            .arg(eventTypeName(event.type), event.doctype,
                                                 event.name, event.id, done.error().toText());
            }
        },
        QStringLiteral("webhooks"));
}

WebhookDispatcher::~WebhookDispatcher() = default;

QString WebhookDispatcher::uniqueKey(const QString &webhook, const QString &eventId)
{
    return QStringLiteral("webhook:%1:%2").arg(webhook, eventId);
}

Result<QList<Webhook>> WebhookDispatcher::enabledWebhooks()
{
    std::lock_guard lock(m_cacheMutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_cacheValid && now - m_cacheLoaded < kCacheLifetime)
        return m_cache;
    Query query;
    query.doctype = Webhook::kDocType;
    query.filters = {Filter{QStringLiteral("enabled"), FilterOp::Eq, true}};
    query.limit = -1;
    auto docs = m_service.list(query);
    if (!docs)
        return fail(docs.error());
    m_cache.clear();
    for (const Document &doc : std::as_const(*docs)) {
        auto hook = Webhook::fromDocument(doc);
        if (hook) {
            m_cache << *hook;
        } else {
            qWarning().noquote() << QStringLiteral("webhooks: webhook %1 is skipped: %2")
                                        .arg(doc.name(), hook.error().toText());
        }
    }
    m_cacheLoaded = now;
    m_cacheValid = true;
    return m_cache;
}

Result<int> WebhookDispatcher::dispatch(const Event &event)
{
    if (event.doctype == Webhook::kDocType) {
        std::lock_guard lock(m_cacheMutex);
        m_cacheValid = false;
    }
    if (webhookrules::isRefusedDocType(event.doctype))
        return 0;
    auto webhooks = enabledWebhooks();
    if (!webhooks)
        return fail(webhooks.error());

    int enqueued = 0;
    for (const Webhook &hook : std::as_const(*webhooks)) {
        if (hook.doctype != event.doctype)
            continue;
        if (!hook.wantsType(event.type))
            continue;
        if (!hook.filters.isEmpty()) {
            // The list API's filters, evaluated on the document as it is now (a
            // soft-deleted one included; a hard-deleted one matches no filter).
            Query match;
            match.doctype = event.doctype;
            match.filters = hook.filters;
            match.filters << Filter{QStringLiteral("name"), FilterOp::Eq, event.name};
            match.includeDeleted = true;
            auto matches = m_service.exists(match);
            if (!matches) {
                qWarning().noquote() << QStringLiteral("webhooks: the filters of webhook %1 "
                                                       "cannot be evaluated: %2")
                                            .arg(hook.name, matches.error().toText());
                continue;
            }
            if (!*matches)
                continue;
        }
        JobRequest request;
        request.job = kWebhookDeliveryJob;
        request.args = QJsonObject{{QStringLiteral("webhook"), hook.name},
                                   {QStringLiteral("event"), event.toJson()}};
        request.asSystem = true;
        request.uniqueKey = uniqueKey(hook.name, event.id);
        request.maxRetries = hook.maxRetries;
        request.retryBackoffSeconds = hook.retryBackoffSeconds;
        // The HTTP timeout bounds the attempt; the rest is the database's share.
        request.timeoutSeconds = hook.timeoutSeconds + 30;
        auto added = m_queue->enqueue(request);
        if (!added)
            return fail(added.error());
        if (added->created)
            ++enqueued;
    }
    return enqueued;
}

} // namespace fm::core
