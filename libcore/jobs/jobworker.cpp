// SPDX-License-Identifier: MIT
#include "jobs/jobworker.h"

#include "auth/userdirectory.h"
#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "jobs/jobqueue.h"
#include "jobs/jobrunner.h"
#include "jobs/scheduler.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDebug>
#include <QHash>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace fm::core {

namespace {

using Clock = std::chrono::steady_clock;

// A job one of the threads is running, shared with the heartbeat.
struct RunningJob
{
    Job job;
    Clock::time_point deadline;
    std::atomic<bool> stop{false};
};

QString defaultWorkerId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

} // namespace

struct JobWorker::Private
{
    Private(ConnectionPool &pool, DocumentService &service, const ControllerRegistry &registry,
            JobWorkerOptions o)
        : options(std::move(o))
        , permissions(service)
        , access(service, permissions)
        , users(pool, service)
        , queue(pool, registry)
        , runner(queue, registry, access, users)
        , scheduler(pool, registry)
    {
        if (options.id.isEmpty())
            options.id = defaultWorkerId();
    }

    void loop();
    void beat();
    // Waits up to `wait` unless `flag` turns true; true when it did.
    bool sleep(std::chrono::milliseconds wait, const std::atomic<bool> &flag)
    {
        std::unique_lock lock(mutex);
        return wake.wait_for(lock, wait, [&flag] { return flag.load(); });
    }
    void warnOnce(const QString &what, const Error &error)
    {
        // A broken database would otherwise print once per poll and thread.
        const auto now = Clock::now();
        std::lock_guard lock(mutex);
        if (now - lastWarning < std::chrono::seconds(10))
            return;
        lastWarning = now;
        qWarning().noquote() << QStringLiteral("jobs: worker %1 could not %2: %3")
                                    .arg(options.id, what, error.toText());
    }

    JobWorkerOptions options;
    PermissionEngine permissions;
    DocumentAccess access;
    UserDirectory users;
    JobQueue queue;
    JobRunner runner;
    Scheduler scheduler;

    std::atomic<bool> stopping{false};      // threads: claim no more
    std::atomic<bool> heartbeatDone{false}; // heartbeat: stop
    std::atomic<qint64> finishedJobs{0};
    // Guards `running` and `lastWarning`; `wake` ends the idle waits early on stop.
    std::mutex mutex;
    std::condition_variable wake;
    QHash<QString, std::shared_ptr<RunningJob>> running;
    Clock::time_point lastWarning;
    std::vector<QThread *> threads;
    std::vector<QThread *> abandoned; // still inside a job when stop() gave up on them
    QThread *heartbeat = nullptr;
};

void JobWorker::Private::loop()
{
    while (!stopping.load()) {
        auto claimed = queue.claim(options.id, options.queues, options.lease);
        if (!claimed)
            warnOnce(QStringLiteral("claim a job"), claimed.error());
        if (!claimed || !*claimed) {
            sleep(options.poll, stopping);
            continue;
        }
        auto entry = std::make_shared<RunningJob>();
        entry->job = **claimed;
        entry->deadline = Clock::now() + std::chrono::seconds(entry->job.timeoutSeconds);
        {
            std::lock_guard lock(mutex);
            running.insert(entry->job.id, entry);
        }
        auto outcome = runner.run(entry->job, entry->stop, entry->deadline);
        {
            std::lock_guard lock(mutex);
            running.remove(entry->job.id);
        }
        if (!outcome)
            warnOnce(QStringLiteral("record the outcome of job %1").arg(entry->job.id),
                     outcome.error());
        ++finishedJobs;
    }
}

void JobWorker::Private::beat()
{
    const auto interval = std::max(options.lease / 3, std::chrono::milliseconds(100));
    auto nextReap = Clock::now();
    auto nextRenew = Clock::now();
    while (!heartbeatDone.load()) {
        if (options.schedule) {
            auto enqueued = scheduler.tick();
            if (!enqueued)
                warnOnce(QStringLiteral("enqueue scheduled jobs"), enqueued.error());
            else if (*enqueued > 0)
                qInfo().noquote()
                    << QStringLiteral("scheduler: %1 scheduled run(s) enqueued").arg(*enqueued);
        }
        // The scheduler may wake this loop more often than leases need renewing.
        if (Clock::now() < nextRenew) {
            sleep(std::min(options.scheduleEvery,
                           std::chrono::duration_cast<std::chrono::milliseconds>(nextRenew -
                                                                                 Clock::now())),
                  heartbeatDone);
            continue;
        }
        nextRenew = Clock::now() + interval;
        if (Clock::now() >= nextReap) {
            auto requeued = queue.requeueExpired();
            if (!requeued)
                warnOnce(QStringLiteral("re-queue jobs with expired leases"), requeued.error());
            else if (*requeued > 0)
                qInfo().noquote() << QStringLiteral("jobs: %1 job(s) whose worker stopped "
                                                    "renewing its lease were taken back")
                                         .arg(*requeued);
            nextReap = Clock::now() + interval;
        }
        QList<std::shared_ptr<RunningJob>> jobs;
        {
            std::lock_guard lock(mutex);
            jobs = running.values();
        }
        for (const auto &entry : std::as_const(jobs)) {
            if (entry->stop.load())
                continue;
            // Past its timeout the lease is left to expire: the job is stopped here, and
            // if it never returns another worker takes it back after the lease.
            if (Clock::now() > entry->deadline) {
                entry->stop = true;
                continue;
            }
            auto renewed = queue.renew(entry->job, options.lease);
            if (!renewed)
                warnOnce(QStringLiteral("renew a lease"), renewed.error());
            else if (!*renewed)
                entry->stop = true; // cancelled, or already taken back
        }
        sleep(options.schedule ? std::min(interval, options.scheduleEvery) : interval,
              heartbeatDone);
    }
}

