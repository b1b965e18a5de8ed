// SPDX-License-Identifier: MIT
// Worker threads and the runner on a real SQLite site: results, retries, exceptions,
// timeouts, cancelling a running job, the principal a job runs as (the user who enqueued
// it, or the system principal), and a graceful stop.
#include "auth/useraccounts.h"
#include "jobs/jobqueue.h"
#include "jobs/jobworker.h"
#include "jobtestjobs.h"
#include "testsite.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace fm::core;
using namespace std::chrono_literals;

class TestJobWorker : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<JobQueue> m_queue;

    Job enqueue(const QString &name, const QJsonObject &args = {},
                const std::function<void(JobRequest &)> &adjust = {})
    {
        JobRequest r;
        r.job = name;
        r.args = args;
        if (adjust)
            adjust(r);
        auto enqueued = m_queue->enqueue(r);
        if (!enqueued)
            qWarning().noquote() << enqueued.error().toText();
        return enqueued ? enqueued->job : Job{};
    }

    // Waits until job `id` is in a final state (or `status`); the job as stored.
    Job waitFor(const QString &id, std::optional<JobStatus> status = {}, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        Job job;
        while (timer.elapsed() < timeoutMs) {
            job = m_queue->get(id).value_or(Job{});
            if (status ? job.status == *status : !job.isActive())
                return job;
            QTest::qWait(20);
        }
        return job;
    }

    std::unique_ptr<JobWorker> worker(int concurrency = 2)
    {
        JobWorkerOptions options;
        options.concurrency = concurrency;
        options.poll = 20ms;
        options.lease = 1s;
        options.id = QStringLiteral("test-worker");
        auto w = std::make_unique<JobWorker>(*m_site->pool, *m_site->service, m_site->controllers,
                                             options);
        const auto started = w->start();
        if (!started)
            qWarning().noquote() << started.error().toText();
        return w;
    }

