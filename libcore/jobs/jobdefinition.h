// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "jobs/job.h"

#include <QJsonObject>
#include <QJsonValue>

#include <atomic>
#include <functional>

namespace fm::core {

class DocumentAccess;

// What a job function gets: its arguments, the principal it runs as (the user who
// enqueued it, or the system principal when that was asked for explicitly) and the
// permission-checked door to documents. A job that runs long checks shouldStop()
// between steps: it turns true when the job is cancelled, times out, loses its lease
// or the worker stops, and the job should then return (its result is discarded).
struct JobContext
{
    const Job &job; // id, attempts (1 on the first run), ...
    const QJsonObject &args;
    const Principal &principal;
    DocumentAccess &access;
    const std::atomic<bool> *stop = nullptr;
    // A job sets this to false before returning an error that no retry can fix (a mail
    // server refused the message): the attempt then fails for good.
    bool retryable = true;

    bool shouldStop() const { return stop && stop->load(std::memory_order_relaxed); }
};

// A job function an app registers from its plugin (ControllerRegistry::registerJob).
// Only registered names can be enqueued. `run` returns the job's result (any JSON,
// stored in the Job Log) or an error (the attempt failed: it is retried with backoff
// until max retries). A job may run more than once (at least once delivery): make it
// idempotent.
struct JobDefinition
{
    QString name; // dotted snake_case starting with the app: "helpdesk.tickets.close_stale"
    QString description;
    std::function<Result<QJsonValue>(JobContext &context)> run;
    // Optional: refuses bad arguments when the job is enqueued (a Validation error
    // naming the argument), so a typo fails at the caller, not later in a worker.
    std::function<Result<void>(const QJsonObject &args)> checkArgs;
    // Defaults for enqueue requests that do not say otherwise.
    QString queue = QStringLiteral("default");
    int timeoutSeconds = 300;
    int maxRetries = 3;
    int retryBackoffSeconds = 10;
};

// A cron schedule an app declares from its plugin (ControllerRegistry::registerSchedule):
// workers sync it into a Scheduled Job row at start and enqueue `job` with `args` at each
// time the cron expression names, in `timeZone` (docs/guide/jobs.md, section Scheduler).
struct ScheduleDefinition
{
    QString job;                              // a job registered before the schedule
    QString cron;                             // 5 fields or @hourly, @daily, ... (CronExpression)
    QString timeZone = QStringLiteral("UTC"); // IANA name; cron times are wall-clock there
    QJsonObject args;
    QString name; // the Scheduled Job's name; empty: the job's name
};

} // namespace fm::core
