// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "jobs/job.h"

#include <atomic>
#include <chrono>

namespace fm::core {

class ControllerRegistry;
class DocumentAccess;
class JobQueue;
class UserDirectory;

// Runs one claimed job to its end: finds its function, builds the principal (the user
// it runs as, with their current roles, or the system principal, logged), calls the
// function with exceptions caught, and records the outcome in the queue (succeeded,
// queued again after backoff, or failed). Used by the worker threads and `m job run`.
class FM_CORE_EXPORT JobRunner final
{
public:
    JobRunner(JobQueue &queue, const ControllerRegistry &registry, DocumentAccess &access,
              UserDirectory &users);

    // `stop` is what JobContext::shouldStop() reads; `deadline` is when the job's
    // timeout has passed. The job as recorded afterwards (its status says how it went);
    // an error only when the queue itself could not be written.
    Result<Job> run(Job job, const std::atomic<bool> &stop,
                    std::chrono::steady_clock::time_point deadline);

private:
    JobQueue &m_queue;
    const ControllerRegistry &m_registry;
    DocumentAccess &m_access;
    UserDirectory &m_users;
};

} // namespace fm::core
