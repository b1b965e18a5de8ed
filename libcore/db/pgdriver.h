// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDriver>

struct pg_conn;
struct pg_result;

namespace fm::core {

// A Qt Sql driver on libpq, one per connection, so the Qt Sql code (DDL, migrations,
// introspection, transactions) and the fast statements (db/pgstatement.h) share one
// PostgreSQL session and its transactions, as QSQLITE and sqlite3 do for SQLite.
// Values bind as libpq parameters (never spliced into SQL text) and come back in the
// same forms as from SQLite (db/pgvalues.h). Why not Qt's QPSQL: docs/adr/0245.
//
// open() takes a libpq connection string or URI as the database name
// ("postgresql://fm@localhost:5432/site") and the password apart, so it never has to
// sit in the URL.
class PgDriver final : public QSqlDriver
{
public:
    explicit PgDriver(QObject *parent = nullptr);
    ~PgDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    QVariant handle() const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;

    pg_conn *connection() const { return m_connection; }
    // A name for the next server-side prepared statement, unique on this connection.
    QByteArray nextStatementName();
    // Grows each time the session is re-established; statements prepared in an older
    // session must be prepared again.
    quint64 session() const { return m_session; }

    // Runs one statement with `exec` on the connection, re-establishing the session
    // first when the server went away (restart, failover, network), so a pool's
    // connections recover by themselves. A transaction that was open when the session
    // was lost is gone: every statement then fails until the caller's ROLLBACK, so
    // nothing of it is half-applied in autocommit. On failure returns null and sets
    // `error`.
    template<typename Exec> pg_result *run(const QByteArray &sql, Exec &&exec, QSqlError &error);

private:
    bool beforeStatement(const QByteArray &sql, QSqlError &error);
    pg_result *afterStatement(pg_result *result, QSqlError &error);

    pg_conn *m_connection = nullptr;
    quint64 m_statements = 0;
    quint64 m_session = 0;
    bool m_inTransaction = false;   // as of the last statement that reached the server
    bool m_lostTransaction = false; // the session was lost inside a transaction
};

template<typename Exec>
pg_result *PgDriver::run(const QByteArray &sql, Exec &&exec, QSqlError &error)
{
    if (!beforeStatement(sql, error))
        return nullptr;
    return afterStatement(exec(m_connection), error);
}

} // namespace fm::core
