// SPDX-License-Identifier: MIT
#pragma once

#include "db/dialect.h"

namespace fm::core {

// PostgreSQL 15 through libpq (db/pgdriver.h): native column types (boolean, bigint,
// double precision, date, timestamptz, time, jsonb), sessions in UTC, schema changes
// in place inside the migration's transaction (transactional DDL), lock waits bounded
// by lock_timeout. docs/adr/0245 and 0246.
class FM_CORE_EXPORT PostgresDialect final : public Dialect
{
public:
    // lockTimeoutMs: how long a statement waits for a row or table lock (SQLite's busy
    // timeout); statementTimeoutMs: 0 = no limit; connectTimeoutS: 0 = wait forever.
    explicit PostgresDialect(int lockTimeoutMs = 10000, int statementTimeoutMs = 0,
                             int connectTimeoutS = 10);

    QString name() const override;
    QString qtDriver() const override;
    QSqlDriver *createDriver() const override;
    QString connectOptions() const override;
    Result<void> configureConnection(QSqlDatabase &db) const override;

    QString quote(const QString &identifier) const override;
    QString columnType(StorageType storage) const override;
    // The inverse of columnType, from format_type()'s names; other types map by kind.
    static StorageType storageForDeclaredType(const QString &declaredType);
    QString literal(const QVariant &value) const override;

    QString beginWrite() const override;
    QString beginRead() const override;
    QString likeExpression(const QString &quotedColumn, bool negate) const override;
    QString isSetExpression(const QString &quotedColumn, StorageType storage,
                            bool set) const override;

    QStringList createTable(const TableSpec &table) const override;
    QString createIndex(const QString &table, const IndexSpec &index) const override;
    QString dropIndex(const QString &indexName) const override;
    QString dropTable(const QString &table) const override;
    QString addColumn(const QString &table, const ColumnSpec &column,
                      const ForeignKeySpec &foreignKey) const override;
    QStringList rebuildTable(const TableSpec &from, const TableSpec &to) const override;
    bool altersInPlace() const override { return true; }
    Result<void> beginSchemaChange(QSqlDatabase &db) const override;
    Result<void> endSchemaChange(QSqlDatabase &db) const override;
    Result<QStringList> foreignKeyViolations(QSqlDatabase &db, const QString &table) const override;

    Result<QList<LiveTable>> introspect(QSqlDatabase &db) const override;
    Result<LiveTable> introspectTable(QSqlDatabase &db, const QString &table) const;

    bool isUniqueViolation(const QSqlError &error) const override;
    bool isForeignKeyViolation(const QSqlError &error) const override;
    bool isBusy(const QSqlError &error) const override;
    bool isMissingTable(const QSqlError &error) const override;
    bool isStatementTimeout(const QSqlError &error) const override;
    QString skipLocked() const override;
    QStringList uniqueViolationColumns(const QSqlError &error) const override;
    Result<std::unique_ptr<Statement>> prepare(QSqlDatabase &db, const QString &sql) const override;

private:
    QString columnDefinition(const ColumnSpec &column, bool primaryKey) const;
    QString foreignKeyClause(const ForeignKeySpec &foreignKey) const;
    QString convertedColumn(const QString &column, StorageType from, StorageType to) const;
    int m_lockTimeoutMs;
    int m_statementTimeoutMs;
    int m_connectTimeoutS;
};

} // namespace fm::core