JobWorker::JobWorker(ConnectionPool &pool, DocumentService &service,
                     const ControllerRegistry &registry, JobWorkerOptions options)
    : d(std::make_unique<Private>(pool, service, registry, std::move(options)))
{}

JobWorker::~JobWorker()
{
    // Their jobs were released and told to stop; the threads use this object, so it
    // cannot go before they do (a process that must not wait calls std::_Exit first).
    stop(std::chrono::milliseconds(0));
    for (QThread *thread : d->abandoned) {
        thread->wait();
        delete thread;
    }
}

Result<void> JobWorker::start()
{
    const JobWorkerOptions &o = d->options;
    if (o.concurrency < 1 || o.concurrency > 64) {
        return fail(
            ErrorCode::BadRequest,
            QStringLiteral("a worker runs 1 to 64 jobs at a time, not %1").arg(o.concurrency));
    }
    if (o.lease < std::chrono::seconds(1)) {
        return fail(
            ErrorCode::BadRequest,
            QStringLiteral("a lease lasts at least 1 s (%1 ms asked)").arg(o.lease.count()));
    }
    if (o.poll < std::chrono::milliseconds(10) || o.poll > std::chrono::seconds(60)) {
        return fail(
            ErrorCode::BadRequest,
            QStringLiteral("the poll interval is 10 ms to 60 s (%1 ms asked)").arg(o.poll.count()));
    }
    if (o.schedule && (o.scheduleEvery < std::chrono::milliseconds(10) ||
                       o.scheduleEvery > std::chrono::seconds(60))) {
        return fail(ErrorCode::BadRequest,
                    QStringLiteral("the scheduler ticks every 10 ms to 60 s (%1 ms asked)")
                        .arg(o.scheduleEvery.count()));
    }
    if (d->heartbeat)
        return {};
    if (o.schedule) {
        auto synced = d->scheduler.sync();
        if (!synced) {
            Error error = synced.error();
            return fail(error.withContext(QStringLiteral("syncing the apps' schedules")));
        }
        if (synced->created + synced->updated > 0)
            qInfo().noquote() << QStringLiteral("scheduler: %1 schedule(s) added, %2 changed")
                                     .arg(synced->created)
                                     .arg(synced->updated);
    }
    d->stopping = false;
    d->heartbeatDone = false;
    d->heartbeat = QThread::create([this] { d->beat(); });
    d->heartbeat->start();
    for (int i = 0; i < o.concurrency; ++i) {
        QThread *thread = QThread::create([this] { d->loop(); });
        thread->start();
        d->threads.push_back(thread);
    }
    return {};
}

int JobWorker::stop(std::chrono::milliseconds grace)
{
    if (!d->heartbeat)
        return 0;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    QDeadlineTimer deadline(grace.count());
    std::vector<QThread *> finished;
    for (QThread *thread : d->threads) {
        if (thread->wait(deadline))
            finished.push_back(thread);
    }
    int released = 0;
    {
        std::lock_guard lock(d->mutex);
        for (const auto &entry : std::as_const(d->running)) {
            // Released first, then told to stop: a job that returns as soon as it is told
            // would otherwise record its end before the release, which then finds the job
            // no longer running (seen on PostgreSQL, where the release is a round trip).
            auto done = d->queue.release(
                entry->job, QStringLiteral("worker %1 stopped before the job finished; released "
                                           "to run again")
                                .arg(d->options.id));
            entry->stop = true;
            if (done && *done)
                ++released;
            else if (!done)
                qWarning().noquote() << QStringLiteral("jobs: could not release job %1: %2")
                                            .arg(entry->job.id, done.error().toText());
        }
    }
    {
        std::lock_guard lock(d->mutex);
        d->heartbeatDone = true;
    }
    d->wake.notify_all();
    d->heartbeat->wait();
    delete d->heartbeat;
    d->heartbeat = nullptr;
    // A thread still inside a job function cannot be stopped from outside: the destructor
    // waits for it, or the process ends without waiting (see the header).
    for (QThread *thread : d->threads) {
        if (std::find(finished.begin(), finished.end(), thread) != finished.end())
            delete thread;
        else
            d->abandoned.push_back(thread);
    }
    const auto abandoned = d->threads.size() - finished.size();
    d->threads.clear();
    if (abandoned > 0) {
        qWarning().noquote() << QStringLiteral("jobs: worker %1 stopped with %2 job(s) still "
                                               "running after the grace period; %3 released")
                                    .arg(d->options.id)
                                    .arg(abandoned)
                                    .arg(released);
    }
    return int(abandoned);
}

QString JobWorker::id() const
{
    return d->options.id;
}

qint64 JobWorker::finished() const
{
    return d->finishedJobs.load();
}

int JobWorker::running() const
{
    std::lock_guard lock(d->mutex);
    return int(d->running.size());
}

} // namespace fm::core
