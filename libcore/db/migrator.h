// SPDX-License-Identifier: MIT
#pragma once

#include "db/migrationplan.h"
#include "meta/doctype.h"
#include "meta/renamelog.h"

namespace fm::core {

class ConnectionPool;
class FieldTypeRegistry;

// Brings the database in line with the DocTypes: plan() diffs them against the live
// schema (and the snapshot of what each DocType mapped to at its last migration)
// into classified steps; apply() runs the allowed ones in one transaction and
// records them. See docs/guide/migrations.md.
class FM_CORE_EXPORT Migrator final
{
public:
    Migrator(ConnectionPool &pool, const FieldTypeRegistry &types);

    // `doctypes` are all DocTypes of the site: tables of migrated DocTypes missing
    // from the list are planned as dropped (dangerous, so never applied). `renames` are
    // the recorded renames (MetaRegistry::renames()): those the database has not seen
    // yet come first in the plan as renamed tables and columns, and the rest of the plan
    // is made against the renamed schema. Planning them runs them in a write
    // transaction that is rolled back (docs/adr/0161).
    Result<MigrationPlan> plan(const QList<DocType> &doctypes,
                               const QList<RenameRecord> &renames = {});

    // Safe steps always, Warning steps only with `force`, Dangerous steps never. Fails
    // without changing anything when the schema changed since plan() or a step fails.
    // Must not run inside a transaction on this thread's connection.
    Result<MigrationReport> apply(const MigrationPlan &plan, bool force);

    // Applied plans, oldest first.
    Result<QList<MigrationHistoryEntry>> history();

    static QString historyTable();  // "_fm_migration_history"
    static QString snapshotTable(); // "_fm_schema_snapshot"
    // Tables the framework keeps for itself start with this and are never diffed.
    static QString internalPrefix(); // "_fm_"
    // Every table the framework keeps for itself (migration records, the event outbox,
    // the shared rate limits): plan() lists the missing ones, apply() creates them.
    // A new internal table belongs here, so that sites migrated before it get it.
    static QList<TableSpec> internalTableSpecs();

private:
    ConnectionPool &m_pool;
    const FieldTypeRegistry &m_types;
};

} // namespace fm::core
