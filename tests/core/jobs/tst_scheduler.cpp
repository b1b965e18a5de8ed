// SPDX-License-Identifier: MIT
// The cron scheduler on real SQLite files: schedules declared by an app synced into
// Scheduled Job rows, refused declarations (nothing written), due runs enqueued once,
// catch-up after downtime with one run, disabled schedules, two schedulers on two
// connections pools ticking at the same moment, and the scheduler inside a JobWorker.
#include "jobs/jobqueue.h"
#include "jobs/jobworker.h"
#include "jobs/scheduler.h"
#include "jobtestjobs.h"
#include "testsite.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

using namespace fm::core;
using namespace std::chrono_literals;

class TestScheduler : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<JobQueue> m_queue;

    static QDateTime at(const char *text)
    {
        return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
    }
    static QString stamp(const char *text)
    {
        return at(text).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }

    void declare(const QString &cron, const QJsonObject &args = {},
                 const QString &zone = QStringLiteral("UTC"))
    {
        ScheduleDefinition schedule;
        schedule.job = QStringLiteral("test.echo");
        schedule.cron = cron;
        schedule.timeZone = zone;
        schedule.args = args;
        auto registered = m_site->controllers.registerSchedule(schedule);
        QVERIFY2(registered, errorOf(registered).constData());
    }
    // One column of the schedule's row, read with SQL (what the scheduler wrote).
    QVariant column(const QString &name, const char *field)
    {
        auto statement = m_site->pool->statement(
            QStringLiteral("SELECT %1 FROM scheduled_job WHERE name = ?1").arg(field));
        if (!statement || !(*statement)->exec({name}) || !(*statement)->next())
            return QVariant(QStringLiteral("<no row>"));
        const QVariant value = (*statement)->value(0);
        (*statement)->finish();
        return value;
    }
    void execSql(const QString &text, const QVariantList &values = {})
    {
        auto statement = m_site->pool->statement(text);
        QVERIFY2(statement, errorOf(statement).constData());
        auto ok = (*statement)->exec(values);
        QVERIFY2(ok, errorOf(ok).constData());
        (*statement)->finish();
    }
    qint64 jobs() { return m_queue->count({}).value_or(-1); }
    qint64 rows()
    {
        auto statement =
            m_site->pool->statement(QStringLiteral("SELECT COUNT(*) FROM scheduled_job"));
        if (!statement || !(*statement)->exec({}) || !(*statement)->next())
            return -1;
        const qint64 n = (*statement)->value(0).toLongLong();
        (*statement)->finish();
        return n;
    }
    // Frees the schedule's unique key, as a finished run would.
    void cancelAll()
    {
        auto queued = m_queue->list({JobStatus::Queued, {}, {}, 100, 0});
        QVERIFY(queued);
        for (const Job &job : std::as_const(*queued))
            QVERIFY(m_queue->cancel(job.id, QStringLiteral("Administrator")));
    }

