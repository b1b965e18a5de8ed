// SPDX-License-Identifier: MIT
#include "auth/ratelimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fm::core {

namespace {

struct Tr
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

} // namespace

RateLimiter::RateLimiter(Limit limit, Clock clock)
    : m_limit(limit)
    , m_clock(clock ? std::move(clock) : Clock(monotonicMs))
{}

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
    QMutexLocker locker(&m_lock);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return {};
    prune(*it, now);
    if (it->size() < m_limit.attempts)
        return {};
    // The count falls below the limit when the failure `attempts` back from the newest
    // leaves the window.
    const qint64 freedAt = it->at(it->size() - m_limit.attempts) + m_limit.window.count() * 1000;
    const qint64 retryAfter = qMax<qint64>(1, (freedAt - now + 999) / 1000);
    Error error(ErrorCode::RateLimited,
                Tr::tr("too many failed attempts (%1 within %2 seconds); wait %3 seconds "
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
    QMutexLocker locker(&m_lock);
    m_failures.remove(key);
}

int RateLimiter::failures(const QString &key) const
{
    const qint64 now = m_clock();
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
