// SPDX-License-Identifier: MIT
#include "designer/fieldtypepalette.h"

#include "designer/fieldicons.h"
#include "designer/fieldmime.h"
#include "project/projectmodel.h"

#include <QKeyEvent>

namespace fm::studio {

FieldTypePaletteModel::FieldTypePaletteModel(core::ProjectModel *model, QObject *parent)
    : QAbstractListModel(parent)
    , m_model(model)
{
    reload();
    connect(m_model, &core::ProjectModel::diagnosticsChanged, this, &FieldTypePaletteModel::reload);
}

void FieldTypePaletteModel::reload()
{
    // The registry lists built-ins in the order of their table (text, numbers, dates,
    // choices, links, tables, ...), which reads better than alphabetical order.
    QStringList names = core::FieldTypeRegistry::builtinNames();
    QStringList custom = m_model->fieldTypes().names();
    custom.removeIf([&names](const QString &name) { return names.contains(name); });
    names += custom;
    if (names == m_names)
        return;
    beginResetModel();
    m_names = names;
    endResetModel();
}

int FieldTypePaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant FieldTypePaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    const QString name = m_names.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return fieldTypeTitle(name);
    case Qt::DecorationRole:
        return fieldTypeIcon(m_model->fieldTypes(), name);
    case Qt::ToolTipRole: {
        const core::FieldTypeInfo info = m_model->fieldTypes().type(name);
        return info.app == QLatin1String("core")
                   ? tr("%1: drag into the field list, or double-click to append").arg(name)
                   : tr("%1 (from app %2, based on %3): drag into the field list")
                         .arg(name, info.app, info.base);
    }
    case FieldTypeRole:
        return name;
    }
    return {};
}

Qt::ItemFlags FieldTypePaletteModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
                           : Qt::NoItemFlags;
}

QStringList FieldTypePaletteModel::mimeTypes() const
{
    return {kFieldTypeMime};
}

QMimeData *FieldTypePaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            return fieldTypeMimeData(m_names.at(index.row()));
    }
    return nullptr;
}

Qt::DropActions FieldTypePaletteModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

FieldTypePalette::FieldTypePalette(core::ProjectModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(new FieldTypePaletteModel(model, this))
{
    setObjectName(QStringLiteral("fieldTypePalette"));
    setModel(m_model);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Two columns of types, as in a form builder's palette.
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setIconSize(QSize(16, 16));
    setGridSize(QSize(118, 26));
    setAccessibleName(tr("Field types"));
    // Not `activated`: a platform that activates on a single click would add a field
    // each time the user only selects a type to drag.
    connect(this, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        emit fieldTypeActivated(m_model->fieldTypeAt(index.row()));
    });
}

void FieldTypePalette::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && currentIndex().isValid()) {
        emit fieldTypeActivated(m_model->fieldTypeAt(currentIndex().row()));
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace fm::studio
