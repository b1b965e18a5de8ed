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
// `referenced`, when given, gets one flag per parameter number up to the highest used:
// whether the statement mentions it.
FM_CORE_EXPORT QString positionalSql(const QString &sql, std::vector<bool> *referenced = nullptr);

// The parameter types to prepare a statement with (PQprepare, PQexecParams): 0 lets
// the server infer a parameter's type from where the statement uses it; a parameter
// the statement never mentions is typed text, since PostgreSQL cannot infer anything
// for it ("could not determine data type of parameter $1") while SQLite ignores it, and
// callers bind one list of values to several statements that use parts of it
// (JobQueue's look and claim). `count` is the number of values bound, when known.
FM_CORE_EXPORT std::vector<unsigned int> parameterTypes(const std::vector<bool> &referenced,
                                                        int count = 0);
// The text type's OID, for a parameter typed as text.
constexpr unsigned int kTextType = 25;
// The parameter number in PostgreSQL's "could not determine data type of parameter $N"
// (SQLSTATE 42P18 or 42P08, e.g. `$1 IS NULL`), or 0 for any other error.
FM_CORE_EXPORT int untypedParameter(const QSqlError &error);

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
