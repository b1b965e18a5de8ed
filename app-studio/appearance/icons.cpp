// SPDX-License-Identifier: MIT
#include "appearance/icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace fm::studio {

namespace {

// Renders the SVG when painted, with currentColor replaced by the palette's colour at
// that moment: a theme switch repaints widgets, and icons follow without a reload.
class ThemedSvgIconEngine final : public QIconEngine
{
public:
    ThemedSvgIconEngine(QString name, QByteArray svg)
        : m_name(std::move(name))
        , m_svg(std::move(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pm = render(rect.size() * dpr, mode, dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return render(size, mode, 1.0);
    }

    // QIcon passes the size in device pixels already.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        return render(size, mode, scale);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new ThemedSvgIconEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("fm-themed-svg"); }
    QString iconName() override { return m_name; }

private:
    // `pixels`: the image's size in device pixels; `dpr`: the ratio it is shown at.
    QPixmap render(const QSize &pixels, QIcon::Mode mode, qreal dpr)
    {
        const QPalette palette = QApplication::palette();
        const QColor colour =
            palette.color(QPalette::Active, mode == QIcon::Selected ? QPalette::HighlightedText
                                                                    : QPalette::WindowText);
        const QString cacheKey = QStringLiteral("fm-icon:%1:%2x%3:%4:%5")
                                     .arg(m_name)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(colour.name(QColor::HexArgb))
                                     .arg(int(mode));
        QPixmap pm;
        if (QPixmapCache::find(cacheKey, &pm))
            return pm;
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            renderer.render(&p);
        }
        if (mode == QIcon::Disabled) {
            QPainter p(&image);
            p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            p.fillRect(image.rect(), QColor(0, 0, 0, 110));
        }
        pm = QPixmap::fromImage(image);
        pm.setDevicePixelRatio(dpr);
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QString m_name;
    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    QFile file(QStringLiteral(":/studio/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedSvgIconEngine(name, file.readAll()));
}

} // namespace fm::studio
