// SPDX-License-Identifier: MIT
#include "db/schemasnapshot.h"

#include "meta/fieldtyperegistry.h"

#include <QJsonArray>

namespace fm::core {

namespace {

constexpr int kFormat = 1;

} // namespace

QString SchemaSnapshot::storageName(StorageType storage)
{
    switch (storage) {
    case StorageType::None:
        return QStringLiteral("none");
    case StorageType::Text:
        return QStringLiteral("text");
    case StorageType::Integer:
        return QStringLiteral("integer");
    case StorageType::Real:
        return QStringLiteral("real");
    case StorageType::Boolean:
        return QStringLiteral("boolean");
    case StorageType::Date:
        return QStringLiteral("date");
    case StorageType::Datetime:
        return QStringLiteral("datetime");
    case StorageType::Time:
        return QStringLiteral("time");
    case StorageType::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("text");
}

QJsonObject SchemaSnapshot::tableToJson(const TableSpec &table)
{
    QJsonArray columns, keys, indexes;
    for (const ColumnSpec &c : table.columns) {
        QJsonObject column{{QStringLiteral("name"), c.name},
                           {QStringLiteral("type"), storageName(c.type)},
                           {QStringLiteral("not_null"), c.notNull}};
        if (c.defaultValue.isValid())
            column.insert(QStringLiteral("default"), QJsonValue::fromVariant(c.defaultValue));
        columns.append(column);
    }
    for (const ForeignKeySpec &fk : table.foreignKeys) {
        keys.append(QJsonObject{{QStringLiteral("column"), fk.column},
                                {QStringLiteral("table"), fk.targetTable},
                                {QStringLiteral("target_column"), fk.targetColumn}});
    }
    for (const IndexSpec &index : table.indexes) {
        indexes.append(
            QJsonObject{{QStringLiteral("name"), index.name},
                        {QStringLiteral("columns"), QJsonArray::fromStringList(index.columns)},
                        {QStringLiteral("unique"), index.unique}});
    }
    return {{QStringLiteral("table"), table.name},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("foreign_keys"), keys},
            {QStringLiteral("indexes"), indexes}};
}

QJsonObject SchemaSnapshot::build(const DocType &doctype, const TableSpec &table,
                                  const FieldTypeRegistry &types)
{
    QJsonObject fields;
    for (const Field &field : doctype.fields) {
        if (types.type(field.fieldtype).storage == StorageType::None)
            continue;
        QJsonObject info{{QStringLiteral("fieldtype"), field.fieldtype}};
        if (field.length)
            info.insert(QStringLiteral("length"), *field.length);
        if (!field.options.isEmpty() && types.type(field.fieldtype).options == OptionsKind::DocType)
            info.insert(QStringLiteral("options"), field.options);
        fields.insert(field.fieldname, info);
    }
    QJsonObject out = tableToJson(table);
    out.insert(QStringLiteral("format"), kFormat);
    out.insert(QStringLiteral("doctype"), doctype.name);
    out.insert(QStringLiteral("fields"), fields);
    return out;
}

QHash<QString, SchemaSnapshot::FieldInfo> SchemaSnapshot::fields(const QJsonObject &snapshot)
{
    QHash<QString, FieldInfo> out;
    if (snapshot.value(QStringLiteral("format")).toInt() != kFormat)
        return out; // an unknown format is as good as none: the live schema decides
    const QJsonObject fields = snapshot.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject info = it.value().toObject();
        FieldInfo field;
        field.fieldtype = info.value(QStringLiteral("fieldtype")).toString();
        if (info.contains(QStringLiteral("length")))
            field.length = info.value(QStringLiteral("length")).toInt();
        out.insert(it.key(), field);
    }
    return out;
}

namespace {

QJsonArray renamedColumns(QJsonArray list, const QString &from, const QString &to)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toString() == from)
            list.replace(i, to);
    }
    return list;
}

// Sets `key` of each object in `list` that has `from` there to `to`.
QJsonArray renamedMembers(QJsonArray list, const QString &key, const QString &from,
                          const QString &to)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject object = list.at(i).toObject();
        if (object.value(key).toString() == from) {
            object.insert(key, to);
            list.replace(i, object);
        }
    }
    return list;
}

void renameColumn(QJsonObject &snapshot, const QString &from, const QString &to)
{
    const QLatin1String columns("columns"), keys("foreign_keys"), indexes("indexes");
    snapshot.insert(columns, renamedMembers(snapshot.value(columns).toArray(),
                                            QStringLiteral("name"), from, to));
    snapshot.insert(
        keys, renamedMembers(snapshot.value(keys).toArray(), QStringLiteral("column"), from, to));
    QJsonArray indexList = snapshot.value(indexes).toArray();
    for (qsizetype i = 0; i < indexList.size(); ++i) {
        QJsonObject index = indexList.at(i).toObject();
        index.insert(QStringLiteral("columns"),
                     renamedColumns(index.value(QStringLiteral("columns")).toArray(), from, to));
        indexList.replace(i, index);
    }
    snapshot.insert(indexes, indexList);
    QJsonObject fields = snapshot.value(QStringLiteral("fields")).toObject();
    if (fields.contains(from))
        fields.insert(to, fields.take(from));
    snapshot.insert(QStringLiteral("fields"), fields);
}

} // namespace

void SchemaSnapshot::applyRename(QHash<QString, QJsonObject> &snapshots, const MigrationStep &step)
{
    if (step.kind == MigrationStep::Kind::RenameColumn) {
        auto it = snapshots.find(step.table);
        if (it != snapshots.end())
            renameColumn(*it, step.renameFrom, step.renameTo);
        return;
    }
    if (step.kind != MigrationStep::Kind::RenameTable)
        return;
    if (snapshots.contains(step.renameFrom)) {
        QJsonObject moved = snapshots.take(step.renameFrom);
        moved.insert(QStringLiteral("table"), step.renameTo);
        moved.insert(QStringLiteral("doctype"), step.doctypeTo);
        snapshots.insert(step.renameTo, moved);
    }
    const QLatin1String keys("foreign_keys");
    for (QJsonObject &snapshot : snapshots) {
        snapshot.insert(keys,
                        renamedMembers(snapshot.value(keys).toArray(), QStringLiteral("table"),
                                       step.renameFrom, step.renameTo));
        QJsonObject fields = snapshot.value(QStringLiteral("fields")).toObject();
        for (auto field = fields.begin(); field != fields.end(); ++field) {
            QJsonObject info = field.value().toObject();
            if (info.value(QStringLiteral("options")).toString() == step.doctypeFrom) {
                info.insert(QStringLiteral("options"), step.doctypeTo);
                field.value() = info;
            }
        }
        snapshot.insert(QStringLiteral("fields"), fields);
    }
}

QString SchemaSnapshot::doctypeName(const QJsonObject &snapshot)
{
    return snapshot.value(QStringLiteral("doctype")).toString();
}

} // namespace fm::core
