// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "db/dialect.h"
#include "db/statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace fm::core {

// Where a site's data lives: a SQLite file, or a PostgreSQL database by URL.
struct FM_CORE_EXPORT DatabaseConfig
{
    QString engine = QStringLiteral("sqlite"); // "sqlite" or "postgresql"
    QString path;                              // SQLite: the database file
    int busyTimeoutMs = 10000;                 // SQLite busy_timeout; PostgreSQL lock_timeout
    // PostgreSQL: a libpq URI, postgresql://user@host:port/dbname?sslmode=..., without
    // a password: that comes from passwordFile, or libpq's PGPASSWORD or ~/.pgpass.
    QString url = QString();
    QString passwordFile = QString(); // PostgreSQL: a file holding only the password
    int statementTimeoutMs = 0;       // PostgreSQL statement_timeout; 0 = no limit
    int connectTimeoutS = 10;         // PostgreSQL connect_timeout
    // The most connections one process opens (one per thread that uses the database);
    // 0 = no limit. A thread past it is refused with an error naming this setting.
    int poolSize = 0;

    // "postgresql://..." or "postgres://..." as a PostgreSQL config; anything else is a
    // SQLite file path. Refuses a URL that holds a password.
    static Result<DatabaseConfig> fromUrl(const QString &urlOrPath);
    // The URL or the path, for messages; never holds a password.
    QString displayName() const;
};

// Hands each thread its own open connection (Qt Sql's rule: a connection belongs
// to the thread that opened it). Connections are opened on first use, configured by
// the dialect, and closed when the pool is destroyed or their thread finishes.
class FM_CORE_EXPORT ConnectionPool final
{
public:
    static Result<std::unique_ptr<ConnectionPool>> open(const DatabaseConfig &config);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    const Dialect &dialect() const;
    const DatabaseConfig &config() const;

    // This thread's connection, opened and configured on first use.
    Result<QSqlDatabase> connection();

    // A prepared statement for `sql` on this thread's connection, cached so repeated
    // calls skip the engine's prepare. It comes back finished; execPrepared binds every
    // value anew, so the previous call's values never leak into the next.
    Result<QSqlQuery *> prepared(const QString &sql);

    // A fast statement (see db/statement.h) for `sql` on this thread's connection,
    // prepared once per thread and reused.
    Result<Statement *> statement(const QString &sql);

    int openConnections() const;

    // Each thread keeps at most this many statements of each kind (prepared() and
    // statement()), dropping the least recently used: distinct SQL texts (filter shapes)
    // cannot grow a worker without bound.
    static constexpr int kStatementCacheSize = 200;
    // How many statements this thread's connection holds now, both kinds together.
    int cachedStatements() const;

private:
    explicit ConnectionPool(const DatabaseConfig &config, std::unique_ptr<Dialect> dialect);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
