// SPDX-License-Identifier: MIT
#include "designer/permissions/permissionsmodel.h"

#include "meta/doctypeedits.h"
#include "meta/metaregistry.h"
#include "project/projectmodel.h"

#include <QSet>

namespace fm::studio {

namespace {

QString actionTitle(core::PermissionAction action)
{
    using A = core::PermissionAction;
    switch (action) {
    case A::Read:
        return PermissionsModel::tr("Read");
    case A::Write:
        return PermissionsModel::tr("Write");
    case A::Create:
        return PermissionsModel::tr("Create");
    case A::Delete:
        return PermissionsModel::tr("Delete");
    case A::Submit:
        return PermissionsModel::tr("Submit");
    case A::Cancel:
        return PermissionsModel::tr("Cancel");
    case A::Amend:
        return PermissionsModel::tr("Amend");
    case A::Select:
        return PermissionsModel::tr("Select");
    case A::Share:
        return PermissionsModel::tr("Share");
    case A::Report:
    case A::Export:
    case A::Import:
    case A::Print:
    case A::Email:
        break; // reserved: not in the grid until a feature checks them
    }
    return QString();
}

} // namespace

PermissionsModel::PermissionsModel(const EditorContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context.model, &core::ProjectModel::doctypeChanged, this,
            [this](const QString &name) {
                if (name == m_context.doctype) {
                    beginResetModel();
                    endResetModel();
                }
            });
}

int PermissionsModel::rowCount(const QModelIndex &parent) const
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    return parent.isValid() || !d ? 0 : int(d->permissions.size());
}

int PermissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAction + int(core::actionsInForce().size());
}

int PermissionsModel::actionColumn(core::PermissionAction action)
{
    return FirstAction + int(core::actionsInForce().indexOf(action));
}

QVariant PermissionsModel::data(const QModelIndex &index, int role) const
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    if (!d || !index.isValid() || index.row() >= d->permissions.size())
        return {};
    const core::PermissionRule &rule = d->permissions.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (column == Role)
            return rule.role;
        if (column == Level)
            return rule.permlevel;
    }
    if (role == Qt::CheckStateRole && column >= IfOwner) {
        const bool on = column == IfOwner
                            ? rule.ifOwner
                            : rule.allows(core::actionsInForce().at(column - FirstAction));
        return on ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::ToolTipRole && column == IfOwner)
        return tr("Only for documents the user created");
    if (role == Qt::ToolTipRole && column >= FirstAction && !d->isSubmittable &&
        needsSubmittable(column))
        return tr("Only for submittable DocTypes (Settings)");
    return {};
}

QVariant PermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Role)
        return tr("Role");
    if (section == Level)
        return tr("Level");
    if (section == IfOwner)
        return tr("If owner");
    return actionTitle(core::actionsInForce().value(section - FirstAction));
}

Qt::ItemFlags PermissionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_context.model->isEditable(m_context.doctype))
        return flags;
    // Submit, cancel and amend mean nothing to a DocType that is not submittable: offered
    // only to withdraw them.
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    if (d && !d->isSubmittable && needsSubmittable(index.column()) &&
        index.data(Qt::CheckStateRole).toInt() != Qt::Checked)
        return Qt::ItemIsSelectable;
    return flags | (index.column() >= IfOwner ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool PermissionsModel::needsSubmittable(int column)
{
    using A = core::PermissionAction;
    const int first = actionColumn(A::Submit);
    return column == first || column == actionColumn(A::Cancel) || column == actionColumn(A::Amend);
}

bool PermissionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    if (!d || !index.isValid() || index.row() >= d->permissions.size())
        return false;
    const int row = index.row();
    core::PermissionRule rule = d->permissions.at(row);
    const int column = index.column();
    if (role == Qt::CheckStateRole && column >= FirstAction) {
        const core::PermissionAction action = core::actionsInForce().at(column - FirstAction);
        const bool on = value.toInt() == Qt::Checked;
        const QString name = core::actionName(action);
        return apply(on ? tr("Allow %1 to %2").arg(name, rule.role)
                        : tr("Withdraw %1 from %2").arg(name, rule.role),
                     [=](const core::DocType &in) {
                         return core::setPermissionAction(in, row, action, on);
                     });
    }
    QString text;
    if (role == Qt::CheckStateRole && column == IfOwner) {
        rule.ifOwner = value.toInt() == Qt::Checked;
        text = tr("Set if owner of %1's rule").arg(rule.role);
    } else if (role == Qt::EditRole && column == Role) {
        text = tr("Set role of %1's rule to %2").arg(rule.role, value.toString().trimmed());
        rule.role = value.toString();
    } else if (role == Qt::EditRole && column == Level) {
        rule.permlevel = value.toInt();
        text = tr("Set level of %1's rule to %2").arg(rule.role).arg(rule.permlevel);
    } else {
        return false;
    }
    return apply(text,
                 [=](const core::DocType &in) { return core::setPermissionRule(in, row, rule); });
}

bool PermissionsModel::addRule(const QString &role)
{
    const core::PermissionRule rule{role, 0, false, {core::PermissionAction::Read}};
    return apply(tr("Add permission rule for %1").arg(role.trimmed()),
                 [&](const core::DocType &in) { return core::addPermissionRule(in, rule); });
}

bool PermissionsModel::removeRule(int row)
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    const QString role =
        d && row >= 0 && row < d->permissions.size() ? d->permissions.at(row).role : QString();
    return apply(tr("Remove permission rule for %1").arg(role),
                 [&](const core::DocType &in) { return core::removePermissionRule(in, row); });
}

QStringList PermissionsModel::knownRoles() const
{
    QSet<QString> roles{QStringLiteral("System Manager"), QStringLiteral("Administrator"),
                        QStringLiteral("Guest")};
    for (const QString &name : m_context.model->allDocTypeNames()) {
        const core::DocType *d = m_context.model->doctype(name);
        if (!d)
            d = m_context.model->registry().doctype(name);
        for (const core::PermissionRule &rule : d ? d->permissions : QList<core::PermissionRule>())
            roles.insert(rule.role);
    }
    QStringList sorted(roles.cbegin(), roles.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

bool PermissionsModel::apply(const QString &text, const DocTypeEdit &edit)
{
    const Result<bool> pushed = applyEdit(m_context, text, edit);
    if (!pushed)
        emit editRefused(pushed.error().message());
    return pushed && *pushed;
}

} // namespace fm::studio
