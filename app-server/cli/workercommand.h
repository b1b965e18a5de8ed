// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"
#include "jobs/jobworker.h"
#include "project/sitecontext.h"

#include <optional>

namespace fm::server {

// How long a stopping worker lets its running jobs finish before it releases them.
constexpr int kWorkerGraceSeconds = 20;

// The worker's options from `m worker`'s flags (--queues, --concurrency, --lease-seconds,
// --poll-ms); nullopt after printing a usage error.
std::optional<fm::core::JobWorkerOptions> workerOptions(const QCommandLineParser &parser,
                                                        CommandContext &ctx);

// Says at start what a worker will do with mail: send it through the site's SMTP server
// (with a warning when the password cannot be read now, so mails would fail) or nothing.
void describeMail(fm::core::SiteContext &site, CommandContext &ctx);

// Stops `worker`, letting jobs finish for `graceSeconds`. When jobs were still running
// (released to the queue) their threads cannot be joined: the process ends here, after
// flushing ctx, without running destructors.
void stopWorker(fm::core::JobWorker &worker, CommandContext &ctx, int exitCode,
                int graceSeconds = kWorkerGraceSeconds);

} // namespace fm::server
