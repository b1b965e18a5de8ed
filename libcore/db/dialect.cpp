// SPDX-License-Identifier: MIT
#include "db/dialect.h"

namespace fm::core {

Dialect::~Dialect() = default;

QSqlDriver *Dialect::createDriver() const
{
    return nullptr;
}

QString Dialect::connectOptions() const
{
    return {};
}

QString Dialect::isSetExpression(const QString &quotedColumn, StorageType, bool set) const
{
    return set ? QStringLiteral("(%1 IS NOT NULL AND %1 <> '')").arg(quotedColumn)
               : QStringLiteral("(%1 IS NULL OR %1 = '')").arg(quotedColumn);
}

bool Dialect::altersInPlace() const
{
    return false;
}

QString Dialect::commit() const
{
    return QStringLiteral("COMMIT");
}

QString Dialect::rollback() const
{
    return QStringLiteral("ROLLBACK");
}

QString Dialect::renameTable(const QString &from, const QString &to) const
{
    return QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(quote(from), quote(to));
}

QString Dialect::renameColumn(const QString &table, const QString &from, const QString &to) const
{
    return QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
        .arg(quote(table), quote(from), quote(to));
}

QString Dialect::savepoint(const QString &name) const
{
    return QStringLiteral("SAVEPOINT ") + quote(name);
}

QString Dialect::releaseSavepoint(const QString &name) const
{
    return QStringLiteral("RELEASE SAVEPOINT ") + quote(name);
}

QString Dialect::rollbackToSavepoint(const QString &name) const
{
    return QStringLiteral("ROLLBACK TO SAVEPOINT ") + quote(name);
}

QStringList Dialect::uniqueViolationColumns(const QSqlError &) const
{
    return {};
}

bool Dialect::isStatementTimeout(const QSqlError &) const
{
    return false;
}

QString Dialect::skipLocked() const
{
    return {};
}

QString Dialect::changeTokenSql() const
{
    return {};
}

} // namespace fm::core
