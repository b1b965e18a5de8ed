// SPDX-License-Identifier: MIT
#pragma once

#include "auth/userdirectory.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <chrono>

namespace fm::core {

// What create() hands out once: the tokens themselves never reach the database.
struct CreatedSession
{
    QString sessionId; // the Session document's name
    QString token;     // for the fm_session cookie or `Authorization: Bearer`
    QString csrfToken; // for the X-CSRF-Token header of cookie-authenticated writes
    QDateTime expires; // UTC
};

// One session as its owner may see it (no hashes).
struct SessionInfo
{
    QString id;
    QString kind; // SessionStore::kPassword or kMagicLink
    QString ip;
    QString userAgent;
    QDateTime created;
    QDateTime lastSeen;
    QDateTime expires;
    QDateTime authenticatedAt;
};

// Signed-in sessions as rows of the Session DocType, so they survive a restart and
// every server process sees a revocation at once (docs/adr/0110). Rows hold only the
// hashes of the session and CSRF tokens (docs/adr/0081). Thread-safe like the pool.
class FM_CORE_EXPORT SessionStore final
{
public:
    static inline const QString kPassword = QStringLiteral("Password");
    static inline const QString kMagicLink = QStringLiteral("Magic Link");
    // last_seen is written at most this often per session, not on every request.
    static constexpr std::chrono::seconds kTouchInterval{60};

    SessionStore(ConnectionPool &pool, DocumentService &service);

    // A new session for `user` (which must exist), valid for `lifetime`. Also removes
    // the user's expired sessions.
    Result<CreatedSession>
    create(const QString &user, const QString &ip, const QString &userAgent,
           std::chrono::seconds lifetime,
           const QDateTime &authenticatedAt = QDateTime::currentDateTimeUtc(),
           const QString &kind = kPassword) const;

    // The principal of the session holding `token` (roles from Has Role plus "All",
    // sessionId and authenticatedAt set, method as given). Unauthorized for an unknown,
    // revoked or expired session and for a disabled or deleted user.
    // A verified session is remembered per connection while the database provably has
    // not changed (the dialect's change token, as the count cache does), so a revocation,
    // a disabled user or a changed role, by this process or any other, counts at once.
    Result<Principal> verify(const QString &token,
                             Principal::Method method = Principal::Method::Session) const;
    qint64 verifyCacheHits() const { return m_hits.load(); } // for tests

    // The CSRF token of the session whose token is `token`. It is derived from the
    // session token (a keyed hash), so a page that lost it (a reload) gets it back from
    // a request that carries the cookie; nobody without the session token can make it.
    static QString csrfTokenFor(const QString &token);

    // True when `csrfToken` is the one create() gave the session `sessionId`.
    Result<bool> csrfMatches(const QString &sessionId, const QString &csrfToken) const;

    // Records that the user proved the password again (recent-auth checks).
    Result<void> markAuthenticated(const QString &sessionId, const QDateTime &at) const;

    // Removes the session. With `user` given, a session of someone else is NotFound, as
    // if it did not exist.
    Result<void> revoke(const QString &sessionId, const QString &user = {}) const;
    // Removes every session of `user` but `except`; how many were removed.
    Result<int> revokeAll(const QString &user, const QString &except = {}) const;
    // The user's sessions that have not expired, newest first.
    Result<QList<SessionInfo>> list(const QString &user) const;

private:
    struct Verified
    {
        QVariantList changeToken; // the database's, when the session was read
        Principal principal;
        QDateTime expires;
        QDateTime lastSeen;
    };
    static constexpr int kMaxVerified = 1024;

    Result<void> removeExpired(const QString &user) const;
    Result<Verified> verifyNow(const QString &hash, Principal::Method method) const;
    // The change token of this thread's connection, empty when verify() must not cache
    // (no token in this dialect, inside a transaction whose writes may roll back).
    QVariantList changeToken() const;

    ConnectionPool &m_pool;
    DocumentService &m_service;
    UserDirectory m_users;
    std::optional<Error> m_broken;
    QString m_byTokenSql;
    QString m_csrfSql;
    QString m_touchSql;
    mutable QMutex m_verifiedMutex;
    mutable QHash<QString, Verified> m_verified; // connection + token hash
    mutable std::atomic<qint64> m_hits{0};
};

} // namespace fm::core
