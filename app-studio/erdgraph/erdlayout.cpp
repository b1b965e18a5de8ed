// SPDX-License-Identifier: MIT
#include "erdgraph/erdlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QtConcurrent>

#include <graphviz/gvc.h>

#include <cmath>

namespace fm::studio::erd {

namespace {

struct ErdlayoutTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::Erd)
};

// Graphviz is not thread-safe: cgraph's default discipline, the error level, the layout
// engines' statics and the plugin tables are process-global, and a GVC_t must not be
// shared either. Every layout in the process therefore runs behind this one mutex (the
// ERD's LayoutJob never runs two at once anyway; benchmarks and tests call
// computeLayout directly from other threads).
QMutex graphvizMutex;

constexpr double kPointsPerInch = 72.0;

// cgraph's API takes `char *` for strings it only reads.
char *c(const QByteArray &bytes)
{
    return const_cast<char *>(bytes.constData());
}

void setGraph(Agraph_t *graph, const char *name, const QByteArray &value)
{
    agattr(graph, AGRAPH, const_cast<char *>(name), c(value));
}

// Stands in when Graphviz fails: a square grid in name order.
Positions gridLayout(const LayoutInput &input)
{
    Positions positions;
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(input.names.size())))));
    for (qsizetype i = 0; i < input.names.size(); ++i)
        positions.insert(input.names.at(i), QPointF((i % columns) * 320.0, (i / columns) * 320.0));
    return positions;
}

} // namespace

QString engineFor(const LayoutInput &input)
{
    if (input.names.size() > input.largeGraphThreshold)
        return QStringLiteral("sfdp");
    return input.pinned.isEmpty() ? QStringLiteral("dot") : QStringLiteral("neato");
}

LayoutResult computeLayout(const LayoutInput &input)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.engine = engineFor(input);
    if (input.names.isEmpty())
        return result;

    QMutexLocker lock(&graphvizMutex);
    agseterr(AGERR); // warnings (overlap removal fallbacks) would only go to stderr
    GVC_t *gvc = gvContext();
    Agraph_t *graph = agopen(c("erd"), Agdirected, nullptr);
    const QByteArray engine = result.engine.toLatin1();
    setGraph(graph, "splines", "false"); // the scene draws its own edges
    setGraph(graph, "inputscale", QByteArray::number(kPointsPerInch)); // pos in points
    if (engine == "dot") {
        setGraph(graph, "rankdir", "LR");
        setGraph(graph, "nodesep", "0.6");
        setGraph(graph, "ranksep", "1.4");
    } else {
        setGraph(graph, "overlap", "prism");
        setGraph(graph, "sep", "+24");
        if (engine == "neato")
            setGraph(graph, "mode", "major");
    }
    Agsym_t *shape = agattr(graph, AGNODE, c("shape"), c("box"));
    Agsym_t *fixed = agattr(graph, AGNODE, c("fixedsize"), c("true"));
    Agsym_t *label = agattr(graph, AGNODE, c("label"), c(""));
    Agsym_t *width = agattr(graph, AGNODE, c("width"), c("1"));
    Agsym_t *height = agattr(graph, AGNODE, c("height"), c("1"));
    Agsym_t *pos = agattr(graph, AGNODE, c("pos"), c(""));
    Agsym_t *pin = agattr(graph, AGNODE, c("pin"), c("false"));
    Q_UNUSED(shape);
    Q_UNUSED(fixed);
    Q_UNUSED(label);

    QList<Agnode_t *> nodes;
    nodes.reserve(input.names.size());
    for (qsizetype i = 0; i < input.names.size(); ++i) {
        const QSizeF size = input.sizes.value(i, QSizeF(200, 100));
        Agnode_t *node = agnode(graph, c("n" + QByteArray::number(i)), 1);
        agxset(node, width, c(QByteArray::number(size.width() / kPointsPerInch)));
        agxset(node, height, c(QByteArray::number(size.height() / kPointsPerInch)));
        const auto pinnedAt = input.pinned.constFind(input.names.at(i));
        if (pinnedAt != input.pinned.constEnd() && engine != "dot") {
            // Graphviz works with centres and y up; the scene with top-left and y down.
            const QPointF centre = *pinnedAt + QPointF(size.width() / 2, size.height() / 2);
            agxset(node, pos,
                   c(QByteArray::number(centre.x()) + ',' + QByteArray::number(-centre.y()) + '!'));
            agxset(node, pin, c("true"));
        }
        nodes << node;
    }
    for (const auto &[from, to] : input.edges) {
        if (from >= 0 && from < nodes.size() && to >= 0 && to < nodes.size())
            agedge(graph, nodes.at(from), nodes.at(to), nullptr, 1);
    }

    if (gvLayout(gvc, graph, engine.constData()) == 0) {
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const QSizeF size = input.sizes.value(i, QSizeF(200, 100));
            const pointf centre = ND_coord(nodes.at(i));
            result.positions.insert(input.names.at(i), QPointF(centre.x - size.width() / 2,
                                                               -centre.y - size.height() / 2));
        }
        gvFreeLayout(gvc, graph);
    } else {
        result.error =
            ErdlayoutTr::tr("Graphviz could not lay out the diagram with \"%1\" (is the "
                            "libgvc layout plugin installed?); nodes are placed in a grid")
                .arg(result.engine);
        result.engine = QStringLiteral("grid");
        result.positions = gridLayout(input);
    }
    agclose(graph);
    gvFreeContext(gvc);
    lock.unlock();

    // Pinned nodes keep their place whatever the engine did (dot ignores pins, neato and
    // sfdp may move a pinned node by rounding).
    for (auto it = input.pinned.constBegin(); it != input.pinned.constEnd(); ++it) {
        if (result.positions.contains(it.key()))
            result.positions.insert(it.key(), it.value());
    }
    result.milliseconds = timer.elapsed();
    return result;
}

LayoutJob::LayoutJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<LayoutResult>::finished, this, &LayoutJob::onFinished);
}

LayoutJob::~LayoutJob()
{
    m_queued.reset();
    m_watcher.waitForFinished();
}

void LayoutJob::start(const LayoutInput &input)
{
    if (m_busy) {
        m_queued = input;
        return;
    }
    launch(input);
}

bool LayoutJob::isRunning() const
{
    return m_busy;
}

void LayoutJob::waitForFinished()
{
    // The watcher reports through the event loop: deliver its events until the running
    // layout and the queued one have reported.
    while (m_busy) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void LayoutJob::launch(const LayoutInput &input)
{
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [input] { return computeLayout(input); }));
}

void LayoutJob::onFinished()
{
    const LayoutResult result = m_watcher.result();
    if (m_queued) {
        const LayoutInput next = *m_queued;
        m_queued.reset();
        launch(next);
    } else {
        m_busy = false;
    }
    emit finished(result);
}

} // namespace fm::studio::erd
