// SPDX-License-Identifier: MIT
// fm_erd_bench: the ERD at scale, on generated projects (tests/common/generatedproject.h:
// N DocTypes, ~2.1 N relations). Needs a display for frame times:
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/release/bench/fm_erd_bench
// BM_ErdOpen: scene construction + Graphviz layout until the nodes are placed.
// BM_ErdLayout: the layout alone per engine (the figures behind docs/adr/0190).
// BM_ErdPan / BM_ErdZoom: one synchronous repaint of a 1600x1000 view per iteration,
// after scrolling by 37 px or zooming by 10 %, whole diagram fitted or at 100 %.
#include "erd/erdscene.h"
#include "erd/erdview.h"
#include "erdgraph/erdlayout.h"
#include "generatedproject.h"
#include "project/projectmodel.h"

#include <QApplication>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace fm::studio::erd;

namespace {

// One generated project per size, opened once for the whole run.
fm::core::ProjectModel *project(int count)
{
    static std::map<
        int, std::pair<std::unique_ptr<QTemporaryDir>, std::unique_ptr<fm::core::ProjectModel>>>
        projects;
    auto &entry = projects[count];
    if (!entry.second) {
        entry.first = std::make_unique<QTemporaryDir>();
        if (!generated::writeProject(entry.first->path(), count))
            return nullptr;
        auto opened = fm::core::ProjectModel::open(entry.first->path());
        if (!opened)
            return nullptr;
        entry.second = std::move(*opened);
    }
    return entry.second.get();
}

void BM_ErdOpen(benchmark::State &state)
{
    fm::core::ProjectModel *model = project(int(state.range(0)));
    if (!model)
        return state.SkipWithError("cannot write the generated project");
    QUndoStack stack;
    QString engine;
    for (auto _ : state) {
        ErdScene scene(model, &stack);
        scene.waitForLayout();
        benchmark::DoNotOptimize(scene.itemsBoundingRect());
    }
    state.counters["nodes"] = double(state.range(0));
}
BENCHMARK(BM_ErdOpen)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ErdLayout(benchmark::State &state)
{
    const int count = int(state.range(0));
    const bool large = state.range(1) == 1;
    const bool pinned = state.range(1) == 2;
    LayoutInput input;
    for (int i = 0; i < count; ++i) {
        const fm::core::DocType d = generated::doctype(i, count);
        input.names << d.name;
        input.sizes << QSizeF(230, 36 + 18 * d.fields.size());
    }
    for (int i = 0; i < count; ++i) {
        for (const fm::core::Field &f : generated::doctype(i, count).fields) {
            const qsizetype target = input.names.indexOf(f.options);
            if (!f.options.isEmpty() && target >= 0)
                input.edges.append({i, int(target)});
        }
    }
    if (pinned)
        input.pinned.insert(input.names.first(), QPointF(0, 0));
    input.largeGraphThreshold = large ? 0 : count + 1;
    for (auto _ : state) {
        const LayoutResult result = computeLayout(input);
        if (!result.error.isEmpty())
            return state.SkipWithError(qPrintable(result.error));
        state.SetLabel(result.engine.toStdString());
    }
}
// Arg 2: 0 = dot, 1 = sfdp, 2 = neato (one pinned node).
BENCHMARK(BM_ErdLayout)
    ->ArgsProduct({{25, 50, 60, 100}, {0, 1, 2}})
    ->Args({300, 1})
    ->Args({300, 2})
    ->Args({1000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

struct Canvas
{
    ErdScene scene;
    ErdView view;
    explicit Canvas(fm::core::ProjectModel *model, QUndoStack *stack)
        : scene(model, stack)
        , view(&scene)
    {
        scene.waitForLayout();
        view.resize(1600, 1000);
        view.show();
        QApplication::processEvents();
    }
};

void frames(benchmark::State &state, bool zooming)
{
    fm::core::ProjectModel *model = project(int(state.range(0)));
    if (!model)
        return state.SkipWithError("cannot write the generated project");
    QUndoStack stack;
    Canvas canvas(model, &stack);
    const bool fitted = state.range(1) == 0;
    if (fitted)
        canvas.view.zoomToFit();
    else
        canvas.view.setZoom(1.0);
    const qreal base = canvas.view.zoom();
    QScrollBar *bar = canvas.view.horizontalScrollBar();
    int step = 37;
    qint64 frame = 0;
    for (auto _ : state) {
        if (zooming) {
            canvas.view.setZoom(frame % 2 ? base : base * 1.1);
        } else {
            if (bar->value() + step > bar->maximum() || bar->value() + step < bar->minimum())
                step = -step;
            bar->setValue(bar->value() + step);
        }
        canvas.view.viewport()->repaint();
        ++frame;
    }
    state.counters["fps"] = benchmark::Counter(double(frame), benchmark::Counter::kIsRate);
    state.SetLabel(fitted ? "whole diagram" : "100 %");
}

void BM_ErdPan(benchmark::State &state)
{
    frames(state, false);
}
void BM_ErdZoom(benchmark::State &state)
{
    frames(state, true);
}
// Arg 2: 0 = zoomed to fit (every node drawn, least detail), 1 = 100 % (full detail).
BENCHMARK(BM_ErdPan)
    ->ArgsProduct({{100, 1000}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ErdZoom)
    ->ArgsProduct({{100, 1000}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
