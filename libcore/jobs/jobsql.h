// SPDX-License-Identifier: MIT
#pragma once

// The SQL of the job queue, built once per queue from the dialect (the pool's
// statement cache is keyed by the text). Internal to libcore/jobs.

#include "jobs/job.h"

#include <QString>

#include "common/error.h"

#include <QVariantList>

namespace fm::core {
class ConnectionPool;
class Dialect;
class Statement;
} // namespace fm::core

namespace fm::core::detail {

inline const QString kJobLogDocType = QStringLiteral("Job Log");
inline const QString kJobLogTable = QStringLiteral("job_log");

// Runs `text` with `values` on this thread's connection; the statement, positioned on
// its first row when there is one. A missing table (a site migrated before `table`'s
// DocType existed) is reported as "run `m migrate`".
Result<Statement *> runSql(ConnectionPool &pool, const QString &table, const QString &text,
                           const QVariantList &values);
// How many rows `text` changed.
Result<qint64> changeSql(ConnectionPool &pool, const QString &table, const QString &text,
                         const QVariantList &values);

struct JobSql
{
    explicit JobSql(const Dialect &dialect);

    QString insert;     // every column a new job sets, ?1..?18
    QString findActive; // name of a queued or running job with unique_key ?1
    QString select;     // one job by name ?1
    QString claimById;  // ?1 worker, ?2 lease expiry, ?3 now, ?4 name
    QString renew;      // ?1 lease expiry, ?2 name, ?3 worker, ?4 attempts
    QString succeed;    // ?1 result, ?2 now, ?3 name, ?4 worker, ?5 attempts
    QString failed;     // ?1 status, ?2 error, ?3 run_at (null: keep), ?4 now, ?5 finished_at,
                        // ?6 name, ?7 worker, ?8 attempts
    QString release;    // ?1 error, ?2 now, ?3 name, ?4 worker, ?5 attempts
    QString reapFailed; // ?1 now: expired leases on a last attempt
    QString reapQueued; // ?1 now: expired leases with attempts left
    QString cancel;     // ?1 now, ?2 user, ?3 name (queued or running only)
    QString retry;      // ?1 now, ?2 user, ?3 name (failed or cancelled only)

    // Claims the next due job of `queueCount` queues (0: any queue): ?1 worker, ?2 lease
    // expiry, ?3 now, ?4.. the queue names. Highest priority first, then the longest due.
    QString claim(int queueCount) const;
    // 1 when a job is due for claim(queueCount), with the same values; a plain read.
    QString anyDue(int queueCount) const;
    // Newest first; ?1.. the values of the filters that are set, then limit and offset.
    QString list(bool byStatus, bool byQueue, bool byJob, bool count) const;

    QString due(int queueCount) const; // the WHERE of both

    QString columns; // the columns readJob() expects, in its order
    QString table;
    const Dialect &dialect;
};

// The current row of a statement that selected (or returned) JobSql::columns.
Job readJob(const Statement &row);

} // namespace fm::core::detail
