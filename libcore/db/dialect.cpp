// SPDX-License-Identifier: MIT
#include "db/dialect.h"

namespace fm::core {

Dialect::~Dialect() = default;

QString Dialect::commit() const
{
    return QStringLiteral("COMMIT");
}

QString Dialect::rollback() const
{
    return QStringLiteral("ROLLBACK");
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

QString Dialect::changeTokenSql() const
{
    return {};
}

} // namespace fm::core
