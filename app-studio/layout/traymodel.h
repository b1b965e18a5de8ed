// SPDX-License-Identifier: MIT
#pragma once

#include "model/editorcontext.h"

#include <QAbstractListModel>

namespace fm::studio {

// The fields of a DocType that no layout column places yet, in the order of "fields".
// Dragging one out (kFieldMime) and dropping it into the grid places it; dropping a
// placed field here takes it out of the layout, as one undo step each.
class TrayModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // The same role numbers as LayoutModel's, so FieldDelegate draws both.
    enum Role { FieldnameRole = Qt::UserRole + 1, FieldtypeRole, RequiredRole };

    explicit TrayModel(const EditorContext &context, QObject *parent = nullptr);

    QStringList fieldnames() const { return m_fieldnames; }
    QModelIndex fieldIndex(const QString &fieldname) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    void editRefused(const QString &message);

private:
    void reload();

    EditorContext m_context;
    QStringList m_fieldnames;
};

} // namespace fm::studio
