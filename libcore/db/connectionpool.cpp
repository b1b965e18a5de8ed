// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"

#include "db/postgresdialect.h"
#include "db/sql.h"
#include "db/sqlitedialect.h"
#include "db/statementcache.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace fm::core {

namespace {

struct ConnectionpoolTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::ConnectionPool)
};

} // namespace

namespace {

QAtomicInt g_poolCounter;

struct ThreadConnection
{
    QString name;
    detail::StatementCache<QSqlQuery> statements{ConnectionPool::kStatementCacheSize};
    detail::StatementCache<Statement> fastStatements{ConnectionPool::kStatementCacheSize};
    QMetaObject::Connection finishedHook;
};

// The first line of a secret file (Docker and systemd credentials end with a newline).
QString readPassword(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

// Closes one connection. Cached statements go first: Qt warns when a connection
// is removed while queries still refer to it.
void closeConnection(ThreadConnection &connection)
{
    QObject::disconnect(connection.finishedHook);
    connection.fastStatements.clear(); // finalized before their connection closes
    connection.statements.clear();
    QSqlDatabase::removeDatabase(connection.name);
}

// Shared with the QThread::finished hooks, which may outlive the pool: a hook that
// fires after the pool is gone finds `alive` false and leaves the connection alone
// (the destructor already removed it). `mutex` guards `connections` and `alive`
// because hooks run on the finishing threads.
struct PoolState
{
    QMutex mutex;
    bool alive = true;
    QHash<QThread *, ThreadConnection> connections;
    int opening = 0; // connections being opened now, counted against the pool size
};

} // namespace

struct ConnectionPool::Private
{
    DatabaseConfig config;
    std::unique_ptr<Dialect> dialect;
    QString namePrefix;
    int nextConnection = 0;
    std::shared_ptr<PoolState> state = std::make_shared<PoolState>();
};

namespace {

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Dialect>> sqliteDialect(const DatabaseConfig &config)
{
    if (config.path.trimmed().isEmpty()) {
        return fail(
            ErrorCode::BadRequest,
            ConnectionpoolTr::tr("the database path is empty; set it to the SQLite file to use, "
                                 "e.g. sites/<site>/db.sqlite"));
    }
    if (config.path == QLatin1String(":memory:") ||
        config.path.startsWith(QLatin1String("file:"))) {
        return fail(ErrorCode::BadRequest,
                    ConnectionpoolTr::tr(
                        "\"%1\" is not a plain file path: every thread opens its own "
                        "connection, so they must share one database file; use a file path")
                        .arg(config.path));
    }
    const QFileInfo file(config.path);
    if (!file.absoluteDir().exists()) {
        return fail(
            ErrorCode::Io,
            ConnectionpoolTr::tr("the folder of the database file %1 does not exist; create it "
                                 "first (the database file itself is created on first use)")
                .arg(file.absoluteFilePath()));
    }
    if (file.exists() && !file.isFile()) {
        return fail(ErrorCode::Io,
                    ConnectionpoolTr::tr("the database path %1 is not a file; point it at "
                                         "a SQLite file")
                        .arg(file.absoluteFilePath()));
    }
    auto dialect = std::make_unique<SqliteDialect>(config.busyTimeoutMs);
    if (!QSqlDatabase::isDriverAvailable(dialect->qtDriver())) {
        return fail(
            ErrorCode::Database,
            ConnectionpoolTr::tr("the Qt SQL driver %1 is not installed; install it (Debian: "
                                 "libqt6sql6-sqlite)")
                .arg(dialect->qtDriver()));
    }
    return std::unique_ptr<Dialect>(std::move(dialect));
}

Result<std::unique_ptr<Dialect>> postgresDialect(const DatabaseConfig &config)
{
    if (config.url.trimmed().isEmpty()) {
        return fail(ErrorCode::BadRequest,
                    ConnectionpoolTr::tr("the PostgreSQL URL is empty; set it to "
                                         "postgresql://user@host:port/dbname"));
    }
    if (!isPostgresUrl(config.url)) {
        return fail(ErrorCode::BadRequest,
                    ConnectionpoolTr::tr("\"%1\" is not a PostgreSQL URL; write it as "
                                         "postgresql://user@host:port/dbname")
                        .arg(config.url));
    }
    if (auto checked = DatabaseConfig::fromUrl(config.url); !checked)
        return fail(checked.error());
    if (config.statementTimeoutMs < 0 || config.connectTimeoutS < 0) {
        return fail(
            ErrorCode::BadRequest,
            ConnectionpoolTr::tr("a PostgreSQL timeout is negative; use 0 (no limit) or more"));
    }
    if (!config.passwordFile.isEmpty() && !QFileInfo(config.passwordFile).isReadable()) {
        return fail(ErrorCode::Io, ConnectionpoolTr::tr(
                                       "the PostgreSQL password file %1 cannot be read; create it "
                                       "with the password as its only line, readable by this user")
                                       .arg(QFileInfo(config.passwordFile).absoluteFilePath()));
    }
    return std::unique_ptr<Dialect>(std::make_unique<PostgresDialect>(
        config.busyTimeoutMs, config.statementTimeoutMs, config.connectTimeoutS));
}

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &urlOrPath)
{
    DatabaseConfig config;
    if (!isPostgresUrl(urlOrPath)) {
        config.path = urlOrPath;
        return config;
    }
    const QUrl url(urlOrPath, QUrl::StrictMode);
    if (!url.isValid() || url.path().size() < 2) {
        return fail(ErrorCode::BadRequest,
                    ConnectionpoolTr::tr("\"%1\" is not a valid PostgreSQL URL; write it as "
                                         "postgresql://user@host:port/dbname")
                        .arg(url.toString(QUrl::RemovePassword)));
    }
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"))) {
        return fail(
            ErrorCode::BadRequest,
            ConnectionpoolTr::tr("the PostgreSQL URL holds a password, which would be stored "
                                 "and shown in clear; remove it from the URL and set "
                                 "PGPASSWORD, a ~/.pgpass entry, or a password file"));
    }
    config.engine = QStringLiteral("postgresql");
    config.url = urlOrPath;
    return config;
}

