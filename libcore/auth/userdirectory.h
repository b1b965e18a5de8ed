// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"

#include <optional>

namespace fm::core {

class ConnectionPool;
class DocumentService;

// A User as the sign-in code needs it, stored password hash included.
struct UserRecord
{
    QString name; // the login name
    QString email;
    QString fullName;
    QString passwordHash; // argon2id; empty when the user has no password
    bool enabled = false;
    QStringList roles; // from Has Role, without pseudo roles
    QString language;  // the User's "language"; empty when not chosen
};

// Reads users for authentication straight from their tables: DocumentService answers
// Password fields blank (docs/adr/0082) and this runs on every request, so it uses
// the pool's cached statements. Thread-safe like the pool.
class FM_CORE_EXPORT UserDirectory final
{
public:
    UserDirectory(ConnectionPool &pool, DocumentService &service);

    // The user named `login`, else (when `alsoEmail` and no name matches) the user whose
    // e-mail is `login`, compared case-insensitively. nullopt when there is none or it
    // was deleted.
    Result<std::optional<UserRecord>> find(const QString &login, bool alsoEmail = false) const;

    // The signed-in principal for `user`: its roles plus the pseudo role "All".
    static Principal principal(const UserRecord &user, Principal::Method method,
                               const QDateTime &authenticatedAt = {});

private:
    Result<std::optional<UserRecord>> findBy(const QString &sql, const QString &value) const;

    ConnectionPool &m_pool;
    std::optional<Error> m_broken; // the core DocTypes are missing: every call says so
    QString m_byNameSql;
    QString m_byEmailSql;
    QString m_rolesSql;
};

} // namespace fm::core
