// SPDX-License-Identifier: MIT
#pragma once

#include "erdgraph/erdpositions.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <QThreadPool>

#include <optional>

namespace fm::studio::erd {

// Automatic placement of the ERD's nodes with Graphviz (libgvc/libcgraph): `dot` up to
// kLargeGraphThreshold nodes, `sfdp` above, `neato` when a small graph has pinned nodes
// (dot cannot pin). Pinned nodes stay exactly where the user put them.
// docs/adr/0190-erd-layout-with-graphviz.md records the choice and the measured times.
inline constexpr int kLargeGraphThreshold = 60;

struct LayoutInput
{
    QStringList names;                // node ids
    QList<QSizeF> sizes;              // scene units, one per name
    QList<std::pair<int, int>> edges; // indexes into names
    Positions pinned;                 // top-left corners the layout must keep
    int largeGraphThreshold = kLargeGraphThreshold;
};

struct LayoutResult
{
    Positions positions; // top-left corner of every node, pinned ones included
    QString engine;      // "dot", "neato", "sfdp", or "grid" when Graphviz failed
    qint64 milliseconds = 0;
    QString error; // why Graphviz failed (the grid stands in); empty on success
};

QString engineFor(const LayoutInput &input);
// Runs the layout on the calling thread. Safe to call from any thread: Graphviz keeps
// global state, so calls are serialised (see the mutex in erdlayout.cpp).
LayoutResult computeLayout(const LayoutInput &input);

// One layout at a time off the UI thread: start() while a layout runs queues the newest
// input and drops older queued ones; finished() reports each completed layout.
class LayoutJob final : public QObject
{
    Q_OBJECT
public:
    explicit LayoutJob(QObject *parent = nullptr);
    ~LayoutJob() override;

    void start(const LayoutInput &input);
    bool isRunning() const;
    // Blocks until the running and queued layouts are done (tests, benchmarks).
    void waitForFinished();

signals:
    void finished(const fm::studio::erd::LayoutResult &result);

private:
    void launch(const LayoutInput &input);
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<LayoutResult> m_watcher;
    std::optional<LayoutInput> m_queued;
    bool m_busy = false;
};

} // namespace fm::studio::erd
