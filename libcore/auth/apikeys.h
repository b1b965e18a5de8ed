// SPDX-License-Identifier: MIT
#pragma once

#include "auth/userdirectory.h"

namespace fm::core {

// A new API key: the secret is in here once and never again (only its hash is stored).
struct CreatedApiKey
{
    QString id;        // the API Key document's name
    QString key;       // identifies the key, like a user name
    QString secret;    // proves it, like a password
    QDateTime expires; // invalid: never
};

// API keys for programs (`Authorization: token <key>:<secret>`), stored as rows of the
// API Key DocType with the secret's hash (docs/adr/0081). Thread-safe like the pool.
class FM_CORE_EXPORT ApiKeys final
{
public:
    ApiKeys(ConnectionPool &pool, DocumentService &service);

    // A key for `user` (which must exist), valid until `expires` (invalid: no expiry).
    Result<CreatedApiKey> create(const QString &user, const QDateTime &expires = {}) const;

    // The user's principal (method ApiKey, no authenticatedAt). Unauthorized for an
    // unknown key, a wrong secret, an expired key and a disabled user; the secret is
    // compared in constant time, and an unknown key costs the same as a known one.
    Result<Principal> verify(const QString &key, const QString &secret) const;
    // The same for "key:secret", the form the Authorization header carries.
    Result<Principal> verify(const QString &keyAndSecret) const;

private:
    ConnectionPool &m_pool;
    DocumentService &m_service;
    UserDirectory m_users;
    std::optional<Error> m_broken;
    QString m_byKeySql;
};

} // namespace fm::core
