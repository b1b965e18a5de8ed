// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>
#include <QPixmap>
#include <QTimer>

namespace fm::studio::erd {

class ErdScene;
class Minimap;

// The ERD canvas: wheel zooms around the cursor, dragging the background pans,
// Ctrl+drag selects with a rubber band; a minimap sits in the bottom-right corner.
class ErdView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ErdView(ErdScene *scene, QWidget *parent = nullptr);

    ErdScene *erdScene() const { return m_scene; }
    Minimap *minimap() const { return m_minimap; }

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom); // clamped to [kMinZoom, kMaxZoom], around the view's centre
    void zoomToFit();         // the visible nodes, never above 100 %
    void centerOnDocType(const QString &name);

    static constexpr qreal kMinZoom = 0.02;
    static constexpr qreal kMaxZoom = 4.0;

signals:
    void viewportMoved();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    ErdScene *m_scene;
    Minimap *m_minimap;
};

// The whole diagram in small: a picture of the scene redrawn a moment after it changes
// (not on every frame), with the main view's visible area as a frame; clicking or
// dragging in it moves the main view there.
class Minimap final : public QWidget
{
    Q_OBJECT
public:
    explicit Minimap(ErdView *view);

    QRectF sceneArea() const { return m_area; } // the part of the scene drawn

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void refresh();
    QTransform sceneToMap() const;

    ErdView *m_view;
    QPixmap m_picture;
    QRectF m_area;
    QTimer m_refresh;
};

} // namespace fm::studio::erd
