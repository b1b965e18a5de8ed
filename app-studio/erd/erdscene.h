// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "erdgraph/erdedits.h"
#include "erdgraph/erdgraph.h"
#include "erdgraph/erdlayout.h"

#include <QGraphicsScene>

#include <functional>

class QGraphicsLineItem;
class QUndoStack;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio::erd {

class EdgeItem;
class NodeItem;

// The project's DocTypes as an entity-relationship diagram: an adapter over the project
// model (it keeps no DocType of its own; every edit goes through the undo stack) that
// follows the model's signals, recomputing only the nodes and edges of what changed.
// Gestures: drag a node to move and pin it (saved to erd.positions), drag from a node's
// "+" handle (or Shift+drag) onto another to add a Link/Table field, Delete on selected
// edges removes their fields, double-click asks to open the DocType.
class ErdScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    // Asked before a drawn relation is added; may change the fieldname and label. False
    // cancels. The default shows RelationDialog.
    using RelationPrompt = std::function<bool(RelationProposal &proposal)>;

    ErdScene(core::ProjectModel *model, QUndoStack *undoStack, QObject *parent = nullptr);
    ~ErdScene() override;

    const Graph &graph() const { return m_graph; }
    NodeItem *nodeItem(const QString &name) const { return m_nodes.value(name); }
    EdgeItem *edgeItem(const QString &id) const { return m_edges.value(id); } // "Ticket.customer"
    QList<EdgeItem *> edgeItems() const { return m_edges.values(); }

    // Layout of every node not pinned, off the UI thread; layoutFinished reports it.
    void relayout();
    bool isLayingOut() const;
    void waitForLayout(); // tests and benchmarks
    void setLargeGraphThreshold(int nodes) { m_threshold = nodes; }

    // Pinned nodes: placed by hand, kept in <project>/erd.positions.
    Positions pinnedPositions() const { return m_pinned; }
    QString positionsFile() const { return m_positionsFile; }
    void pinNode(const QString &name, const QPointF &topLeft); // moves, pins, saves
    void unpinAll();                                           // saves, re-lays out
    // Why erd.positions could not be read when the scene opened (empty when it could).
    QString positionsError() const { return m_positionsError; }

    // The drag-to-connect gesture without the mouse; errors say why nothing was added.
    Result<void> connectNodes(const QString &source, const QString &target);
    void setRelationPrompt(RelationPrompt prompt) { m_prompt = std::move(prompt); }
    // Removes the fields of the selected edges, one undo step each.
    Result<void> removeSelectedEdges();
    // Where the edit of a DocType goes: by default the stack given to the constructor;
    // the shell routes it to that DocType's designer stack, so Undo in the designer
    // undoes a relation drawn here (docs/adr/0192-erd-edits-and-drawing.md).
    using UndoStackFor = std::function<QUndoStack *(const QString &doctype)>;
    void setUndoStackFor(UndoStackFor stackFor) { m_stackFor = std::move(stackFor); }
    QUndoStack *undoStackFor(const QString &doctype) const;

    // What is shown: an app and module ("" = all), the neighbours of a DocType within
    // `hops` (an empty name shows all), and search matches highlighted (others dimmed).
    void setFilter(const QString &app, const QString &module);
    void setFocusOn(const QString &doctype, int hops);
    QString focusDocType() const { return m_focus; }
    int setSearchText(const QString &text); // returns the number of matches
    QStringList searchMatches() const { return m_matches; }
    QRectF visibleItemsRect() const;

    void selectDocType(const QString &name); // from the project dock: no signal loop
    QString selectedDocType() const;         // empty unless exactly one node is selected

signals:
    void layoutFinished(const fm::studio::erd::LayoutResult &result);
    void openDocTypeRequested(const QString &name);
    void doctypeSelected(const QString &name);
    void problem(const QString &message); // an edit refused, a file not read or written

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void syncDocType(const QString &name);
    void syncExternalNodes();
    NodeItem *addNode(const Node &node);
    void removeNode(const QString &name);
    void addEdge(const Edge &edge);
    void removeEdgesFrom(const QString &source);
    void placeNew(NodeItem *item);
    void applyLayout(const LayoutResult &result);
    void applyVisibility();
    void loadPositions();
    void savePositions();
    void onSelectionChanged();
    NodeItem *nodeAt(const QPointF &scenePos) const;

    core::ProjectModel *m_model;
    QUndoStack *m_undoStack;
    Graph m_graph;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;
    LayoutJob m_layoutJob;
    int m_threshold = kLargeGraphThreshold;
    QString m_positionsFile;
    Positions m_pinned;
    RelationPrompt m_prompt;
    UndoStackFor m_stackFor;

    QString m_filterApp;
    QString m_filterModule;
    QString m_focus;
    int m_focusHops = 1;
    QString m_search;
    QStringList m_matches;
    QString m_positionsError;

    NodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
    bool m_selecting = false;
};

} // namespace fm::studio::erd
