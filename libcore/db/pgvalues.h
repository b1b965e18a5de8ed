// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QByteArray>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <vector>

struct pg_conn;
struct pg_result;

// What the Qt Sql driver (db/pgdriver.h) and the fast statements (db/pgstatement.h) on
// libpq share: SQL placeholders, parameters and result values in the forms the rest of
// Framework M already uses for SQLite, and engine errors as QSqlError.
namespace fm::core::pg {

// "?" and "?N" placeholders as PostgreSQL's "$N", outside string literals, quoted
// identifiers, dollar-quoted bodies and comments. A bare "?" takes the next number.
FM_CORE_EXPORT QString positionalSql(const QString &sql);

// Bound values as libpq text parameters. Booleans go as 1/0 so they fit integer and
// boolean columns alike (PostgreSQL infers each parameter's type from the statement).
class Parameters
{
public:
    explicit Parameters(const QVariantList &values);
    int count() const { return int(m_pointers.size()); }
    const char *const *values() const { return m_pointers.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_pointers;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
};

// A text-format result value as Statement::value documents it: qint64 for integers and
// booleans (1/0, as SQLite stores them), double for floating point and numeric, the
// canonical "2026-11-26T10:00:00.000Z" for timestamps, QByteArray for bytea, QString
// for the rest; a null QVariant for SQL NULL.
QVariant value(const pg_result *result, int row, int column);
// The QMetaType id value() returns for a column, for QSqlRecord.
int metaTypeFor(unsigned int oid);

// A failed result (or a connection failure when `result` is null) as Qt Sql reports
// errors: nativeErrorCode is the SQLSTATE, databaseText the primary message; for a
// unique violation the text names the key's columns, never its values.
QSqlError error(const pg_conn *connection, const pg_result *result,
                QSqlError::ErrorType type = QSqlError::StatementError);

// True when the result is a command or rows, false for an error.
bool succeeded(const pg_result *result);

} // namespace fm::core::pg
