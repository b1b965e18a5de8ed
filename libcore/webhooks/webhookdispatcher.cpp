// SPDX-License-Identifier: MIT
#include "webhooks/webhookdispatcher.h"

#include "data/documentservice.h"
#include "webhooks/webhookdelivery.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct WebhookdispatcherTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::WebhookDispatcher)
};

const QString kKeyPrefix = QStringLiteral("webhook");

// The job one webhook asks for `event`, if its DocType, type and filters match.
Result<std::optional<JobRequest>> deliveryFor(DocumentService &service, const Webhook &hook,
                                              const Event &event)
{
    if (hook.doctype != event.doctype || !hook.wantsType(event.type))
        return std::optional<JobRequest>{};
    if (!hook.filters.isEmpty()) {
        // The list API's filters, evaluated on the document as it is now (a soft-deleted
        // one included; a hard-deleted one matches no filter).
        Query match;
        match.doctype = event.doctype;
        match.filters = hook.filters;
        match.filters << Filter{QStringLiteral("name"), FilterOp::Eq, event.name};
        match.includeDeleted = true;
        auto matches = service.exists(match);
        if (!matches) {
            return fail(ErrorCode::BadRequest,
                        WebhookdispatcherTr::tr("its filters cannot be evaluated: %1")
                            .arg(matches.error().toText()));
        }
        if (!*matches)
            return std::optional<JobRequest>{};
    }
    JobRequest request;
    request.job = kWebhookDeliveryJob;
    request.args = QJsonObject{{QStringLiteral("webhook"), hook.name},
                               {QStringLiteral("event"), event.toJson()}};
    request.asSystem = true;
    request.maxRetries = hook.maxRetries;
    request.retryBackoffSeconds = hook.retryBackoffSeconds;
    // The HTTP timeout bounds the attempt; the rest is the database's share.
    request.timeoutSeconds = hook.timeoutSeconds + 30;
    return std::optional<JobRequest>{std::move(request)};
}

} // namespace

WebhookDispatcher::WebhookDispatcher(DocumentService &service, ConnectionPool &pool,
                                     const ControllerRegistry &registry)
    : m_rules(service, pool, registry,
              RuleDispatcher::Spec{QStringLiteral("webhooks"), Webhook::kDocType, kKeyPrefix,
                                   &webhookrules::isRefusedDocType,
                                   [&service](const Document &row) -> Result<RuleDispatcher::Rule> {
                                       auto hook = Webhook::fromDocument(row);
                                       if (!hook)
                                           return fail(hook.error());
                                       return RuleDispatcher::Rule{
                                           hook->name,
                                           [&service, hook = *hook](const Event &event) {
                                               return deliveryFor(service, hook, event);
                                           }};
                                   }})
{}

QString WebhookDispatcher::uniqueKey(const QString &webhook, const QString &eventId)
{
    return RuleDispatcher::uniqueKey(kKeyPrefix, webhook, eventId);
}

} // namespace fm::core
