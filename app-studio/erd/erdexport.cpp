// SPDX-License-Identifier: MIT
#include "erd/erdexport.h"

#include "erd/erdscene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace fm::studio::erd {

namespace {

struct ErdexportTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::Erd)
};

// Clears the selection while the picture is drawn and puts it back after.
class SelectionHidden
{
public:
    explicit SelectionHidden(ErdScene *scene)
        : m_scene(scene)
        , m_items(scene->selectedItems())
    {
        m_scene->blockSignals(true); // the project dock need not hear about it
        m_scene->clearSelection();
    }
    ~SelectionHidden()
    {
        for (QGraphicsItem *item : std::as_const(m_items))
            item->setSelected(true);
        m_scene->blockSignals(false);
    }

private:
    ErdScene *m_scene;
    QList<QGraphicsItem *> m_items;
};

QRectF area(ErdScene *scene)
{
    const QRectF shown = scene->visibleItemsRect();
    return shown.isEmpty() ? QRectF() : shown.adjusted(-30, -30, 30, 30);
}

} // namespace

Result<void> exportPng(ErdScene *scene, const QString &path, qreal scale)
{
    const QRectF source = area(scene);
    if (source.isEmpty())
        return fail(ErrorCode::BadRequest, ErdexportTr::tr("the diagram shows nothing to export"));
    const qreal pixels = source.width() * source.height() * scale * scale;
    if (pixels > kMaxPngPixels)
        scale *= std::sqrt(kMaxPngPixels / pixels);
    QImage image(QSizeF(source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(ErrorCode::Io, ErdexportTr::tr("not enough memory for a %1 x %2 picture")
                                       .arg(source.width() * scale)
                                       .arg(source.height() * scale));
    image.fill(Qt::white);
    {
        const SelectionHidden hidden(scene);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(image.rect()), source);
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return fail(ErrorCode::Io,
                    ErdexportTr::tr("cannot write %1: %2").arg(path, writer.errorString()));
    return {};
}

Result<void> exportSvg(ErdScene *scene, const QString &path)
{
    const QRectF source = area(scene);
    if (source.isEmpty())
        return fail(ErrorCode::BadRequest, ErdexportTr::tr("the diagram shows nothing to export"));
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(ErdexportTr::tr("Entity-relationship diagram"));
    generator.setDescription(ErdexportTr::tr("Exported by m-studio"));
    {
        const SelectionHidden hidden(scene);
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(ErrorCode::Io, ErdexportTr::tr("cannot write %1").arg(path));
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
    }
    // QSvgGenerator reports no write error: check that the file is there.
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return fail(ErrorCode::Io, ErdexportTr::tr("cannot write %1").arg(path));
    return {};
}

} // namespace fm::studio::erd