private slots:
    void initTestCase()
    {
        m_site = std::make_unique<TestSite>();
        QVERIFY(m_site->open());
        registerTestJobs(m_site->controllers);
        m_queue = std::make_unique<JobQueue>(*m_site->pool, m_site->controllers);
        QVERIFY(UserAccounts::ensureRole(*m_site->service, QStringLiteral("System Manager")));
        // `m new site` creates the Administrator; jobs enqueued without a user run as it.
        QVERIFY(UserAccounts::add(*m_site->service, {QStringLiteral("Administrator"),
                                                     {},
                                                     QStringLiteral("Administrator"),
                                                     QStringLiteral("admin-password-1"),
                                                     {QStringLiteral("System Manager")}}));
        QVERIFY(UserAccounts::add(*m_site->service, {QStringLiteral("bob"),
                                                     QStringLiteral("bob@example.com"),
                                                     QStringLiteral("Bob B"),
                                                     QStringLiteral("bob-password-1"),
                                                     {}}));
    }
    void cleanupTestCase()
    {
        m_queue.reset();
        m_site.reset();
    }

    void runsJobsToTheirOutcome()
    {
        auto w = worker();
        const Job echo = enqueue("test.echo", {{"x", 42}});
        const Job flaky = enqueue("test.flaky", {{"succeed_on", 3}});
        const Job throws = enqueue("test.throws");

        Job done = waitFor(echo.id);
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.result.toObject().value("args").toObject().value("x").toInt(), 42);
        QCOMPARE(done.result.toObject().value("user").toString(), QStringLiteral("Administrator"));
        QCOMPARE(done.worker, QStringLiteral("test-worker"));
        QVERIFY(!done.startedAt.isEmpty() && !done.finishedAt.isEmpty());

        done = waitFor(flaky.id);
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.attempts, 3);
        QCOMPARE(done.result.toInt(), 3);

        done = waitFor(throws.id);
        QCOMPARE(done.status, JobStatus::Failed);
        QCOMPARE(done.error, QStringLiteral("the job threw: boom"));
        QCOMPARE(w->stop(5s), 0);
        QVERIFY(w->finished() >= 5);
    }

    void timeoutStopsTheJob()
    {
        auto w = worker(1);
        const Job slow = enqueue("test.slow", {{"ms", 30000}}, [](JobRequest &r) {
            r.timeoutSeconds = 1;
            r.maxRetries = 0;
        });
        const Job done = waitFor(slow.id);
        QCOMPARE(done.status, JobStatus::Failed);
        QVERIFY2(done.error.contains("ran past its timeout of 1 s"), qPrintable(done.error));
        QCOMPARE(w->stop(5s), 0);
    }

    void cancelStopsARunningJob()
    {
        auto w = worker(1);
        const Job slow = enqueue("test.slow", {{"ms", 30000}});
        QCOMPARE(waitFor(slow.id, JobStatus::Running).status, JobStatus::Running);
        QVERIFY(m_queue->cancel(slow.id, "Administrator"));
        // The heartbeat (every lease / 3) tells the job; it returns and nothing overwrites
        // the cancellation.
        QElapsedTimer timer;
        timer.start();
        while (w->running() > 0 && timer.elapsed() < 5000)
            QTest::qWait(20);
        QCOMPARE(w->running(), 0);
        QCOMPARE(m_queue->get(slow.id)->status, JobStatus::Cancelled);
        QCOMPARE(w->stop(5s), 0);
    }

    void runsAsTheUserWhoEnqueued()
    {
        auto w = worker();
        // bob has no role that may create Customers: the job's insert is refused ...
        const Job asBob = enqueue("test.insert_customer", {{"name", "Bob Corp"}},
                                  [](JobRequest &r) { r.user = QStringLiteral("bob"); });
        Job done = waitFor(asBob.id);
        QCOMPARE(done.status, JobStatus::Failed);
        QCOMPARE(done.runAs, QStringLiteral("bob"));
        QVERIFY2(done.error.contains("bob may not create Customer"), qPrintable(done.error));
        // ... unless the enqueuer asks for the system principal, explicitly (and logged).
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression("jobs: bob enqueued test.insert_customer .* to "
                                                "run as the system principal"));
        // Logged once per job name and enqueuer (data/elevation.h), not per run.
        QTest::ignoreMessage(QtInfoMsg,
                             "job test.insert_customer called by bob acts as the system: "
                             "enqueued to run as the system principal");
        const Job asSystem =
            enqueue("test.insert_customer", {{"name", "System Corp"}}, [](JobRequest &r) {
                r.user = QStringLiteral("bob");
                r.asSystem = true;
            });
        done = waitFor(asSystem.id);
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.result.toObject().value("owner").toString(), QStringLiteral("Administrator"));
        // A user who no longer exists: the job fails at once, without retries.
        const Job ghost =
            enqueue("test.echo", {}, [](JobRequest &r) { r.user = QStringLiteral("ghost"); });
        done = waitFor(ghost.id);
        QCOMPARE(done.status, JobStatus::Failed);
        QCOMPARE(done.attempts, 1);
        QVERIFY2(done.error.contains("ghost") && done.error.contains("no longer exists"),
                 qPrintable(done.error));
        QCOMPARE(w->stop(5s), 0);
    }

    void gracefulStopFinishesRunningJobs()
    {
        auto w = worker(1);
        const Job slow = enqueue("test.slow", {{"ms", 300}});
        QCOMPARE(waitFor(slow.id, JobStatus::Running).status, JobStatus::Running);
        QCOMPARE(w->stop(10s), 0);
        QCOMPARE(m_queue->get(slow.id)->status, JobStatus::Succeeded);
        // Nothing is claimed after the stop.
        const Job later = enqueue("test.echo");
        QTest::qWait(200);
        QCOMPARE(m_queue->get(later.id)->status, JobStatus::Queued);
        QVERIFY(m_queue->cancel(later.id, "Administrator"));
    }

    void refusesBadOptions()
    {
        JobWorkerOptions options;
        options.concurrency = 0;
        JobWorker w(*m_site->pool, *m_site->service, m_site->controllers, options);
        auto started = w.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message().contains("1 to 64"), errorOf(started).constData());
    }
};

QTEST_GUILESS_MAIN(TestJobWorker)
#include "tst_jobworker.moc"
