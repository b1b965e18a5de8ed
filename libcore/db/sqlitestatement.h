// SPDX-License-Identifier: MIT
#pragma once

#include "db/statement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace fm::core {

class Dialect;

// Statement on the sqlite3 handle that Qt's QSQLITE driver opened, so it shares the
// connection's transactions with the Qt Sql queries on the same thread.
class SqliteStatement final : public Statement
{
public:
    static Result<std::unique_ptr<Statement>> prepare(sqlite3 *db, const QString &sql,
                                                      const Dialect &dialect);
    ~SqliteStatement() override;

    Result<void> exec(const QVariantList &values) override;
    bool next() override;
    int columnCount() const override;
    QVariant value(int column) const override;
    qint64 rowsAffected() const override;
    void finish() override;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, const Dialect &dialect);
    Error lastError(int code) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    const Dialect &m_dialect;
    bool m_pendingRow = false; // exec() stepped onto a row next() has not handed out yet
    bool m_done = true;
    qint64 m_rowsAffected = 0;
};

} // namespace fm::core
