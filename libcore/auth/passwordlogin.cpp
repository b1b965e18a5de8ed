// SPDX-License-Identifier: MIT
#include "auth/passwordlogin.h"

#include "auth/passwordhasher.h"
#include "auth/tokens.h"
#include "data/documentservice.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct PasswordloginTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::PasswordLogin)
};

const QString kUser = QStringLiteral("User");
const QString kPassword = QStringLiteral("password");

// Made once, with today's limits, so checking it costs what checking a real hash costs.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(Tokens::generate()).value_or(QString());
    return hash;
}

Error invalidCredentials()
{
    return Error(
        ErrorCode::InvalidCredentials,
        PasswordloginTr::tr("the user name (or e-mail) or the password is wrong; check both "
                            "and try again"));
}

} // namespace

PasswordLogin::PasswordLogin(ConnectionPool &pool, DocumentService &service)
    : m_service(service)
    , m_users(pool, service)
{}

Result<UserRecord> PasswordLogin::verify(const QString &login, const QString &password) const
{
    auto found = m_users.find(login.trimmed(), true);
    if (!found)
        return fail(found.error());
    const bool real = found->has_value() && !(*found)->passwordHash.isEmpty();
    const QString &hash = real ? (*found)->passwordHash : dummyHash();
    const bool matches = PasswordHasher::verify(password, hash);
    if (!real || !matches || !(*found)->enabled)
        return fail(invalidCredentials());
    const UserRecord &user = **found;
    if (PasswordHasher::needsRehash(user.passwordHash)) {
        // Best effort: the login stands even if the upgrade fails; the next one retries.
        Document changes(kUser);
        changes.setName(user.name);
        changes.setValue(kPassword, password);
        (void)m_service.update(changes, user.name);
    }
    return user;
}

Result<void> PasswordLogin::change(const QString &user, const QString &newPassword,
                                   const QString &field) const
{
    if (newPassword.size() < kMinLength)
        return fail(
            ErrorCode::Validation,
            PasswordloginTr::tr("the new password is too short; give at least %1 characters")
                .arg(kMinLength),
            {{field, QStringLiteral("too_short"),
              PasswordloginTr::tr("give at least %1 characters").arg(kMinLength)}});
    if (newPassword.toUtf8().size() > PasswordHasher::kMaxLength)
        return fail(
            ErrorCode::Validation,
            PasswordloginTr::tr("the new password is longer than %1 bytes; give a shorter one")
                .arg(PasswordHasher::kMaxLength),
            {{field, QStringLiteral("too_long"),
              PasswordloginTr::tr("give at most %1 bytes").arg(PasswordHasher::kMaxLength)}});
    if (PasswordHasher::isHash(newPassword))
        // DocumentService keeps such a value as a stored hash (docs/adr/0082).
        return fail(
            ErrorCode::Validation,
            PasswordloginTr::tr("the new password looks like an argon2id hash; choose another"),
            {{field, QStringLiteral("invalid"), PasswordloginTr::tr("choose another password")}});
    Document changes(kUser);
    changes.setName(user);
    changes.setValue(kPassword, newPassword);
    auto saved = m_service.update(changes, user);
    if (!saved)
        return fail(saved.error());
    return {};
}

} // namespace fm::core
