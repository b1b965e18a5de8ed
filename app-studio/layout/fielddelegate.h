// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace fm::studio {

// Draws a field in the layout grid and the tray as a card: its label (with * when
// required) on the left, its type on the right in a muted colour. Reads the models'
// FieldtypeRole and RequiredRole (same role numbers in LayoutModel and TrayModel).
class FieldDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fm::studio
