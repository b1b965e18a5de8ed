// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QDateTime>

#include <functional>

namespace fm::core {

class DocumentService;

// Sign-in by e-mail: request() mails a single-use link to the user with that address,
// consume() turns the link's token into the user once. Only a hash of the token is
// stored (a Login Link document); the token itself exists in the mail alone.
class FM_CORE_EXPORT MagicLink final
{
public:
    static inline const QString kDocType = QStringLiteral("Login Link");
    static inline const QString kPath = QStringLiteral("/api/v1/auth/magic-link/");
    static constexpr int kLifetimeMinutes = 15;

    using Clock = std::function<QDateTime()>;

    // `clock` gives the current UTC time (tests move it); empty: the system clock.
    explicit MagicLink(DocumentService &service, Clock clock = {});

    struct Request
    {
        QString user;  // the User the link is for; empty when no account has the address
        QString email; // the Email Queue document; empty when nothing was sent
    };

    // Mails a link <baseUrl>/api/v1/auth/magic-link/<token> valid for 15 minutes to
    // the enabled user whose e-mail is `email`. No such user is not an error: the
    // answer says so only to the caller, which must not tell the client (ADR 0120).
    Result<Request> request(const QString &email, const QString &baseUrl);

    // The user the token signs in, marking the link used in the same write. An
    // unknown, used or expired token, or a user since disabled, all fail with the
    // same Unauthorized error, so a caller learns nothing from which one it was.
    Result<QString> consume(const QString &token);
    // The one error every refused link gets.
    static Error refusal();

private:
    QDateTime now() const;
    Result<QString> userFor(const QString &email);

    DocumentService &m_service;
    Clock m_clock;
};

} // namespace fm::core
