// SPDX-License-Identifier: MIT
#pragma once

#include "db/migrationplan.h"
#include "db/tablespec.h"
#include "meta/doctype.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace fm::core {

class FieldTypeRegistry;

// What one DocType mapped to when it was last migrated, stored as JSON by the
// Migrator. SQLite's declared types cannot tell a field's type or length, so the
// migrator diffs those against this snapshot (format in docs/guide/migrations.md).
class FM_CORE_EXPORT SchemaSnapshot final
{
public:
    struct FieldInfo
    {
        QString fieldtype;
        std::optional<int> length;
    };

    static QJsonObject build(const DocType &doctype, const TableSpec &table,
                             const FieldTypeRegistry &types);
    // fieldname -> what the snapshot recorded; empty for an empty snapshot.
    static QHash<QString, FieldInfo> fields(const QJsonObject &snapshot);
    static QString doctypeName(const QJsonObject &snapshot);

    // The snapshots (table -> snapshot) after a RenameTable or RenameColumn step: the
    // table's key and names, its fields' keys, and the foreign keys and Link options
    // of other snapshots that name the renamed table.
    static void applyRename(QHash<QString, QJsonObject> &snapshots, const MigrationStep &step);

    static QString storageName(StorageType storage); // "text", "integer", ...
    static QJsonObject tableToJson(const TableSpec &table);

private:
    SchemaSnapshot() = delete;
};

} // namespace fm::core
