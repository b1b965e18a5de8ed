// SPDX-License-Identifier: MIT
// Notifications end to end on a real SQLite site: the dispatcher turns committed events
// into jobs, a real JobWorker runs them, and they write Notification Log rows and Email
// Queue mails for the recipients who may read the document, with escaped templates.
// Also the Notification's rules on save, duplicates, and a user's inbox.
#include "auth/useraccounts.h"
#include "jobs/jobqueue.h"
#include "jobs/jobworker.h"
#include "mail/emailqueue.h"
#include "notifications/notificationdelivery.h"
#include "notifications/notificationdispatcher.h"
#include "notifications/notificationinbox.h"
#include "testsite.h"

#include <QElapsedTimer>

using namespace fm;
using namespace fm::core;
using namespace std::chrono_literals;

class TestNotifications : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<NotificationDispatcher> m_dispatcher;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<JobWorker> m_worker;

    Result<Document> addNotification(const QString &name, const QVariantMap &values = {})
    {
        QVariantMap all{{"notification_name", name},
                        {"document_type", "Customer"},
                        {"event_types", "insert"},
                        {"recipient_users", "ann"},
                        {"subject", "New customer {{doc.customer_name}}"},
                        {"message", "<p>{{doc.customer_name}} by {{user}}</p>"}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            all.insert(it.key(), it.value());
        return m_site->service->insert(doc("Notification", all));
    }

    QList<Document> rows(const QString &doctype, const QString &field, const QString &value)
    {
        Query q;
        q.doctype = doctype;
        q.filters = {Filter{field, FilterOp::Eq, value}};
        q.limit = -1;
        return m_site->service->list(q).value_or(QList<Document>{});
    }

    // Waits until no notification job is queued or running.
    void settle()
    {
        QElapsedTimer timer;
        timer.start();
        JobListQuery q;
        q.job = kNotificationJob;
        while (timer.elapsed() < 30000) {
            q.status = JobStatus::Queued;
            const qint64 queued = m_queue->count(q).value_or(1);
            q.status = JobStatus::Running;
            const qint64 running = m_queue->count(q).value_or(1);
            if (queued == 0 && running == 0)
                return;
            QTest::qWait(20);
        }
        QFAIL("notification jobs did not finish in 30 s");
    }

    QList<Job> jobsOf(const QString &notification)
    {
        JobListQuery q;
        q.job = kNotificationJob;
        q.limit = 1000;
        QList<Job> out;
        for (const Job &job : m_queue->list(q).value_or(QList<Job>{})) {
            if (job.args.value("notification").toString() == notification)
                out << job;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_site = std::make_unique<TestSite>();
        registerNotifications(m_site->controllers);
        QVERIFY(m_site->open());
        m_dispatcher = std::make_unique<NotificationDispatcher>(*m_site->service, *m_site->pool,
                                                                m_site->controllers);
        m_queue = std::make_unique<JobQueue>(*m_site->pool, m_site->controllers);
        auto &service = *m_site->service;
        QVERIFY(UserAccounts::ensureRole(service, "System Manager"));
        QVERIFY(UserAccounts::ensureRole(service, "Clerk"));
        QVERIFY(UserAccounts::add(
            service, {"ann", "ann@example.com", "Ann", "pw-ann-123456", {"System Manager"}}));
        QVERIFY(UserAccounts::add(service,
                                  {"bob", "bob@example.com", "Bob", "pw-bob-123456", {"Clerk"}}));
        QVERIFY(
            UserAccounts::add(service, {"cid", "", "Cid", "pw-cid-123456", {"System Manager"}}));
        JobWorkerOptions options;
        options.poll = 20ms;
        options.lease = 5s;
        options.id = QStringLiteral("notification-test-worker");
        m_worker = std::make_unique<JobWorker>(*m_site->pool, *m_site->service, m_site->controllers,
                                               options);
        QVERIFY(m_worker->start());
    }
    void cleanup()
    {
        settle();
        Query q;
        q.doctype = Notification::kDocType;
        q.limit = -1;
        for (const Document &n : m_site->service->list(q).value_or(QList<Document>{})) {
            auto off = doc("Notification", {{"enabled", false}});
            off.setName(n.name());
            QVERIFY(m_site->service->update(off));
        }
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

    void notifiesWhoMayReadTheDocument()
    {
        // ann and cid hold System Manager (cid has no e-mail); bob is a Clerk, who may
        // not read Customers: he is named, but never told.
        QVERIFY(addNotification("new-customer", {{"recipient_roles", "System Manager"},
                                                 {"recipient_users", "bob"},
                                                 {"channel_email", true}}));
        const QString acme = QStringLiteral("<b>Acme</b> & 'Co'");
        auto inserted = m_site->service->insert(doc("Customer", {{"customer_name", acme}}));
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().toText()));
        settle();
        const QList<Job> jobs = jobsOf("new-customer");
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().status, JobStatus::Succeeded);
        QVERIFY(jobs.first().asSystem);
        const QJsonObject result = jobs.first().result.toObject();
        QVERIFY(result.value("skipped_users").toArray().contains("bob"));

        const QList<Document> logs = rows("Notification Log", "notification", "new-customer");
        QStringList users;
        for (const Document &row : logs)
            users << row.string("for_user");
        users.sort();
        QVERIFY2(users.contains("ann") && users.contains("cid") && !users.contains("bob"),
                 qPrintable(users.join(',')));
        const Document ann = *std::find_if(logs.cbegin(), logs.cend(), [](const Document &d) {
            return d.string("for_user") == u"ann";
        });
        // The subject is plain text; the message HTML with the value escaped.
        QCOMPARE(ann.string("subject"), "New customer " + acme);
        QCOMPARE(ann.string("message"),
                 QStringLiteral("<p>&lt;b&gt;Acme&lt;/b&gt; &amp; &apos;Co&apos; by "
                                "Administrator</p>"));
        QCOMPARE(ann.string("document_type"), QStringLiteral("Customer"));
        QCOMPARE(ann.string("document_name"), acme);
        QCOMPARE(ann.string("event_type"), QStringLiteral("insert"));
        QVERIFY(!ann.boolean("read"));

        // E-mail for those with an address: ann, not cid; an HTML and a text body.
        const QList<Document> mails = rows(EmailQueue::kDocType, "reference_name", acme);
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().string("recipient"), QStringLiteral("ann@example.com"));
        QCOMPARE(mails.first().string("subject"), "New customer " + acme);
        QCOMPARE(mails.first().string("html_body"), ann.string("message"));
        QCOMPARE(mails.first().string("body"), acme + " by Administrator");
    }

    void conditionAndChangedField()
    {
        QVERIFY(addNotification("tier-change", {{"event_types", "update"},
                                                {"value_changed", "tier"},
                                                {"condition", R"([["active", "=", 1]])"}}));
        QVERIFY(
            m_site->service->insert(doc("Customer", {{"customer_name", "Beta"}, {"active", 1}})));
        QVERIFY(
            m_site->service->insert(doc("Customer", {{"customer_name", "Gamma"}, {"active", 0}})));
        auto change = [&](const QString &name, const QVariantMap &values) {
            auto d = doc("Customer", values);
            d.setName(name);
            QVERIFY(m_site->service->update(d));
        };
        change("Beta", {{"phone", "555"}}); // not the watched field: no job at all
        settle();
        QCOMPARE(jobsOf("tier-change").size(), 0);
        change("Gamma", {{"tier", "Gold"}}); // the field, but the condition says no
        change("Beta", {{"tier", "Gold"}});
        settle();
        QCOMPARE(jobsOf("tier-change").size(), 2);
        const QList<Document> logs = rows("Notification Log", "notification", "tier-change");
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().string("document_name"), QStringLiteral("Beta"));
    }

    void anEventRelayedTwiceNotifiesOnce()
    {
        QVERIFY(addNotification("once"));
        QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", "Delta"}})));
        settle();
        QCOMPARE(rows("Notification Log", "notification", "once").size(), 1);
        // The same event again (a restart relays it once more): a job that finds its
        // key succeeded before writes nothing.
        Event event;
        event.id = jobsOf("once").first().args.value("event").toObject().value("id").toString();
        event.type = EventType::Insert;
        event.doctype = "Customer";
        event.name = "Delta";
        auto again = m_dispatcher->dispatch(event);
        QVERIFY(again);
        QCOMPARE(*again, 1);
        settle();
        const QList<Job> jobs = jobsOf("once");
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.first().result.toObject().value("skipped").toString(),
                 QStringLiteral("the event was notified before"));
        QCOMPARE(rows("Notification Log", "notification", "once").size(), 1);
    }

    void rulesOnSave_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown DocType")
            << QVariantMap{{"document_type", "Nope"}} << "document_type"
            << "does not exist";
        QTest::newRow("its own log")
            << QVariantMap{{"document_type", "Notification Log"}} << "document_type"
            << "cannot watch";
        QTest::newRow("the mail queue")
            << QVariantMap{{"document_type", "Email Queue"}} << "document_type"
            << "cannot watch";
        QTest::newRow("unescaped value") << QVariantMap{{"message", "{{{doc.code}}}"}} << "message"
                                         << "escaped";
        QTest::newRow("ampersand unescape")
            << QVariantMap{{"subject", "{{& doc.code}}"}} << "subject"
            << "escaped";
        QTest::newRow("unknown field") << QVariantMap{{"subject", "Hi {{doc.nope}}"}} << "subject"
                                       << "no field \"nope\"";
        QTest::newRow("unknown name") << QVariantMap{{"message", "{{customer_name}}"}} << "message"
                                      << "doc.<field>";
        QTest::newRow("unclosed section")
            << QVariantMap{{"message", "{{#doc.active}}yes"}} << "message"
            << "not a valid template";
        QTest::newRow("nobody") << QVariantMap{{"recipient_users", ""}} << "recipient_roles"
                                << "who is notified";
        QTest::newRow("no channel") << QVariantMap{{"channel_in_app", false}} << "channel_in_app"
                                    << "channel";
        QTest::newRow("unknown user")
            << QVariantMap{{"recipient_users", "ann, zed"}} << "recipient_users"
            << "\"zed\"";
        QTest::newRow("unknown role")
            << QVariantMap{{"recipient_roles", "Wizard"}} << "recipient_roles"
            << "\"Wizard\"";
        QTest::newRow("unknown event type")
            << QVariantMap{{"event_types", "insert, explode"}} << "event_types"
            << "explode";
        QTest::newRow("condition syntax")
            << QVariantMap{{"condition", R"([["active"]])"}} << "condition"
            << "list API";
        QTest::newRow("condition field")
            << QVariantMap{{"condition", R"({"nope": 1})"}} << "condition"
            << "\"nope\"";
        QTest::newRow("changed field") << QVariantMap{{"value_changed", "nope"}} << "value_changed"
                                       << "\"nope\"";
    }
    void rulesOnSave()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        QFETCH(QString, says);
        auto saved = addNotification(QStringLiteral("bad-%1").arg(QTest::currentDataTag()), values);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Validation);
        QCOMPARE(saved.error().fields().size(), 1);
        QCOMPARE(saved.error().fields().first().field, field);
        QVERIFY2(saved.error().message().contains(says), qPrintable(saved.error().message()));
        QVERIFY(!m_site->service->get("Notification",
                                      QStringLiteral("bad-%1").arg(QTest::currentDataTag())));
    }

    void theInboxIsPerUser()
    {
        QVERIFY(addNotification("inbox", {{"recipient_users", "ann, cid"}}));
        for (const char *name : {"Eps", "Zeta", "Eta"})
            QVERIFY(m_site->service->insert(doc("Customer", {{"customer_name", name}})));
        settle();
        NotificationInbox inbox(*m_site->service);
        const qint64 before = *inbox.unreadCount("ann");
        QVERIFY(before >= 3);
        auto page = inbox.list("ann", true, 2, 0);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().string("subject"), QStringLiteral("New customer Eta")); // newest
        auto read = inbox.markRead("ann", page->first().name());
        QVERIFY(read);
        QVERIFY(read->boolean("read"));
        QVERIFY(read->datetime("read_at").isValid());
        QCOMPARE(*inbox.unreadCount("ann"), before - 1);
        // Someone else's notification is not found, and stays unread.
        auto cids = inbox.list("cid", true, 1, 0);
        QVERIFY(cids && !cids->isEmpty());
        auto notMine = inbox.markRead("ann", cids->first().name());
        QVERIFY(!notMine);
        QCOMPARE(notMine.error().code(), ErrorCode::NotFound);
        QVERIFY(!m_site->service->get("Notification Log", cids->first().name())->boolean("read"));
        QCOMPARE(*inbox.markAllRead("ann"), int(before - 1));
        QCOMPARE(*inbox.unreadCount("ann"), 0);
        QVERIFY(*inbox.unreadCount("cid") >= 3);
        const QJsonObject json = NotificationInbox::toJson(*read);
        QCOMPARE(json.value("read").toBool(), true);
        QCOMPARE(json.value("document_type").toString(), QStringLiteral("Customer"));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
