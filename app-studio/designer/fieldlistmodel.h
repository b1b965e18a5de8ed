// SPDX-License-Identifier: MIT
#pragma once

#include "designer/applyedit.h"
#include "designer/problemindex.h"
#include "model/editorcontext.h"

#include <QAbstractTableModel>

namespace fm::studio {

// The fields of the edited DocType as a table (fieldname, label, type, flags), read from
// the project model on every change. Drops reorder fields (an existing field) or create
// one (a field type from the palette); each is one undo step.
class FieldListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Fieldname, Label, Type, Flags, ColumnCount };
    enum Role { FieldnameRole = Qt::UserRole + 1 };

    explicit FieldListModel(const EditorContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The edits behind the gestures; each is one undo step and false when refused
    // (editRefused tells why) or when nothing changed. `row` -1 appends; for a move it
    // is the row the field is dropped before, as in a drop.
    bool addField(const QString &fieldtype, int row = -1);
    bool moveField(const QString &fieldname, int row);
    bool removeField(const QString &fieldname);

    QString fieldnameAt(int row) const;
    int rowOf(const QString &fieldname) const;

signals:
    void editRefused(const QString &message);

private:
    const core::DocType *doctype() const;
    void reload();
    bool apply(const QString &text, const DocTypeEdit &edit);

    EditorContext m_context;
    ProblemIndex m_problems;
};

} // namespace fm::studio
