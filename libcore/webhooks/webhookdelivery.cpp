// SPDX-License-Identifier: MIT
#include "webhooks/webhookdelivery.h"

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "data/fieldvalidator.h"
#include "data/uuid7.h"
#include "jobs/jobdefinition.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QJsonDocument>

namespace fm::core {

namespace {

struct WebhookdeliveryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::WebhookDelivery)
};

const QString kWebhookField = QStringLiteral("webhook");
const QString kEventField = QStringLiteral("event");

// The Webhook DocType's rules (webhook.h), so a bad URL or filter is refused when the
// webhook is saved, not at its first delivery.
class WebhookController final : public DocumentController
{
public:
    Result<void> validate(HookContext &ctx, Document &doc) override
    {
        auto hook = Webhook::fromDocument(doc);
        if (!hook)
            return fail(hook.error());
        if (!ctx.meta().doctype(hook->doctype)) {
            const QString message =
                WebhookdeliveryTr::tr("DocType \"%1\" does not exist; name a DocType of this site")
                    .arg(hook->doctype);
            return fail(ErrorCode::Validation, WebhookdeliveryTr::tr("Webhook: %1").arg(message),
                        {FieldError{QStringLiteral("webhook_doctype"), QStringLiteral("invalid"),
                                    message}});
        }
        return {};
    }

    Result<void> beforeSave(HookContext &ctx, Document &doc) override
    {
        // Enabling a webhook again (after it disabled itself) starts a new count.
        const bool reenabled = ctx.previous && !ctx.previous->boolean(QStringLiteral("enabled")) &&
                               doc.boolean(QStringLiteral("enabled"));
        if (reenabled) {
            doc.setValue(QStringLiteral("consecutive_failures"), 0);
            doc.setValue(QStringLiteral("disabled_reason"), QVariant());
        }
        return {};
    }
};

// The event a "send test" delivers: type "test", no document, a fresh id.
QJsonObject testEvent(const Webhook &hook, const QString &user)
{
    return QJsonObject{{QStringLiteral("id"), createUuidV7()},
                       {QStringLiteral("sequence"), 0},
                       {QStringLiteral("type"), QStringLiteral("test")},
                       {QStringLiteral("doctype"), hook.doctype},
                       {QStringLiteral("name"), QString()},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("version"), 0},
                       {QStringLiteral("docstatus"), 0},
                       {QStringLiteral("time"),
                        FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("changes"), QJsonObject()},
                       {QStringLiteral("request_id"), QString()}};
}

Result<QJsonValue> runDelivery(JobContext &context)
{
    DocumentService &service = context.access.service();
    const QString name = context.args.value(kWebhookField).toString();
    const QJsonObject event = context.args.value(kEventField).toObject();
    const QString eventId = event.value(QStringLiteral("id")).toString();

    auto doc = service.get(Webhook::kDocType, name);
    if (!doc && doc.error().code() == ErrorCode::NotFound)
        return QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the webhook was deleted")}};
    if (!doc)
        return fail(doc.error());
    auto hook = Webhook::fromDocument(*doc);
    if (!hook)
        return fail(hook.error());
    if (!hook->enabled)
        return QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the webhook is disabled")}};

    // At-least-once: an event relayed twice, or a job that ran again after a lost lease,
    // must not reach the receiver a second time once it was accepted.
    Query delivered;
    delivered.doctype = Webhook::kLogDocType;
    delivered.filters = {Filter{kWebhookField, FilterOp::Eq, name},
                         Filter{QStringLiteral("event_id"), FilterOp::Eq, eventId},
                         Filter{QStringLiteral("status"), FilterOp::Eq, QStringLiteral("Success")}};
    auto already = service.exists(delivered);
    if (!already)
        return fail(already.error());
    if (*already) {
        return QJsonObject{
            {QStringLiteral("skipped"), QStringLiteral("the event was delivered before")}};
    }

    WebhookDeliveryOptions options;
    options.attempt = context.job.attempts;
    options.job = context.job.id;
    auto attempt = deliverWebhook(service, *hook, event, options);
    if (!attempt)
        return fail(attempt.error());
    if (!attempt->ok)
        return fail(ErrorCode::Io, attempt->error);
    return QJsonObject{{QStringLiteral("http_code"), attempt->httpCode},
                       {QStringLiteral("duration_ms"), attempt->durationMs}};
}

Result<void> checkDeliveryArgs(const QJsonObject &args)
{
    if (args.value(kWebhookField).toString().isEmpty() ||
        args.value(kEventField).toObject().value(QStringLiteral("id")).toString().isEmpty()) {
        return fail(ErrorCode::Validation,
                    QStringLiteral("%1 needs {\"webhook\": name, \"event\": {\"id\": ...}}")
                        .arg(kWebhookDeliveryJob));
    }
    return {};
}

