// SPDX-License-Identifier: MIT
#include "auth/ratelimiter.h"

#include "data/uuid7.h"
#include "db/connectionpool.h"
#include "db/tablespec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QtDebug>

#include <atomic>

namespace fm::core {

namespace {

struct RatelimiterTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::RateLimiter)
};

qint64 monotonicMs()
{
    static QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

qint64 wallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Rows of keys nobody failed on again go every this many recorded failures.
constexpr int kPruneEvery = 500;

} // namespace

// The statements of a limiter that counts in the database, built once (the pool caches
// statements by their text).
struct RateLimiter::Shared
{
    ConnectionPool &pool;
    QString scope;
    QString recent, insert, forgetOld, forget, pruneAll;
    std::atomic<bool> missingTable{false}; // warned once, then in memory
    std::atomic<int> recorded{0};

    Shared(ConnectionPool &p, const QString &s)
        : pool(p)
        , scope(s)
    {
        const Dialect &d = pool.dialect();
        const QString t = d.quote(table());
        const QString scopeCol = d.quote(QStringLiteral("scope"));
        const QString key = d.quote(QStringLiteral("key"));
        const QString at = d.quote(QStringLiteral("at"));
        recent = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1 AND %4 = ?2 AND %1 > ?3 "
                                "ORDER BY %1 DESC LIMIT ?4")
                     .arg(at, t, scopeCol, key);
        insert = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?1, ?2, ?3, ?4)")
                     .arg(t, d.quote(QStringLiteral("name")), scopeCol, key, at);
        forgetOld = QStringLiteral("DELETE FROM %1 WHERE %2 = ?1 AND %3 = ?2 AND %4 <= ?3")
                        .arg(t, scopeCol, key, at);
        forget = QStringLiteral("DELETE FROM %1 WHERE %2 = ?1 AND %3 = ?2").arg(t, scopeCol, key);
        pruneAll = QStringLiteral("DELETE FROM %1 WHERE %2 = ?1 AND %3 <= ?2").arg(t, scopeCol, at);
    }

    // Runs `sql`; false (and from then on, memory) when the table is missing.
    Result<Statement *> run(const QString &sql, const QVariantList &values)
    {
        auto statement = pool.statement(sql);
        Error error = statement ? Error() : statement.error();
        if (statement) {
            auto ran = (*statement)->exec(values);
            if (ran)
                return *statement;
            error = ran.error();
        }
        if (error.details().contains(QStringLiteral("missing_table"))) {
            if (!missingTable.exchange(true)) {
                qWarning().noquote()
                    << QStringLiteral("rate limits: the %1 table is missing, so this process "
                                      "counts failed sign-ins on its own; run `m migrate` to "
                                      "share the counts between servers")
                           .arg(table());
            }
            return static_cast<Statement *>(nullptr);
        }
        return fail(error);
    }

    // run() for a write, reset at once: SQLite keeps an implicit transaction open while
    // a statement has not been reset, which would hold up every other writer.
    Result<bool> change(const QString &sql, const QVariantList &values)
    {
        auto statement = run(sql, values);
        if (!statement)
            return fail(statement.error());
        if (!*statement)
            return false;
        (*statement)->finish();
        return true;
    }
};

RateLimiter::RateLimiter(Limit limit, Clock clock)
    : m_limit(limit)
    , m_clock(clock ? std::move(clock) : Clock(monotonicMs))
{}

RateLimiter::RateLimiter(Limit limit, ConnectionPool &pool, const QString &scope, Clock clock)
    : m_limit(limit)
    , m_clock(clock ? std::move(clock) : Clock(wallClockMs))
    , m_shared(std::make_unique<Shared>(pool, scope))
{}

RateLimiter::~RateLimiter() = default;

QString RateLimiter::table()
{
    return QStringLiteral("_fm_rate_limit");
}

TableSpec RateLimiter::tableSpec()
{
    return TableSpec{
        table(),
        {{QStringLiteral("name"), StorageType::Text, true, {}},
         {QStringLiteral("scope"), StorageType::Text, true, {}},
         {QStringLiteral("key"), StorageType::Text, true, {}},
         {QStringLiteral("at"), StorageType::Integer, true, {}}},
        {},
        {IndexSpec{QStringLiteral("_fm_rate_limit_key"),
                   {QStringLiteral("scope"), QStringLiteral("key"), QStringLiteral("at")},
                   false}}};
}