QString DatabaseConfig::displayName() const
{
    return engine == QLatin1String("postgresql") ? url : path;
}

Result<std::unique_ptr<ConnectionPool>> ConnectionPool::open(const DatabaseConfig &config)
{
    if (config.poolSize < 0) {
        return fail(ErrorCode::BadRequest,
                    ConnectionpoolTr::tr("pool size %1 is negative; use 0 (one connection per "
                                         "thread, no limit) or more")
                        .arg(config.poolSize));
    }
    if (config.busyTimeoutMs < 0) {
        return fail(
            ErrorCode::BadRequest,
            ConnectionpoolTr::tr("busy timeout %1 ms is negative; use 0 or more milliseconds")
                .arg(config.busyTimeoutMs));
    }
    Result<std::unique_ptr<Dialect>> dialect =
        config.engine == QLatin1String("sqlite") ? sqliteDialect(config)
        : config.engine == QLatin1String("postgresql")
            ? postgresDialect(config)
            : fail(ErrorCode::BadRequest, ConnectionpoolTr::tr("database engine \"%1\" is not "
                                                               "supported; set engine to "
                                                               "\"sqlite\" or \"postgresql\"")
                                              .arg(config.engine));
    if (!dialect)
        return fail(dialect.error());
    std::unique_ptr<ConnectionPool> pool(new ConnectionPool(config, std::move(*dialect)));
    // Open the caller's connection now so a bad file or server is reported here, not
    // at first use.
    auto first = pool->connection();
    if (!first)
        return fail(first.error());
    return pool;
}

ConnectionPool::ConnectionPool(const DatabaseConfig &config, std::unique_ptr<Dialect> dialect)
    : d(std::make_unique<Private>())
{
    d->config = config;
    d->dialect = std::move(dialect);
    d->namePrefix = QStringLiteral("fm_db_%1_").arg(g_poolCounter.fetchAndAddRelaxed(1));
}

ConnectionPool::~ConnectionPool()
{
    QMutexLocker lock(&d->state->mutex);
    d->state->alive = false;
    // Connections of threads still running are removed from here; their thread must
    // not use them any more, which the pool's owner guarantees by outliving its users.
    for (ThreadConnection &connection : d->state->connections)
        closeConnection(connection);
    d->state->connections.clear();
}

const Dialect &ConnectionPool::dialect() const
{
    return *d->dialect;
}

const DatabaseConfig &ConnectionPool::config() const
{
    return d->config;
}

