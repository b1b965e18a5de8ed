// SPDX-License-Identifier: MIT
#include "layout/fielddelegate.h"

#include "layout/layoutmodel.h"

#include <QPainter>

namespace fm::studio {

void FieldDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QRectF card = QRectF(option.rect).adjusted(2.5, 2.5, -2.5, -2.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
             selected ? 2.0 : 1.0));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 4, 4);

    const QRect text = card.toRect().adjusted(8, 0, -8, 0);
    const QString type = index.data(LayoutModel::FieldtypeRole).toString();
    QString label = index.data(Qt::DisplayRole).toString();
    if (index.data(LayoutModel::RequiredRole).toBool())
        label += QStringLiteral(" *");
    const int typeWidth = option.fontMetrics.horizontalAdvance(type);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, type);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(
        text.adjusted(0, 0, -typeWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(label, Qt::ElideRight, text.width() - typeWidth - 8));
    painter->restore();
}

QSize FieldDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.fontMetrics.horizontalAdvance(QLatin1Char('x')) * 24,
            option.fontMetrics.height() * 2 + 4};
}

} // namespace fm::studio
