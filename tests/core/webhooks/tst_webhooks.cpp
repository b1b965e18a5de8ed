// SPDX-License-Identifier: MIT
// Webhooks end to end on a real SQLite site: the dispatcher turns committed events into
// delivery jobs, a real JobWorker runs them, and a real HTTP receiver on a loopback port
// verifies the signature. Covers a correct and a wrong secret, a slow receiver (timeout,
// retried), a failing one (retried, then the webhook disables itself), filters, an event
// relayed twice, the Webhook's rules and the send_test method.
#include "auth/useraccounts.h"
#include "jobs/jobqueue.h"
#include "jobs/jobworker.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "testsite.h"
#include "webhookreceiver.h"
#include "webhooks/webhookdelivery.h"
#include "webhooks/webhookdispatcher.h"

#include <QElapsedTimer>

using namespace fm;
using namespace fm::core;
using namespace std::chrono_literals;

namespace {
const QByteArray kSecret = "right-secret";
}

class TestWebhooks : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<PermissionEngine> m_engine;
    std::unique_ptr<DocumentAccess> m_access;

    // The door RPC code gets (data/rpc.h), made on first use over the open site.
    DocumentAccess &access()
    {
        if (!m_access) {
            m_engine = std::make_unique<PermissionEngine>(*m_site->service);
            m_access = std::make_unique<DocumentAccess>(*m_site->service, *m_engine);
        }
        return *m_access;
    }

    std::unique_ptr<JobWorker> worker()
    {
        JobWorkerOptions options;
        options.concurrency = 1;
        options.poll = 20ms;
        options.lease = 3s;
        options.id = QStringLiteral("webhook-test-worker");
        auto w = std::make_unique<JobWorker>(*m_site->pool, *m_site->service, m_site->controllers,
                                             options);
        if (auto started = w->start(); !started)
            qWarning().noquote() << started.error().toText();
        return w;
    }

    Result<Document> addWebhook(const QString &name, const QVariantMap &values = {})
    {
        QVariantMap all{{"webhook_name", name},
                        {"webhook_doctype", "Customer"},
                        {"event_types", "insert"},
                        {"url", m_receiver->url()},
                        {"secret", QString::fromLatin1(kSecret)},
                        {"timeout", 2},
                        {"max_retries", 0},
                        {"retry_backoff", 0}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            all.insert(it.key(), it.value());
        return m_site->service->insert(doc("Webhook", all));
    }

    QList<Document> logs(const QString &webhook)
    {
        Query q;
        q.doctype = Webhook::kLogDocType;
        q.filters = {Filter{"webhook", FilterOp::Eq, webhook}};
        q.orderBy = {OrderBy{"attempt", false}};
        q.limit = -1;
        return m_site->service->list(q).value_or(QList<Document>{});
    }

    // Waits until the delivery jobs of `webhook` are all final; the last one.
    Job waitForJobs(const QString &webhook, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        JobListQuery q;
        q.job = kWebhookDeliveryJob;
        q.limit = 1000;
        while (timer.elapsed() < timeoutMs) {
            QList<Job> mine;
            for (const Job &job : m_queue->list(q).value_or(QList<Job>{})) {
                if (job.args.value("webhook").toString() == webhook)
                    mine << job;
            }
            const bool done =
                !mine.isEmpty() &&
                std::none_of(mine.cbegin(), mine.cend(), [](const Job &j) { return j.isActive(); });
            if (done)
                return mine.first(); // newest first
            QTest::qWait(20);
        }
        return Job{};
    }

    qint64 deliveryJobs()
    {
        JobListQuery q;
        q.job = kWebhookDeliveryJob;
        return m_queue->count(q).value_or(-1);
    }

private slots:
    void initTestCase()
    {
        m_site = std::make_unique<TestSite>();
        registerWebhooks(m_site->controllers);
        QVERIFY(m_site->open());
        m_dispatcher = std::make_unique<WebhookDispatcher>(*m_site->service, *m_site->pool,
                                                           m_site->controllers);
        m_queue = std::make_unique<JobQueue>(*m_site->pool, m_site->controllers);
        m_receiver = std::make_unique<WebhookReceiver>(kSecret);
        QVERIFY(UserAccounts::ensureRole(*m_site->service, QStringLiteral("System Manager")));
        QVERIFY(UserAccounts::add(*m_site->service, {QStringLiteral("Administrator"),
                                                     {},
                                                     QStringLiteral("Administrator"),
                                                     QStringLiteral("admin-password-1"),
                                                     {QStringLiteral("System Manager")}}));
    }
    void cleanup()
    {
        // Each test's webhooks stop here, so they do not fire on the next test's inserts.
        Query q;
        q.doctype = Webhook::kDocType;
        q.limit = -1;
        for (const Document &hook : m_site->service->list(q).value_or(QList<Document>{})) {
            auto off = doc("Webhook", {{"enabled", false}});
            off.setName(hook.name());
            auto done = m_site->service->update(off);
            QVERIFY2(done, done ? "" : qPrintable(done.error().toText()));
        }
        m_receiver->setMode(WebhookReceiver::Mode::Ok);
    }
    void cleanupTestCase()
    {
        m_dispatcher.reset();
        m_queue.reset();
        m_receiver.reset();
        m_access.reset();
        m_engine.reset(); // unsubscribes from the service before it goes
        m_site.reset();
    }

    void deliversASignedEvent()
    {
        QVERIFY(addWebhook("signed"));
        const int before = m_receiver->count();
        auto w = worker();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Signed Co"}})));
        const Job job = waitForJobs("signed");
        QCOMPARE(job.status, JobStatus::Succeeded);
        QVERIFY(job.asSystem);
        QCOMPARE(job.result.toObject().value("http_code").toInt(), 200);
        QCOMPARE(w->stop(5s), 0);

        const auto received = m_receiver->received().mid(before);
        QCOMPARE(received.size(), 1);
        const auto &r = received.first();
        QVERIFY(r.signatureValid);
        QCOMPARE(r.method, QStringLiteral("POST"));
        QCOMPARE(r.path, QStringLiteral("/hook"));
        QCOMPARE(r.webhookId, QStringLiteral("signed"));
        QVERIFY(qAbs(QDateTime::currentSecsSinceEpoch() - r.timestamp.toLongLong()) < 30);
        QCOMPARE(r.body.value("webhook").toString(), QStringLiteral("signed"));
        const QJsonObject event = r.body.value("event").toObject();
        QCOMPARE(event.value("id").toString(), r.eventId);
        QCOMPARE(event.value("type").toString(), QStringLiteral("insert"));
        QCOMPARE(event.value("doctype").toString(), QStringLiteral("Customer"));
        QCOMPARE(event.value("name").toString(), QStringLiteral("Signed Co"));
        QCOMPARE(event.value("changes").toObject().value("customer_name").toObject().value("new"),
                 QJsonValue("Signed Co"));
        QCOMPARE(job.uniqueKey, WebhookDispatcher::uniqueKey("signed", r.eventId));

        const QList<Document> rows = logs("signed");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().string("status"), QStringLiteral("Success"));
        QCOMPARE(rows.first().integer("http_code"), 200);
        QCOMPARE(rows.first().integer("attempt"), 1);
        QCOMPARE(rows.first().string("event_id"), r.eventId);
        QCOMPARE(rows.first().string("event_type"), QStringLiteral("insert"));
        QCOMPARE(rows.first().string("docname"), QStringLiteral("Signed Co"));
        QCOMPARE(rows.first().string("response"), QStringLiteral("ok"));
        QCOMPARE(rows.first().string("job"), job.id);
        QVERIFY(rows.first().integer("duration_ms") >= 0);
        // An update is not an event type this webhook asked for.
        auto changed = doc("Customer", {{"phone", "555"}});
        changed.setName("Signed Co");
        const qint64 jobs = deliveryJobs();
        QVERIFY(m_site->service->update(changed));
        QCOMPARE(deliveryJobs(), jobs);
    }

    void wrongSecretFailsVerification()
    {
        QVERIFY(addWebhook("wrong-secret", {{"secret", "not-the-secret"}}));
        const int before = m_receiver->count();
        auto w = worker();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Wrong Secret Co"}})));
        const Job job = waitForJobs("wrong-secret");
        QCOMPARE(w->stop(5s), 0);
        QCOMPARE(job.status, JobStatus::Failed);
        QVERIFY2(job.error.contains("HTTP 401"), qPrintable(job.error));
        const auto received = m_receiver->received().mid(before);
        QCOMPARE(received.size(), 1);
        QVERIFY(!received.first().signatureValid);
        const QList<Document> rows = logs("wrong-secret");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().string("status"), QStringLiteral("Failed"));
        QCOMPARE(rows.first().integer("http_code"), 401);
        QCOMPARE(rows.first().string("response"), QStringLiteral("bad signature"));
    }

    void slowReceiverTimesOutAndIsRetried()
    {
        m_receiver->setMode(WebhookReceiver::Mode::SlowFirst);
        QVERIFY(addWebhook("slow", {{"timeout", 1}, {"max_retries", 2}}));
        // SlowFirst sleeps on the receiver's first request ever: make this one the first.
        WebhookReceiver slow(kSecret);
        slow.setMode(WebhookReceiver::Mode::SlowFirst);
        auto changed = doc("Webhook", {{"url", slow.url()}});
        changed.setName("slow");
        QVERIFY(m_site->service->update(changed));

        auto w = worker();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Slow Co"}})));
        const Job job = waitForJobs("slow");
        QCOMPARE(w->stop(5s), 0);
        QCOMPARE(job.status, JobStatus::Succeeded);
        QCOMPARE(job.attempts, 2);
        const QList<Document> rows = logs("slow");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).string("status"), QStringLiteral("Failed"));
        QVERIFY2(rows.at(0).string("error").contains("within the timeout of 1 s"),
                 qPrintable(rows.at(0).string("error")));
        QVERIFY(rows.at(0).value("http_code").isNull());
        QVERIFY(rows.at(0).integer("duration_ms") >= 900);
        QCOMPARE(rows.at(1).string("status"), QStringLiteral("Success"));
        QCOMPARE(rows.at(1).integer("attempt"), 2);
        QCOMPARE(slow.count(), 2);
        // A success after a failure starts the count again.
        QCOMPARE(m_site->service->get("Webhook", "slow")->integer("consecutive_failures"), 0);
    }

    void failingReceiverIsRetriedThenDisabled()
    {
        m_receiver->setMode(WebhookReceiver::Mode::Fail);
        QVERIFY(addWebhook("failing", {{"max_retries", 4}, {"disable_after", 3}}));
        auto w = worker();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Failing Co"}})));
        const Job job = waitForJobs("failing");
        QCOMPARE(w->stop(5s), 0);
        // Three failed attempts disable the webhook; the fourth finds it disabled and stops.
        const QList<Document> rows = logs("failing");
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).string("status"), QStringLiteral("Failed"));
            QCOMPARE(rows.at(i).integer("http_code"), 500);
            QCOMPARE(rows.at(i).integer("attempt"), i + 1);
            QCOMPARE(rows.at(i).string("response"), QStringLiteral("receiver broke"));
        }
        QCOMPARE(job.attempts, 4);
        QCOMPARE(job.result.toObject().value("skipped").toString(),
                 QStringLiteral("the webhook is disabled"));
        auto hook = m_site->service->get("Webhook", "failing");
        QVERIFY(hook);
        QVERIFY(!hook->boolean("enabled"));
        QCOMPARE(hook->integer("consecutive_failures"), 3);
        QVERIFY2(hook->string("disabled_reason").contains("after 3 consecutive failed deliveries"),
                 qPrintable(hook->string("disabled_reason")));
        // A disabled webhook queues nothing; enabling it again starts a new count.
        const qint64 jobs = deliveryJobs();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Failing Co 2"}})));
        QCOMPARE(deliveryJobs(), jobs);
        auto enable = doc("Webhook", {{"enabled", true}});
        enable.setName("failing");
        QVERIFY(m_site->service->update(enable));
        hook = m_site->service->get("Webhook", "failing");
        QCOMPARE(hook->integer("consecutive_failures"), 0);
        QVERIFY(hook->string("disabled_reason").isEmpty());
    }

    void filterThatDoesNotMatchSendsNothing()
    {
        QVERIFY(addWebhook(
            "filtered", {{"filters", QVariantList{QVariantList{"customer_name", "like", "Acme%"}}},
                         {"event_types", "insert, update"}}));
        const int before = m_receiver->count();
        const qint64 jobs = deliveryJobs();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Other Co"}})));
        QCOMPARE(deliveryJobs(), jobs);
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Acme Filtered"}})));
        QCOMPARE(deliveryJobs(), jobs + 1);
        auto w = worker();
        QCOMPARE(waitForJobs("filtered").status, JobStatus::Succeeded);
        QCOMPARE(w->stop(5s), 0);
        const auto received = m_receiver->received().mid(before);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().body.value("event").toObject().value("name").toString(),
                 QStringLiteral("Acme Filtered"));
    }

    void anEventRelayedTwiceIsSentOnce()
    {
        QVERIFY(addWebhook("once"));
        Event captured;
        auto subscription = m_site->service->events().subscribe(
            EventFilter{"Customer", {}}, [&](const Event &e) { captured = e; });
        const int before = m_receiver->count();
        const qint64 jobs = deliveryJobs();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Once Co"}})));
        QCOMPARE(captured.name, QStringLiteral("Once Co"));
        // Relayed again while its job is queued: the unique key returns that job.
        QCOMPARE(m_dispatcher->dispatch(captured).value_or(-1), 0);
        QCOMPARE(deliveryJobs(), jobs + 1);
        auto w = worker();
        QCOMPARE(waitForJobs("once").status, JobStatus::Succeeded);
        // Relayed again after it was delivered: a new job, which sees the delivery and
        // sends nothing.
        QCOMPARE(m_dispatcher->dispatch(captured).value_or(-1), 1);
        const Job again = waitForJobs("once");
        QCOMPARE(w->stop(5s), 0);
        QCOMPARE(again.status, JobStatus::Succeeded);
        QCOMPARE(again.result.toObject().value("skipped").toString(),
                 QStringLiteral("the event was delivered before"));
        QCOMPARE(m_receiver->count() - before, 1);
        QCOMPARE(logs("once").size(), 1);
    }

    void aWebhookMadeElsewhereCountsAtTheNextWrite()
    {
        // The dispatcher's list is fresh after this insert ...
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Prime Co"}})));
        // ... and a webhook made through another service, as another process would, is
        // heard before this service's next event: the relay reads the gap in the outbox
        // first, the Webhook event drops the list, and the Customer event sees the hook.
        DocumentService other(*m_site->pool, m_site->meta, m_site->controllers);
        QVERIFY(other.insert(doc("Webhook", {{"webhook_name", "elsewhere"},
                                             {"webhook_doctype", "Customer"},
                                             {"url", m_receiver->url()}})));
        const qint64 jobs = deliveryJobs();
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Heard Co"}})));
        QCOMPARE(deliveryJobs(), jobs + 1);
    }

    void refusesBadWebhooks_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("ftp") << QVariantMap{{"url", "ftp://example.com/x"}} << "url"
                             << "not an http:// or https:// URL";
        QTest::newRow("file") << QVariantMap{{"url", "file:///etc/passwd"}} << "url"
                              << "not an http:// or https:// URL";
        QTest::newRow("credentials") << QVariantMap{{"url", "http://u:p@example.com/"}} << "url"
                                     << "must not carry a user name";
        QTest::newRow("type") << QVariantMap{{"event_types", "insert, explode"}} << "event_types"
                              << "unknown event type \"explode\"";
        QTest::newRow("filters") << QVariantMap{{"filters", "not json"}} << "filters"
                                 << "list API's syntax";
        QTest::newRow("own log") << QVariantMap{{"webhook_doctype", "Webhook Log"}}
                                 << "webhook_doctype"
                                 << "cannot watch Webhook Log";
        QTest::newRow("unknown doctype")
            << QVariantMap{{"webhook_doctype", "Nope"}} << "webhook_doctype"
            << "\"Nope\" does not exist";
        QTest::newRow("reserved header")
            << QVariantMap{{"headers", QVariantMap{{"X-Signature", "forged"}}}} << "headers"
            << "set by the delivery itself";
        QTest::newRow("header value")
            << QVariantMap{{"headers", QVariantMap{{"Authorization", 42}}}} << "headers"
            << "one-line string value";
    }
    void refusesBadWebhooks()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        QFETCH(QString, message);
        auto added = addWebhook("bad", values);
        QVERIFY(!added);
        QCOMPARE(added.error().code(), ErrorCode::Validation);
        QVERIFY2(added.error().message().contains(message), qPrintable(added.error().toText()));
        QCOMPARE(added.error().fields().value(0).field, field);
        QVERIFY(!m_site->service->get("Webhook", "bad"));
    }

    void sendTestDeliversATestEvent()
    {
        auto hook = addWebhook("tested");
        QVERIFY(hook);
        const RpcMethod *method = m_site->controllers.method("Webhook", "send_test");
        QVERIFY(method);
        QCOMPARE(method->permission, PermissionAction::Write);
        const int before = m_receiver->count();
        const Principal admin = Principal::system();
        RpcCall call{access(), admin, {}, &*hook, "Webhook.send_test"};
        auto answer = method->run(call);
        QVERIFY(answer);
        QCOMPARE(answer->toObject().value("ok").toBool(), true);
        QCOMPARE(answer->toObject().value("http_code").toInt(), 200);
        const auto received = m_receiver->received().mid(before);
        QCOMPARE(received.size(), 1);
        QVERIFY(received.first().signatureValid);
        QCOMPARE(received.first().body.value("event").toObject().value("type").toString(),
                 QStringLiteral("test"));
        const QList<Document> rows = logs("tested");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().string("event_type"), QStringLiteral("test"));
        QVERIFY(rows.first().string("job").isEmpty());
        QCOMPARE(received.first().method, QStringLiteral("POST"));
        QCOMPARE(received.first().contentType, QStringLiteral("application/json"));

        // The chosen method and the webhook's own headers.
        auto changed = doc("Webhook", {{"method", "PATCH"},
                                       {"headers", QVariantMap{{"Authorization", "Bearer t0k"}}}});
        changed.setName("tested");
        auto updated = m_site->service->update(changed);
        QVERIFY(updated);
        RpcCall patched{access(), admin, {}, &*updated, "Webhook.send_test"};
        QVERIFY(method->run(patched));
        const auto last = m_receiver->received().last();
        QCOMPARE(last.method, QStringLiteral("PATCH"));
        QCOMPARE(last.authorization, QStringLiteral("Bearer t0k"));
        QVERIFY(last.signatureValid);

        // A test against a broken receiver says why, and does not count towards disabling.
        m_receiver->setMode(WebhookReceiver::Mode::Fail);
        answer = method->run(call);
        QVERIFY(answer);
        QCOMPARE(answer->toObject().value("ok").toBool(), false);
        QCOMPARE(answer->toObject().value("http_code").toInt(), 500);
        QVERIFY(answer->toObject().value("error").toString().contains("HTTP 500"));
        QCOMPARE(m_site->service->get("Webhook", "tested")->integer("consecutive_failures"), 0);
    }

    void redirectsAreNotFollowedAndAnswersAreCut()
    {
        auto hook = addWebhook("answers");
        QVERIFY(hook);
        const RpcMethod *method = m_site->controllers.method("Webhook", "send_test");
        const Principal admin = Principal::system();
        RpcCall call{access(), admin, {}, &*hook, "Webhook.send_test"};
        // A redirect fails, naming where it pointed; the signed body goes nowhere else.
        m_receiver->setMode(WebhookReceiver::Mode::Redirect);
        auto answer = method->run(call);
        QVERIFY(answer);
        QCOMPARE(answer->toObject().value("http_code").toInt(), 302);
        QVERIFY2(answer->toObject().value("error").toString().contains(
                     "redirects are not followed; set the URL to http://127.0.0.1:1/elsewhere"),
                 qPrintable(answer->toObject().value("error").toString()));
        // An 8 MB answer is a success; only its first 1,000 characters are kept.
        m_receiver->setMode(WebhookReceiver::Mode::Huge);
        answer = method->run(call);
        QVERIFY(answer);
        QCOMPARE(answer->toObject().value("ok").toBool(), true);
        QCOMPARE(answer->toObject().value("response").toString(), QString(1000, u'x'));
        const QList<Document> rows = logs("answers");
        QCOMPARE(rows.size(), 2);
        QSet<qsizetype> sizes; // both rows are attempt 1: their order is not fixed
        for (const Document &row : rows)
            sizes << row.string("response").size();
        QCOMPARE(sizes, (QSet<qsizetype>{0, 1000}));
    }

    void signatureIsHexHmacOfTimestampDotBody()
    {
        // A known vector (RFC 4231-style inputs checked with Qt's own HMAC).
        const QByteArray body = R"({"webhook":"w","event":{}})";
        const QString signature = webhookSignature("secret", "1700000000", body);
        QCOMPARE(signature.toLatin1(),
                 QMessageAuthenticationCode::hash("1700000000." + body, "secret",
                                                  QCryptographicHash::Sha256)
                     .toHex());
        QCOMPARE(signature.size(), 64);
        // A key longer than a SHA-256 block is hashed first, as HMAC says.
        const QByteArray longKey(100, 'k');
        QCOMPARE(webhookSignature(longKey, "1", body).toLatin1(),
                 QMessageAuthenticationCode::hash("1." + body, longKey, QCryptographicHash::Sha256)
                     .toHex());
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
