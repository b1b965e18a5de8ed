// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "jobs/job.h"

#include <QDateTime>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;

// What to enqueue. Unset options take the job definition's defaults.
struct JobRequest
{
    QString job; // a registered job name
    QJsonObject args;
    QString queue;
    qint64 priority = 0; // higher runs first among due jobs
    QDateTime runAt;     // invalid: now (a delay is runAt in the future)
    std::optional<int> timeoutSeconds;
    std::optional<int> maxRetries;
    std::optional<int> retryBackoffSeconds;
    QString uniqueKey; // while a job with this key is queued or running, it is returned
    QString user = QStringLiteral("Administrator"); // who enqueues; the job runs as them
    QString runAs;         // empty: `user`; set: another user (the enqueuer must be trusted)
    bool asSystem = false; // run as the system principal instead (logged)
};

struct JobListQuery
{
    std::optional<JobStatus> status;
    QString queue;
    QString job;
    int limit = 20;
    int offset = 0;
};

// The job queue in the site's database: the Job Log DocType's table, written with
// direct statements (ADR 0221). Enqueue, inspect, cancel and retry for everyone; claim,
// renew, finish and release for workers. A claim is one UPDATE ... RETURNING inside a
// write transaction (SQLite's BEGIN IMMEDIATE), so two workers never get the same job;
// every finishing write names the worker and attempt it expects, so a worker that lost
// its job (cancelled, lease expired) cannot overwrite what happened since.
// Thread-safe like the pool: each thread uses its own connection.
class FM_CORE_EXPORT JobQueue final
{
public:
    JobQueue(ConnectionPool &pool, const ControllerRegistry &registry);
    ~JobQueue();
    JobQueue(const JobQueue &) = delete;
    JobQueue &operator=(const JobQueue &) = delete;

    struct Enqueued
    {
        Job job;
        bool created = true; // false: an active job with the same unique key was returned
    };
    // NotFound for a job name nobody registered; Validation for bad options or arguments
    // (the job's own check included). Nothing is written on an error.
    Result<Enqueued> enqueue(const JobRequest &request);

    Result<Job> get(const QString &id); // NotFound when there is no such job
    Result<QList<Job>> list(const JobListQuery &query);
    Result<qint64> count(const JobListQuery &query); // ignores limit and offset

    // A queued job is cancelled; a running one is marked cancelled and its worker told
    // to stop (JobContext::shouldStop) at its next lease renewal. InvalidState for a
    // job that already finished.
    Result<Job> cancel(const QString &id, const QString &user);
    // A failed or cancelled job is queued again from attempt 0, due now. InvalidState
    // for one that is queued, running or succeeded.
    Result<Job> retry(const QString &id, const QString &user);

    // --- for workers -----------------------------------------------------------------
    // The next due job of `queues` (empty: every queue), now held by `worker` until
    // now + lease; nullopt when none is due.
    Result<std::optional<Job>> claim(const QString &worker, const QStringList &queues,
                                     std::chrono::milliseconds lease);
    // The queued job `id` (for `m job run`); nullopt when it is not queued.
    Result<std::optional<Job>> claimJob(const QString &id, const QString &worker,
                                        std::chrono::milliseconds lease);
    // Enqueues and claims in one transaction, so no worker can take the job first
    // (`m job run`: the job runs in the calling process). InvalidState when the unique
    // key names an active job.
    Result<Job> enqueueClaimed(const JobRequest &request, const QString &worker,
                               std::chrono::milliseconds lease);
    // Each returns false when `job` (as claimed) is no longer this worker's to write.
    Result<bool> renew(const Job &job, std::chrono::milliseconds lease);
    Result<bool> succeed(const Job &job, const QJsonValue &result);
    // A failed attempt: queued again after the backoff while retries are left (and
    // `retryable`), else Failed. `job.status` in the answer says which.
    Result<bool> failAttempt(Job &job, const QString &error, bool retryable = true);
    // Back to the queue as if never claimed (a worker stopping before it could finish).
    Result<bool> release(const Job &job, const QString &why);
    // Jobs whose worker stopped renewing the lease (killed, stuck past its timeout):
    // queued again, or failed when that was their last allowed attempt. How many.
    Result<qint64> requeueExpired();

    // The wait before retry number `attempt` (1 = the first retry): backoff * 2^(n-1),
    // at most one hour.
    static std::chrono::seconds backoff(int baseSeconds, int attempt);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
