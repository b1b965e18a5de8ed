// SPDX-License-Identifier: MIT
#pragma once

#include "db/migrationplan.h"
#include "db/schemasnapshot.h"

#include <QSqlDatabase>

namespace fm::core {

class Dialect;

// Diffs one DocType's wanted table against its live table and classifies each
// difference, querying the data where the class depends on it (duplicates, dangling
// links, values that would not fit). Internal to Migrator::plan().
class MigrationPlanner final
{
public:
    MigrationPlanner(QSqlDatabase db, const Dialect &dialect,
                     const QHash<QString, LiveTable> &live);

    Result<MigrationStep> createTable(const TableSpec &wanted) const;
    Result<QList<MigrationStep>> diffTable(const DocType &doctype, const TableSpec &wanted,
                                           const LiveTable &live,
                                           const QJsonObject &snapshot) const;
    Result<MigrationStep> dropTable(const LiveTable &live) const;

private:
    Result<qint64> count(const QString &sql, const QVariantList &values = {}) const;
    Result<qint64> nonNullCount(const QString &table, const QString &column) const;
    Result<MigrationStep> addColumn(const DocType &doctype, const TableSpec &wanted,
                                    const ColumnSpec &column, qint64 rows) const;
    Result<MigrationStep> changeType(const TableSpec &live, const ColumnSpec &from,
                                     const ColumnSpec &to, const QString &fromName,
                                     const QString &toName) const;
    Result<MigrationStep> addForeignKey(const TableSpec &live, const ForeignKeySpec &fk,
                                        const ForeignKeySpec *current) const;
    Result<MigrationStep> createIndex(const QString &table, const IndexSpec &index) const;
    Result<MigrationStep> narrowLength(const QString &table, const Field &field, int from) const;
    QString quote(const QString &identifier) const;
    QString q(const QString &table, const QString &column) const; // SELECT snippets

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    const QHash<QString, LiveTable> &m_live;
};

// The live table with the rebuild steps' changes applied (types, dropped columns,
// foreign keys); indexes whose columns are gone are left out.
TableSpec applyRebuildSteps(TableSpec table, const QList<MigrationStep> &steps);

} // namespace fm::core
