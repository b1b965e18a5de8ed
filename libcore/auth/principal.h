// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fm::core {

// Who is asking: the signed-in user (or the guest) as the auth chain found them.
// Built once per request and passed by const reference to everything that checks
// permissions; a plain value so core code never needs the HTTP layer.
struct Principal
{
    // How the request authenticated; "guest" when it carried no credentials.
    enum class Method { Guest, Session, Bearer, ApiKey, Basic, Trusted, MagicLink, System };

    QString user;      // the User's name (its login); "Guest" for guests
    QStringList roles; // from Has Role; plus the pseudo roles "All" (signed in) or "Guest"
    Method method = Method::Guest;
    QString sessionId; // the Session document's name when method is Session/Bearer/MagicLink
    QDateTime authenticatedAt; // when the password (or magic link) was last proven, UTC
    QString language; // the User's own language ("de"); empty: the client's Accept-Language

    static inline const QString kGuest = QStringLiteral("Guest");
    static inline const QString kAllRole = QStringLiteral("All");
    static inline const QString kSystemManager = QStringLiteral("System Manager");
    static inline const QString kAdministrator = QStringLiteral("Administrator");

    bool isGuest() const { return method == Method::Guest; }
    // Administrator and System Manager bypass every permission rule (ARCHITECTURE 7).
    bool isAdministrator() const
    {
        return !isGuest() && (user == kAdministrator || roles.contains(kSystemManager));
    }
    bool hasRole(const QString &role) const { return roles.contains(role); }

    static Principal guest()
    {
        Principal p;
        p.user = kGuest;
        p.roles = {kGuest};
        return p;
    }
    // The shell and the server's own jobs: full rights, recorded as Administrator.
    static Principal system()
    {
        Principal p;
        p.user = kAdministrator;
        p.roles = {kSystemManager, kAllRole};
        p.method = Method::System;
        p.authenticatedAt = QDateTime::currentDateTimeUtc();
        return p;
    }
};

} // namespace fm::core
