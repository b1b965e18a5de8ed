// SPDX-License-Identifier: MIT
#pragma once

#include "db/tablespec.h"
#include "meta/doctype.h"

namespace fm::core {

class FieldTypeRegistry;

// The table a DocType is stored in: standard columns, one column per stored field,
// foreign keys for Links and the indexes (docs/guide/migrations.md, "Storage layout").
// Engine-neutral: the dialect turns the TableSpec into DDL.
class FM_CORE_EXPORT SchemaMapper final
{
public:
    static TableSpec tableFor(const DocType &doctype, const FieldTypeRegistry &types);

    // The standard columns a DocType's table starts with, in table order.
    static QList<ColumnSpec> standardColumns(const DocType &doctype);
    static bool isStandardColumn(const QString &column);
    // "idx_<table>_<col>_<col>", or "uq_..." for unique ones.
    static QString indexName(const QString &table, const QStringList &columns, bool unique);
    // The table a Link field's target lives in; empty for virtual targets ("DocType").
    static QString linkTargetTable(const QString &doctypeName);

private:
    SchemaMapper() = delete;
};

} // namespace fm::core
