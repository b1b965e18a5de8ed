// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QSqlQuery>
#include <QVariantList>

namespace fm::core {

class Dialect;

// Runs `sql` with positional bound values. Engine errors become fm::Error:
// unique violations -> Duplicate, foreign keys -> Validation, busy -> Database,
// anything else -> Database, each with the engine's text in the message.
FM_CORE_EXPORT Result<QSqlQuery> execSql(QSqlDatabase db, const Dialect &dialect,
                                         const QString &sql, const QVariantList &values = {});

// Runs an already prepared statement (from ConnectionPool::prepared) with values.
FM_CORE_EXPORT Result<void> execPrepared(QSqlQuery &query, const Dialect &dialect,
                                         const QVariantList &values = {});

// Turns an engine error into an fm::Error with the mapping above.
FM_CORE_EXPORT Error sqlError(const QSqlError &error, const Dialect &dialect,
                              const QString &context);

} // namespace fm::core
