// SPDX-License-Identifier: MIT
#include "jobs/job.h"

#include <array>

namespace fm::core {

namespace {

const std::array<std::pair<JobStatus, const char *>, 5> kStatusNames{{
    {JobStatus::Queued, "Queued"},
    {JobStatus::Running, "Running"},
    {JobStatus::Succeeded, "Succeeded"},
    {JobStatus::Failed, "Failed"},
    {JobStatus::Cancelled, "Cancelled"},
}};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString jobStatusName(JobStatus status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return {};
}

std::optional<JobStatus> jobStatusFromName(const QString &name)
{
    for (const auto &[value, text] : kStatusNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QJsonObject Job::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("job"), job},
                       {QStringLiteral("status"), jobStatusName(status)},
                       {QStringLiteral("queue"), queue},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("args"), args},
                       {QStringLiteral("run_as"), runAs},
                       {QStringLiteral("as_system"), asSystem},
                       {QStringLiteral("unique_key"), textOrNull(uniqueKey)},
                       {QStringLiteral("run_at"), textOrNull(runAt)},
                       {QStringLiteral("timeout"), timeoutSeconds},
                       {QStringLiteral("max_retries"), maxRetries},
                       {QStringLiteral("retry_backoff"), retryBackoffSeconds},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("worker"), textOrNull(worker)},
                       {QStringLiteral("lease_expires"), textOrNull(leaseExpires)},
                       {QStringLiteral("started_at"), textOrNull(startedAt)},
                       {QStringLiteral("finished_at"), textOrNull(finishedAt)},
                       {QStringLiteral("error"), textOrNull(error)},
                       {QStringLiteral("result"), result},
                       {QStringLiteral("enqueued_by"), enqueuedBy},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("modified"), modified}};
}

} // namespace fm::core