Result<QJsonValue> sendTest(RpcCall &call)
{
    auto hook = Webhook::fromDocument(*call.document);
    if (!hook)
        return fail(hook.error());
    WebhookDeliveryOptions options;
    options.countFailures = false;
    // The delivery reads the webhook's secret and writes a Webhook Log row, neither of
    // which the caller (who may only write the Webhook) may do themselves.
    auto attempt =
        deliverWebhook(call.elevated(QStringLiteral("a test delivery signs with the webhook's "
                                                    "secret and writes its log")),
                       *hook, testEvent(*hook, call.principal.user), options);
    if (!attempt)
        return fail(attempt.error());
    return QJsonObject{{QStringLiteral("ok"), attempt->ok},
                       {QStringLiteral("http_code"), attempt->httpCode},
                       {QStringLiteral("duration_ms"), attempt->durationMs},
                       {QStringLiteral("response"), attempt->response},
                       {QStringLiteral("error"), attempt->error}};
}

} // namespace

QByteArray webhookBody(const QString &webhook, const QJsonObject &event)
{
    return QJsonDocument(QJsonObject{{kWebhookField, webhook}, {kEventField, event}})
        .toJson(QJsonDocument::Compact);
}

Result<WebhookAttempt> deliverWebhook(DocumentService &service, const Webhook &webhook,
                                      const QJsonObject &event,
                                      const WebhookDeliveryOptions &options)
{
    const QString eventId = event.value(QStringLiteral("id")).toString();
    const WebhookAttempt attempt = sendWebhook(webhook, eventId, webhookBody(webhook.name, event));

    Document log(Webhook::kLogDocType);
    log.setValue(kWebhookField, webhook.name);
    log.setValue(QStringLiteral("event_id"), eventId);
    log.setValue(QStringLiteral("event_type"), event.value(QStringLiteral("type")).toString());
    log.setValue(QStringLiteral("docname"), event.value(QStringLiteral("name")).toString());
    log.setValue(QStringLiteral("attempt"), options.attempt);
    log.setValue(QStringLiteral("status"),
                 attempt.ok ? QStringLiteral("Success") : QStringLiteral("Failed"));
    if (attempt.httpCode > 0)
        log.setValue(QStringLiteral("http_code"), attempt.httpCode);
    if (!attempt.response.isEmpty())
        log.setValue(QStringLiteral("response"), attempt.response);
    if (!attempt.error.isEmpty())
        log.setValue(QStringLiteral("error"), attempt.error);
    log.setValue(QStringLiteral("duration_ms"), attempt.durationMs);
    if (!options.job.isEmpty())
        log.setValue(QStringLiteral("job"), options.job);
    if (auto written = service.insert(log); !written)
        return fail(written.error());

    if (!options.countFailures || (attempt.ok && webhook.consecutiveFailures == 0))
        return attempt;
    Document changes(Webhook::kDocType);
    changes.setName(webhook.name);
    const int failures = attempt.ok ? 0 : webhook.consecutiveFailures + 1;
    changes.setValue(QStringLiteral("consecutive_failures"), failures);
    if (!attempt.ok && failures >= webhook.disableAfter) {
        const QString reason =
            QStringLiteral("disabled after %1 consecutive failed deliveries (the last: %2, %3); "
                           "fix the receiver and enable the webhook again")
                .arg(failures)
                .arg(attempt.error,
                     FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc()));
        changes.setValue(QStringLiteral("enabled"), false);
        changes.setValue(QStringLiteral("disabled_reason"), reason);
        qWarning().noquote() << QStringLiteral("webhooks: webhook %1 %2").arg(webhook.name, reason);
    }
    if (auto updated = service.update(changes); !updated)
        return fail(updated.error());
    return attempt;
}

void registerWebhooks(ControllerRegistry &registry)
{
    registry.registerController(Webhook::kDocType, std::make_shared<WebhookController>());

    JobDefinition job;
    job.name = kWebhookDeliveryJob;
    job.description = QStringLiteral("Delivers one event to one webhook (docs/guide/webhooks.md)");
    job.run = runDelivery;
    job.checkArgs = checkDeliveryArgs;
    job.queue = QStringLiteral("default");
    (void)registry.registerJob(std::move(job));

    RpcMethod test;
    test.name = QStringLiteral("send_test");
    test.permission = PermissionAction::Write;
    test.description = QStringLiteral("Sends a test event (type \"test\") to the webhook now and "
                                      "answers how it went; recorded in the Webhook Log");
    test.run = sendTest;
    (void)registry.registerMethod(Webhook::kDocType, std::move(test));
}

} // namespace fm::core
