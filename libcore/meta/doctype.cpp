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
    }
    return {};
}

const QList<PermissionAction> &allActions()
{
    static const QList<PermissionAction> actions{PermissionAction::Read,   PermissionAction::Write,
                                                 PermissionAction::Create, PermissionAction::Delete,
                                                 PermissionAction::Submit, PermissionAction::Cancel,
                                                 PermissionAction::Amend};
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

SourceLocation DocType::locate(const QString &pointer) const
{
    const auto it = positions.constFind(pointer);
    if (it != positions.constEnd())
        return *it;
    return location;
}

} // namespace fm::core
