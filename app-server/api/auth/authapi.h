// SPDX-License-Identifier: MIT
#pragma once

#include "api/services.h"
#include "auth/apikeys.h"
#include "auth/passwordlogin.h"
#include "auth/ratelimiter.h"
#include "auth/sessionstore.h"
#include "auth/signin.h"
#include "http/requestcontext.h"
#include "http/response.h"

#include <chrono>
#include <memory>

namespace fm::server::api {

// What the auth middlewares and routes share; one per server, safe on every worker. The
// sign-in rules (rate limits, recent-auth, magic links) are fm::core::SignIn's; this
// adds what is HTTP: the cookie and the client's address.
struct AuthApi
{
    explicit AuthApi(Services &services);

    static constexpr std::chrono::minutes kRecentAuth = fm::core::SignIn::kRecentAuth;
    static inline const QByteArray kCookie = "fm_session";
    static inline const QByteArray kCsrfHeader = "X-CSRF-Token";
    static inline const QByteArray kCsrfField = "csrf_token"; // in an HTML form post

    ServerConfig config;
    fm::core::DocumentService &documents; // for the user's own settings (updateMe)
    fm::core::SignIn signIn;
    fm::core::SessionStore &sessions;
    fm::core::PasswordLogin &passwords;
    fm::core::ApiKeys keys;

    // The request's client as the sign-in rules see it.
    static fm::core::SignInClient client(const http::RequestContext &context);
    std::chrono::seconds sessionLifetime() const { return std::chrono::hours(config.sessionHours); }

    // SignIn::checkPassword for this request's client.
    fm::Result<fm::core::UserRecord> checkPassword(const http::RequestContext &context,
                                                   const QString &login, const QString &password);

    // SignIn::requireRecentAuth for this request's principal and client.
    fm::Result<void> requireRecentAuth(const http::RequestContext &context,
                                       const QString &reentered, const QString &field);

    // "fm_session=<token>; HttpOnly; SameSite=Lax; Path=/; Max-Age=<session_hours>"
    // (+ "; Secure" with secure_cookies); an empty token clears the cookie.
    QByteArray sessionCookie(const QString &token) const;

    // The answer to a sign-in (password or magic link): 200 {"data":{"user",
    // "full_name","roles"},"token","csrf_token","expires"} with the session cookie.
    http::Response signedIn(const fm::core::UserRecord &user,
                            const fm::core::CreatedSession &session) const;
};

// The one AuthApi of the server (its sessions, cookie and rate limits), shared by the
// auth and CSRF middlewares, the auth routes and the Desk's login: made by the first
// module that asks, it lives as long as the handlers that hold it.
std::shared_ptr<AuthApi> sharedAuthApi(Services &services);

// Unauthorized for requests that need a signed-in user, saying how to sign in.
fm::Error signInFirst();

// Principal::Method as the API names it: "session", "bearer", "api_key", ...
QString methodName(fm::core::Principal::Method method);

} // namespace fm::server::api
