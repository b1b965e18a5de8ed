// SPDX-License-Identifier: MIT
#pragma once

#include "webhooks/webhooksender.h"

#include <QJsonObject>

namespace fm::core {

class ControllerRegistry;
class DocumentService;

// The job that delivers one event to one webhook (args {"webhook", "event"}).
inline const QString kWebhookDeliveryJob = QStringLiteral("core.webhooks.deliver");

// Registers what webhooks need in a registry: the delivery job, the Webhook DocType's
// controller (its rules, checked on every save) and the RPC method send_test
// (POST /api/v1/rpc/Webhook/send_test {"name": webhook}). SiteContext does this for
// every site; tests that build their own registry call it themselves.
FM_CORE_EXPORT void registerWebhooks(ControllerRegistry &registry);

// The request body: {"webhook": name, "event": {...}} (compact JSON).
FM_CORE_EXPORT QByteArray webhookBody(const QString &webhook, const QJsonObject &event);

struct WebhookDeliveryOptions
{
    int attempt = 1;
    QString job;               // the Job Log entry making the attempt (empty: a test send)
    bool countFailures = true; // false for test sends: they never disable a webhook
};

// Sends the event once, records the attempt in the Webhook Log, and keeps the webhook's
// count of consecutive failures: a success resets it, and reaching disable_after disables
// the webhook (logged, with the reason stored in disabled_reason). An error only when
// the Webhook Log or the webhook could not be written.
FM_CORE_EXPORT Result<WebhookAttempt> deliverWebhook(DocumentService &service,
                                                     const Webhook &webhook,
                                                     const QJsonObject &event,
                                                     const WebhookDeliveryOptions &options);

} // namespace fm::core
