// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace fm::core {

class ConnectionPool;
struct TableSpec;

// Counts failures per key (an account, an IP address) in a sliding window: at most
// `attempts` failures in any `window`. Thread-safe.
//
// Held in memory, a restart forgets the counts, which costs an attacker nothing they
// could not get by waiting out a window (docs/adr/0110). With a pool the counts live in
// the site's database instead (table _fm_rate_limit), so every server of the site shares
// one budget: three servers behind a load balancer must not give three (docs/adr/0249).
// Until `m migrate` has created that table, such a limiter counts in memory.
class FM_CORE_EXPORT RateLimiter final
{
public:
    struct Limit
    {
        int attempts = 0;
        std::chrono::seconds window{0};
    };
    // Failed logins per account (login name or e-mail, case-insensitive) and per client IP.
    static constexpr Limit kLoginsPerAccount{5, std::chrono::minutes(15)};
    static constexpr Limit kLoginsPerIp{20, std::chrono::minutes(15)};
    // Keys beyond this are dropped once their failures left the window.
    static constexpr int kMaxKeys = 100000;

    // Milliseconds on a monotonic clock; tests pass their own.
    using Clock = std::function<qint64()>;

    explicit RateLimiter(Limit limit, Clock clock = {});
    // Counts in `pool`'s database under `scope` (e.g. "login-account"). The clock is
    // milliseconds since the epoch here, since processes share the rows.
    RateLimiter(Limit limit, ConnectionPool &pool, const QString &scope, Clock clock = {});
    ~RateLimiter();

    static QString table(); // "_fm_rate_limit"
    static TableSpec tableSpec();

    // RateLimited with details["retry_after"] (whole seconds, at least 1) while `key`
    // has `attempts` failures within the window.
    Result<void> check(const QString &key) const;
    void recordFailure(const QString &key);
    // Forgets `key`'s failures (after a successful login).
    void reset(const QString &key);
    // Failures of `key` still inside the window.
    int failures(const QString &key) const;

    Limit limit() const { return m_limit; }

private:
    // Drops `times` entries that left the window; the caller holds m_lock.
    void prune(QList<qint64> &times, qint64 now) const;
    void pruneKeys(qint64 now);

    struct Shared;
    // The database's newest failure times of `key` inside the window; nullopt when the
    // table is missing (then the memory counts).
    Result<std::optional<QList<qint64>>> sharedTimes(const QString &key, qint64 now) const;

    const Limit m_limit;
    const Clock m_clock;
    std::unique_ptr<Shared> m_shared; // null: in memory
    mutable QMutex m_lock;            // guards m_failures: handlers on every worker thread share it
    mutable QHash<QString, QList<qint64>> m_failures; // key -> failure times, oldest first
};

} // namespace fm::core
