// SPDX-License-Identifier: MIT
#include "meta/doctype.h"

#include "common/textdistance.h"

namespace fm::core {

const QStringList &reservedFieldnames()
{
    static const QStringList names{
        QStringLiteral("name"),         QStringLiteral("owner"),       QStringLiteral("creation"),
        QStringLiteral("modified"),     QStringLiteral("modified_by"), QStringLiteral("docstatus"),
        QStringLiteral("idx"),          QStringLiteral("parent"),      QStringLiteral("parenttype"),
        QStringLiteral("parentfield"),  QStringLiteral("_version"),    QStringLiteral("deleted_at"),
        QStringLiteral("amended_from"),
    };
    return names;
}

QStringList Field::selectOptions() const
{
    QStringList choices;
    const QStringList lines = options.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            choices << trimmed;
    }
    return choices;
}

QString Field::displayLabel() const
{
    if (!label.isEmpty())
        return label;
    QString text = fieldname;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

bool Field::operator==(const Field &other) const
{
    const bool sameDefault =
        hasDefault() == other.hasDefault() && (!hasDefault() || defaultValue == other.defaultValue);
    return fieldname == other.fieldname && fieldtype == other.fieldtype && label == other.label &&
           description == other.description && options == other.options &&
           required == other.required && unique == other.unique && readOnly == other.readOnly &&
           hidden == other.hidden && inListView == other.inListView && inFilter == other.inFilter &&
           sameDefault && fetchFrom == other.fetchFrom && dependsOn == other.dependsOn &&
           permlevel == other.permlevel && min == other.min && max == other.max &&
           length == other.length && pattern == other.pattern && insertAfter == other.insertAfter;
}

bool PermissionRule::operator==(const PermissionRule &other) const
{
    if (role != other.role || permlevel != other.permlevel || ifOwner != other.ifOwner)
        return false;
    for (PermissionAction action : allActions()) {
        if (allows(action) != other.allows(action))
            return false;
    }
    return true;
}

QString actionName(PermissionAction action)
{
    switch (action) {
    case PermissionAction::Read:
        return QStringLiteral("read");
    case PermissionAction::Write:
        return QStringLiteral("write");
    case PermissionAction::Create:
        return QStringLiteral("create");
    case PermissionAction::Delete:
        return QStringLiteral("delete");
    case PermissionAction::Submit:
        return QStringLiteral("submit");
    case PermissionAction::Cancel:
        return QStringLiteral("cancel");
    case PermissionAction::Amend:
        return QStringLiteral("amend");
    case PermissionAction::Select:
        return QStringLiteral("select");
    case PermissionAction::Share:
        return QStringLiteral("share");
    case PermissionAction::Report:
        return QStringLiteral("report");
    case PermissionAction::Export:
        return QStringLiteral("export");
    case PermissionAction::Import:
        return QStringLiteral("import");
    case PermissionAction::Print:
        return QStringLiteral("print");
    case PermissionAction::Email:
        return QStringLiteral("email");
    }
    return {};
}

const QList<PermissionAction> &actionsInForce()
{
    static const QList<PermissionAction> actions{
        PermissionAction::Read,   PermissionAction::Write,  PermissionAction::Create,
        PermissionAction::Delete, PermissionAction::Submit, PermissionAction::Cancel,
        PermissionAction::Amend,  PermissionAction::Select, PermissionAction::Share};
    return actions;
}

bool isReservedAction(PermissionAction action)
{
    return !actionsInForce().contains(action);
}

const QList<PermissionAction> &allActions()
{
    static const QList<PermissionAction> actions =
        actionsInForce() +
        QList<PermissionAction>{PermissionAction::Report, PermissionAction::Export,
                                PermissionAction::Import, PermissionAction::Print,
                                PermissionAction::Email};
    return actions;
}

std::optional<PermissionAction> actionFromName(const QString &name)
{
    for (PermissionAction action : allActions()) {
        if (actionName(action) == name)
            return action;
    }
    return std::nullopt;
}

QString DocType::tableName() const
{
    return snakeCase(name);
}

const Field *DocType::field(const QString &fieldname) const
{
    for (const Field &f : fields) {
        if (f.fieldname == fieldname)
            return &f;
    }
    return nullptr;
}

QStringList DocType::fieldnames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const Field &f : fields)
        names << f.fieldname;
    return names;
}

bool DocType::operator==(const DocType &other) const
{
    return schemaRef == other.schemaRef && formatVersion == other.formatVersion &&
           explicitFormatVersion == other.explicitFormatVersion && name == other.name &&
           module == other.module && app == other.app && label == other.label &&
           description == other.description && fields == other.fields && layout == other.layout &&
           permissions == other.permissions && naming == other.naming &&
           isSubmittable == other.isSubmittable && isChild == other.isChild &&
           isSingle == other.isSingle && trackChanges == other.trackChanges &&
           apiResource == other.apiResource && concurrency == other.concurrency &&
           titleField == other.titleField && searchFields == other.searchFields &&
           sortField == other.sortField && sortDescending == other.sortDescending &&
           indexes == other.indexes && rlsField == other.rlsField && views == other.views;
}

SourceLocation DocType::locate(const QString &pointer) const
{
    const auto it = positions.constFind(pointer);
    if (it != positions.constEnd())
        return *it;
    return location;
}

} // namespace fm::core
