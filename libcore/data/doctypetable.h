// SPDX-License-Identifier: MIT
#pragma once

#include "db/tablespec.h"
#include "meta/doctype.h"
#include "meta/fieldtype.h"

#include <QHash>

namespace fm::core {

class Dialect;
class FieldTypeRegistry;

// What the document layer needs to know about one DocType's table, worked out once:
// its columns and their storage, its Table fields and the SQL text it reuses (so the
// connection pool's prepared-statement cache hits on every call).
struct FM_CORE_EXPORT DocTypeTable
{
    DocType doctype;
    TableSpec spec;
    QString quotedTable;
    QStringList columns;                 // in table order
    QHash<QString, StorageType> storage; // column -> storage type
    QList<StorageType> columnTypes;      // parallel to columns
    QList<FieldTypeInfo> fieldTypes;     // parallel to doctype.fields, resolved once
    QHash<QString, int> fieldIndex;      // fieldname -> index in doctype.fields
    QList<Field> tableFields;            // Table / TableMultiSelect fields
    bool softDelete = false;             // has deleted_at
    bool versioned = false;              // has _version

    QString insertSql;         // all columns, positional values
    QString selectByNameSql;   // all columns WHERE name = ?
    QString updateSql;         // all columns but name, WHERE name = ?
    QString deleteSql;         // WHERE name = ?
    QString selectChildrenSql; // child tables: WHERE parent = ? AND parenttype = ? AND parentfield
                               // = ? ORDER BY idx

    static DocTypeTable build(const DocType &doctype, const FieldTypeRegistry &types,
                              const Dialect &dialect);

    bool hasColumn(const QString &column) const { return storage.contains(column); }
};

// Converts between canonical document values and SQL values for one column.
FM_CORE_EXPORT QVariant toSqlValue(StorageType storage, const QVariant &canonical);
FM_CORE_EXPORT QVariant fromSqlValue(StorageType storage, const QVariant &sqlValue);

} // namespace fm::core
