// SPDX-License-Identifier: MIT
#pragma once

#include "webhooks/webhook.h"

#include <QByteArray>

namespace fm::core {

// How one HTTP attempt went.
struct WebhookAttempt
{
    bool ok = false;  // a 2xx answer
    int httpCode = 0; // 0: no answer (refused, timed out, TLS, ...)
    QString response; // the start of the answer's body (kResponseExcerpt characters)
    QString error;    // why it failed, for the log and the job's error
    qint64 durationMs = 0;

    static constexpr int kResponseExcerpt = 1000;
};

// hex(HMAC-SHA256(secret, timestamp + "." + body)): the X-Signature header.
FM_CORE_EXPORT QString webhookSignature(const QByteArray &secret, const QByteArray &timestamp,
                                        const QByteArray &body);

// Sends `body` (JSON) to the webhook's URL with its method and headers, plus X-Webhook-Id,
// X-Event-Id, X-Timestamp (Unix seconds) and, when it has a secret, X-Signature. One try,
// bounded by the webhook's timeout (connect, send and each read); redirects are not
// followed (a 3xx is a failure naming the new location).
FM_CORE_EXPORT WebhookAttempt sendWebhook(const Webhook &webhook, const QString &eventId,
                                          const QByteArray &body);

} // namespace fm::core
