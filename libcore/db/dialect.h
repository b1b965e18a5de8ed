// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/fieldtype.h"

#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlDatabase;
class QSqlDriver;

namespace fm::core {

struct TableSpec;
struct ColumnSpec;
struct ForeignKeySpec;
struct IndexSpec;
struct LiveTable;
class Statement;

// Everything engine-specific about SQL. Nothing above db/ writes engine-specific
// SQL text: it asks the dialect. One final implementation per engine.
class FM_CORE_EXPORT Dialect
{
public:
    virtual ~Dialect();

    virtual QString name() const = 0;     // "sqlite", "postgresql"
    virtual QString qtDriver() const = 0; // "QSQLITE"
    // A driver instance for one connection when the engine brings its own (PostgreSQL:
    // db/pgdriver.h); null = Qt's driver named by qtDriver().
    virtual QSqlDriver *createDriver() const;
    // Driver options for every connection ("key=value;key=value"), e.g. session settings
    // that must survive a reconnect.
    virtual QString connectOptions() const;

    // Applied to every new connection (pragmas, session settings).
    virtual Result<void> configureConnection(QSqlDatabase &db) const = 0;

    virtual QString quote(const QString &identifier) const = 0; // "name" -> "\"name\""
    virtual QString columnType(StorageType storage) const = 0;
    // A value as a SQL literal ("'Open'", "1", "2.5", "NULL"), for DDL defaults.
    virtual QString literal(const QVariant &value) const = 0;

    virtual QString beginWrite() const = 0; // SQLite: BEGIN IMMEDIATE
    virtual QString beginRead() const = 0;  // SQLite: BEGIN
    virtual QString commit() const;         // COMMIT
    virtual QString rollback() const;       // ROLLBACK
    // Nested transactions; the standard SQL forms fit SQLite and PostgreSQL alike.
    virtual QString savepoint(const QString &name) const;
    virtual QString releaseSavepoint(const QString &name) const;
    virtual QString rollbackToSavepoint(const QString &name) const;

    // Case-insensitive LIKE for a column against one bound value, with '\' as escape.
    virtual QString likeExpression(const QString &quotedColumn, bool negate) const = 0;
    // "The field has a value" (set) or "has none": neither NULL nor '' where the column's
    // type can hold ''.
    virtual QString isSetExpression(const QString &quotedColumn, StorageType storage,
                                    bool set) const;

    // DDL
    virtual QStringList createTable(const TableSpec &table) const = 0;
    virtual QString createIndex(const QString &table, const IndexSpec &index) const = 0;
    virtual QString dropIndex(const QString &indexName) const = 0;
    virtual QString dropTable(const QString &table) const = 0;
    // A new nullable column; `foreignKey.targetTable` empty = no foreign key.
    virtual QString addColumn(const QString &table, const ColumnSpec &column,
                              const ForeignKeySpec &foreignKey) const = 0;
    // Renames in place, keeping the rows, indexes and foreign keys (docs/adr/0161). The
    // standard forms fit SQLite (3.25 and later) and PostgreSQL alike.
    virtual QString renameTable(const QString &from, const QString &to) const;
    virtual QString renameColumn(const QString &table, const QString &from,
                                 const QString &to) const;
    // Turns the live table `from` into `to` where ALTER TABLE cannot (types,
    // foreign keys, dropped columns): columns present in both keep their values.
    virtual QStringList rebuildTable(const TableSpec &from, const TableSpec &to) const = 0;
    // True when rebuildTable alters the table in place (no copy of the rows).
    virtual bool altersInPlace() const;

    // Around a migration's transaction: SQLite must switch foreign keys off outside
    // any transaction while tables are rebuilt (https://sqlite.org/lang_altertable.html).
    virtual Result<void> beginSchemaChange(QSqlDatabase &db) const = 0;
    virtual Result<void> endSchemaChange(QSqlDatabase &db) const = 0;
    // Rows of `table` whose foreign keys point nowhere, one line each; empty = none.
    virtual Result<QStringList> foreignKeyViolations(QSqlDatabase &db,
                                                     const QString &table) const = 0;

    // Live schema: the tables, columns, indexes and foreign keys that exist now.
    virtual Result<QList<LiveTable>> introspect(QSqlDatabase &db) const = 0;

    // One row whose values change whenever the database may have changed as seen from
    // this connection: its own writes and other connections' commits. Empty: the
    // engine cannot tell, and nothing is cached on it (data/countcache.h).
    virtual QString changeTokenSql() const;

    // Appended to a SELECT that picks rows to update at once (a job to claim): rows other
    // transactions have locked are skipped instead of waited for, so concurrent claimers
    // never take the same row. PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: empty, since
    // its writers take turns (BEGIN IMMEDIATE) and never see each other's rows locked.
    virtual QString skipLocked() const;

    // Classifying engine errors so callers can answer with the right fm::ErrorCode.
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    virtual bool isForeignKeyViolation(const QSqlError &error) const = 0;
    virtual bool isBusy(const QSqlError &error) const = 0;
    // The statement names a table that does not exist (the site was not migrated).
    virtual bool isMissingTable(const QSqlError &error) const = 0;
    // The engine cancelled the statement for running past the statement timeout.
    virtual bool isStatementTimeout(const QSqlError &error) const;
    // The columns a unique violation names, when the engine names them; else empty.
    virtual QStringList uniqueViolationColumns(const QSqlError &error) const;

    // A fast statement on the engine's own API, sharing `db`'s connection.
    virtual Result<std::unique_ptr<Statement>> prepare(QSqlDatabase &db,
                                                       const QString &sql) const = 0;
};

} // namespace fm::core
