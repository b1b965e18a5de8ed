// SPDX-License-Identifier: MIT
#include "auth/devsignin.h"

#include "auth/sodium.h"
#include "auth/tokens.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace fm::core {

namespace {

struct DevsigninTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DevSignIn)
};

// BLAKE2b-256: both sides of the comparison get the same length whatever was sent,
// so the compare time says nothing about the secret's length either.
QByteArray hashOf(const QByteArray &bytes)
{
    if (!detail::sodiumReady())
        return {};
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), nullptr, 0);
    return out;
}

} // namespace

DevSignIn::DevSignIn(QByteArray secret, Clock clock)
    : m_secretHash(secret.isEmpty() ? QByteArray() : hashOf(secret))
    , m_secretSize(int(secret.size()))
    , m_clock(std::move(clock))
{
    // The secret itself is not kept: only its hash is compared.
    if (!secret.isEmpty() && detail::sodiumReady())
        sodium_memzero(secret.data(), size_t(secret.size()));
}

Error DevSignIn::refusal()
{
    return Error(ErrorCode::Unauthorized,
                 DevsigninTr::tr("This development sign-in token is not valid: it is unknown, "
                                 "already used or older than %1 seconds. Ask for a new one with "
                                 "POST /api/v1/dev/sign-in.")
                     .arg(kLifetime.count()));
}

qint64 DevSignIn::now() const
{
    if (m_clock)
        return m_clock();
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void DevSignIn::prune(qint64 at)
{
    m_pending.removeIf([at](const auto &entry) { return entry.value().expires <= at; });
    while (m_pending.size() >= kMaxPending) {
        auto oldest = std::min_element(
            m_pending.begin(), m_pending.end(),
            [](const Pending &a, const Pending &b) { return a.issued < b.issued; });
        m_pending.erase(oldest);
    }
}

Result<DevSignIn::Grant> DevSignIn::issue(const QByteArray &offered, const QString &user)
{
    if (m_secretHash.isEmpty()) {
        return fail(ErrorCode::PermissionDenied,
                    DevsigninTr::tr("The development sign-in is off: start the server with "
                                    "`m start --dev` and a secret of at least %1 bytes in the "
                                    "environment variable %2 (the Studio does this).")
                        .arg(kMinSecretBytes)
                        .arg(QLatin1String(kEnvironmentVariable)));
    }
    if (m_secretSize < kMinSecretBytes) {
        return fail(ErrorCode::PermissionDenied,
                    DevsigninTr::tr("The development sign-in is off: %1 has %2 bytes, fewer than "
                                    "the %3 it needs. Restart the server with a longer random "
                                    "secret.")
                        .arg(QLatin1String(kEnvironmentVariable))
                        .arg(m_secretSize)
                        .arg(kMinSecretBytes));
    }
    const QByteArray given = hashOf(offered);
    if (offered.isEmpty() || given.size() != m_secretHash.size() ||
        sodium_memcmp(given.constData(), m_secretHash.constData(), size_t(given.size())) != 0) {
        return fail(ErrorCode::Unauthorized,
                    DevsigninTr::tr("The secret is not the one this server was started with; "
                                    "send the value of %1 from the server's environment as "
                                    "\"secret\".")
                        .arg(QLatin1String(kEnvironmentVariable)));
    }
    const QString token = Tokens::generate();
    auto stored = Tokens::storedForm(token);
    if (!stored)
        return fail(stored.error());
    const qint64 at = now();
    QMutexLocker lock(&m_lock);
    prune(at);
    m_pending.insert(*stored, Pending{user, at + qint64(kLifetime.count()) * 1000, at});
    return Grant{token, user, kLifetime};
}

Result<QString> DevSignIn::redeem(const QString &token)
{
    if (token.isEmpty())
        return fail(refusal());
    auto stored = Tokens::storedForm(token);
    if (!stored)
        return fail(stored.error());
    QMutexLocker lock(&m_lock);
    // Taken out whatever follows: a token is tried once.
    const auto it = m_pending.constFind(*stored);
    if (it == m_pending.cend())
        return fail(refusal());
    const Pending pending = it.value();
    m_pending.erase(it);
    if (pending.expires <= now())
        return fail(refusal());
    return pending.user;
}

Result<QString> DevSignIn::safeNextPath(const QString &next)
{
    if (next.isEmpty())
        return QStringLiteral("/");
    const auto refuse = [&next] {
        return fail(ErrorCode::BadRequest,
                    DevsigninTr::tr("\"next\" must be a path on this server starting with one "
                                    "\"/\" (like /desk); \"%1\" is not.")
                        .arg(next.left(200)));
    };
    // "//host" and "/\host" are other hosts to a browser; control characters could
    // split the Location header.
    if (!next.startsWith(u'/') || next.startsWith(QStringLiteral("//")) ||
        next.startsWith(QStringLiteral("/\\")) || next.size() > 2000)
        return refuse();
    if (std::any_of(next.cbegin(), next.cend(),
                    [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return refuse();
    const QUrl url(next, QUrl::StrictMode);
    if (!url.isValid() || !url.scheme().isEmpty() || !url.host().isEmpty())
        return refuse();
    return next;
}

} // namespace fm::core
