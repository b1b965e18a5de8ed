// SPDX-License-Identifier: MIT
#include "data/doctypetable.h"

#include "data/fieldvalidator.h"
#include "db/dialect.h"
#include "db/schemamapper.h"
#include "meta/fieldtyperegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fm::core {

DocTypeTable DocTypeTable::build(const DocType &doctype, const FieldTypeRegistry &types,
                                 const Dialect &dialect)
{
    DocTypeTable t;
    t.doctype = doctype;
    t.spec = SchemaMapper::tableFor(doctype, types);
    t.quotedTable = dialect.quote(t.spec.name);
    QStringList quoted, marks;
    for (const ColumnSpec &column : t.spec.columns) {
        t.columns << column.name;
        t.storage.insert(column.name, column.type);
        t.columnTypes << column.type;
        quoted << dialect.quote(column.name);
        marks << QStringLiteral("?");
    }
    for (const Field &field : doctype.fields) {
        t.fieldIndex.insert(field.fieldname, int(t.fieldTypes.size()));
        t.fieldTypes << types.type(field.fieldtype);
        if (t.fieldTypes.last().isTable)
            t.tableFields << field;
    }
    t.softDelete = t.storage.contains(QStringLiteral("deleted_at"));
    t.versioned = t.storage.contains(QStringLiteral("_version"));
    const QString columnList = quoted.join(QStringLiteral(", "));
    t.insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(t.quotedTable, columnList, marks.join(QStringLiteral(", ")));
    t.selectByNameSql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                            .arg(columnList, t.quotedTable, dialect.quote(QStringLiteral("name")));
    QStringList assignments;
    for (const QString &column : t.columns.mid(1))
        assignments << dialect.quote(column) + QStringLiteral(" = ?");
    const QString byName = dialect.quote(QStringLiteral("name")) + QStringLiteral(" = ?");
    t.updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                      .arg(t.quotedTable, assignments.join(QStringLiteral(", ")), byName);
    t.deleteSql = QStringLiteral("DELETE FROM %1 WHERE %2").arg(t.quotedTable, byName);
    if (doctype.isChild) {
        t.selectChildrenSql =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ? AND %5 = ? ORDER BY %6")
                .arg(columnList, t.quotedTable, dialect.quote(QStringLiteral("parent")),
                     dialect.quote(QStringLiteral("parenttype")),
                     dialect.quote(QStringLiteral("parentfield")),
                     dialect.quote(QStringLiteral("idx")));
    }
    return t;
}

QVariant toSqlValue(StorageType storage, const QVariant &canonical)
{
    if (!canonical.isValid() || canonical.isNull())
        return QVariant();
    switch (storage) {
    case StorageType::Boolean:
        return canonical.toBool() ? 1 : 0;
    case StorageType::Json: {
        const QJsonValue json = canonical.metaType().id() == QMetaType::QJsonValue
                                    ? canonical.toJsonValue()
                                    : QJsonValue::fromVariant(canonical);
        // Wrapping in an array serialises scalars too; strip the brackets again.
        const QByteArray text = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    default:
        return canonical;
    }
}

QVariant fromSqlValue(StorageType storage, const QVariant &sqlValue)
{
    if (sqlValue.isNull())
        return QVariant();
    switch (storage) {
    case StorageType::Boolean:
        return sqlValue.toLongLong() != 0;
    case StorageType::Integer:
        return sqlValue.toLongLong();
    case StorageType::Real:
        return sqlValue.toDouble();
    case StorageType::Json: {
        const QByteArray text = "[" + sqlValue.toString().toUtf8() + "]";
        return QVariant::fromValue(QJsonDocument::fromJson(text).array().at(0));
    }
    default:
        return sqlValue.toString();
    }
}

} // namespace fm::core
