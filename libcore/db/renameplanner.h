// SPDX-License-Identifier: MIT
#pragma once

#include "db/migrationplan.h"
#include "meta/doctype.h"
#include "meta/renamelog.h"

#include <QSqlDatabase>

namespace fm::core {

class Dialect;
class FieldTypeRegistry;

// Turns the recorded renames (renames.json) into RenameTable, RenameColumn and
// UpdateRows steps for the live schema, in the order they were made. A rename whose
// old name is there and new name is not is planned; one whose new name is there and
// old name is not is done and skipped; one with both names there is a conflict,
// planned as a dangerous step that is never applied. Internal to Migrator::plan().
class RenamePlanner final
{
public:
    struct Outcome
    {
        QList<MigrationStep> steps;
        // Without `execute`: a rename would change the database, so planning has to
        // run them in a write transaction (and steps is incomplete).
        bool needsWrite = false;
    };

    RenamePlanner(QSqlDatabase db, const Dialect &dialect, const QList<DocType> &doctypes,
                  const FieldTypeRegistry &types);

    // `live` are the DocType tables as they are. With `execute`, each step's SQL runs as
    // soon as it is planned, inside the caller's write transaction, so that the rest of
    // the plan is made against the renamed schema (docs/adr/0161).
    Result<Outcome> plan(const QList<RenameRecord> &records, const QList<LiveTable> &live,
                         bool execute) const;

private:
    struct Schema; // the tables and their columns as the renames so far leave them
    Result<qint64> count(const QString &table, const QString &where,
                         const QVariantList &values) const;
    Result<QStringList> rowUpdates(const Schema &schema, const QString &table,
                                   const QString &column, const QString &from, const QString &to,
                                   const QString &extraColumn, const QVariantList &extraValues,
                                   qint64 &rows) const;
    Result<std::optional<MigrationStep>> renameDocType(const RenameRecord &record,
                                                       const QList<RenameRecord> &later,
                                                       Schema &schema) const;
    Result<std::optional<MigrationStep>>
    renameField(const RenameRecord &record, const QList<RenameRecord> &later, Schema &schema) const;
    Result<QStringList> doctypeValueUpdates(const Schema &schema, const QString &from,
                                            const QString &to, const QString &finalName,
                                            qint64 &rows) const;
    QString quote(const QString &identifier) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    const QList<DocType> &m_doctypes;
    const FieldTypeRegistry &m_types;
};

} // namespace fm::core
