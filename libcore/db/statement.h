// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QVariantList>

namespace fm::core {

// A prepared statement on one thread's connection for the hot paths (insert, get, list,
// lookups): it binds and reads values without Qt Sql's per-value bookkeeping, which
// cost more than SQLite itself (docs/benchmarks.md). Each dialect implements it on
// its engine's own API; Qt Sql stays for everything else.
class FM_CORE_EXPORT Statement
{
public:
    virtual ~Statement();

    // Resets the statement, binds `values` to ?1..?n and runs it up to its first row.
    // Engine errors map like execSql's (Duplicate, Validation, Database).
    virtual Result<void> exec(const QVariantList &values) = 0;
    // Moves to the next row: true for the first row after exec() when there is one.
    virtual bool next() = 0;
    virtual int columnCount() const = 0;
    // The current row's value: qint64, double, QString, QByteArray or a null QVariant.
    virtual QVariant value(int column) const = 0;
    virtual qint64 rowsAffected() const = 0;
    // Ends a read early so the statement holds no snapshot while cached.
    virtual void finish() = 0;
};

} // namespace fm::core
