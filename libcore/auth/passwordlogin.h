// SPDX-License-Identifier: MIT
#pragma once

#include "auth/userdirectory.h"

namespace fm::core {

// Checks a login name (or e-mail) and password against the stored argon2id hash.
class FM_CORE_EXPORT PasswordLogin final
{
public:
    PasswordLogin(ConnectionPool &pool, DocumentService &service);

    // The enabled user whose password this is. An unknown user, a wrong password, a
    // disabled user and a user without a password all fail with the same
    // InvalidCredentials and take about the same time (a dummy hash is checked when
    // there is no real one), so the answer never tells which accounts exist. A hash
    // made with older limits is upgraded on success.
    Result<UserRecord> verify(const QString &login, const QString &password) const;

    // Sets a new password (stored hashed by DocumentService); refuses one shorter than
    // kMinLength with a Validation error on `field`.
    Result<void> change(const QString &user, const QString &newPassword,
                        const QString &field = QStringLiteral("new_password")) const;

    const UserDirectory &users() const { return m_users; }

    static constexpr int kMinLength = 8;

private:
    DocumentService &m_service;
    UserDirectory m_users;
};

} // namespace fm::core