private slots:
    void init()
    {
        m_site = std::make_unique<TestSite>();
        QVERIFY(m_site->open());
        registerTestJobs(m_site->controllers);
        m_queue = std::make_unique<JobQueue>(*m_site->pool, m_site->controllers);
    }
    void cleanup()
    {
        m_queue.reset();
        m_site.reset();
    }

    void syncWritesTheDeclaredSchedules()
    {
        declare(QStringLiteral("*/5 * * * *"), {{"n", 1}});
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        auto synced = scheduler.sync(at("2026-01-01T10:02:00Z"));
        QVERIFY2(synced, errorOf(synced).constData());
        QCOMPARE(synced->created, 1);
        // A Scheduled Job document like any other.
        auto row =
            m_site->service->get(QStringLiteral("Scheduled Job"), QStringLiteral("test.echo"));
        QVERIFY2(row, errorOf(row).constData());
        QCOMPARE(row->string("job"), QStringLiteral("test.echo"));
        QCOMPARE(row->string("cron"), QStringLiteral("*/5 * * * *"));
        QCOMPARE(row->string("time_zone"), QStringLiteral("UTC"));
        QCOMPARE(column("test.echo", "enabled").toInt(), 1);
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-01T10:05:00Z"));

        // Again: nothing to do.
        synced = scheduler.sync(at("2026-01-01T10:03:00Z"));
        QVERIFY(synced);
        QCOMPARE(synced->created + synced->updated, 0);
        QCOMPARE(rows(), 1);

        // The app changes its cron; the administrator's "disabled" stays.
        execSql(QStringLiteral("UPDATE scheduled_job SET enabled = ?1"), {false});
        ControllerRegistry changed;
        registerTestJobs(changed);
        ScheduleDefinition schedule;
        schedule.job = QStringLiteral("test.echo");
        schedule.cron = QStringLiteral("0 9 * * *");
        schedule.timeZone = QStringLiteral("Europe/Berlin");
        QVERIFY(changed.registerSchedule(schedule));
        Scheduler resynced(*m_site->pool, changed);
        synced = resynced.sync(at("2026-01-01T10:03:00Z"));
        QVERIFY2(synced, errorOf(synced).constData());
        QCOMPARE(synced->updated, 1);
        QCOMPARE(column("test.echo", "cron").toString(), QStringLiteral("0 9 * * *"));
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-02T08:00:00Z"));
        QCOMPARE(column("test.echo", "enabled").toInt(), 0);
    }

    void badDeclarationsAreRefused_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("message");
        QTest::newRow("hour 25") << "test.echo"
                                 << "0 25 * * *"
                                 << "UTC"
                                 << "schedule \"test.echo\": cron expression \"0 25 * * *\": "
                                    "field 2 (hour): 25 is out of 0-23";
        QTest::newRow("never runs") << "test.echo"
                                    << "0 0 30 2 *"
                                    << "UTC"
                                    << "it never runs";
        QTest::newRow("unknown job") << "test.nope"
                                     << "@daily"
                                     << "UTC"
                                     << "job \"test.nope\" is not registered";
        QTest::newRow("unknown zone") << "test.echo"
                                      << "@daily"
                                      << "Mars/Olympus"
                                      << "\"Mars/Olympus\" is not a known time zone";
    }
    void badDeclarationsAreRefused()
    {
        QFETCH(QString, job);
        QFETCH(QString, cron);
        QFETCH(QString, zone);
        QFETCH(QString, message);
        ScheduleDefinition schedule;
        schedule.job = job;
        schedule.cron = cron;
        schedule.timeZone = zone;
        auto registered = m_site->controllers.registerSchedule(schedule);
        QVERIFY(!registered);
        QVERIFY2(registered.error().message().contains(message),
                 qPrintable(registered.error().message()));
        QVERIFY(m_site->controllers.schedules().isEmpty());
        // Nothing written.
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QVERIFY(scheduler.sync());
        QCOMPARE(rows(), 0);
    }

    void declaredTwiceIsRefused()
    {
        declare(QStringLiteral("@daily"));
        ScheduleDefinition again;
        again.job = QStringLiteral("test.echo");
        again.cron = QStringLiteral("@hourly");
        auto registered = m_site->controllers.registerSchedule(again);
        QVERIFY(!registered);
        QVERIFY2(registered.error().message().contains(QStringLiteral("declared twice")),
                 qPrintable(registered.error().message()));
    }

    void dueRunIsEnqueuedOnce()
    {
        declare(QStringLiteral("*/5 * * * *"), {{"n", 7}});
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QVERIFY(scheduler.sync(at("2026-01-01T10:02:00Z")));
        QCOMPARE(scheduler.tick(at("2026-01-01T10:04:59Z")).value_or(-1), 0);
        QCOMPARE(jobs(), 0);
        QCOMPARE(scheduler.tick(at("2026-01-01T10:05:00Z")).value_or(-1), 1);
        QCOMPARE(scheduler.tick(at("2026-01-01T10:05:30Z")).value_or(-1), 0);
        QCOMPARE(jobs(), 1);
        auto list = m_queue->list({});
        QVERIFY(list && list->size() == 1);
        const Job job = list->first();
        QCOMPARE(job.job, QStringLiteral("test.echo"));
        QCOMPARE(job.args, (QJsonObject{{"n", 7}}));
        QCOMPARE(job.uniqueKey, QStringLiteral("schedule:test.echo"));
        QVERIFY(job.asSystem);
        QCOMPARE(column("test.echo", "last_run").toString(), stamp("2026-01-01T10:05:00Z"));
        QCOMPARE(column("test.echo", "last_job").toString(), job.id);
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-01T10:10:00Z"));
    }

    void runStillQueuedIsNotAddedAgain()
    {
        declare(QStringLiteral("*/5 * * * *"));
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QVERIFY(scheduler.sync(at("2026-01-01T10:02:00Z")));
        QCOMPARE(scheduler.tick(at("2026-01-01T10:05:00Z")).value_or(-1), 1);
        QCOMPARE(scheduler.tick(at("2026-01-01T10:10:00Z")).value_or(-1), 0);
        QCOMPARE(jobs(), 1);
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-01T10:15:00Z"));
        cancelAll();
        QCOMPARE(scheduler.tick(at("2026-01-01T10:15:00Z")).value_or(-1), 1);
        QCOMPARE(jobs(), 2);
    }

    void catchUpAfterDowntimeRunsOnce()
    {
        declare(QStringLiteral("*/5 * * * *"));
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QVERIFY(scheduler.sync(at("2026-01-01T10:02:00Z")));
        // Nothing ticked for three hours (36 due times missed): one run.
        QCOMPARE(scheduler.tick(at("2026-01-01T13:07:00Z")).value_or(-1), 1);
        QCOMPARE(jobs(), 1);
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-01T13:10:00Z"));
        QCOMPARE(scheduler.tick(at("2026-01-01T13:08:00Z")).value_or(-1), 0);
        QCOMPARE(jobs(), 1);
    }

    void disabledScheduleDoesNothing()
    {
        declare(QStringLiteral("*/5 * * * *"));
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QVERIFY(scheduler.sync(at("2026-01-01T10:02:00Z")));
        execSql(QStringLiteral("UPDATE scheduled_job SET enabled = ?1"), {false});
        QCOMPARE(scheduler.tick(at("2026-01-01T10:05:00Z")).value_or(-1), 0);
        QCOMPARE(scheduler.tick(at("2026-01-02T10:05:00Z")).value_or(-1), 0);
        QCOMPARE(jobs(), 0);
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-01T10:05:00Z"));
        QVERIFY(column("test.echo", "last_run").isNull());
    }

    void brokenRowIsSkippedAndLeftAlone()
    {
        declare(QStringLiteral("*/5 * * * *"));
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QVERIFY(scheduler.sync(at("2026-01-01T10:02:00Z")));
        execSql(QStringLiteral("UPDATE scheduled_job SET cron = '0 25 * * *'"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("schedule \"test.echo\" skipped: cron expression "
                                                "\"0 25 \\* \\* \\*\": field 2 \\(hour\\): 25 "
                                                "is out of 0-23"));
        auto ticked = scheduler.tick(at("2026-01-01T10:05:00Z"));
        QVERIFY2(ticked, errorOf(ticked).constData());
        QCOMPARE(*ticked, 0);
        QCOMPARE(jobs(), 0);
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-01T10:05:00Z"));
    }

    void rowAddedInTheDeskIsScheduledFromNow()
    {
        auto inserted = m_site->service->insert(
            doc(QStringLiteral("Scheduled Job"),
                {{"schedule_name", "nightly echo"}, {"job", "test.echo"}, {"cron", "0 3 * * *"}}));
        QVERIFY2(inserted, errorOf(inserted).constData());
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QCOMPARE(scheduler.tick(at("2026-01-01T10:00:00Z")).value_or(-1), 0); // first sight
        QCOMPARE(column("nightly echo", "next_run").toString(), stamp("2026-01-02T03:00:00Z"));
        QCOMPARE(scheduler.tick(at("2026-01-02T03:00:00Z")).value_or(-1), 1);
        QCOMPARE(jobs(), 1);
    }

    void deskRefusesABadCronOrZone_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("message");
        QTest::newRow("hour 25") << "0 25 * * *"
                                 << "UTC"
                                 << "cron expression \"0 25 * * *\": field 2 (hour): 25 is out "
                                    "of 0-23";
        QTest::newRow("Feb 30") << "0 0 30 2 *"
                                << "UTC"
                                << "it never runs";
        QTest::newRow("zone") << "@daily"
                              << "Europe/Atlantis"
                              << "\"Europe/Atlantis\" is not a known time zone";
    }
    void deskRefusesABadCronOrZone()
    {
        QFETCH(QString, cron);
        QFETCH(QString, zone);
        QFETCH(QString, message);
        auto inserted = m_site->service->insert(doc(
            QStringLiteral("Scheduled Job"),
            {{"schedule_name", "bad"}, {"job", "test.echo"}, {"cron", cron}, {"time_zone", zone}}));
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().code(), fm::ErrorCode::Validation);
        QVERIFY2(inserted.error().message().contains(message),
                 qPrintable(inserted.error().message()));
        QCOMPARE(rows(), 0); // nothing written
    }

    void deskCronChangeReschedulesFromTheNextTick()
    {
        declare(QStringLiteral("*/5 * * * *"));
        Scheduler scheduler(*m_site->pool, m_site->controllers);
        QVERIFY(scheduler.sync(at("2026-01-01T10:02:00Z")));
        Document changes(QStringLiteral("Scheduled Job"));
        changes.setName(QStringLiteral("test.echo"));
        changes.setValue(QStringLiteral("cron"), QStringLiteral("0 12 * * *"));
        auto updated = m_site->service->update(changes);
        QVERIFY2(updated, errorOf(updated).constData());
        QVERIFY(column("test.echo", "next_run").isNull());
        QCOMPARE(scheduler.tick(at("2026-01-01T10:05:00Z")).value_or(-1), 0);
        QCOMPARE(column("test.echo", "next_run").toString(), stamp("2026-01-01T12:00:00Z"));
        // A bad edit is refused and changes nothing.
        changes.setValue(QStringLiteral("cron"), QStringLiteral("0 12 * * MOON"));
        updated = m_site->service->update(changes);
        QVERIFY(!updated);
        QVERIFY2(updated.error().message().contains(QStringLiteral("field 5 (day of week)")),
                 qPrintable(updated.error().message()));
        QCOMPARE(column("test.echo", "cron").toString(), QStringLiteral("0 12 * * *"));
    }

    void twoSchedulersTickingAtOnceEnqueueOnce()
    {
        declare(QStringLiteral("* * * * *"));
        // A second connection pool on the same file: another worker process's view.
        const DatabaseConfig config = m_site->pool->config();
        auto other = ConnectionPool::open(config);
        QVERIFY2(other, errorOf(other).constData());
        Scheduler first(*m_site->pool, m_site->controllers);
        Scheduler second(**other, m_site->controllers);
        QVERIFY(first.sync(at("2026-01-01T10:00:00Z")));
        QVERIFY(second.sync(at("2026-01-01T10:00:00Z")));
        constexpr int kRounds = 10;
        constexpr int kThreadsEach = 3;
        for (int round = 1; round <= kRounds; ++round) {
            const QDateTime now = at("2026-01-01T10:00:00Z").addSecs(60 * round);
            std::atomic<bool> go{false};
            std::atomic<int> enqueued{0};
            std::atomic<int> failed{0};
            std::vector<QThread *> threads;
            for (int i = 0; i < 2 * kThreadsEach; ++i) {
                Scheduler *scheduler = i % 2 ? &first : &second;
                threads.push_back(QThread::create([&, scheduler] {
                    while (!go.load())
                        QThread::yieldCurrentThread();
                    auto ticked = scheduler->tick(now);
                    if (ticked)
                        enqueued += *ticked;
                    else
                        ++failed;
                }));
                threads.back()->start();
            }
            go = true;
            for (QThread *thread : threads) {
                QVERIFY(thread->wait(20000));
                delete thread;
            }
            QCOMPARE(failed.load(), 0);
            QCOMPARE(enqueued.load(), 1);
            QCOMPARE(jobs(), qint64(round));
            cancelAll();
        }
    }

    void workerTicksTheScheduler()
    {
        declare(QStringLiteral("@yearly"), {{"from", "schedule"}});
        // Overdue since before the worker started: it runs at its first tick.
        Scheduler setup(*m_site->pool, m_site->controllers);
        QVERIFY(setup.sync());
        execSql(QStringLiteral("UPDATE scheduled_job SET next_run = ?1"),
                {stamp("2020-01-01T00:00:00Z")});
        JobWorkerOptions options;
        options.poll = 20ms;
        options.scheduleEvery = 20ms;
        JobWorker worker(*m_site->pool, *m_site->service, m_site->controllers, options);
        QVERIFY(worker.start());
        QElapsedTimer timer;
        timer.start();
        while (m_queue->count({JobStatus::Succeeded, {}, {}, 20, 0}).value_or(0) < 1 &&
               timer.elapsed() < 10000)
            QThread::msleep(20);
        QCOMPARE(worker.stop(5s), 0);
        auto done = m_queue->list({JobStatus::Succeeded, {}, {}, 20, 0});
        QVERIFY(done);
        QCOMPARE(done->size(), 1);
        QVERIFY(done->first().asSystem);
        QCOMPARE(done->first().result.toObject().value("args").toObject(),
                 (QJsonObject{{"from", "schedule"}}));
        QCOMPARE(jobs(), 1);
        QVERIFY(column("test.echo", "next_run").toString() > stamp("2026-01-01T00:00:00Z"));
    }

    void workerRefusesABadTick()
    {
        JobWorkerOptions options;
        options.scheduleEvery = 0ms;
        JobWorker worker(*m_site->pool, *m_site->service, m_site->controllers, options);
        auto started = worker.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message().contains(QStringLiteral("ticks every 10 ms to 60 s")),
                 qPrintable(started.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