Result<QSqlDatabase> ConnectionPool::connection()
{
    QThread *thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&d->state->mutex);
        const auto it = d->state->connections.constFind(thread);
        if (it != d->state->connections.cend())
            return QSqlDatabase::database(it->name, false);
        const int limit = d->config.poolSize;
        if (limit > 0 && d->state->connections.size() + d->state->opening >= limit) {
            return fail(ErrorCode::Database,
                        ConnectionpoolTr::tr("this process already holds the %1 database "
                                             "connection(s) its pool allows (pool_size in the "
                                             "site's database settings); raise pool_size, or run "
                                             "fewer threads (m start --threads)")
                            .arg(limit));
        }
        ++d->state->opening;
        name = d->namePrefix + QString::number(d->nextConnection++);
    }

    Result<void> opened;
    {
        QSqlDriver *driver = d->dialect->createDriver();
        QSqlDatabase db = driver ? QSqlDatabase::addDatabase(driver, name)
                                 : QSqlDatabase::addDatabase(d->dialect->qtDriver(), name);
        const bool postgres = d->config.engine == QLatin1String("postgresql");
        db.setDatabaseName(postgres ? d->config.url : d->config.path);
        db.setConnectOptions(d->dialect->connectOptions());
        if (postgres && !d->config.passwordFile.isEmpty())
            db.setPassword(readPassword(d->config.passwordFile));
        if (!db.open()) {
            opened = fail(sqlError(db.lastError(), *d->dialect, {})
                              .withContext(ConnectionpoolTr::tr("opening the database %1")
                                               .arg(d->config.displayName())));
        } else {
            opened = d->dialect->configureConnection(db);
        }
    }
    if (!opened) {
        QSqlDatabase::removeDatabase(name);
        QMutexLocker lock(&d->state->mutex);
        --d->state->opening;
        return fail(opened.error());
    }

    ThreadConnection connection;
    connection.name = name;
    // The hook runs on the finishing thread itself, the one allowed to close it.
    std::weak_ptr<PoolState> weakState = d->state;
    connection.finishedHook = QObject::connect(
        thread, &QThread::finished, thread,
        [weakState, thread] {
            const std::shared_ptr<PoolState> state = weakState.lock();
            if (!state)
                return;
            QMutexLocker lock(&state->mutex);
            auto it = state->connections.find(thread);
            if (!state->alive || it == state->connections.end())
                return;
            closeConnection(*it);
            state->connections.erase(it);
        },
        Qt::DirectConnection);
    {
        QMutexLocker lock(&d->state->mutex);
        --d->state->opening;
        d->state->connections.insert(thread, connection);
    }
    return QSqlDatabase::database(name, false);
}

namespace {

// The per-thread cache both statement kinds share: a hit comes back finished (it holds
// no read snapshot while cached); a miss is made by `make` and remembered.
template<typename T, typename Make>
Result<T *> cachedStatement(PoolState &state, detail::StatementCache<T> ThreadConnection::*cache,
                            const QString &sql, Make &&make)
{
    QThread *thread = QThread::currentThread();
    {
        QMutexLocker lock(&state.mutex);
        if (const auto cached = (state.connections[thread].*cache).find(sql)) {
            cached->finish();
            return cached.get();
        }
    }
    Result<std::shared_ptr<T>> made = make();
    if (!made)
        return fail(made.error());
    QMutexLocker lock(&state.mutex);
    (state.connections[thread].*cache).insert(sql, *made);
    return made->get();
}

} // namespace

Result<QSqlQuery *> ConnectionPool::prepared(const QString &sql)
{
    auto db = connection();
    if (!db)
        return fail(db.error());
    // Bound values are not cleared on a hit: execPrepared rebinds all of them, and
    // clearing cost a seventh of a bulk insert (docs/benchmarks.md).
    return cachedStatement(*d->state, &ThreadConnection::statements, sql,
                           [&]() -> Result<std::shared_ptr<QSqlQuery>> {
                               auto query = std::make_shared<QSqlQuery>(*db);
                               query->setForwardOnly(true);
                               if (!query->prepare(sql))
                                   return fail(sqlError(query->lastError(), *d->dialect, {})
                                                   .withDetail(QStringLiteral("sql"), sql));
                               return query;
                           });
}

Result<Statement *> ConnectionPool::statement(const QString &sql)
{
    auto db = connection();
    if (!db)
        return fail(db.error());
    return cachedStatement(*d->state, &ThreadConnection::fastStatements, sql,
                           [&]() -> Result<std::shared_ptr<Statement>> {
                               auto prepared = d->dialect->prepare(*db, sql);
                               if (!prepared)
                                   return fail(prepared.error());
                               return std::shared_ptr<Statement>(std::move(*prepared));
                           });
}

int ConnectionPool::cachedStatements() const
{
    QMutexLocker lock(&d->state->mutex);
    const auto it = d->state->connections.constFind(QThread::currentThread());
    return it == d->state->connections.cend() ? 0
                                              : it->statements.size() + it->fastStatements.size();
}

int ConnectionPool::openConnections() const
{
    QMutexLocker lock(&d->state->mutex);
    return int(d->state->connections.size());
}

} // namespace fm::core
