// SPDX-License-Identifier: MIT
#pragma once

#include "db/statement.h"

#include <QByteArray>

struct pg_result;

namespace fm::core {

class Dialect;
class PgDriver;

// Statement on the libpq connection of a PgDriver: prepared once on the server
// (PQprepare) and run with PQexecPrepared, so it shares the session's transactions
// with the Qt Sql queries on the same connection, as SqliteStatement does.
class PgStatement final : public Statement
{
public:
    static Result<std::unique_ptr<Statement>> prepare(PgDriver &driver, const QString &sql,
                                                      const Dialect &dialect);
    ~PgStatement() override;

    Result<void> exec(const QVariantList &values) override;
    bool next() override;
    int columnCount() const override;
    QVariant value(int column) const override;
    qint64 rowsAffected() const override;
    void finish() override;

private:
    PgStatement(PgDriver &driver, QByteArray name, QString sql, const Dialect &dialect);
    Result<void> prepareOnServer();

    PgDriver &m_driver;
    QByteArray m_name;
    quint64 m_session = 0; // the driver session the statement was prepared in
    QString m_sql;
    const Dialect &m_dialect;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    qint64 m_rowsAffected = 0;
};

} // namespace fm::core
