// SPDX-License-Identifier: MIT
#include "designer/fieldlistmodel.h"

#include "designer/fieldicons.h"
#include "designer/fieldmime.h"
#include "meta/fieldedits.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"

#include <QApplication>
#include <QStyle>

namespace fm::studio {

FieldListModel::FieldListModel(const EditorContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context.model, &core::ProjectModel::doctypeChanged, this,
            [this](const QString &name) {
                if (name == m_context.doctype)
                    reload();
            });
    connect(m_context.model, &core::ProjectModel::diagnosticsChanged, this, [this] {
        m_problems.rebuild(*m_context.model, m_context.doctype);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    m_problems.rebuild(*m_context.model, m_context.doctype);
}

const core::DocType *FieldListModel::doctype() const
{
    return m_context.model->doctype(m_context.doctype);
}

void FieldListModel::reload()
{
    beginResetModel();
    endResetModel();
}

int FieldListModel::rowCount(const QModelIndex &parent) const
{
    const core::DocType *d = doctype();
    return parent.isValid() || !d ? 0 : int(d->fields.size());
}

int FieldListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldListModel::data(const QModelIndex &index, int role) const
{
    const core::DocType *d = doctype();
    if (!d || !index.isValid() || index.row() >= d->fields.size())
        return {};
    const core::Field &field = d->fields.at(index.row());
    if (role == FieldnameRole)
        return field.fieldname;
    const QString pointer = QStringLiteral("/fields/%1").arg(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Fieldname:
            return field.fieldname;
        case Label:
            return field.label;
        case Type: {
            const core::FieldTypeInfo type = m_context.model->fieldTypes().type(field.fieldtype);
            if (type.options == core::OptionsKind::DocType && !field.options.isEmpty())
                return tr("%1 → %2").arg(field.fieldtype, field.options);
            return field.fieldtype;
        }
        case Flags: {
            QStringList flags;
            if (field.required)
                flags << tr("required");
            if (field.unique)
                flags << tr("unique");
            if (field.inListView)
                flags << tr("in list");
            if (field.inFilter)
                flags << tr("filter");
            if (field.readOnly)
                flags << tr("read only");
            if (field.hidden)
                flags << tr("hidden");
            if (field.permlevel > 0)
                flags << tr("level %1").arg(field.permlevel);
            return flags.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::DecorationRole && index.column() == Fieldname) {
        if (!m_problems.under(pointer).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return fieldTypeIcon(m_context.model->fieldTypes(), field.fieldtype);
    }
    if (role == Qt::ToolTipRole) {
        const QString problems = ProblemIndex::describe(m_problems.under(pointer));
        return problems.isEmpty() ? field.description : problems;
    }
    return {};
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Fieldname:
        return tr("Fieldname");
    case Label:
        return tr("Label");
    case Type:
        return tr("Type");
    case Flags:
        return tr("Flags");
    }
    return {};
}

Qt::ItemFlags FieldListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList FieldListModel::mimeTypes() const
{
    return {kFieldMime, kFieldTypeMime};
}

QMimeData *FieldListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            return fieldMimeData(m_context.doctype, fieldnameAt(index.row()));
    }
    return nullptr;
}

Qt::DropActions FieldListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions FieldListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool FieldListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &) const
{
    if (!m_context.model->isEditable(m_context.doctype))
        return false; // a built-in DocType: extend it from an app instead
    if (!fieldTypeFromMime(data).isEmpty())
        return true;
    const DraggedField field = fieldFromMime(data);
    return field.isValid() && (field.doctype.isEmpty() || field.doctype == m_context.doctype) &&
           rowOf(field.fieldname) >= 0;
}

bool FieldListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto a row: before it; between rows: at `row`; below the last: at the end.
    const int at = parent.isValid() ? parent.row() : row;
    if (const QString fieldtype = fieldTypeFromMime(data); !fieldtype.isEmpty())
        return addField(fieldtype, at);
    return moveField(fieldFromMime(data).fieldname, at < 0 ? rowCount() : at);
}

bool FieldListModel::apply(const QString &text, const DocTypeEdit &edit)
{
    const Result<bool> pushed = applyEdit(m_context, text, edit);
    if (!pushed) {
        emit editRefused(pushed.error().message());
        return false;
    }
    return *pushed;
}

bool FieldListModel::addField(const QString &fieldtype, int row)
{
    const core::DocType *d = doctype();
    if (!d)
        return false;
    core::Field field;
    field.fieldtype = fieldtype;
    field.label = fieldTypeTitle(fieldtype);
    field.fieldname = core::fieldnameFromLabel(field.label, d->fieldnames());
    const core::FieldTypeRegistry &types = m_context.model->fieldTypes();
    const bool added = apply(tr("Add field %1").arg(field.fieldname), [&](const core::DocType &in) {
        return core::addField(in, types, field, row);
    });
    if (added && m_context.selection)
        m_context.selection->selectField(field.fieldname);
    return added;
}

bool FieldListModel::moveField(const QString &fieldname, int row)
{
    const int from = rowOf(fieldname);
    if (from < 0)
        return false;
    const int to = qBound(0, row > from ? row - 1 : row, rowCount() - 1);
    if (to == from)
        return false;
    return apply(tr("Move field %1").arg(fieldname),
                 [&](const core::DocType &in) { return core::moveField(in, fieldname, to); });
}

bool FieldListModel::removeField(const QString &fieldname)
{
    const bool removed = apply(tr("Remove field %1").arg(fieldname), [&](const core::DocType &in) {
        return core::removeField(in, fieldname);
    });
    if (removed && m_context.selection && m_context.selection->field() == fieldname)
        m_context.selection->selectField(QString());
    return removed;
}

QString FieldListModel::fieldnameAt(int row) const
{
    const core::DocType *d = doctype();
    return d && row >= 0 && row < d->fields.size() ? d->fields.at(row).fieldname : QString();
}

int FieldListModel::rowOf(const QString &fieldname) const
{
    const core::DocType *d = doctype();
    return d ? int(d->fieldnames().indexOf(fieldname)) : -1;
}

} // namespace fm::studio
