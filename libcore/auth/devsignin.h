// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>
#include <functional>

namespace fm::core {

// The development sign-in of `m start --dev` (docs/adr/0205): whoever knows the secret
// the server was started with (FM_DEV_SIGNIN_SECRET, set by the Studio) trades it for a
// one-time token that signs the developer in once, within kLifetime. Tokens live in
// memory only (a hash of each), so a restart forgets them. Thread-safe.
class FM_CORE_EXPORT DevSignIn final
{
public:
    static constexpr char kEnvironmentVariable[] = "FM_DEV_SIGNIN_SECRET";
    // The kind of the sessions it begins (the Session DocType's "kind").
    static inline const QString kSessionKind = QStringLiteral("Development");
    static constexpr std::chrono::seconds kLifetime{60};
    // A shorter secret is refused: it could be guessed (the Studio sends 32 random bytes).
    static constexpr int kMinSecretBytes = 16;
    // Unredeemed tokens kept at once; the oldest goes first.
    static constexpr int kMaxPending = 16;

    // Milliseconds on a monotonic clock; tests pass their own.
    using Clock = std::function<qint64()>;

    // `secret` empty: the sign-in is off and every call says how to turn it on.
    explicit DevSignIn(QByteArray secret, Clock clock = {});

    struct Grant
    {
        QString token;
        QString user;
        std::chrono::seconds expiresIn;
    };

    // A token for `user` when `offered` is the secret (compared in constant time).
    // PermissionDenied when the sign-in is off or the secret is too short, Unauthorized
    // when `offered` is wrong.
    Result<Grant> issue(const QByteArray &offered, const QString &user);

    // The user `token` signs in, once: an unknown, used or expired token is Unauthorized.
    Result<QString> redeem(const QString &token);

    // `next` when it is a path on this server ("/desk?x=1"), "/" when it is empty;
    // BadRequest for anything that could leave it ("//evil", "https://...", "/\\x").
    static Result<QString> safeNextPath(const QString &next);

    static Error refusal();

private:
    struct Pending
    {
        QString user;
        qint64 expires = 0; // on m_clock
        qint64 issued = 0;
    };

    qint64 now() const;
    void prune(qint64 now); // the caller holds m_lock

    const QByteArray m_secretHash; // BLAKE2b-256 of the secret; empty when off
    const int m_secretSize;
    const Clock m_clock;
    QMutex m_lock;                     // guards m_pending: handlers on every worker thread share it
    QHash<QString, Pending> m_pending; // token hash -> grant
};

} // namespace fm::core