Result<std::optional<QList<qint64>>> RateLimiter::sharedTimes(const QString &key, qint64 now) const
{
    if (m_shared->missingTable)
        return std::optional<QList<qint64>>();
    const qint64 windowMs = qint64(m_limit.window.count()) * 1000;
    auto rows =
        m_shared->run(m_shared->recent, {m_shared->scope, key, now - windowMs, m_limit.attempts});
    if (!rows)
        return fail(rows.error());
    if (!*rows)
        return std::optional<QList<qint64>>();
    QList<qint64> times;
    while ((*rows)->next())
        times.prepend((*rows)->value(0).toLongLong()); // oldest first, as in memory
    (*rows)->finish();
    return std::optional<QList<qint64>>(times);
}

void RateLimiter::prune(QList<qint64> &times, qint64 now) const
{
    const qint64 windowMs = qint64(m_limit.window.count()) * 1000;
    qsizetype stale = 0;
    while (stale < times.size() && times.at(stale) + windowMs <= now)
        ++stale;
    times.remove(0, stale);
}

Result<void> RateLimiter::check(const QString &key) const
{
    const qint64 now = m_clock();
    QList<qint64> times;
    bool counted = false;
    if (m_shared) {
        auto shared = sharedTimes(key, now);
        if (!shared)
            return fail(shared.error());
        if (*shared) {
            times = **shared;
            counted = true;
        }
    }
    if (!counted) {
        QMutexLocker locker(&m_lock);
        auto it = m_failures.find(key);
        if (it == m_failures.end())
            return {};
        prune(*it, now);
        times = *it;
    }
    if (times.size() < m_limit.attempts)
        return {};
    // The count falls below the limit when the failure `attempts` back from the newest
    // leaves the window.
    const qint64 freedAt =
        times.at(times.size() - m_limit.attempts) + m_limit.window.count() * 1000;
    const qint64 retryAfter = qMax<qint64>(1, (freedAt - now + 999) / 1000);
    Error error(
        ErrorCode::RateLimited,
        RatelimiterTr::tr("too many failed attempts (%1 within %2 seconds); wait %3 seconds "
                          "and try again")
            .arg(m_limit.attempts)
            .arg(m_limit.window.count())
            .arg(retryAfter));
    error.withDetail(QStringLiteral("retry_after"), retryAfter);
    return fail(error);
}

void RateLimiter::recordFailure(const QString &key)
{
    const qint64 now = m_clock();
    if (m_shared && !m_shared->missingTable) {
        const qint64 before = now - qint64(m_limit.window.count()) * 1000;
        auto inserted =
            m_shared->change(m_shared->insert, {createUuidV7(), m_shared->scope, key, now});
        if (inserted && *inserted) {
            // The key's rows that left the window; now and then everybody's.
            auto pruned = m_shared->change(m_shared->forgetOld, {m_shared->scope, key, before});
            if (pruned && *pruned && ++m_shared->recorded % kPruneEvery == 0)
                pruned = m_shared->change(m_shared->pruneAll, {m_shared->scope, before});
            if (!pruned)
                qWarning().noquote() << "rate limits:" << pruned.error().toText();
            return;
        }
        if (!inserted) {
            // Counted in memory meanwhile, so a database hiccup does not lift the limit.
            qWarning().noquote() << "rate limits: cannot record a failure:"
                                 << inserted.error().toText();
        }
    }
    QMutexLocker locker(&m_lock);
    if (m_failures.size() >= kMaxKeys && !m_failures.contains(key))
        pruneKeys(now);
    QList<qint64> &times = m_failures[key];
    prune(times, now);
    times << now;
    // Older failures than `attempts` back never decide anything: keep the list short.
    if (times.size() > m_limit.attempts)
        times.remove(0, times.size() - m_limit.attempts);
}

void RateLimiter::reset(const QString &key)
{
    if (m_shared && !m_shared->missingTable) {
        if (auto forgotten = m_shared->change(m_shared->forget, {m_shared->scope, key}); !forgotten)
            qWarning().noquote() << "rate limits:" << forgotten.error().toText();
    }
    QMutexLocker locker(&m_lock);
    m_failures.remove(key);
}

int RateLimiter::failures(const QString &key) const
{
    const qint64 now = m_clock();
    if (m_shared) {
        auto shared = sharedTimes(key, now);
        if (shared && *shared)
            return int((*shared)->size());
    }
    QMutexLocker locker(&m_lock);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    prune(*it, now);
    return int(it->size());
}

void RateLimiter::pruneKeys(qint64 now)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        prune(*it, now);
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

} // namespace fm::core
