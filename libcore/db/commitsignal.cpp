// SPDX-License-Identifier: MIT
#include "db/commitsignal.h"

#include "db/connectionpool.h"
#include "db/pgdriver.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>
#include <QtDebug>

#include <QCoreApplication>
#include <libpq-fe.h>

namespace fm::core {

namespace {

struct CommitsignalTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::CommitSignal)
};

} // namespace

namespace {

constexpr int kReconnectMs = 1000;

bool isPostgres(const Dialect &dialect)
{
    return dialect.name() == QLatin1String("postgresql");
}

} // namespace

QString commitsignal::appendSql(const Dialect &dialect, const QString &channel)
{
    if (!isPostgres(dialect))
        return {};
    // One lock per channel, held to the end of the transaction; the NOTIFY goes out with
    // the commit (PostgreSQL folds repeats within one transaction into one).
    const QString name = dialect.literal(channel);
    return QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(%1)), pg_notify(%1, '')")
        .arg(name);
}

struct CommitListener::Private
{
    DatabaseConfig config;
    QString connectOptions;
    QString channel;
    QString listenSql;
    std::unique_ptr<PgDriver> driver;
    std::unique_ptr<QSocketNotifier> notifier;
    QTimer retry;
    qint64 received = 0;
};

CommitListener::CommitListener(const ConnectionPool &pool, const QString &channel)
    : d(std::make_unique<Private>())
{
    d->config = pool.config();
    d->connectOptions = pool.dialect().connectOptions();
    d->channel = channel;
    d->listenSql = QStringLiteral("LISTEN ") + pool.dialect().quote(channel);
    d->retry.setSingleShot(true);
    d->retry.setInterval(kReconnectMs);
}

CommitListener::~CommitListener()
{
    d->notifier.reset(); // before the socket it watches closes
}

qint64 CommitListener::received() const
{
    return d->received;
}

Result<std::unique_ptr<CommitListener>> CommitListener::listen(const ConnectionPool &pool,
                                                               const QString &channel)
{
    if (!isPostgres(pool.dialect()))
        return std::unique_ptr<CommitListener>();
    std::unique_ptr<CommitListener> listener(new CommitListener(pool, channel));
    Private *d = listener->d.get();
    CommitListener *self = listener.get();

    // Opens the session and LISTENs; on failure the error, and the caller retries.
    auto connect = [d, self]() -> Result<void> {
        d->notifier.reset();
        d->driver = std::make_unique<PgDriver>();
        QString password;
        if (!d->config.passwordFile.isEmpty()) {
            QFile file(d->config.passwordFile);
            if (file.open(QIODevice::ReadOnly))
                password = QString::fromUtf8(file.readLine()).trimmed();
        }
        if (!d->driver->open(d->config.url, {}, password, {}, 0, d->connectOptions)) {
            return fail(ErrorCode::Database,
                        CommitsignalTr::tr("listening for commits on %1: %2")
                            .arg(d->config.displayName(), d->driver->lastError().databaseText()));
        }
        pg_conn *conn = d->driver->connection();
        const QByteArray sql = d->listenSql.toUtf8();
        pg_result *result = PQexec(conn, sql.constData());
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        if (!ok) {
            return fail(ErrorCode::Database,
                        CommitsignalTr::tr("listening for commits on %1: %2")
                            .arg(d->config.displayName(), QString::fromUtf8(PQerrorMessage(conn))));
        }
        d->notifier = std::make_unique<QSocketNotifier>(PQsocket(conn), QSocketNotifier::Read);
        QObject::connect(d->notifier.get(), &QSocketNotifier::activated, self, [d, self] {
            pg_conn *c = d->driver->connection();
            if (!PQconsumeInput(c) || PQstatus(c) == CONNECTION_BAD) {
                // The server went away: listen again once it is back.
                d->notifier.reset();
                d->driver.reset();
                d->retry.start();
                return;
            }
            int count = 0;
            while (PGnotify *notify = PQnotifies(c)) {
                ++count;
                PQfreemem(notify);
            }
            if (count > 0) {
                d->received += count;
                emit self->notified();
            }
        });
        return {};
    };
    if (auto ok = connect(); !ok)
        return fail(ok.error());
    QObject::connect(&d->retry, &QTimer::timeout, self, [d, self, connect] {
        if (auto ok = connect(); !ok) {
            d->retry.start();
            return;
        }
        emit self->reconnected();
    });
    return listener;
}

} // namespace fm::core
