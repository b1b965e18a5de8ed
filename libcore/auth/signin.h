// SPDX-License-Identifier: MIT
#pragma once

#include "auth/passwordlogin.h"
#include "auth/principal.h"
#include "auth/ratelimiter.h"
#include "auth/sessionstore.h"
#include "auth/userdirectory.h"
#include "common/error.h"

#include <chrono>

namespace fm::core {

class ConnectionPool;
class DocumentService;
class MagicLink;

// Where the client of a sign-in is: the rate limits count per address, and a new
// session records both.
struct SignInClient
{
    QString address;   // the peer's IP address
    QString userAgent; // recorded on the session
};

// A sign-in that worked: the user and the session made for them.
struct SignedIn
{
    UserRecord user;
    CreatedSession session;
};

// The sign-in rules every transport shares (the REST API, the Desk's login, Basic
// credentials): password checks under the rate limits (per account and per client
// address, docs/adr/0110), the recent-auth re-entry sensitive changes ask for, and
// redeeming a magic link into a session. The routes only turn requests into these
// calls. Thread-safe; one per server so the limits are shared.
class FM_CORE_EXPORT SignIn final
{
public:
    // API keys and password changes need a password proven this recently.
    static constexpr std::chrono::minutes kRecentAuth{10};

    SignIn(ConnectionPool &pool, DocumentService &service);

    // The password of `login`, counted against the rate limits: RateLimited while a
    // limit is reached (even for the right password), InvalidCredentials (and one more
    // failure) when it is wrong. A success forgets the account's failures.
    Result<UserRecord> checkPassword(const QString &login, const QString &password,
                                     const SignInClient &client);

    // checkPassword() and a new password session of `lifetime` for the user.
    Result<SignedIn> withPassword(const QString &login, const QString &password,
                                  const SignInClient &client, std::chrono::seconds lifetime);

    // Passes when `who` proved their password in the last kRecentAuth, or when
    // `reentered` is that password (then the session records the new proof); else
    // ReauthRequired naming `field`, the body field to send the password in.
    Result<void> requireRecentAuth(const Principal &who, const QString &reentered,
                                   const QString &field, const SignInClient &client);

    // The session a magic link's token opens (a single use; docs/adr/0120). Wrong
    // links count against the client address's limit like wrong passwords; every
    // refused link gets MagicLink::refusal().
    Result<SignedIn> redeemMagicLink(MagicLink &links, const QString &token,
                                     const SignInClient &client, std::chrono::seconds lifetime);

    SessionStore &sessions() { return m_sessions; }
    PasswordLogin &passwords() { return m_passwords; }

private:
    SessionStore m_sessions;
    PasswordLogin m_passwords;
    // Failed password checks (login, Basic, re-entry) per account and per client address;
    // wrong magic links count per address. In the site's database, so every server of
    // the site counts against the same budget.
    RateLimiter m_perAccount;
    RateLimiter m_perAddress;
};

} // namespace fm::core
