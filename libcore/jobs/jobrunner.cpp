// SPDX-License-Identifier: MIT
#include "jobs/jobrunner.h"

#include "auth/userdirectory.h"
#include "data/controllerregistry.h"
#include "jobs/jobqueue.h"

#include <QDebug>

#include <exception>

namespace fm::core {

namespace {

struct Outcome
{
    std::optional<QJsonValue> result; // set: succeeded
    QString error;
    bool retryable = true;
};

Outcome failure(const QString &error, bool retryable = true)
{
    return Outcome{std::nullopt, error, retryable};
}

} // namespace

JobRunner::JobRunner(JobQueue &queue, const ControllerRegistry &registry, DocumentAccess &access,
                     UserDirectory &users)
    : m_queue(queue)
    , m_registry(registry)
    , m_access(access)
    , m_users(users)
{}

Result<Job> JobRunner::run(Job job, const std::atomic<bool> &stop,
                           std::chrono::steady_clock::time_point deadline)
{
    // Everything that decides how the attempt went; the queue is written once, below.
    auto attempt = [&]() -> Outcome {
        const JobDefinition *definition = m_registry.job(job.job);
        if (!definition) {
            // Another process enqueued it with an app this worker did not load.
            return failure(QStringLiteral("job \"%1\" is not registered in worker %2; load the "
                                          "app that registers it (its plugin) in the worker")
                               .arg(job.job, job.worker),
                           false);
        }
        Principal principal;
        if (job.asSystem) {
            principal = Principal::system();
            qInfo().noquote() << QStringLiteral("jobs: %1 (%2) runs as the system principal, "
                                                "enqueued by %3")
                                     .arg(job.job, job.id, job.enqueuedBy);
        } else {
            auto user = m_users.find(job.runAs);
            if (!user)
                return failure(user.error().toText());
            if (!*user || !(*user)->enabled) {
                return failure(QStringLiteral("the user %1 the job runs as %2; it cannot run "
                                              "(enqueue it again as an enabled user)")
                                   .arg(job.runAs, *user ? QStringLiteral("is disabled")
                                                         : QStringLiteral("no longer exists")),
                               false);
            }
            principal = UserDirectory::principal(**user, Principal::Method::System);
        }
        JobContext context{job, job.args, principal, m_access, &stop};
        try {
            auto result = definition->run(context);
            if (!result)
                return failure(result.error().toText(), context.retryable);
            return Outcome{*result, {}, true};
        } catch (const std::exception &e) {
            return failure(
                QStringLiteral("the job threw: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return failure(QStringLiteral("the job threw an exception that is not a "
                                          "std::exception"));
        }
    };
    Outcome outcome = attempt();
    // A job that overran its timeout failed, whatever it returned: its lease was no
    // longer renewed, so another worker may already hold it.
    if (std::chrono::steady_clock::now() > deadline) {
        outcome = failure(QStringLiteral("the job ran past its timeout of %1 s (attempt %2)")
                              .arg(job.timeoutSeconds)
                              .arg(job.attempts));
    }
    Result<bool> written = outcome.result
                               ? m_queue.succeed(job, *outcome.result)
                               : m_queue.failAttempt(job, outcome.error, outcome.retryable);
    if (!written)
        return fail(written.error());
    if (!*written) {
        // Cancelled meanwhile, or its lease expired and the job was queued again.
        qInfo().noquote() << QStringLiteral("jobs: %1 (%2) attempt %3 ended after the job was "
                                            "cancelled or taken back; its outcome is dropped")
                                 .arg(job.job, job.id)
                                 .arg(job.attempts);
    } else if (!outcome.result) {
        qWarning().noquote() << QStringLiteral("jobs: %1 (%2) attempt %3 failed: %4%5")
                                    .arg(job.job, job.id)
                                    .arg(job.attempts)
                                    .arg(outcome.error,
                                         job.status == JobStatus::Queued
                                             ? QStringLiteral(" (retried at %1)").arg(job.runAt)
                                             : QStringLiteral(" (no retry left)"));
    }
    return m_queue.get(job.id);
}

} // namespace fm::core
