// SPDX-License-Identifier: MIT
// ErdScene's gestures (move and pin, drag to connect, delete, open) and what it shows
// (filter, focus, search).
#include "erd/erditems.h"
#include "erd/erdscene.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace fm::studio::erd {

NodeItem *ErdScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type && item->isVisible())
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void ErdScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    NodeItem *node = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    const bool onHandle = node && node->node().isEditable &&
                          node->connectHandle().contains(node->mapFromScene(event->scenePos()));
    if (node && (onHandle || event->modifiers() & Qt::ShiftModifier)) {
        m_connectFrom = node;
        m_connectLine = addLine(QLineF(event->scenePos(), event->scenePos()),
                                QPen(QColor(0x1f, 0x6f, 0xeb), 2, Qt::DashLine));
        m_connectLine->setZValue(10);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void ErdScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void ErdScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        NodeItem *from = std::exchange(m_connectFrom, nullptr);
        NodeItem *to = nodeAt(event->scenePos());
        event->accept();
        if (from && to) {
            if (const auto added = connectNodes(from->name(), to->name()); !added)
                emit problem(added.error().message());
        }
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // Nodes the drag moved are pinned where they were dropped.
    bool moved = false;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        if (node->pos() != node->placedAt()) {
            const QPointF at(qRound(node->pos().x()), qRound(node->pos().y()));
            node->setPlacedAt(at);
            m_pinned.insert(node->name(), at);
            moved = true;
        }
    }
    if (moved)
        savePositions();
}

void ErdScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (NodeItem *node = nodeAt(event->scenePos()); node && !node->node().isExternal) {
        event->accept();
        emit openDocTypeRequested(node->name());
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void ErdScene::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (const auto removed = removeSelectedEdges(); !removed)
            emit problem(removed.error().message());
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

Result<void> ErdScene::connectNodes(const QString &source, const QString &target)
{
    auto proposal = proposeRelation(*m_model, source, target);
    if (!proposal)
        return fail(proposal.error());
    if (m_prompt && !m_prompt(*proposal))
        return {}; // cancelled: nothing to report
    return addRelation(undoStackFor(source), m_model, *proposal);
}

QUndoStack *ErdScene::undoStackFor(const QString &doctype) const
{
    QUndoStack *stack = m_stackFor ? m_stackFor(doctype) : nullptr;
    return stack ? stack : m_undoStack;
}

Result<void> ErdScene::removeSelectedEdges()
{
    QList<Edge> edges;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == EdgeItem::Type)
            edges << static_cast<EdgeItem *>(item)->edge();
    }
    for (const Edge &edge : std::as_const(edges)) {
        if (const auto removed =
                removeRelation(undoStackFor(edge.source), m_model, edge.source, edge.fieldname);
            !removed)
            return removed;
    }
    return {};
}

void ErdScene::setFilter(const QString &app, const QString &module)
{
    m_filterApp = app;
    m_filterModule = module;
    applyVisibility();
}

void ErdScene::setFocusOn(const QString &doctype, int hops)
{
    m_focus = m_nodes.contains(doctype) ? doctype : QString();
    m_focusHops = std::max(0, hops);
    applyVisibility();
}

void ErdScene::applyVisibility()
{
    const QSet<QString> near =
        m_focus.isEmpty() ? QSet<QString>() : m_graph.neighbourhood(m_focus, m_focusHops);
    for (NodeItem *item : std::as_const(m_nodes)) {
        const Node &node = item->node();
        // External nodes follow the DocTypes that point at them: shown with any of them.
        bool shown =
            m_filterApp.isEmpty() || (node.app == m_filterApp &&
                                      (m_filterModule.isEmpty() || node.module == m_filterModule));
        if (!shown && node.isExternal) {
            for (const EdgeItem *edge : item->edges()) {
                const Node &other = edge->sourceNode()->node();
                shown = shown || (other.app == m_filterApp &&
                                  (m_filterModule.isEmpty() || other.module == m_filterModule));
            }
        }
        if (!m_focus.isEmpty())
            shown = shown && near.contains(node.name);
        item->setVisible(shown);
    }
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setVisible(edge->sourceNode()->isVisible() && edge->targetNode()->isVisible());
}

int ErdScene::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    m_matches.clear();
    for (NodeItem *item : std::as_const(m_nodes)) {
        bool match = false;
        if (!m_search.isEmpty()) {
            match = item->name().contains(m_search, Qt::CaseInsensitive);
            for (const NodeField &field : item->node().fields)
                match = match || field.fieldname.contains(m_search, Qt::CaseInsensitive);
        }
        if (match)
            m_matches << item->name();
        item->setEmphasis(m_search.isEmpty() ? NodeItem::Emphasis::Normal
                          : match            ? NodeItem::Emphasis::Match
                                             : NodeItem::Emphasis::Dimmed);
    }
    m_matches.sort();
    return int(m_matches.size());
}

QRectF ErdScene::visibleItemsRect() const
{
    QRectF rect;
    for (NodeItem *item : std::as_const(m_nodes)) {
        if (item->isVisible())
            rect |= item->sceneBoundingRect();
    }
    return rect;
}

void ErdScene::selectDocType(const QString &name)
{
    NodeItem *item = m_nodes.value(name);
    if (!item || (item->isSelected() && selectedItems().size() == 1))
        return;
    m_selecting = true;
    clearSelection();
    item->setSelected(true);
    m_selecting = false;
}

QString ErdScene::selectedDocType() const
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.size() != 1 || selected.first()->type() != NodeItem::Type)
        return {};
    return static_cast<NodeItem *>(selected.first())->name();
}

void ErdScene::onSelectionChanged()
{
    if (m_selecting)
        return;
    if (const QString name = selectedDocType(); !name.isEmpty())
        emit doctypeSelected(name);
}

} // namespace fm::studio::erd
