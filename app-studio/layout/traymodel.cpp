// SPDX-License-Identifier: MIT
#include "layout/traymodel.h"

#include "layout/layoutcommands.h"
#include "layout/layoutmime.h"
#include "meta/layoutedits.h"
#include "project/projectmodel.h"

#include <QMimeData>

namespace fm::studio {

TrayModel::TrayModel(const EditorContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    connect(context.model, &core::ProjectModel::doctypeChanged, this, [this](const QString &name) {
        if (name == m_context.doctype)
            reload();
    });
    reload();
}

void TrayModel::reload()
{
    beginResetModel();
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    m_fieldnames = doctype ? core::unplacedFields(*doctype) : QStringList();
    endResetModel();
}

QModelIndex TrayModel::fieldIndex(const QString &fieldname) const
{
    const qsizetype row = m_fieldnames.indexOf(fieldname);
    return row < 0 ? QModelIndex() : index(int(row));
}

int TrayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fieldnames.size());
}

QVariant TrayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fieldnames.size())
        return {};
    const QString &fieldname = m_fieldnames.at(index.row());
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    const core::Field *field = doctype ? doctype->field(fieldname) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return field ? field->displayLabel() : fieldname;
    case Qt::ToolTipRole:
        return tr("%1 (%2) is not on the form yet: drag it into a column")
            .arg(fieldname, field ? field->fieldtype : QString());
    case FieldnameRole:
        return fieldname;
    case FieldtypeRole:
        return field ? field->fieldtype : QString();
    case RequiredRole:
        return field && field->required;
    default:
        return {};
    }
}

Qt::ItemFlags TrayModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList TrayModel::mimeTypes() const
{
    return {kFieldMime};
}

QMimeData *TrayModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kFieldMime, indexes.first().data(FieldnameRole).toString().toUtf8());
    return mime;
}

bool TrayModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                const QModelIndex &) const
{
    if (!data || !data->hasFormat(kFieldMime) ||
        (action != Qt::MoveAction && action != Qt::CopyAction))
        return false;
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    const QString fieldname = QString::fromUtf8(data->data(kFieldMime));
    // A field already in the tray (dragged within it) has nowhere to go.
    return doctype && m_context.model->isEditable(m_context.doctype) &&
           doctype->hasField(fieldname) && !m_fieldnames.contains(fieldname);
}

bool TrayModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto done =
        layoutcommands::unplaceField(m_context, QString::fromUtf8(data->data(kFieldMime)));
    if (!done)
        emit editRefused(done.error().message());
    return bool(done);
}

Qt::DropActions TrayModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions TrayModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace fm::studio
