// SPDX-License-Identifier: MIT
// Email Queue -> job -> SMTP, end to end on a real SQLite site: the EmailDispatcher queues a
// core.email.send job per mail, a real JobWorker runs it, and a real SMTP server on a
// loopback port (smtpreceiver.h) receives it. The mail's status follows: Sent; Not Sent
// with the error while retries are left; Error after the last one or at once when the
// server refuses the message; a mail set back to Not Sent goes out again.
#include "auth/useraccounts.h"
#include "jobs/jobqueue.h"
#include "jobs/jobworker.h"
#include "mail/emailqueue.h"
#include "mail/emailsending.h"
#include "smtpreceiver.h"
#include "testsite.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace fm;
using namespace fm::core;
using namespace std::chrono_literals;

class TestEmailSending : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<EmailDispatcher> m_dispatcher;
    std::unique_ptr<JobWorker> m_worker;

    // Writes site.json's "mail" for a server on `port` and makes the dispatcher anew
    // (the worker's job reads the file at each mail, as in production).
    void configure(int port, const QJsonObject &extra = {}, const QJsonObject &smtpExtra = {})
    {
        QJsonObject smtp{
            {"host", "127.0.0.1"}, {"port", port}, {"security", "none"}, {"timeout", 10}};
        for (auto it = smtpExtra.begin(); it != smtpExtra.end(); ++it)
            smtp.insert(it.key(), it.value());
        QJsonObject mail{{"smtp", smtp},
                         {"from", "Acme <noreply@acme.example>"},
                         {"max_retries", 2},
                         {"retry_backoff", 0}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            mail.insert(it.key(), it.value());
        QFile file(m_site->path() + "/site.json");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{"mail", mail}}).toJson());
        file.close();
        auto settings = MailSettings::load(m_site->path());
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error().toText()));
        m_dispatcher.reset();
        m_dispatcher = std::make_unique<EmailDispatcher>(*m_site->service, *m_site->pool,
                                                         m_site->controllers, *settings);
    }

    Document queueMail(const QString &subject, const QDateTime &sendAfter = {})
    {
        auto mail = EmailQueue(*m_site->service)
                        .enqueue({"ann@example.com", subject, "Hello Ann", sendAfter, {}, {}});
        if (!mail)
            qWarning().noquote() << mail.error().toText();
        return mail.value_or(Document{});
    }

    Document mail(const QString &name) { return *m_site->service->get(EmailQueue::kDocType, name); }

    // The mail's send job once it is final (waiting while the receiver serves).
    Job finalJob(const QString &mail, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        JobListQuery q;
        q.job = kEmailSendJob;
        q.limit = 1000;
        while (timer.elapsed() < timeoutMs) {
            for (const Job &job : m_queue->list(q).value_or(QList<Job>{})) {
                if (job.args.value("email").toString() == mail && !job.isActive())
                    return job;
            }
            QTest::qWait(20);
        }
        return Job{};
    }

