// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

namespace fm::core {

// Argon2id password hashes in libsodium's self-describing string form
// ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"), so the limits of an old hash are
// read from the hash itself and a stored hash stays verifiable after the limits
// change (docs/adr/0080).
class FM_CORE_EXPORT PasswordHasher final
{
public:
    // Refuses an empty password and one longer than kMaxLength bytes (UTF-8).
    static Result<QString> hash(const QString &password);
    // False for a wrong password and for anything that is not an argon2id hash.
    static bool verify(const QString &password, const QString &hash);
    // True when the hash was made with other limits than today's: rehash on login.
    static bool needsRehash(const QString &hash);
    // True for text in the form hash() returns (it is not checked further).
    static bool isHash(const QString &text);

    static constexpr qsizetype kMaxLength = 1024;
};

} // namespace fm::core
