// SPDX-License-Identifier: MIT
// fm_bench: Google Benchmark over a QCoreApplication, which Qt Sql needs to load
// its SQLite driver plugin. See docs/benchmarks.md for the figures and how to run.

#include "benchsite.h"

#include <QCoreApplication>

#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    // The machine is shared, so one run can be slowed by a neighbour: by default each
    // benchmark runs three times and shows mean, median and spread. Flags given on the
    // command line come later and win (--benchmark_repetitions=1 for a quick run).
    std::vector<char *> args{argv[0]};
    char repetitions[] = "--benchmark_repetitions=3";
    char aggregates[] = "--benchmark_display_aggregates_only=true";
    args.push_back(repetitions);
    args.push_back(aggregates);
    args.insert(args.end(), argv + 1, argv + argc);
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    fm::bench::BenchSite::releaseFilled();
    benchmark::Shutdown();
    return 0;
}
