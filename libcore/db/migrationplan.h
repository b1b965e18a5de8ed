// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "db/tablespec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace fm::core {

// How risky a migration step is. `m migrate` applies Safe steps, Warning steps only
// with --force, and never Dangerous ones (docs/guide/migrations.md).
enum class StepClass { Safe, Warning, Dangerous };

FM_CORE_EXPORT QString stepClassName(StepClass cls); // "safe", "warning", "dangerous"

// One change to the database. Rebuild kinds (column type, dropped column, foreign keys)
// need a table rebuild on SQLite; apply() merges those of one table into one rebuild.
struct FM_CORE_EXPORT MigrationStep
{
    enum class Kind {
        CreateTable,
        DropTable,
        AddColumn,
        DropColumn,
        ChangeColumnType,
        AddForeignKey, // also a changed Link target
        DropForeignKey,
        CreateIndex,
        DropIndex,
        NarrowLength, // values longer than a field's new length
        RenameTable,  // a recorded DocType rename (renames.json); rows, keys, indexes stay
        RenameColumn, // a recorded field rename
        UpdateRows,   // names stored in rows: parenttype, parentfield, Links to "DocType"
    };

    Kind kind = Kind::CreateTable;
    StepClass classification = StepClass::Safe;
    QString table;
    QString description; // one line for people
    QStringList sql;     // what applying this step alone would run
    QString reason;      // why it is a warning or dangerous
    QString manualPath;  // dangerous steps: what the developer can do by hand

    // What the step changes, for apply() and for tests.
    TableSpec createdTable;    // CreateTable
    ColumnSpec column;         // AddColumn, DropColumn, ChangeColumnType (the new column)
    QVariant backfill;         // AddColumn: value for existing rows, invalid = none
    ForeignKeySpec foreignKey; // AddForeignKey, DropForeignKey, AddColumn of a Link
    IndexSpec index;           // CreateIndex, DropIndex
    // RenameTable, RenameColumn: the table or column before and after; for a DocType's
    // rename also its names, which rows store (parenttype, Links to "DocType").
    QString renameFrom;
    QString renameTo;
    QString doctypeFrom;
    QString doctypeTo;

    bool needsRebuild() const;
    static QString kindName(Kind kind); // "create_table", ...
    QJsonObject toJson() const;
};

// What plan() found: the steps in the order apply() runs them, plus what apply()
// needs to check that the database did not change meanwhile.
struct FM_CORE_EXPORT MigrationPlan
{
    QList<MigrationStep> steps;
    QHash<QString, QJsonObject> snapshots; // table -> what its DocType maps to now
    QString schemaFingerprint;             // of the live schema plan() saw
    // The framework's own tables (Migrator::internalTableSpecs) the database lacks: a site
    // migrated before a release added one has no DocType step to run, yet needs it.
    QStringList internalTables;

    bool isEmpty() const { return steps.isEmpty() && internalTables.isEmpty(); }
    qsizetype pendingCount() const { return steps.size() + internalTables.size(); }
    int count(StepClass cls) const;
    // `m migrate --plan`: one block per step, grouped by table, with SQL.
    QString toText() const;
    QJsonObject toJson() const; // {"steps":[...], "summary":{"safe":n,...}}
};

struct RefusedStep
{
    MigrationStep step;
    QString why; // "needs --force: ..." or "dangerous: ..."
};

struct FM_CORE_EXPORT MigrationReport
{
    bool forced = false;
    QList<MigrationStep> applied;
    QList<RefusedStep> refused;
    QStringList internalCreated; // framework tables apply() created
    QStringList executedSql;

    bool hasRefused() const { return !refused.isEmpty(); }
    // MigrationRefused naming each refused step, for callers that must fail on it.
    Error refusalError() const;
    QString toText() const;
    QJsonObject toJson() const;
};

struct MigrationHistoryEntry
{
    QString id;
    QDateTime appliedAt; // UTC
    bool forced = false;
    QJsonArray steps;   // applied steps as MigrationStep::toJson
    QJsonArray refused; // {"step": ..., "why": ...}
};

} // namespace fm::core
