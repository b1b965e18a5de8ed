// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QStringList>

#include <chrono>
#include <memory>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;

struct JobWorkerOptions
{
    QStringList queues;                     // empty: every queue
    int concurrency = 1;                    // threads, each running one job at a time
    std::chrono::milliseconds lease{30000}; // renewed every third of it while a job runs
    std::chrono::milliseconds poll{250};    // idle wait between claims
    QString id;                             // empty: host:pid:random
    // The cron scheduler (Scheduler): schedules synced at start, due runs enqueued every
    // `scheduleEvery`. Every worker may run it: each due time is enqueued once.
    bool schedule = true;
    std::chrono::milliseconds scheduleEvery{1000};
};

// Runs jobs from the queue on `concurrency` threads of its own (`m worker`, `m start
// --with-worker`). Each thread claims a job, runs it (JobRunner) and claims the next;
// idle threads poll. A heartbeat thread renews the leases of running jobs, tells a job
// to stop (JobContext::shouldStop) when it was cancelled or overran its timeout, and
// re-queues jobs whose worker died (expired leases, from any worker).
class FM_CORE_EXPORT JobWorker final
{
public:
    JobWorker(ConnectionPool &pool, DocumentService &service, const ControllerRegistry &registry,
              JobWorkerOptions options = {});
    ~JobWorker(); // stop(0) if still running, then waits for threads still in a job
    JobWorker(const JobWorker &) = delete;
    JobWorker &operator=(const JobWorker &) = delete;

    // Refuses bad options (concurrency 1-64, lease at least 1 s, poll 10 ms-60 s,
    // scheduleEvery 10 ms-60 s) and fails when the apps' schedules cannot be synced.
    Result<void> start();
    // Stops claiming, lets running jobs finish for up to `grace`, then releases the ones
    // still running back to the queue (they run again elsewhere) and tells them to stop.
    // How many jobs were still running then (0: a clean stop). Their threads may still
    // be inside the job function and use this worker: the destructor waits for them, so
    // a process that must not wait exits without destroying it (`m worker` calls
    // std::_Exit).
    int stop(std::chrono::milliseconds grace);

    QString id() const;
    qint64 finished() const; // jobs this worker ran to an outcome (any)
    int running() const;     // jobs running right now

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
