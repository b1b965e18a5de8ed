// SPDX-License-Identifier: MIT
#pragma once

#include "db/dialect.h"

namespace fm::core {

// SQLite 3 through Qt's QSQLITE driver: WAL journal, foreign keys on, a busy
// timeout, BEGIN IMMEDIATE for writes. Declared column types keep the affinity
// that leaves stored values unchanged (see docs/adr/0031).
class FM_CORE_EXPORT SqliteDialect final : public Dialect
{
public:
    explicit SqliteDialect(int busyTimeoutMs = 10000);

    QString name() const override;
    QString qtDriver() const override;
    Result<void> configureConnection(QSqlDatabase &db) const override;

    QString quote(const QString &identifier) const override;
    QString columnType(StorageType storage) const override;
    // The inverse of columnType; other declared types map by SQLite's affinity rules.
    static StorageType storageForDeclaredType(const QString &declaredType);
    QString literal(const QVariant &value) const override;

    QString beginWrite() const override;
    QString beginRead() const override;
    QString likeExpression(const QString &quotedColumn, bool negate) const override;

    QStringList createTable(const TableSpec &table) const override;
    QString createIndex(const QString &table, const IndexSpec &index) const override;
    QString dropIndex(const QString &indexName) const override;
    QString dropTable(const QString &table) const override;
    QString addColumn(const QString &table, const ColumnSpec &column,
                      const ForeignKeySpec &foreignKey) const override;
    QStringList rebuildTable(const TableSpec &from, const TableSpec &to) const override;
    Result<void> beginSchemaChange(QSqlDatabase &db) const override;
    Result<void> endSchemaChange(QSqlDatabase &db) const override;
    Result<QStringList> foreignKeyViolations(QSqlDatabase &db, const QString &table) const override;

    Result<QList<LiveTable>> introspect(QSqlDatabase &db) const override;

    QString changeTokenSql() const override;
    bool isUniqueViolation(const QSqlError &error) const override;
    bool isForeignKeyViolation(const QSqlError &error) const override;
    bool isBusy(const QSqlError &error) const override;
    bool isMissingTable(const QSqlError &error) const override;
    Result<std::unique_ptr<Statement>> prepare(QSqlDatabase &db, const QString &sql) const override;
    QStringList uniqueViolationColumns(const QSqlError &error) const override;

    int busyTimeoutMs() const { return m_busyTimeoutMs; }

private:
    QString columnDefinition(const ColumnSpec &column, bool primaryKey) const;
    QString foreignKeyClause(const ForeignKeySpec &foreignKey) const;
    int m_busyTimeoutMs;
};

} // namespace fm::core
