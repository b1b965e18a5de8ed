// SPDX-License-Identifier: MIT
// fm_studio_bench: opening generated projects in the Studio, as a user sees it (the window
// usable: features installed, project loaded, tree and problems filled), the libcore part
// alone, and the check that follows each edit. Peak memory (VmHWM) is reported as a
// counter. See docs/benchmarks.md.
#include "generatedproject.h"
#include "project/projectmodel.h"
#include "shell/mainwindow.h"
#include "shell/studioapp.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>

namespace {

// One generated project per size, written once for the whole run.
QString projectOf(int count)
{
    static std::map<int, std::unique_ptr<QTemporaryDir>> dirs;
    auto &dir = dirs[count];
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>();
        if (!generated::writeProject(dir->path(), count))
            qFatal("cannot write the generated project");
    }
    return dir->path();
}

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void BM_ProjectModelOpen(benchmark::State &state)
{
    const QString path = projectOf(int(state.range(0)));
    for (auto _ : state) {
        auto model = fm::core::ProjectModel::open(path);
        if (!model)
            state.SkipWithError("the project does not open");
        benchmark::DoNotOptimize(model);
    }
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(BM_ProjectModelOpen)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// From "open this folder" to a window a user can work in.
void BM_StudioOpenProject(benchmark::State &state)
{
    const QString path = projectOf(int(state.range(0)));
    for (auto _ : state) {
        fm::studio::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QCoreApplication::processEvents();
        if (!window.openProject(path))
            state.SkipWithError("the Studio did not open the project");
        QCoreApplication::processEvents();
        state.PauseTiming();
        window.closeProject();
        state.ResumeTiming();
    }
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(BM_StudioOpenProject)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// What the Problems dock waits for after an edit: a full check with one DocType overlaid.
void BM_CheckAfterEdit(benchmark::State &state)
{
    auto model = fm::core::ProjectModel::open(projectOf(int(state.range(0))));
    if (!model) {
        state.SkipWithError("the project does not open");
        return;
    }
    fm::core::DocType edited = *(*model)->doctype(generated::doctypeName(0));
    edited.description = QStringLiteral("edited");
    (void)(*model)->setDocType(edited);
    const fm::core::ProjectCheckInput input = (*model)->checkInput();
    for (auto _ : state)
        benchmark::DoNotOptimize(fm::core::ProjectModel::runCheck(input));
}
BENCHMARK(BM_CheckAfterEdit)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's recent projects alone
    fm::studio::setApplicationIdentity();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
