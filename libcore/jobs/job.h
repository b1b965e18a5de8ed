// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace fm::core {

// Where a job is in its life. Queued and Running are "active" (a unique key holds);
// the other three are final until someone retries a failed or cancelled job.
enum class JobStatus { Queued, Running, Succeeded, Failed, Cancelled };

FM_CORE_EXPORT QString jobStatusName(JobStatus status); // "Queued", ...
FM_CORE_EXPORT std::optional<JobStatus> jobStatusFromName(const QString &name);

// One row of the Job Log: a job as the queue stores it. Times are canonical UTC text
// ("2026-12-07T08:00:00.000Z", empty when unset), as in documents.
struct FM_CORE_EXPORT Job
{
    QString id;  // the Job Log document's name (a UUIDv7)
    QString job; // the registered function, "helpdesk.tickets.close_stale"
    JobStatus status = JobStatus::Queued;
    QString queue;
    qint64 priority = 0;
    QJsonObject args;
    QString runAs;         // the user whose permissions it has
    bool asSystem = false; // runs as the system principal instead
    QString uniqueKey;
    QString runAt;
    int timeoutSeconds = 0;
    int maxRetries = 0;
    int retryBackoffSeconds = 0;
    int attempts = 0; // claims so far, this one included while running
    QString worker;   // who runs (or last ran) it
    QString leaseExpires;
    QString startedAt;
    QString finishedAt;
    QString error;
    QJsonValue result;
    QString enqueuedBy; // the row's owner
    QString created;
    QString modified;

    bool isActive() const { return status == JobStatus::Queued || status == JobStatus::Running; }
    // {"id","job","status",...} as GET /api/v1/jobs/{id} and `m job status --json` show it.
    QJsonObject toJson() const;
};

} // namespace fm::core
