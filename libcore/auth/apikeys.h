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

// What a key's owner sees of it: never the secret, which exists only once, at creation.
struct ApiKeyInfo
{
    QString id;  // the API Key document's name
    QString key; // the public half
    QDateTime created;
    QDateTime expires; // invalid: never
    bool expired = false;
};

// API keys for programs (`Authorization: token <key>:<secret>`), stored as rows of the
// API Key DocType with the secret's hash (docs/adr/0081). Thread-safe like the pool.
class FM_CORE_EXPORT ApiKeys final
{
public:
    ApiKeys(ConnectionPool &pool, DocumentService &service);

    // A key for `user` (which must exist), valid until `expires` (invalid: no expiry).
    // An expiry in the past is refused (Validation).
    Result<CreatedApiKey> create(const QString &user, const QDateTime &expires = {}) const;

    // The user's keys, newest first, expired ones included (marked) until revoked.
    Result<QList<ApiKeyInfo>> list(const QString &user) const;
    // Deletes one key of `user` for good; NotFound for a key that is not theirs, with the
    // same message as for one that does not exist.
    Result<void> revoke(const QString &user, const QString &id) const;
    // Deletes every key of `user` (a password change does, unless asked not to); how many.
    Result<int> revokeAll(const QString &user) const;

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
