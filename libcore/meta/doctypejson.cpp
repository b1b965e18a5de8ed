// SPDX-License-Identifier: MIT
#include "meta/doctypejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fm::core {

namespace {

void putString(QJsonObject &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out.insert(QLatin1String(key), value);
}

void putFlag(QJsonObject &out, const char *key, bool value, bool defaultValue = false)
{
    if (value != defaultValue)
        out.insert(QLatin1String(key), value);
}

void putList(QJsonObject &out, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        out.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

QString namingText(const Naming &naming)
{
    switch (naming.rule) {
    case Naming::Rule::Uuid:
        return QString();
    case Naming::Rule::Prompt:
        return QStringLiteral("prompt");
    case Naming::Rule::Field:
        return QStringLiteral("field:") + naming.field;
    case Naming::Rule::Series:
        return QStringLiteral("series:") + naming.pattern;
    }
    return QString();
}

bool isDefaultLayout(const DocType &doctype)
{
    if (doctype.layout.isEmpty())
        return true;
    if (doctype.layout.size() != 1)
        return false;
    const LayoutSection &section = doctype.layout.first();
    return section.label.isEmpty() && !section.collapsible && section.columns.size() == 1 &&
           section.columns.first() == doctype.fieldnames();
}

QJsonArray layoutJson(const QList<LayoutSection> &layout)
{
    QJsonArray sections;
    for (const LayoutSection &section : layout) {
        QJsonObject object;
        putString(object, "label", section.label);
        putFlag(object, "collapsible", section.collapsible);
        QJsonArray columns;
        for (const QStringList &column : section.columns)
            columns.append(QJsonArray::fromStringList(column));
        object.insert(QLatin1String("columns"), columns);
        sections.append(object);
    }
    return sections;
}

QJsonObject permissionJson(const PermissionRule &rule)
{
    QJsonObject object{{QLatin1String("role"), rule.role}};
    if (rule.permlevel != 0)
        object.insert(QLatin1String("permlevel"), rule.permlevel);
    putFlag(object, "if_owner", rule.ifOwner);
    for (PermissionAction action : allActions()) {
        if (rule.allows(action))
            object.insert(actionName(action), true);
    }
    return object;
}

QJsonObject viewsJson(const Views &views)
{
    QJsonObject object;
    if (!views.listColumns.isEmpty())
        object.insert(
            QLatin1String("list"),
            QJsonObject{{QLatin1String("columns"), QJsonArray::fromStringList(views.listColumns)}});
    if (!views.kanbanGroupBy.isEmpty())
        object.insert(QLatin1String("kanban"),
                      QJsonObject{{QLatin1String("group_by"), views.kanbanGroupBy}});
    QJsonObject calendar;
    putString(calendar, "start_field", views.calendarStart);
    putString(calendar, "end_field", views.calendarEnd);
    putString(calendar, "title_field", views.calendarTitle);
    if (!calendar.isEmpty())
        object.insert(QLatin1String("calendar"), calendar);
    return object;
}

// ---- text output: the canonical form (docs/adr/0150) ----

// The documented key order of each object of a DocType, by its path: "" is the
// DocType, "fields/*" any field. Objects elsewhere (a JSON default) sort by key.
const QStringList &keyOrder(const QString &path)
{
    static const QHash<QString, QStringList> orders{
        {QString(),
         {"$schema",       "format_version", "name",         "module",         "app",
          "label",         "description",    "naming",       "is_submittable", "is_child",
          "is_single",     "track_changes",  "api_resource", "concurrency",    "title_field",
          "search_fields", "sort",           "rls_field",    "fields",         "layout",
          "permissions",   "indexes",        "views"}},
        {QStringLiteral("fields/*"),
         {"fieldname", "fieldtype", "label",      "description", "options",
          "required",  "unique",    "read_only",  "hidden",      "in_list_view",
          "in_filter", "default",   "fetch_from", "depends_on",  "permlevel",
          "min",       "max",       "length",     "pattern",     "insert_after"}},
        {QStringLiteral("layout/*"), {"label", "collapsible", "columns"}},
        {QStringLiteral("permissions/*"),
         {"role", "permlevel", "if_owner", "read", "write", "create", "delete", "submit", "cancel",
          "amend"}},
        {QStringLiteral("indexes/*"), {"name", "fields", "unique"}},
        {QStringLiteral("views"), {"list", "kanban", "calendar"}},
        {QStringLiteral("views/calendar"), {"start_field", "end_field", "title_field"}},
    };
    static const QStringList none;
    const auto it = orders.constFind(path);
    return it != orders.constEnd() ? *it : none;
}

QStringList orderedKeys(const QJsonObject &object, const QString &path)
{
    QStringList keys;
    for (const QString &key : keyOrder(path)) {
        if (object.contains(key))
            keys << key;
    }
    for (const QString &key : object.keys()) { // the rest alphabetically
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('/') + key;
}

QByteArray scalarText(const QJsonValue &value)
{
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

// An array of scalars stays on one line; one holding arrays or objects (fields,
// layout columns) puts each element on a line of its own.
bool isOneLine(const QJsonArray &array)
{
    for (const QJsonValue &element : array) {
        if (element.isObject() || element.isArray())
            return false;
    }
    return true;
}

void write(QByteArray &out, const QJsonValue &value, const QString &path, int depth)
{
    const QByteArray indent(2 * (depth + 1), ' ');
    const QByteArray closing(2 * depth, ' ');
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        const bool oneLine = isOneLine(array);
        out += oneLine ? "[" : "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!oneLine)
                out += indent;
            write(out, array.at(i), childPath(path, QStringLiteral("*")), depth + 1);
            if (i + 1 < array.size())
                out += oneLine ? ", " : ",\n";
        }
        out += oneLine ? QByteArray("]") : '\n' + closing + ']';
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        const QStringList keys = orderedKeys(object, path);
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent + scalarText(keys.at(i)) + ": ";
            write(out, object.value(keys.at(i)), childPath(path, keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
    } else {
        out += scalarText(value);
    }
}

} // namespace

QJsonObject toJson(const Field &field)
{
    QJsonObject out{{QLatin1String("fieldname"), field.fieldname},
                    {QLatin1String("fieldtype"), field.fieldtype}};
    putString(out, "label", field.label);
    putString(out, "description", field.description);
    putString(out, "options", field.options);
    putFlag(out, "required", field.required);
    putFlag(out, "unique", field.unique);
    putFlag(out, "read_only", field.readOnly);
    putFlag(out, "hidden", field.hidden);
    putFlag(out, "in_list_view", field.inListView);
    putFlag(out, "in_filter", field.inFilter);
    if (field.hasDefault())
        out.insert(QLatin1String("default"), field.defaultValue);
    putString(out, "fetch_from", field.fetchFrom);
    putString(out, "depends_on", field.dependsOn);
    if (field.permlevel != 0)
        out.insert(QLatin1String("permlevel"), field.permlevel);
    if (field.min)
        out.insert(QLatin1String("min"), *field.min);
    if (field.max)
        out.insert(QLatin1String("max"), *field.max);
    if (field.length)
        out.insert(QLatin1String("length"), *field.length);
    putString(out, "pattern", field.pattern);
    putString(out, "insert_after", field.insertAfter);
    return out;
}

QJsonObject toJson(const DocType &doctype)
{
    QJsonObject out{{QLatin1String("name"), doctype.name}};
    putString(out, "$schema", doctype.schemaRef);
    if (doctype.explicitFormatVersion || doctype.formatVersion != 1)
        out.insert(QLatin1String("format_version"), doctype.formatVersion);
    putString(out, "module", doctype.module);
    putString(out, "app", doctype.app);
    putString(out, "label", doctype.label);
    putString(out, "description", doctype.description);
    putString(out, "naming", namingText(doctype.naming));
    putFlag(out, "is_submittable", doctype.isSubmittable);
    putFlag(out, "is_child", doctype.isChild);
    putFlag(out, "is_single", doctype.isSingle);
    putFlag(out, "track_changes", doctype.trackChanges);
    putFlag(out, "api_resource", doctype.apiResource, true);
    if (doctype.concurrency == Concurrency::None)
        out.insert(QLatin1String("concurrency"), QStringLiteral("none"));
    putString(out, "title_field", doctype.titleField);
    putList(out, "search_fields", doctype.searchFields);
    if (doctype.sortField != QLatin1String("modified") || !doctype.sortDescending) {
        out.insert(QLatin1String("sort"),
                   doctype.sortField +
                       (doctype.sortDescending ? QStringLiteral(" desc") : QStringLiteral(" asc")));
    }
    putString(out, "rls_field", doctype.rlsField);
    QJsonArray fields;
    for (const Field &field : doctype.fields)
        fields.append(toJson(field));
    out.insert(QLatin1String("fields"), fields);
    if (!isDefaultLayout(doctype))
        out.insert(QLatin1String("layout"), layoutJson(doctype.layout));
    if (!doctype.permissions.isEmpty()) {
        QJsonArray rules;
        for (const PermissionRule &rule : doctype.permissions)
            rules.append(permissionJson(rule));
        out.insert(QLatin1String("permissions"), rules);
    }
    if (!doctype.indexes.isEmpty()) {
        QJsonArray indexes;
        for (const IndexDef &index : doctype.indexes) {
            QJsonObject object{{QLatin1String("fields"), QJsonArray::fromStringList(index.fields)}};
            putFlag(object, "unique", index.unique);
            putString(object, "name", index.name);
            indexes.append(object);
        }
        out.insert(QLatin1String("indexes"), indexes);
    }
    const QJsonObject views = viewsJson(doctype.views);
    if (!views.isEmpty())
        out.insert(QLatin1String("views"), views);
    return out;
}

QByteArray toJsonText(const DocType &doctype)
{
    QByteArray out;
    write(out, toJson(doctype), QString(), 0);
    out += '\n';
    return out;
}

} // namespace fm::core
