// SPDX-License-Identifier: MIT
#include "erd/erdview.h"

#include "erd/erditems.h"
#include "erd/erdscene.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace fm::studio::erd {

ErdView::ErdView(ErdScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(QColor(0xf3, 0xf4, 0xf6));
    setFocusPolicy(Qt::StrongFocus);
    m_minimap = new Minimap(this);
}

void ErdView::setZoom(qreal zoom)
{
    const qreal clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setTransform(QTransform::fromScale(clamped, clamped));
    setTransformationAnchor(anchor);
    emit viewportMoved();
}

void ErdView::zoomToFit()
{
    const QRectF shown = m_scene->visibleItemsRect();
    if (shown.isEmpty())
        return;
    const QRectF rect = shown.adjusted(-40, -40, 40, 40);
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    else if (zoom() < kMinZoom)
        setZoom(kMinZoom);
    centerOn(rect.center());
    emit viewportMoved();
}

void ErdView::centerOnDocType(const QString &name)
{
    if (NodeItem *item = m_scene->nodeItem(name)) {
        centerOn(item);
        emit viewportMoved();
    }
}

void ErdView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal target = std::clamp(zoom() * std::pow(1.15, steps), kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom()); // around the cursor (AnchorUnderMouse)
    event->accept();
    emit viewportMoved();
}

void ErdView::mousePressEvent(QMouseEvent *event)
{
    // The background pans; Ctrl+drag draws a rubber band instead.
    setDragMode(event->modifiers() & Qt::ControlModifier ? QGraphicsView::RubberBandDrag
                                                         : QGraphicsView::ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void ErdView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void ErdView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    const QSize size = m_minimap->size();
    m_minimap->move(width() - size.width() - 12 - verticalScrollBar()->sizeHint().width(),
                    height() - size.height() - 12 - horizontalScrollBar()->sizeHint().height());
    emit viewportMoved();
}

void ErdView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportMoved();
}

Minimap::Minimap(ErdView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("erdMinimap"));
    setFixedSize(220, 150);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &Minimap::refresh);
    connect(view->scene(), &QGraphicsScene::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(view, &ErdView::viewportMoved, this, qOverload<>(&QWidget::update));
    m_refresh.start();
}

QTransform Minimap::sceneToMap() const
{
    if (m_area.isEmpty())
        return {};
    const qreal s = std::min(width() / m_area.width(), height() / m_area.height());
    const QPointF offset((width() - m_area.width() * s) / 2, (height() - m_area.height() * s) / 2);
    return QTransform::fromTranslate(-m_area.left(), -m_area.top()) * QTransform::fromScale(s, s) *
           QTransform::fromTranslate(offset.x(), offset.y());
}

void Minimap::refresh()
{
    auto *scene = static_cast<ErdScene *>(m_view->scene());
    const QRectF shown = scene->visibleItemsRect();
    m_area = shown.isEmpty() ? QRectF() : shown.adjusted(-40, -40, 40, 40);
    m_picture = QPixmap(size() * devicePixelRatioF());
    m_picture.setDevicePixelRatio(devicePixelRatioF());
    m_picture.fill(QColor(255, 255, 255, 235));
    if (!m_area.isEmpty()) {
        QPainter painter(&m_picture);
        // Far below every level of detail: nodes are blocks, edges hairlines.
        scene->render(&painter, sceneToMap().mapRect(m_area), m_area, Qt::KeepAspectRatio);
    }
    update();
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    painter.setPen(QPen(QColor(0x9c, 0xa3, 0xaf), 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF visible =
        m_view->mapToScene(m_view->viewport()->rect()).boundingRect().intersected(m_area);
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 1.5));
    painter.setBrush(QColor(0x1f, 0x6f, 0xeb, 30));
    painter.drawRect(sceneToMap().mapRect(visible));
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(sceneToMap().inverted().map(event->position()));
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(sceneToMap().inverted().map(event->position()));
}

} // namespace fm::studio::erd
