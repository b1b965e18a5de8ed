// SPDX-License-Identifier: MIT
#pragma once

#include "erdgraph/erdgraph.h"

#include <QGraphicsItem>

namespace fm::studio::erd {

class EdgeItem;

// A DocType drawn as a box: painted in paint() with level of detail (a coloured block
// when far, the name when zoomed out, every field with its type when zoomed in), no
// child items or widgets, so a thousand of them pan and zoom smoothly. The size does not
// depend on the zoom: nothing is re-laid out or re-routed when the user zooms.
class NodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x4e4f };
    enum class Emphasis { Normal, Match, Dimmed };

    static constexpr qreal kWidth = 230;
    static constexpr qreal kHeaderHeight = 30;
    static constexpr qreal kRowHeight = 18;

    explicit NodeItem(const Node &node);

    const Node &node() const { return m_node; }
    QString name() const { return m_node.name; }
    void setNode(const Node &node); // new fields: the size may change
    QSizeF size() const { return m_size; }
    // Where the row of `fieldname` is, in item coordinates (the header when absent).
    qreal rowCentre(const QString &fieldname) const;
    // The small circle in the header a drag starts a new relation from.
    QRectF connectHandle() const;

    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    // The position layout or the user gave it last: a drag that ends elsewhere pins it.
    QPointF placedAt() const { return m_placedAt; }
    void setPlacedAt(const QPointF &pos);

    void addEdge(EdgeItem *edge) { m_edges << edge; }
    void removeEdge(EdgeItem *edge) { m_edges.removeAll(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }

    static QColor colourFor(const Node &node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintFields(QPainter *painter) const;

    Node m_node;
    QSizeF m_size;
    QColor m_colour;
    Emphasis m_emphasis = Emphasis::Normal;
    QPointF m_placedAt;
    QList<EdgeItem *> m_edges;
};

// One Link, DynamicLink or Table field: a curve from the field's row to the target's
// header, the fieldname in the middle and the cardinality at both ends when zoomed in.
// Recomputed only when one of its nodes moves.
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x4544 };

    EdgeItem(NodeItem *source, NodeItem *target, const Edge &edge);
    ~EdgeItem() override;

    const Edge &edge() const { return m_edge; }
    NodeItem *sourceNode() const { return m_source; }
    NodeItem *targetNode() const { return m_target; }
    void adjust(); // after a node moved or changed size
    const QPainterPath &path() const { return m_path; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeItem *m_source;
    NodeItem *m_target;
    Edge m_edge;
    QPainterPath m_path;
    QPointF m_start;
    QPointF m_end;
    QPointF m_startDirection;
    QPointF m_endDirection;
    QRectF m_bounds;
};

} // namespace fm::studio::erd
