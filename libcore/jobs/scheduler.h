// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QDateTime>

#include <memory>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;

// The cron scheduler (docs/guide/jobs.md, section Scheduler; ADR 0225, 0226). Its state is
// the Scheduled Job DocType's table: one row per schedule with its next run. Every worker
// runs one (JobWorker ticks it every second), so several may tick at once; a run is
// enqueued only by the tick whose compare-and-set on `next_run` lands, in the same write
// transaction as the enqueue, so each due time is enqueued exactly once.
class FM_CORE_EXPORT Scheduler final
{
public:
    Scheduler(ConnectionPool &pool, const ControllerRegistry &registry);
    ~Scheduler();
    Scheduler(const Scheduler &) = delete;
    Scheduler &operator=(const Scheduler &) = delete;

    struct Synced
    {
        int created = 0;
        int updated = 0; // job, cron, time zone or arguments changed in the app
    };
    // Writes the schedules apps declared (ControllerRegistry::registerSchedule) into
    // Scheduled Job rows, in one transaction: new ones enabled, with their next run;
    // changed ones take the app's job, cron, time zone and arguments and a new next run.
    // `enabled` stays what an administrator set; rows no app declares are left alone.
    Result<Synced> sync(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Enqueues every enabled schedule whose next run is at or before `now`, once, and
    // moves its next run to the first time after `now`: runs missed while nothing ticked
    // are caught up with ONE run, not one per missed time. A run whose previous one is
    // still queued or running is not added again (the Job Log's unique key
    // "schedule:<name>"). Runs go as the system principal (no user enqueued them). A row whose job
    // this process does not know, or whose cron or time zone is broken (edited by hand), is skipped
    // with a warning and left as it is. How many runs it enqueued.
    Result<int> tick(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
