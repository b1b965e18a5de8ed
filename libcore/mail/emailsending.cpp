// SPDX-License-Identifier: MIT
#include "mail/emailsending.h"

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "data/fieldvalidator.h"
#include "jobs/jobdefinition.h"
#include "jobs/jobqueue.h"
#include "mail/emailqueue.h"
#include "mail/smtpsender.h"
#include "permissions/documentaccess.h"

#include <QDebug>

namespace fm::core {

namespace {

const QString kEmailArg = QStringLiteral("email");
const QString kStatus = QStringLiteral("status");

QString now()
{
    return FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc());
}

Result<void> setFields(DocumentService &service, const QString &name, const QVariantMap &values)
{
    Document changes(EmailQueue::kDocType);
    changes.setName(name);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        changes.setValue(it.key(), it.value());
    if (auto updated = service.update(changes); !updated)
        return fail(updated.error());
    return {};
}

// A failed attempt, on the mail: its error, one more retry counted, and Not Sent while
// the job will try again, Error when it will not.
Result<QJsonValue> failed(JobContext &context, DocumentService &service, const Document &mail,
                          const QString &error, bool permanent)
{
    const bool again = !permanent && context.job.attempts <= context.job.maxRetries;
    context.retryable = !permanent;
    if (auto written =
            setFields(service, mail.name(),
                      {{kStatus, again ? QStringLiteral("Not Sent") : QStringLiteral("Error")},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("retries"), mail.integer(QStringLiteral("retries")) + 1}});
        !written)
        return fail(written.error());
    return fail(ErrorCode::Io, error);
}

Result<QJsonValue> runSend(const QString &siteDir, JobContext &context)
{
    DocumentService &service = context.access.service();
    const QString name = context.args.value(kEmailArg).toString();
    auto mail = service.get(EmailQueue::kDocType, name);
    if (!mail && mail.error().code() == ErrorCode::NotFound)
        return QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the mail was deleted")}};
    if (!mail)
        return fail(mail.error());
    // At least once: a job that runs again after its mail went out sends nothing.
    if (mail->string(kStatus) == u"Sent")
        return QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the mail was sent before")}};
    // Error is final until someone sets the mail back to Not Sent (which queues a new
    // job); an event relayed late must not send it again.
    if (mail->string(kStatus) == u"Error") {
        return QJsonObject{{QStringLiteral("skipped"),
                            QStringLiteral("the mail is in Error; set its status to Not Sent to "
                                           "send it again")}};
    }
    // Read at each mail, like the password: a changed server needs no worker restart.
    auto loaded = MailSettings::load(siteDir);
    if (!loaded)
        return failed(context, service, *mail, loaded.error().toText(), false);
    const MailSettings &settings = *loaded;
    if (!settings.sends()) {
        return failed(context, service, *mail,
                      QStringLiteral("the site has no SMTP server: set \"mail\": {\"smtp\": "
                                     "{...}} in site.json (docs/guide/email.md)"),
                      true);
    }
    auto password = settings.smtp->password();
    if (!password)
        return failed(context, service, *mail, password.error().toText(), false);
    if (auto sending = setFields(service, name, {{kStatus, QStringLiteral("Sending")}}); !sending)
        return fail(sending.error());

    const QString from = settings.fromAddress();
    SmtpMessage message;
    message.from = settings.from;
    message.to = mail->string(QStringLiteral("recipient"));
    message.subject = mail->string(QStringLiteral("subject"));
    message.text = mail->string(QStringLiteral("body"));
    message.html = mail->string(QStringLiteral("html_body"));
    message.messageId = name + u'@' + from.section(u'@', 1);
    const SmtpAttempt attempt = sendSmtp(*settings.smtp, *password, message);
    if (!attempt.ok)
        return failed(context, service, *mail, attempt.error, attempt.permanent);
    if (auto sent = setFields(service, name,
                              {{kStatus, QStringLiteral("Sent")},
                               {QStringLiteral("error"), QVariant()},
                               {QStringLiteral("sent_at"), now()},
                               {QStringLiteral("message_id"), u'<' + message.messageId + u'>'}});
        !sent)
        return fail(sent.error());
    return QJsonObject{{QStringLiteral("sent_to"), message.to},
                       {QStringLiteral("smtp_code"), attempt.smtpCode},
                       {QStringLiteral("duration_ms"), attempt.durationMs}};
}

Result<void> checkSendArgs(const QJsonObject &args)
{
    if (args.value(kEmailArg).toString().isEmpty()) {
        return fail(ErrorCode::Validation,
                    QStringLiteral("%1 needs {\"email\": the Email Queue document's name}")
                        .arg(kEmailSendJob));
    }
    return {};
}

} // namespace

void registerEmailSending(ControllerRegistry &registry, const QString &siteDir)
{
    JobDefinition job;
    job.name = kEmailSendJob;
    job.description = QStringLiteral("Sends one Email Queue mail through the site's SMTP server "
                                     "(docs/guide/email.md)");
    job.run = [siteDir](JobContext &context) {
        return runSend(siteDir, context);
    };
    job.checkArgs = checkSendArgs;
    (void)registry.registerJob(std::move(job));
}

EmailDispatcher::EmailDispatcher(DocumentService &service, ConnectionPool &pool,
                                 const ControllerRegistry &registry, const MailSettings &settings)
    : m_settings(settings)
    , m_queue(std::make_unique<JobQueue>(pool, registry))
{
    m_subscription = service.events().subscribe(
        EventFilter{EmailQueue::kDocType, {EventType::Insert, EventType::Update}},
        [this](const Event &event) {
            const FieldChange *status = event.change(kStatus);
            // An insert lists every field; an update counts only when someone set the
            // status back to Not Sent (the job's own changes never do: it writes Sending
            // first, and a failed attempt's Not Sent finds its job still running).
            if (event.type == EventType::Update &&
                !(status && status->newValue == QJsonValue(QStringLiteral("Not Sent"))))
                return;
            const FieldChange *after = event.change(QStringLiteral("send_after"));
            const QDateTime sendAfter =
                after ? QDateTime::fromString(after->newValue.toString(), Qt::ISODateWithMs)
                      : QDateTime();
            if (auto queued = queue(event.name, sendAfter); !queued) {
                qWarning().noquote()
                    << QStringLiteral("mail: could not queue the sending of %1: %2")
                           .arg(event.name, queued.error().toText());
            }
        },
        QStringLiteral("mail"));
}

EmailDispatcher::~EmailDispatcher() = default;

QString EmailDispatcher::uniqueKey(const QString &mail)
{
    return QStringLiteral("email:") + mail;
}

Result<bool> EmailDispatcher::queue(const QString &name, const QDateTime &sendAfter)
{
    JobRequest request;
    request.job = kEmailSendJob;
    request.args = QJsonObject{{kEmailArg, name}};
    request.asSystem = true;
    request.uniqueKey = uniqueKey(name);
    request.maxRetries = m_settings.maxRetries;
    request.retryBackoffSeconds = m_settings.retryBackoffSeconds;
    if (m_settings.smtp) // the SMTP timeout bounds the attempt; the rest is the database's
        request.timeoutSeconds = m_settings.smtp->timeoutSeconds + 30;
    if (sendAfter.isValid() && sendAfter > QDateTime::currentDateTimeUtc())
        request.runAt = sendAfter;
    auto added = m_queue->enqueue(request);
    if (!added)
        return fail(added.error());
    return added->created;
}

} // namespace fm::core
