// SPDX-License-Identifier: MIT
#pragma once

#include "meta/layoutedits.h"
#include "model/editorcontext.h"

#include <QAbstractItemModel>

namespace fm::studio {

// The layout of one DocType as a tree: sections at the top, their columns below, the
// fields of each column below that. The grid shows each column in its own list view
// (root = the column's index); dragging and dropping goes through mimeData() and
// dropMimeData(), so a drop of an existing field (kFieldMime) moves it and a drop of a
// palette type (kFieldTypeMime) creates a field there, each as one undo step. Reads the
// DocType from the project model and resets whenever it changes.
class LayoutModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Invalid, Section, Column, Field };
    enum Role { FieldnameRole = Qt::UserRole + 1, FieldtypeRole, RequiredRole };

    explicit LayoutModel(const EditorContext &context, QObject *parent = nullptr);

    const EditorContext &context() const { return m_context; }
    // The layout as shown (the default one when the DocType has none).
    const QList<core::LayoutSection> &layout() const { return m_layout; }

    Kind kind(const QModelIndex &index) const;
    QModelIndex sectionIndex(qsizetype section) const;
    QModelIndex columnIndex(qsizetype section, qsizetype column) const;
    QModelIndex fieldIndex(const QString &fieldname) const; // invalid when not placed
    // Where a drop at (row, parent) inserts: parent a column (row -1 = at its end) or a
    // field (before it). Invalid for any other parent.
    core::LayoutCell dropCell(int row, const QModelIndex &parent) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
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
    // No removeRows(): after a move, the source view asks to remove the dragged rows,
    // and the drop's edit has already moved the field.

signals:
    // A gesture the layout operations refused, with their message.
    void editRefused(const QString &message);

private:
    void reload();

    EditorContext m_context;
    QList<core::LayoutSection> m_layout; // refreshed from the model on each change
};

} // namespace fm::studio
