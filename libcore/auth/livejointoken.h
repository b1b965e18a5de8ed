// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace fm::core {

// The token a Desk page hands its live connection to join (docs/reference/
// live-protocol.md): "<expiry>.<signature>", where the signature is a hash of the
// expiry and the session's id keyed with the session's own token. Only a page served
// to that session can hold it, it says nothing without the cookie, and it expires, so
// a page left open for long reloads itself instead of joining (docs/adr/0235).
class FM_CORE_EXPORT LiveJoinToken final
{
public:
    static constexpr std::chrono::seconds kLifetime{60 * 60};

    static QString issue(const QString &sessionToken, const QString &sessionId,
                         const QDateTime &now = QDateTime::currentDateTimeUtc(),
                         std::chrono::seconds lifetime = kLifetime);

    enum class Check { Valid, Malformed, Forged, Expired };
    // Whether `token` was issued for this session and is still valid at `now`.
    static Check check(const QString &token, const QString &sessionToken, const QString &sessionId,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace fm::core
