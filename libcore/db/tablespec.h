// SPDX-License-Identifier: MIT
#pragma once

#include "meta/fieldtype.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fm::core {

struct ColumnSpec
{
    QString name;
    StorageType type = StorageType::Text;
    bool notNull = false;
    QVariant defaultValue; // invalid = no default
    bool operator==(const ColumnSpec &) const = default;
};

struct ForeignKeySpec
{
    QString column;
    QString targetTable;
    QString targetColumn = QStringLiteral("name");
    bool operator==(const ForeignKeySpec &) const = default;
};

struct IndexSpec
{
    QString name;
    QStringList columns;
    bool unique = false;
    bool operator==(const IndexSpec &) const = default;
};

// The table a DocType maps to (SchemaMapper) or one that exists (Dialect::introspect).
struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;         // the first is the primary key `name`
    QList<ForeignKeySpec> foreignKeys; // ON UPDATE CASCADE
    QList<IndexSpec> indexes;          // includes unique constraints as unique indexes
};

// What introspection found, with the declared column types as text.
struct LiveTable
{
    TableSpec spec;
    QStringList declaredTypes; // parallel to spec.columns
    qint64 rowCount = -1;      // filled when the migrator needs it
};

} // namespace fm::core
