// SPDX-License-Identifier: MIT
#pragma once

#include "designer/applyedit.h"
#include "model/editorcontext.h"

#include <QAbstractTableModel>

namespace fm::core {
enum class PermissionAction;
}

namespace fm::studio {

// A DocType's permission rules as a grid: one row per rule (role, level, if owner) and
// one checkable column per action (read ... amend). Each change is one undo step.
class PermissionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Role, Level, IfOwner, FirstAction };

    explicit PermissionsModel(const EditorContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static int actionColumn(core::PermissionAction action);
    static bool needsSubmittable(int column); // submit, cancel, amend

    bool addRule(const QString &role);
    bool removeRule(int row);

    // Roles to offer: those named by any DocType's rules in the project and the built-in
    // ones (System Manager, Administrator, Guest). Role records live in a site's
    // database, which the Studio does not open.
    QStringList knownRoles() const;

signals:
    void editRefused(const QString &message);

private:
    bool apply(const QString &text, const DocTypeEdit &edit);

    EditorContext m_context;
};

} // namespace fm::studio
