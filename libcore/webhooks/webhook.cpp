// SPDX-License-Identifier: MIT
#include "webhooks/webhook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fm::core {

namespace {

struct WebhookTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Webhook)
};

tl::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return fail(ErrorCode::Validation, WebhookTr::tr("Webhook: %1").arg(message),
                {FieldError{field, QStringLiteral("invalid"), message}});
}

// A JSON field as stored (QJsonValue) or as a caller handed it in (maps, lists, text).
QJsonValue jsonOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue();
    if (value.metaType().id() == QMetaType::QJsonValue)
        return value.toJsonValue();
    if (value.metaType().id() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QJsonValue();
        const QByteArray wrapped = "[" + text.toUtf8() + "]";
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
        return error.error == QJsonParseError::NoError ? doc.array().at(0) : QJsonValue(text);
    }
    return QJsonValue::fromVariant(value);
}

// Headers the delivery sets itself: a webhook may not replace them.
const QStringList kReservedHeaders = {
    QStringLiteral("content-type"), QStringLiteral("content-length"), QStringLiteral("host"),
    QStringLiteral("x-webhook-id"), QStringLiteral("x-event-id"),     QStringLiteral("x-timestamp"),
    QStringLiteral("x-signature")};

} // namespace

namespace webhookrules {

Result<void> checkUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty()) {
        return invalid(QStringLiteral("url"),
                       WebhookTr::tr("the URL \"%1\" is not an http:// or https:// URL with a "
                                     "host; other schemes (file, ftp, ...) are refused")
                           .arg(url));
    }
    if (!parsed.userInfo().isEmpty()) {
        return invalid(QStringLiteral("url"),
                       WebhookTr::tr("the URL must not carry a user name or password; send "
                                     "credentials in Headers (e.g. Authorization)"));
    }
    return {};
}

Result<QList<EventType>> parseEventTypes(const QString &text)
{
    QList<EventType> types;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        if (name.isEmpty())
            continue;
        const auto type = eventTypeFromName(name);
        if (!type) {
            return invalid(QStringLiteral("event_types"),
                           WebhookTr::tr("unknown event type \"%1\"; use insert, update, "
                                         "delete, submit, cancel or amend, separated by "
                                         "commas (empty: every type)")
                               .arg(part.trimmed()));
        }
        if (!types.contains(*type))
            types << *type;
    }
    return types;
}

Result<QList<QPair<QString, QString>>> parseHeaders(const QJsonValue &json)
{
    QList<QPair<QString, QString>> headers;
    if (json.isNull() || json.isUndefined())
        return headers;
    if (!json.isObject()) {
        return invalid(QStringLiteral("headers"),
                       WebhookTr::tr("Headers must be a JSON object of strings, e.g. "
                                     "{\"Authorization\": \"Bearer ...\"}"));
    }
    const QJsonObject object = json.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool badName = it.key().isEmpty() || it.key().contains(u':') ||
                             it.key().contains(u'\n') || it.key().contains(u'\r') ||
                             it.key().contains(u' ');
        if (badName || !it.value().isString() || it.value().toString().contains(u'\n') ||
            it.value().toString().contains(u'\r')) {
            return invalid(QStringLiteral("headers"),
                           WebhookTr::tr("header \"%1\" must be a plain name with a "
                                         "one-line string value")
                               .arg(it.key()));
        }
        if (kReservedHeaders.contains(it.key().toLower())) {
            return invalid(QStringLiteral("headers"),
                           WebhookTr::tr("header \"%1\" is set by the delivery itself and "
                                         "cannot be replaced; remove it from Headers")
                               .arg(it.key()));
        }
        headers << qMakePair(it.key(), it.value().toString());
    }
    return headers;
}

bool isRefusedDocType(const QString &doctype)
{
    return doctype == Webhook::kDocType || doctype == Webhook::kLogDocType ||
           doctype == QStringLiteral("Job Log");
}

} // namespace webhookrules

Result<Webhook> Webhook::fromDocument(const Document &doc)
{
    Webhook hook;
    hook.name = doc.name();
    hook.enabled = doc.boolean(QStringLiteral("enabled"));
    hook.doctype = doc.string(QStringLiteral("webhook_doctype")).trimmed();
    if (hook.doctype.isEmpty()) {
        return invalid(QStringLiteral("webhook_doctype"),
                       WebhookTr::tr("name the DocType whose events are sent"));
    }
    if (webhookrules::isRefusedDocType(hook.doctype)) {
        return invalid(QStringLiteral("webhook_doctype"),
                       WebhookTr::tr("a webhook cannot watch %1 (its own deliveries "
                                     "would trigger it again); choose a business DocType")
                           .arg(hook.doctype));
    }
    auto types = webhookrules::parseEventTypes(doc.string(QStringLiteral("event_types")));
    if (!types)
        return fail(types.error());
    hook.eventTypes = *types;

    const QJsonValue filters = jsonOf(doc.value(QStringLiteral("filters")));
    if (!filters.isNull() && !filters.isUndefined()) {
        auto parsed = Query::parseFilters(filters);
        if (!parsed) {
            return invalid(QStringLiteral("filters"),
                           WebhookTr::tr("Filters use the list API's syntax "
                                         "([[\"field\", \"op\", value]] or {\"field\": "
                                         "value}): %1")
                               .arg(parsed.error().message()));
        }
        hook.filters = *parsed;
    }
    hook.url = doc.string(QStringLiteral("url")).trimmed();
    if (auto ok = webhookrules::checkUrl(hook.url); !ok)
        return fail(ok.error());
    const QString method = doc.string(QStringLiteral("method")).toUpper();
    if (!method.isEmpty())
        hook.method = method;
    if (hook.method != u"POST" && hook.method != u"PUT" && hook.method != u"PATCH") {
        return invalid(QStringLiteral("method"),
                       WebhookTr::tr("the method must be POST, PUT or PATCH"));
    }
    auto headers = webhookrules::parseHeaders(jsonOf(doc.value(QStringLiteral("headers"))));
    if (!headers)
        return fail(headers.error());
    hook.headers = *headers;
    hook.secret = doc.string(QStringLiteral("secret"));
    auto integer = [&](const char *field, int fallback) {
        const QVariant value = doc.value(QString::fromLatin1(field));
        return value.isValid() && !value.isNull() ? int(value.toLongLong()) : fallback;
    };
    hook.timeoutSeconds = integer("timeout", 10);
    hook.maxRetries = integer("max_retries", 3);
    hook.retryBackoffSeconds = integer("retry_backoff", 10);
    hook.disableAfter = integer("disable_after", 10);
    hook.consecutiveFailures = integer("consecutive_failures", 0);
    if (hook.timeoutSeconds < 1 || hook.timeoutSeconds > 300) {
        return invalid(QStringLiteral("timeout"),
                       WebhookTr::tr("the timeout must be between 1 and 300 seconds"));
    }
    return hook;
}

bool Webhook::wantsType(EventType type) const
{
    return eventTypes.isEmpty() || eventTypes.contains(type);
}

} // namespace fm::core
