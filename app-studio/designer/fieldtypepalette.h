// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QListView>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// The field types a DocType may use (built-ins and app-defined ones), each with its
// icon; dragging one carries kFieldTypeMime (designer/fieldmime.h).
class FieldTypePaletteModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { FieldTypeRole = Qt::UserRole + 1 };

    // The types come from the project's last check (an app may register new ones).
    explicit FieldTypePaletteModel(core::ProjectModel *model, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    QString fieldTypeAt(int row) const { return m_names.value(row); }
    int rowOf(const QString &fieldtype) const { return int(m_names.indexOf(fieldtype)); }

private:
    void reload();

    core::ProjectModel *m_model; // not its FieldTypeRegistry: each check replaces that
    QStringList m_names;         // built-ins in a sensible order, then app-defined types
};

// The palette view: drag a type into the field list (or the layout grid); a
// double-click or Enter asks to append a field of that type.
class FieldTypePalette final : public QListView
{
    Q_OBJECT

public:
    explicit FieldTypePalette(core::ProjectModel *model, QWidget *parent = nullptr);

    FieldTypePaletteModel *paletteModel() const { return m_model; }

signals:
    void fieldTypeActivated(const QString &fieldtype);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    FieldTypePaletteModel *m_model;
};

} // namespace fm::studio
