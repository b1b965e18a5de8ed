// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"
#include "data/query.h"
#include "events/event.h"

#include <QList>
#include <QPair>
#include <QString>

namespace fm::core {

// One Webhook document, read into the form delivery needs (docs/guide/webhooks.md).
struct FM_CORE_EXPORT Webhook
{
    static inline const QString kDocType = QStringLiteral("Webhook");
    static inline const QString kLogDocType = QStringLiteral("Webhook Log");

    QString name;
    bool enabled = true;
    QString doctype;
    QList<EventType> eventTypes; // empty: every type
    QList<Filter> filters;       // empty: every document
    QString url;
    QString method = QStringLiteral("POST");
    QList<QPair<QString, QString>> headers;
    QString secret; // empty: requests are not signed
    int timeoutSeconds = 10;
    int maxRetries = 3;
    int retryBackoffSeconds = 10;
    int disableAfter = 10;
    int consecutiveFailures = 0;

    // Validation (naming the field and the fix) when the document breaks a rule below.
    static Result<Webhook> fromDocument(const Document &doc);

    // Whether the event's type is one this webhook sends (the DocType and the filters
    // are checked by the dispatcher, which can query the document).
    bool wantsType(EventType type) const;
};

// The rules a Webhook document must follow, checked when it is saved and again when it
// is read for a delivery. Each returns a Validation error naming the field.
namespace webhookrules {
FM_CORE_EXPORT Result<void> checkUrl(const QString &url);
FM_CORE_EXPORT Result<QList<EventType>> parseEventTypes(const QString &text);
FM_CORE_EXPORT Result<QList<QPair<QString, QString>>> parseHeaders(const QJsonValue &json);
// DocTypes a webhook may not watch: its own records, so a delivery cannot trigger itself.
FM_CORE_EXPORT bool isRefusedDocType(const QString &doctype);
} // namespace webhookrules

} // namespace fm::core
