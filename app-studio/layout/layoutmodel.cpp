// SPDX-License-Identifier: MIT
#include "layout/layoutmodel.h"

#include "layout/layoutcommands.h"
#include "layout/layoutmime.h"
#include "project/projectmodel.h"

#include <QMimeData>

namespace fm::studio {

namespace {

// internalId: 0 for a section; kColumnBase + section for a column (its parent is the
// section); kFieldBase + section * kMaxColumns + column for a field.
constexpr quintptr kColumnBase = 1;
constexpr quintptr kFieldBase = quintptr(1) << 30;
constexpr quintptr kMaxColumns = 1024;

} // namespace

LayoutModel::LayoutModel(const EditorContext &context, QObject *parent)
    : QAbstractItemModel(parent)
    , m_context(context)
{
    connect(context.model, &core::ProjectModel::doctypeChanged, this, [this](const QString &name) {
        if (name == m_context.doctype)
            reload();
    });
    reload();
}

void LayoutModel::reload()
{
    beginResetModel();
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    m_layout = doctype ? core::effectiveLayout(*doctype) : QList<core::LayoutSection>();
    endResetModel();
}

LayoutModel::Kind LayoutModel::kind(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Kind::Invalid;
    if (index.internalId() == 0)
        return Kind::Section;
    return index.internalId() < kFieldBase ? Kind::Column : Kind::Field;
}

QModelIndex LayoutModel::sectionIndex(qsizetype section) const
{
    return index(int(section), 0);
}

QModelIndex LayoutModel::columnIndex(qsizetype section, qsizetype column) const
{
    return index(int(column), 0, sectionIndex(section));
}

QModelIndex LayoutModel::fieldIndex(const QString &fieldname) const
{
    for (qsizetype s = 0; s < m_layout.size(); ++s) {
        const auto &columns = m_layout.at(s).columns;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const qsizetype row = columns.at(c).indexOf(fieldname);
            if (row >= 0)
                return index(int(row), 0, columnIndex(s, c));
        }
    }
    return {};
}

core::LayoutCell LayoutModel::dropCell(int row, const QModelIndex &parent) const
{
    switch (kind(parent)) {
    case Kind::Column: {
        const qsizetype count = m_layout.at(parent.parent().row()).columns.at(parent.row()).size();
        return {parent.parent().row(), parent.row(), row < 0 ? count : qsizetype(row)};
    }
    case Kind::Field: {
        const QModelIndex column = parent.parent();
        return {column.parent().row(), column.row(), parent.row()};
    }
    default:
        return {};
    }
}

QModelIndex LayoutModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    switch (kind(parent)) {
    case Kind::Invalid:
        return row < m_layout.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    case Kind::Section:
        return row < m_layout.at(parent.row()).columns.size()
                   ? createIndex(row, 0, kColumnBase + quintptr(parent.row()))
                   : QModelIndex();
    case Kind::Column: {
        const qsizetype section = parent.parent().row();
        if (row >= m_layout.at(section).columns.at(parent.row()).size())
            return {};
        return createIndex(row, 0,
                           kFieldBase + quintptr(section) * kMaxColumns + quintptr(parent.row()));
    }
    case Kind::Field:
        return {};
    }
    return {};
}

QModelIndex LayoutModel::parent(const QModelIndex &index) const
{
    switch (kind(index)) {
    case Kind::Column:
        return createIndex(int(index.internalId() - kColumnBase), 0, quintptr(0));
    case Kind::Field: {
        const quintptr id = index.internalId() - kFieldBase;
        const int section = int(id / kMaxColumns);
        return createIndex(int(id % kMaxColumns), 0, kColumnBase + quintptr(section));
    }
    default:
        return {};
    }
}

int LayoutModel::rowCount(const QModelIndex &parent) const
{
    switch (kind(parent)) {
    case Kind::Invalid:
        return int(m_layout.size());
    case Kind::Section:
        return int(m_layout.at(parent.row()).columns.size());
    case Kind::Column:
        return int(m_layout.at(parent.parent().row()).columns.at(parent.row()).size());
    case Kind::Field:
        return 0;
    }
    return 0;
}

int LayoutModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LayoutModel::data(const QModelIndex &index, int role) const
{
    switch (kind(index)) {
    case Kind::Section:
        if (role == Qt::DisplayRole)
            return layoutcommands::sectionName(m_layout.at(index.row()), index.row());
        return {};
    case Kind::Column:
        if (role == Qt::DisplayRole)
            return tr("Column %1").arg(index.row() + 1);
        return {};
    case Kind::Field:
        break;
    case Kind::Invalid:
        return {};
    }
    const QModelIndex column = index.parent();
    const QString fieldname =
        m_layout.at(column.parent().row()).columns.at(column.row()).at(index.row());
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    const core::Field *field = doctype ? doctype->field(fieldname) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return field ? field->displayLabel() : fieldname;
    case Qt::ToolTipRole:
        return field ? tr("%1 (%2)").arg(fieldname, field->fieldtype) : fieldname;
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

Qt::ItemFlags LayoutModel::flags(const QModelIndex &index) const
{
    switch (kind(index)) {
    case Kind::Field:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    case Kind::Column:
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    case Kind::Section:
        return Qt::ItemIsEnabled;
    case Kind::Invalid:
        break;
    }
    return Qt::NoItemFlags;
}

QStringList LayoutModel::mimeTypes() const
{
    return {kFieldMime, kFieldTypeMime};
}

QMimeData *LayoutModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (kind(index) == Kind::Field) {
            auto *mime = new QMimeData;
            mime->setData(kFieldMime, index.data(FieldnameRole).toString().toUtf8());
            return mime;
        }
    }
    return nullptr;
}

bool LayoutModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent) const
{
    if (!data || (action != Qt::MoveAction && action != Qt::CopyAction) ||
        !dropCell(row, parent).isValid())
        return false;
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    if (!doctype || !m_context.model->isEditable(m_context.doctype))
        return false;
    if (data->hasFormat(kFieldMime))
        return doctype->hasField(QString::fromUtf8(data->data(kFieldMime)));
    if (data->hasFormat(kFieldTypeMime))
        return m_context.model->fieldTypes().contains(
            QString::fromUtf8(data->data(kFieldTypeMime)));
    return false;
}

bool LayoutModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const core::LayoutCell cell = dropCell(row, parent);
    Result<void> done;
    if (data->hasFormat(kFieldMime)) {
        const QString fieldname = QString::fromUtf8(data->data(kFieldMime));
        done = layoutcommands::placeField(m_context, fieldname, cell);
    } else {
        const QString fieldtype = QString::fromUtf8(data->data(kFieldTypeMime));
        const auto added = layoutcommands::addFieldOfType(m_context, fieldtype, cell);
        if (!added)
            done = fail(added.error());
    }
    if (!done) {
        emit editRefused(done.error().message());
        return false;
    }
    return true;
}

Qt::DropActions LayoutModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions LayoutModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace fm::studio
