// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>

namespace fm::core {

// Opaque random tokens (sessions, API keys) and the form they are stored in: only a
// hash of a token reaches the database, so a leaked table opens no session
// (docs/adr/0081).
class FM_CORE_EXPORT Tokens final
{
public:
    static constexpr int kTokenBytes = 32; // 256 bits of randomness
    static constexpr int kHashBytes = 32;  // BLAKE2b-256

    // kTokenBytes random bytes as unpadded base64url (43 characters).
    static QString generate();
    // BLAKE2b-256 of the token's text, as 64 lower-case hex digits. With a key (16 to 64
    // bytes, e.g. a site secret) the hash is keyed; an unusable key gives an error.
    static Result<QString> storedForm(const QString &token, const QByteArray &key = {});
    // Compares two stored forms in time that does not depend on where they differ.
    static bool equal(const QString &a, const QString &b);
};

} // namespace fm::core
