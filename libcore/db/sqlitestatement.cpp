// SPDX-License-Identifier: MIT
#include "db/sqlitestatement.h"

#include "db/sql.h"

#include <QSqlError>

#include <sqlite3.h>

namespace fm::core {

Statement::~Statement() = default;

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, const Dialect &dialect)
    : m_db(db)
    , m_statement(statement)
    , m_dialect(dialect)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<std::unique_ptr<Statement>> SqliteStatement::prepare(sqlite3 *db, const QString &sql,
                                                            const Dialect &dialect)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v3(db, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
                              QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(db)));
        sqlite3_finalize(statement);
        return fail(sqlError(error, dialect, {}).withDetail(QStringLiteral("sql"), sql));
    }
    return std::unique_ptr<Statement>(new SqliteStatement(db, statement, dialect));
}

// The engine's error as Qt Sql would report it, so sqlError's mapping applies unchanged.
Error SqliteStatement::lastError(int code) const
{
    const QSqlError error(
        QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
        QString::number(sqlite3_extended_errcode(m_db) ? sqlite3_extended_errcode(m_db) : code));
    return sqlError(error, m_dialect, {})
        .withDetail(QStringLiteral("sql"), QString::fromUtf8(sqlite3_sql(m_statement)));
}

Result<void> SqliteStatement::exec(const QVariantList &values)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_pendingRow = false;
    m_done = false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = i + 1;
        int code = SQLITE_OK;
        if (v.isNull() || !v.isValid()) {
            code = sqlite3_bind_null(m_statement, index);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
                code = sqlite3_bind_int64(m_statement, index, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                code = sqlite3_bind_double(m_statement, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                code = sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                           sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = v.toString().toUtf8();
                code =
                    sqlite3_bind_text64(m_statement, index, text.constData(),
                                        sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (code != SQLITE_OK)
            return fail(lastError(code));
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        m_pendingRow = true;
    } else if (code == SQLITE_DONE) {
        m_done = true;
    } else {
        const Error error = lastError(code);
        sqlite3_reset(m_statement);
        m_done = true;
        return fail(error);
    }
    m_rowsAffected = sqlite3_changes64(m_db);
    return {};
}

bool SqliteStatement::next()
{
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_done)
        return false;
    if (sqlite3_step(m_statement) == SQLITE_ROW)
        return true;
    // Done, or an error mid-read: either way there are no more rows; reset frees the
    // snapshot at once.
    m_done = true;
    sqlite3_reset(m_statement);
    return false;
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }
    default:
        return QVariant(); // SQL NULL
    }
}

qint64 SqliteStatement::rowsAffected() const
{
    return m_rowsAffected;
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_statement);
    m_pendingRow = false;
    m_done = true;
}

} // namespace fm::core
