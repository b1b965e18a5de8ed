// SPDX-License-Identifier: MIT
// Naming series under contention: several threads insert series-named documents
// into one SQLite file at once; every name must come out exactly once.

#include "benchsite.h"

#include <QFuture>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace fm::bench {

namespace {

constexpr int kInsertsPerThread = 200;

// Qt Sql connections belong to the thread that opened them, so the workers are Qt
// threads kept alive for the whole benchmark (each opens its connection once),
// rather than Google Benchmark's ->Threads(), which starts fresh threads per run.
void BM_SeriesContention(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    const int threads = int(state.range(0));
    QThreadPool workers;
    workers.setMaxThreadCount(threads);
    workers.setExpiryTimeout(-1);

    QSet<QString> seen;
    qint64 inserted = 0;
    int round = 0;
    for (auto _ : state) {
        QList<QFuture<fm::Result<QStringList>>> running;
        for (int t = 0; t < threads; ++t) {
            const qint64 first = (qint64(round) * threads + t) * kInsertsPerThread;
            running << QtConcurrent::run(&workers, [&site, first]() -> fm::Result<QStringList> {
                QStringList names;
                for (qint64 i = first; i < first + kInsertsPerThread; ++i) {
                    auto saved = (*site)->service().insert((*site)->ticket(i));
                    if (!saved)
                        return fm::fail(saved.error());
                    names << saved->name();
                }
                return names;
            });
        }
        ++round;
        for (auto &future : running) {
            const fm::Result<QStringList> names = future.result();
            if (!names)
                return skipWithError(state, names.error());
            for (const QString &name : *names) {
                if (seen.contains(name)) {
                    const std::string message = "duplicate name " + name.toStdString();
                    return state.SkipWithError(message.c_str());
                }
                seen.insert(name);
            }
            inserted += names->size();
        }
    }
    workers.waitForDone();
    state.SetItemsProcessed(inserted);
    state.counters["unique_names"] = double(seen.size());
}
// Process CPU time: the work happens on the pool threads, not the benchmark thread.
BENCHMARK(BM_SeriesContention)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Arg(4)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

} // namespace fm::bench
