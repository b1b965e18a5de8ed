// SPDX-License-Identifier: MIT
#include "db/pgstatement.h"

#include "db/pgdriver.h"
#include "db/pgvalues.h"
#include "db/sql.h"

#include <libpq-fe.h>

namespace fm::core {

PgStatement::PgStatement(PgDriver &driver, QByteArray name, QString sql, const Dialect &dialect)
    : m_driver(driver)
    , m_name(std::move(name))
    , m_sql(std::move(sql))
    , m_dialect(dialect)
{}

PgStatement::~PgStatement()
{
    // The server-side statement lives as long as the session, which ends right after its
    // statements (ConnectionPool closes them first), so no DEALLOCATE round trip.
    PQclear(m_result);
}

Result<std::unique_ptr<Statement>> PgStatement::prepare(PgDriver &driver, const QString &sql,
                                                        const Dialect &dialect)
{
    std::unique_ptr<PgStatement> statement(
        new PgStatement(driver, driver.nextStatementName(), sql, dialect));
    if (auto prepared = statement->prepareOnServer(); !prepared)
        return fail(prepared.error());
    return std::unique_ptr<Statement>(std::move(statement));
}

Result<void> PgStatement::prepareOnServer()
{
    std::vector<bool> referenced;
    const QByteArray text = pg::positionalSql(m_sql, &referenced).toUtf8();
    std::vector<unsigned int> types = pg::parameterTypes(referenced);
    // A parameter PostgreSQL cannot type from its use (`?1 IS NULL`, `COALESCE(?1, ?2)`)
    // fails the prepare; SQLite takes any value there, so it is prepared again as text,
    // the type SQLite's callers bind. Inside a transaction the failure would abort it, so
    // there the attempt runs under a savepoint.
    const bool inTransaction = PQtransactionStatus(m_driver.connection()) == PQTRANS_INTRANS;
    auto command = [this](const char *sql) {
        QSqlError ignored;
        PQclear(m_driver.run(
            QByteArray(sql), [sql](pg_conn *conn) { return PQexec(conn, sql); }, ignored));
    };
    for (;;) {
        if (inTransaction)
            command("SAVEPOINT fm_prepare");
        QSqlError error;
        pg_result *result = m_driver.run(
            text,
            [&](pg_conn *conn) {
                return PQprepare(conn, m_name.constData(), text.constData(), int(types.size()),
                                 types.data());
            },
            error);
        if (inTransaction)
            command(result ? "RELEASE SAVEPOINT fm_prepare" : "ROLLBACK TO SAVEPOINT fm_prepare");
        if (result) {
            PQclear(result);
            m_session = m_driver.session();
            return {};
        }
        const int untyped = pg::untypedParameter(error);
        if (untyped < 1 || size_t(untyped) > types.size() || types[size_t(untyped - 1)] != 0)
            return fail(sqlError(error, m_dialect, {}).withDetail(QStringLiteral("sql"), m_sql));
        types[size_t(untyped - 1)] = pg::kTextType;
    }
}

Result<void> PgStatement::exec(const QVariantList &values)
{
    finish();
    // The session was re-established since this statement was prepared (the server
    // restarted while the connection sat idle, and the driver reconnected): the new
    // session has never seen it. Prepared again first, which works inside a transaction
    // too, where a failed attempt would have aborted it.
    if (m_session != m_driver.session()) {
        m_name = m_driver.nextStatementName();
        if (auto prepared = prepareOnServer(); !prepared)
            return prepared;
    }
    const pg::Parameters params(values);
    QSqlError error;
    auto run = [&] {
        return m_driver.run(
            QByteArray(),
            [&](pg_conn *conn) {
                return PQexecPrepared(conn, m_name.constData(), params.count(), params.values(),
                                      params.lengths(), params.formats(), 0);
            },
            error);
    };
    m_result = run();
    // Outside a transaction a statement that went stale is made again: the session was
    // re-established (26000), or a schema change altered its result ("cached plan must
    // not change result type", 0A000). Inside one the error has already aborted the
    // transaction, so it is reported.
    if (!m_result &&
        (error.nativeErrorCode() == QLatin1String("26000") ||
         error.nativeErrorCode() == QLatin1String("0A000")) &&
        PQtransactionStatus(m_driver.connection()) == PQTRANS_IDLE) {
        m_name = m_driver.nextStatementName();
        if (auto prepared = prepareOnServer(); !prepared)
            return prepared;
        m_result = run();
    }
    if (!m_result)
        return fail(sqlError(error, m_dialect, {}).withDetail(QStringLiteral("sql"), m_sql));
    m_rows = PQntuples(m_result);
    m_rowsAffected = QByteArray(PQcmdTuples(m_result)).toLongLong();
    m_row = -1;
    return {};
}

bool PgStatement::next()
{
    if (m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

int PgStatement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

QVariant PgStatement::value(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || column < 0 || column >= PQnfields(m_result))
        return QVariant();
    return pg::value(m_result, m_row, column);
}

qint64 PgStatement::rowsAffected() const
{
    return m_rowsAffected;
}

void PgStatement::finish()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

} // namespace fm::core
