// SPDX-License-Identifier: MIT
#include "erd/erditems.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace fm::studio::erd {

namespace {

// Zoom levels (painter scale) where more detail appears; see docs/guide/studio-erd.md.
constexpr qreal kBlockBelow = 0.18; // a coloured block
constexpr qreal kFieldsFrom = 0.6;  // name only below, every field from here
constexpr qreal kEdgeLabelFrom = 0.55;

const QColor kInk(0x26, 0x2b, 0x33);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kBody(0xfc, 0xfc, 0xfd);
const QColor kSelection(0x1f, 0x6f, 0xeb);
const QColor kMatch(0xf5, 0x9e, 0x0b);

QFont font(qreal pixelSize, bool bold = false, bool italic = false)
{
    QFont f;
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

const QFont &labelFont()
{
    static const QFont f = font(11);
    return f;
}

QColor edgeColour(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Table:
    case RelationKind::TableMultiSelect:
        return QColor(0x0f, 0x76, 0x6e);
    case RelationKind::DynamicLink:
        return QColor(0x9d, 0x4e, 0xdd);
    case RelationKind::Link:
        break;
    }
    return QColor(0x4b, 0x55, 0x63);
}

QPointF unit(const QPointF &v)
{
    const qreal length = std::hypot(v.x(), v.y());
    return length > 0 ? v / length : QPointF(1, 0);
}

} // namespace

NodeItem::NodeItem(const Node &node)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setNode(node);
}

void NodeItem::setNode(const Node &node)
{
    prepareGeometryChange();
    m_node = node;
    m_colour = colourFor(node);
    m_size =
        QSizeF(kWidth, kHeaderHeight + std::max<qsizetype>(1, node.fields.size()) * kRowHeight + 6);
    update();
}

qreal NodeItem::rowCentre(const QString &fieldname) const
{
    for (qsizetype i = 0; i < m_node.fields.size(); ++i) {
        if (m_node.fields.at(i).fieldname == fieldname)
            return kHeaderHeight + i * kRowHeight + kRowHeight / 2;
    }
    return kHeaderHeight / 2;
}

QRectF NodeItem::connectHandle() const
{
    return QRectF(m_size.width() - 22, 8, 14, 14);
}

void NodeItem::setEmphasis(Emphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    update();
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->update();
}

void NodeItem::setPlacedAt(const QPointF &pos)
{
    m_placedAt = pos;
    setPos(pos);
}

QColor NodeItem::colourFor(const Node &node)
{
    if (node.isExternal)
        return QColor(0xd1, 0xd5, 0xdb);
    // A hue per app/module, the same in every run (FNV-1a: qHash is seeded per process),
    // light enough for dark text.
    quint32 hash = 2166136261u;
    for (const char byte : (node.app + QLatin1Char('/') + node.module).toUtf8())
        hash = (hash ^ quint8(byte)) * 16777619u;
    return QColor::fromHsv(int(hash % 360), 70, 240);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF box(QPointF(0, 0), m_size);
    if (m_emphasis == Emphasis::Dimmed)
        painter->setOpacity(0.25);
    const QColor frame = isSelected()                    ? kSelection
                         : m_emphasis == Emphasis::Match ? kMatch
                                                         : m_colour.darker(150);
    const qreal frameWidth = isSelected() || m_emphasis == Emphasis::Match ? 3.0 : 1.2;
    if (lod < kBlockBelow) {
        painter->fillRect(box, m_colour);
        if (isSelected() || m_emphasis == Emphasis::Match) {
            painter->setPen(QPen(frame, 0)); // cosmetic: one pixel at any zoom
            painter->drawRect(box);
        }
        return;
    }

    QPen pen(frame, frameWidth, m_node.isChild ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(kBody);
    painter->drawRoundedRect(box, 6, 6);
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, m_size.width(), kHeaderHeight + 6), 6, 6);
    QPainterPath body;
    body.addRect(QRectF(0, kHeaderHeight, m_size.width(), 6));
    painter->fillPath(header.subtracted(body), m_colour);
    painter->setPen(QPen(frame, frameWidth, m_node.isChild ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 6, 6);

    if (lod < kFieldsFrom) {
        // Zoomed out: the name big enough to read, across the whole box.
        const qreal pixels = std::min(40.0, 13.0 / lod);
        painter->setFont(font(pixels, true, m_node.isExternal));
        painter->setPen(kInk);
        const QRectF area = box.adjusted(8, 4, -8, -4);
        const QString text =
            QFontMetricsF(painter->font()).elidedText(m_node.name, Qt::ElideRight, area.width());
        painter->drawText(area, Qt::AlignCenter, text);
        return;
    }

    // The header: name, then "child" or the app of an external DocType.
    QString tag;
    if (m_node.isChild)
        tag = QObject::tr("child");
    else if (m_node.isExternal)
        tag = m_node.app.isEmpty() ? QObject::tr("missing") : m_node.app;
    const QFont tagFont = font(10, false, true);
    const qreal tagWidth = tag.isEmpty() ? 0 : QFontMetricsF(tagFont).horizontalAdvance(tag) + 8;
    const qreal handle = m_node.isEditable ? 24 : 6;
    painter->setPen(kInk);
    painter->setFont(font(13, true, m_node.isExternal));
    const QRectF title(8, 0, m_size.width() - 16 - tagWidth - handle, kHeaderHeight);
    painter->drawText(
        title, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetricsF(painter->font()).elidedText(m_node.name, Qt::ElideRight, title.width()));
    if (!tag.isEmpty()) {
        painter->setFont(tagFont);
        painter->setPen(kMuted);
        painter->drawText(QRectF(title.right() + 4, 0, tagWidth, kHeaderHeight),
                          Qt::AlignVCenter | Qt::AlignLeft, tag);
    }
    if (m_node.isEditable) {
        painter->setPen(QPen(kInk, 1.2));
        painter->setBrush(Qt::white);
        painter->drawEllipse(connectHandle());
        painter->drawLine(connectHandle().center() - QPointF(3.5, 0),
                          connectHandle().center() + QPointF(3.5, 0));
        painter->drawLine(connectHandle().center() - QPointF(0, 3.5),
                          connectHandle().center() + QPointF(0, 3.5));
    }
    paintFields(painter);
}

