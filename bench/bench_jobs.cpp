// SPDX-License-Identifier: MIT
// Background jobs (docs/guide/jobs.md): what an enqueue costs, and how many no-op jobs
// one worker thread runs per second through the whole path (claim with a lease in a
// write transaction, the principal looked up, the function called, the outcome written).
// Figures: docs/benchmarks.md.

#include "auth/useraccounts.h"
#include "benchsite.h"
#include "jobs/jobqueue.h"
#include "jobs/jobworker.h"

#include <QThread>

namespace fm::bench {

namespace {

using namespace std::chrono_literals;

constexpr int kJobsPerRound = 2000;

// A registry with the no-op job and a site whose Administrator exists (the job runs as
// the user who enqueued it, so the runner looks them up).
struct JobBench
{
    static fm::Result<std::unique_ptr<JobBench>> create()
    {
        auto bench = std::make_unique<JobBench>();
        auto site = BenchSite::create();
        if (!site)
            return fm::fail(site.error());
        bench->site = std::move(*site);
        core::JobDefinition noop;
        noop.name = QStringLiteral("bench.noop");
        noop.run = [](core::JobContext &) -> fm::Result<QJsonValue> {
            return QJsonValue();
        };
        if (auto ok = bench->registry.registerJob(noop); !ok)
            return fm::fail(ok.error());
        auto admin =
            core::UserAccounts::add(bench->site->service(), {QStringLiteral("Administrator"),
                                                             {},
                                                             QStringLiteral("Administrator"),
                                                             QStringLiteral("bench-password-1"),
                                                             {}});
        if (!admin && admin.error().code() != fm::ErrorCode::Duplicate)
            return fm::fail(admin.error());
        bench->queue = std::make_unique<core::JobQueue>(bench->site->pool(), bench->registry);
        return bench;
    }

    fm::Result<void> enqueue(int count)
    {
        core::JobRequest request;
        request.job = QStringLiteral("bench.noop");
        for (int i = 0; i < count; ++i) {
            if (auto ok = queue->enqueue(request); !ok)
                return fm::fail(ok.error());
        }
        return {};
    }

    std::unique_ptr<BenchSite> site;
    core::ControllerRegistry registry;
    std::unique_ptr<core::JobQueue> queue;
};

// One enqueue: checks, one INSERT in its own write transaction, the row read back.
void BM_JobEnqueue(benchmark::State &state)
{
    auto bench = JobBench::create();
    if (!bench)
        return skipWithError(state, bench.error());
    for (auto _ : state) {
        if (auto ok = (*bench)->enqueue(1); !ok)
            return skipWithError(state, ok.error());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_JobEnqueue)->Unit(benchmark::kMicrosecond);

// No-op jobs per second through one JobWorker with one thread: 2000 jobs queued before
// each round (not timed), then timed from start() until the worker has finished them.
void BM_JobsThroughOneWorker(benchmark::State &state)
{
    auto bench = JobBench::create();
    if (!bench)
        return skipWithError(state, bench.error());
    core::JobWorkerOptions options;
    options.concurrency = 1;
    options.poll = 10ms;
    for (auto _ : state) {
        state.PauseTiming();
        if (auto ok = (*bench)->enqueue(kJobsPerRound); !ok)
            return skipWithError(state, ok.error());
        core::JobWorker worker((*bench)->site->pool(), (*bench)->site->service(),
                               (*bench)->registry, options);
        state.ResumeTiming();
        if (auto ok = worker.start(); !ok)
            return skipWithError(state, ok.error());
        while (worker.finished() < kJobsPerRound)
            QThread::usleep(200);
        state.PauseTiming();
        worker.stop(5s);
        core::JobListQuery failed;
        failed.status = core::JobStatus::Failed;
        if ((*bench)->queue->count(failed).value_or(1) != 0)
            return state.SkipWithError("some no-op jobs failed");
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kJobsPerRound);
}
BENCHMARK(BM_JobsThroughOneWorker)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

} // namespace fm::bench