private slots:
    void initTestCase()
    {
        m_site = std::make_unique<TestSite>();
        QVERIFY(m_site->open());
        registerEmailSending(m_site->controllers, m_site->path());
        m_queue = std::make_unique<JobQueue>(*m_site->pool, m_site->controllers);
        QVERIFY(UserAccounts::ensureRole(*m_site->service, QStringLiteral("System Manager")));
        JobWorkerOptions options;
        options.poll = 20ms;
        options.lease = 5s;
        options.id = QStringLiteral("mail-test-worker");
        m_worker = std::make_unique<JobWorker>(*m_site->pool, *m_site->service, m_site->controllers,
                                               options);
        QVERIFY(m_worker->start());
    }
    void cleanupTestCase()
    {
        if (m_worker)
            QCOMPARE(m_worker->stop(10s), 0);
        m_worker.reset();
        m_dispatcher.reset();
        m_queue.reset();
        m_site.reset();
    }

    void aQueuedMailIsSent()
    {
        SmtpReceiver receiver;
        configure(receiver.port());
        const Document queued = queueMail("Order shipped");
        QVERIFY(!queued.name().isEmpty());
        const Job job = finalJob(queued.name());
        QCOMPARE(job.status, JobStatus::Succeeded);
        QVERIFY(job.asSystem);
        QCOMPARE(job.uniqueKey, EmailDispatcher::uniqueKey(queued.name()));
        QCOMPARE(job.maxRetries, 2);
        QCOMPARE(job.result.toObject().value("sent_to").toString(),
                 QStringLiteral("ann@example.com"));

        const Document sent = mail(queued.name());
        QCOMPARE(sent.string("status"), QStringLiteral("Sent"));
        QVERIFY(sent.string("error").isEmpty());
        QCOMPARE(sent.integer("retries"), 0);
        QVERIFY(sent.datetime("sent_at").isValid());
        QCOMPARE(sent.string("message_id"), u'<' + queued.name() + "@acme.example>");
        QCOMPARE(receiver.messages().size(), 1);
        const auto &got = receiver.messages().first();
        QCOMPARE(got.header("Subject"), QByteArray("Order shipped"));
        QCOMPARE(got.header("Message-ID"), sent.string("message_id").toLatin1());

        // A job for a mail that went out sends nothing again (at least once delivery).
        JobRequest again;
        again.job = kEmailSendJob;
        again.args = QJsonObject{{"email", queued.name()}};
        again.asSystem = true;
        auto added = m_queue->enqueue(again);
        QVERIFY(added);
        QElapsedTimer timer;
        timer.start();
        while (m_queue->get(added->job.id)->isActive() && timer.elapsed() < 30000)
            QTest::qWait(20);
        const Job skipped = *m_queue->get(added->job.id);
        QCOMPARE(skipped.status, JobStatus::Succeeded);
        QCOMPARE(skipped.result.toObject().value("skipped").toString(),
                 QStringLiteral("the mail was sent before"));
        QCOMPARE(receiver.messages().size(), 1);
    }

    void aTemporaryFailureIsRetried()
    {
        SmtpReceiver::Options options;
        options.temporaryFailures = 1;
        SmtpReceiver receiver(options);
        configure(receiver.port());
        const Document queued = queueMail("Try twice");
        const Job job = finalJob(queued.name());
        QCOMPARE(job.status, JobStatus::Succeeded);
        QCOMPARE(job.attempts, 2);
        const Document sent = mail(queued.name());
        QCOMPARE(sent.string("status"), QStringLiteral("Sent"));
        QCOMPARE(sent.integer("retries"), 1);
        QVERIFY(sent.string("error").isEmpty());
        QCOMPARE(receiver.messages().size(), 1);
    }

    void aRefusedMessageIsNotRetried()
    {
        SmtpReceiver::Options options;
        options.rejectRecipients = 550;
        SmtpReceiver receiver(options);
        configure(receiver.port());
        const Document queued = queueMail("Nobody home");
        const Job job = finalJob(queued.name());
        QCOMPARE(job.status, JobStatus::Failed);
        QCOMPARE(job.attempts, 1); // max_retries is 2, but a retry cannot help
        const Document failed = mail(queued.name());
        QCOMPARE(failed.string("status"), QStringLiteral("Error"));
        QVERIFY2(failed.string("error").contains("550"), qPrintable(failed.string("error")));
        QCOMPARE(failed.integer("retries"), 1);

        // Set back to Not Sent (after the address was fixed): sent again.
        receiver.options().rejectRecipients = 0;
        auto change = doc(EmailQueue::kDocType, {{"status", "Not Sent"}});
        change.setName(queued.name());
        QVERIFY(m_site->service->update(change));
        QElapsedTimer timer;
        timer.start();
        while (mail(queued.name()).string("status") != u"Sent" && timer.elapsed() < 30000)
            QTest::qWait(20);
        QCOMPARE(mail(queued.name()).string("status"), QStringLiteral("Sent"));
        QCOMPARE(receiver.messages().size(), 1);
    }

    void theLastFailedRetryEndsInError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const int port = closed.serverPort();
        closed.close();
        configure(port, {{"max_retries", 1}});
        const Document queued = queueMail("No server");
        const Job job = finalJob(queued.name());
        QCOMPARE(job.status, JobStatus::Failed);
        QCOMPARE(job.attempts, 2);
        const Document failed = mail(queued.name());
        QCOMPARE(failed.string("status"), QStringLiteral("Error"));
        QCOMPARE(failed.integer("retries"), 2);
        QVERIFY2(failed.string("error").contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(failed.string("error")));
    }

    void aMissingPasswordIsTheMailsError()
    {
        SmtpReceiver receiver;
        qunsetenv("FM_TEST_SMTP_PASSWORD_MISSING");
        configure(receiver.port(), {{"max_retries", 0}},
                  {{"user", "mailer"}, {"password_env", "FM_TEST_SMTP_PASSWORD_MISSING"}});
        const Document queued = queueMail("No password");
        const Job job = finalJob(queued.name());
        QCOMPARE(job.status, JobStatus::Failed);
        const Document failed = mail(queued.name());
        QCOMPARE(failed.string("status"), QStringLiteral("Error"));
        QVERIFY2(failed.string("error").contains("FM_TEST_SMTP_PASSWORD_MISSING"),
                 qPrintable(failed.string("error")));
        QCOMPARE(receiver.connections(), 0);
    }

    void sendAfterDelaysTheJob()
    {
        SmtpReceiver receiver;
        configure(receiver.port());
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        const Document queued = queueMail("Tomorrow", later);
        JobListQuery q;
        q.job = kEmailSendJob;
        q.status = JobStatus::Queued;
        const QList<Job> jobs = m_queue->list(q).value_or(QList<Job>{});
        auto it = std::find_if(jobs.cbegin(), jobs.cend(), [&](const Job &j) {
            return j.args.value("email").toString() == queued.name();
        });
        QVERIFY(it != jobs.cend());
        const QDateTime runAt = QDateTime::fromString(it->runAt, Qt::ISODateWithMs);
        QVERIFY(qAbs(runAt.secsTo(later)) <= 1);
        QTest::qWait(300);
        QCOMPARE(mail(queued.name()).string("status"), QStringLiteral("Not Sent"));
        QCOMPARE(receiver.messages().size(), 0);
        QVERIFY(m_queue->cancel(it->id, "Administrator"));
    }
};

QTEST_MAIN(TestEmailSending)
#include "tst_emailsending.moc"
