// SPDX-License-Identifier: MIT
#include "erd/erdscene.h"

#include "erd/erditems.h"
#include "erd/relationdialog.h"
#include "project/projectmodel.h"

#include <QCoreApplication>

namespace fm::studio::erd {

ErdScene::ErdScene(core::ProjectModel *model, QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_positionsFile(positionsPath(model->root()))
{
    // No BSP index rebuilds while a thousand nodes move into place after a layout; the
    // index is what makes painting and hit tests cheap afterwards.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_prompt = [](RelationProposal &proposal) {
        return RelationDialog::ask(proposal);
    };
    connect(&m_layoutJob, &LayoutJob::finished, this, &ErdScene::applyLayout);
    connect(this, &QGraphicsScene::selectionChanged, this, &ErdScene::onSelectionChanged);
    connect(model, &core::ProjectModel::doctypeChanged, this, &ErdScene::syncDocType);
    connect(model, &core::ProjectModel::doctypeAdded, this, &ErdScene::syncDocType);
    connect(model, &core::ProjectModel::doctypeRemoved, this, &ErdScene::syncDocType);
    loadPositions();
    rebuild();
    relayout();
}

ErdScene::~ErdScene()
{
    // No selection signals into a half-destroyed scene; edges first: they unregister
    // from their nodes.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
}

void ErdScene::rebuild()
{
    m_graph = buildGraph(*m_model);
    for (const Node &node : std::as_const(m_graph.nodes))
        addNode(node);
    for (const Edge &edge : std::as_const(m_graph.edges))
        addEdge(edge);
    applyVisibility();
}

NodeItem *ErdScene::addNode(const Node &node)
{
    auto *item = new NodeItem(node);
    m_nodes.insert(node.name, item);
    addItem(item);
    if (const auto pinned = m_pinned.constFind(node.name); pinned != m_pinned.constEnd())
        item->setPlacedAt(*pinned);
    else
        placeNew(item);
    return item;
}

void ErdScene::placeNew(NodeItem *item)
{
    // Right of everything until the next layout: never on top of another node.
    QRectF taken;
    for (NodeItem *other : std::as_const(m_nodes)) {
        if (other != item)
            taken |= other->sceneBoundingRect();
    }
    item->setPlacedAt(taken.isNull() ? QPointF(0, 0) : QPointF(taken.right() + 80, taken.top()));
}

void ErdScene::removeNode(const QString &name)
{
    NodeItem *item = m_nodes.take(name);
    if (!item)
        return;
    for (EdgeItem *edge : QList<EdgeItem *>(item->edges())) {
        m_edges.remove(edge->edge().id());
        delete edge;
    }
    delete item;
}

void ErdScene::addEdge(const Edge &edge)
{
    NodeItem *source = m_nodes.value(edge.source);
    NodeItem *target = m_nodes.value(edge.target);
    if (!source || !target || m_edges.contains(edge.id()))
        return;
    auto *item = new EdgeItem(source, target, edge);
    m_edges.insert(edge.id(), item);
    addItem(item);
}

void ErdScene::removeEdgesFrom(const QString &source)
{
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (it.value()->edge().source == source) {
            delete it.value();
            it = m_edges.erase(it);
        } else {
            ++it;
        }
    }
}

void ErdScene::syncDocType(const QString &name)
{
    m_graph = buildGraph(*m_model);
    const Node *node = m_graph.node(name);
    removeEdgesFrom(name);
    if (!node || node->isExternal) {
        removeNode(name); // removed from the project (an external node comes back below)
    } else if (NodeItem *item = m_nodes.value(name)) {
        item->setNode(*node);
    } else {
        addNode(*node);
    }
    syncExternalNodes();
    for (const Edge &edge : std::as_const(m_graph.edges)) {
        if (edge.source == name || edge.target == name)
            addEdge(edge);
    }
    for (NodeItem *item : std::as_const(m_nodes)) {
        for (EdgeItem *edge : item->edges())
            edge->adjust(); // a node that changed size moves its edges' ends
    }
    setSearchText(m_search);
    applyVisibility();
}

void ErdScene::syncExternalNodes()
{
    for (const QString &name : m_nodes.keys()) {
        const Node *node = m_graph.node(name);
        if (!node)
            removeNode(name);
    }
    for (const Node &node : std::as_const(m_graph.nodes)) {
        if (NodeItem *item = m_nodes.value(node.name)) {
            if (node.isExternal)
                item->setNode(node);
        } else if (node.isExternal) {
            addNode(node);
        }
    }
}

void ErdScene::relayout()
{
    LayoutInput input;
    input.largeGraphThreshold = m_threshold;
    QHash<QString, int> index;
    for (const Node &node : std::as_const(m_graph.nodes)) {
        index.insert(node.name, int(input.names.size()));
        input.names << node.name;
        input.sizes << m_nodes.value(node.name)->size();
    }
    for (const Edge &edge : std::as_const(m_graph.edges)) {
        if (index.contains(edge.source) && index.contains(edge.target))
            input.edges.append({index.value(edge.source), index.value(edge.target)});
    }
    for (auto it = m_pinned.constBegin(); it != m_pinned.constEnd(); ++it) {
        if (index.contains(it.key()))
            input.pinned.insert(it.key(), it.value());
    }
    m_layoutJob.start(input);
}

bool ErdScene::isLayingOut() const
{
    return m_layoutJob.isRunning();
}

void ErdScene::waitForLayout()
{
    m_layoutJob.waitForFinished();
}

void ErdScene::applyLayout(const LayoutResult &result)
{
    for (auto it = result.positions.constBegin(); it != result.positions.constEnd(); ++it) {
        // A node pinned while the layout ran keeps the place the user gave it.
        if (NodeItem *item = m_nodes.value(it.key()); item && !m_pinned.contains(it.key()))
            item->setPlacedAt(it.value());
    }
    if (!result.error.isEmpty())
        emit problem(result.error);
    emit layoutFinished(result);
}

void ErdScene::loadPositions()
{
    const auto positions = readPositions(m_positionsFile);
    if (positions)
        m_pinned = *positions;
    else
        m_positionsError = positions.error().message();
}

void ErdScene::savePositions()
{
    if (const auto written = writePositions(m_positionsFile, m_pinned); !written)
        emit problem(written.error().message());
}

void ErdScene::pinNode(const QString &name, const QPointF &topLeft)
{
    NodeItem *item = m_nodes.value(name);
    if (!item)
        return;
    const QPointF rounded(qRound(topLeft.x()), qRound(topLeft.y()));
    item->setPlacedAt(rounded);
    m_pinned.insert(name, rounded);
    savePositions();
}

void ErdScene::unpinAll()
{
    m_pinned.clear();
    savePositions();
    relayout();
}

} // namespace fm::studio::erd
