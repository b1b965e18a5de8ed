// SPDX-License-Identifier: MIT
#include "auth/passwordhasher.h"

#include "auth/sodium.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct PasswordhasherTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::PasswordHasher)
};

// Interactive limits: about 64 MiB and a few tens of milliseconds per hash, so a
// 2-core server answers logins without queueing them (docs/adr/0080).
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

const QString kPrefix = QStringLiteral("$argon2id$");

} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (password.isEmpty())
        return fail(ErrorCode::Validation,
                    PasswordhasherTr::tr("the password is empty; give a password"));
    const QByteArray utf8 = password.toUtf8();
    if (utf8.size() > kMaxLength)
        return fail(ErrorCode::Validation,
                    PasswordhasherTr::tr("the password is longer than %1 bytes; give a shorter one")
                        .arg(kMaxLength));
    if (!detail::sodiumReady())
        return fail(ErrorCode::Internal,
                    PasswordhasherTr::tr("libsodium could not be initialised; check the system's "
                                         "random number source"));
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit) != 0)
        return fail(
            ErrorCode::Internal,
            PasswordhasherTr::tr("hashing the password ran out of memory (it needs %1 MiB); "
                                 "free memory on the server")
                .arg(kMemLimit / (1024 * 1024)));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &hash)
{
    if (password.isEmpty() || !isHash(hash) || hash.size() >= crypto_pwhash_STRBYTES ||
        !detail::sodiumReady())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    if (!isHash(hash) || !detail::sodiumReady())
        return true;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

bool PasswordHasher::isHash(const QString &text)
{
    return text.startsWith(kPrefix);
}

} // namespace fm::core