void NodeItem::paintFields(QPainter *painter) const
{
    static const QFont nameFont = font(11);
    static const QFont keyFont = font(11, true);
    static const QFont typeFont = font(10, false, true);
    const qreal width = m_size.width();
    for (qsizetype i = 0; i < m_node.fields.size(); ++i) {
        const NodeField &field = m_node.fields.at(i);
        const qreal y = kHeaderHeight + i * kRowHeight;
        // Key marks: * required, U unique, T the title field.
        QString marks;
        if (field.isTitle)
            marks += QLatin1Char('T');
        if (field.unique)
            marks += QLatin1Char('U');
        if (field.required)
            marks += QLatin1Char('*');
        painter->setFont(typeFont);
        painter->setPen(kSelection);
        painter->drawText(QRectF(4, y, 22, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, marks);
        const bool key = field.required || field.unique || field.isTitle;
        painter->setFont(key ? keyFont : nameFont);
        painter->setPen(kInk);
        // The name takes what it needs (up to all but 70 units), the type the rest.
        const QFontMetricsF nameMetrics(painter->font());
        const qreal nameWidth =
            std::min(nameMetrics.horizontalAdvance(field.fieldname) + 2, width - 28 - 70);
        const QRectF nameRect(28, y, nameWidth, kRowHeight);
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                          nameMetrics.elidedText(field.fieldname, Qt::ElideRight, nameWidth));
        const QString type = field.target.isEmpty()
                                 ? field.fieldtype
                                 : field.fieldtype + QStringLiteral(" \u2192 ") + field.target;
        painter->setFont(typeFont);
        painter->setPen(kMuted);
        const QRectF typeRect(nameRect.right() + 8, y, width - nameRect.right() - 16, kRowHeight);
        painter->drawText(
            typeRect, Qt::AlignVCenter | Qt::AlignRight,
            QFontMetricsF(typeFont).elidedText(type, Qt::ElideRight, typeRect.width()));
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged || change == ItemVisibleHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

EdgeItem::EdgeItem(NodeItem *source, NodeItem *target, const Edge &edge)
    : m_source(source)
    , m_target(target)
    , m_edge(edge)
{
    setFlags(ItemIsSelectable);
    setZValue(-1);
    m_source->addEdge(this);
    if (m_target != m_source)
        m_target->addEdge(this);
    adjust();
}

EdgeItem::~EdgeItem()
{
    m_source->removeEdge(this);
    m_target->removeEdge(this);
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    const QRectF from(m_source->pos(), m_source->size());
    const QRectF to(m_target->pos(), m_target->size());
    const qreal startY = from.top() + m_source->rowCentre(m_edge.fieldname);
    const qreal endY = to.top() + NodeItem::kHeaderHeight / 2;
    QPointF startOut;
    QPointF endOut;
    const bool overlapping = to.left() < from.right() + 30 && to.right() > from.left() - 30;
    if (m_source == m_target || overlapping) {
        // Side by side vertically (or a self reference): leave and enter on the right.
        m_start = QPointF(from.right(), startY);
        m_end = QPointF(to.right(), endY);
        startOut = endOut = QPointF(1, 0);
    } else if (to.center().x() > from.center().x()) {
        m_start = QPointF(from.right(), startY);
        m_end = QPointF(to.left(), endY);
        startOut = QPointF(1, 0);
        endOut = QPointF(-1, 0);
    } else {
        m_start = QPointF(from.left(), startY);
        m_end = QPointF(to.right(), endY);
        startOut = QPointF(-1, 0);
        endOut = QPointF(1, 0);
    }
    m_path = QPainterPath(m_start);
    if (startOut == endOut) {
        const qreal outside = std::max(m_start.x(), m_end.x()) + 60;
        m_path.cubicTo(QPointF(outside, m_start.y()), QPointF(outside, m_end.y()), m_end);
    } else {
        const qreal reach = std::max(50.0, std::abs(m_end.x() - m_start.x()) / 2);
        m_path.cubicTo(m_start + startOut * reach, m_end + endOut * reach, m_end);
    }
    m_startDirection = startOut;
    m_endDirection = -endOut;

    const QFontMetricsF metrics(labelFont());
    const QPointF middle = m_path.pointAtPercent(0.5);
    const qreal labelWidth = metrics.horizontalAdvance(m_edge.fieldname) + 8;
    m_bounds = m_path.boundingRect()
                   .united(QRectF(middle.x() - labelWidth / 2, middle.y() - 10, labelWidth, 20))
                   .adjusted(-40, -20, 40, 20);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool dimmed = m_source->emphasis() == NodeItem::Emphasis::Dimmed ||
                        m_target->emphasis() == NodeItem::Emphasis::Dimmed;
    if (dimmed)
        painter->setOpacity(0.15);
    const QColor colour = isSelected() ? kSelection : edgeColour(m_edge.kind);
    Qt::PenStyle style = Qt::SolidLine;
    if (m_edge.kind == RelationKind::DynamicLink)
        style = Qt::DashLine;
    else if (m_edge.kind == RelationKind::TableMultiSelect)
        style = Qt::DotLine;
    const bool table =
        m_edge.kind == RelationKind::Table || m_edge.kind == RelationKind::TableMultiSelect;
    if (lod < kBlockBelow) {
        // Far out, two thousand antialiased curves are what a frame costs: a straight
        // aliased hairline reads the same at that size.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(colour, isSelected() ? 2 : 0, style));
        painter->drawLine(m_start, m_end);
        return;
    }
    painter->setPen(QPen(colour, isSelected() ? 3.0 : (table ? 2.0 : 1.3), style));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // The arrow at the target, a diamond at a table's owner (composition).
    painter->setPen(QPen(colour, 1));
    painter->setBrush(colour);
    const QPointF d = unit(m_endDirection);
    const QPointF n(-d.y(), d.x());
    painter->drawPolygon(QPolygonF{m_end, m_end - d * 10 + n * 4.5, m_end - d * 10 - n * 4.5});
    if (table) {
        const QPointF s = unit(m_startDirection);
        const QPointF t(-s.y(), s.x());
        painter->drawPolygon(QPolygonF{m_start, m_start + s * 7 + t * 4.5, m_start + s * 14,
                                       m_start + s * 7 - t * 4.5});
    }
    if (lod < kEdgeLabelFrom)
        return;

    painter->setFont(labelFont());
    const QFontMetricsF metrics(labelFont());
    const QPointF middle = m_path.pointAtPercent(0.5);
    const qreal width = metrics.horizontalAdvance(m_edge.fieldname) + 8;
    const QRectF label(middle.x() - width / 2, middle.y() - 9, width, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(label, 4, 4);
    painter->setPen(colour);
    painter->drawText(label, Qt::AlignCenter, m_edge.fieldname);
    painter->setPen(kMuted);
    const QPointF up(0, -12);
    painter->drawText(
        QRectF(m_start + unit(m_startDirection) * 18 + up - QPointF(16, 8), QSizeF(32, 16)),
        Qt::AlignCenter, m_edge.sourceCardinality());
    painter->drawText(QRectF(m_end - d * 22 + up - QPointF(16, 8), QSizeF(32, 16)), Qt::AlignCenter,
                      m_edge.targetCardinality());
}

} // namespace fm::studio::erd
