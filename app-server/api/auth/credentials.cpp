// SPDX-License-Identifier: MIT
#include "api/auth/credentials.h"

#include "auth/userdirectory.h"

namespace fm::server::api {

namespace {

using fm::core::Principal;
using http::RequestContext;
using http::Response;

// Routes that sign people in work with stale credentials still in the browser: an
// expired cookie must not stand between a user and the login.
bool signsIn(const QString &route)
{
    return route == u"/api/v1/auth/login" || route.startsWith(u"/api/v1/auth/magic-link") ||
           route == u"/api/v1/dev/sign-in" || route.startsWith(u"/desk/login");
}

fm::Error refused(const fm::Error &why)
{
    if (why.code() == fm::ErrorCode::Unauthorized || why.code() == fm::ErrorCode::RateLimited)
        return why;
    if (why.code() == fm::ErrorCode::InvalidCredentials)
        return fm::Error(fm::ErrorCode::Unauthorized,
                         QStringLiteral("the user name or password in the Basic credentials is "
                                        "wrong; check both, or log in with POST "
                                        "/api/v1/auth/login"));
    return why; // a database failure stays what it is
}

fm::Result<Principal> fromBasic(AuthApi &api, const RequestContext &context,
                                const QByteArray &encoded)
{
    const QByteArray decoded = QByteArray::fromBase64(encoded.trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return fm::fail(fm::ErrorCode::Unauthorized,
                        QStringLiteral("the Basic credentials are not base64 of "
                                       "\"<user>:<password>\"; send them in that form"));
    auto user = api.checkPassword(context, QString::fromUtf8(decoded.left(colon)),
                                  QString::fromUtf8(decoded.mid(colon + 1)));
    if (!user)
        return fm::fail(refused(user.error()));
    // The password was proven by this very request.
    return fm::core::UserDirectory::principal(*user, Principal::Method::Basic,
                                              QDateTime::currentDateTimeUtc());
}

fm::Result<Principal> fromAuthorization(AuthApi &api, const RequestContext &context,
                                        const QByteArray &header)
{
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray value = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme == "bearer")
        return api.sessions.verify(QString::fromLatin1(value), Principal::Method::Bearer);
    if (scheme == "token")
        return api.keys.verify(QString::fromLatin1(value));
    if (scheme == "basic")
        return fromBasic(api, context, value);
    return fm::fail(fm::ErrorCode::Unauthorized,
                    QStringLiteral("the Authorization scheme \"%1\" is not supported; use "
                                   "\"Bearer <token>\", \"token <key>:<secret>\" or \"Basic\"")
                        .arg(QString::fromLatin1(scheme)));
}

bool isTrustedProxy(const ServerConfig &config, const QHostAddress &peer)
{
    for (const QHostAddress &proxy : config.trustedProxies) {
        // TolerantConversion: 127.0.0.1 also matches the mapped ::ffff:127.0.0.1.
        if (proxy.isEqual(peer, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

fm::Result<Principal> fromTrustedHeader(AuthApi &api, const QString &login)
{
    auto found = api.passwords.users().find(login.trimmed(), true);
    if (!found)
        return fm::fail(found.error());
    if (!found->has_value() || !(*found)->enabled)
        return fm::fail(fm::ErrorCode::Unauthorized,
                        QStringLiteral("the gateway named user \"%1\", who is unknown or "
                                       "disabled here; add the user (`m user add`) or enable it")
                            .arg(login));
    return fm::core::UserDirectory::principal(**found, Principal::Method::Trusted);
}

} // namespace

std::optional<Response> authenticate(AuthApi &api, RequestContext &context)
{
    context.principal = Principal::guest();
    if (signsIn(context.route))
        return std::nullopt;

    fm::Result<Principal> principal = Principal::guest();
    bool fromCookie = false;
    if (const QByteArray cookie = context.cookie(AuthApi::kCookie); !cookie.isEmpty()) {
        principal = api.sessions.verify(QString::fromLatin1(cookie), Principal::Method::Session);
        fromCookie = true;
    } else if (const QByteArray header = context.header("Authorization"); !header.isEmpty()) {
        principal = fromAuthorization(api, context, header);
    } else if (!api.config.trustedUserHeader.isEmpty() &&
               isTrustedProxy(api.config, context.peer)) {
        // From anyone else the header is ignored: a client could name any user in it.
        const QByteArray user = context.header(api.config.trustedUserHeader.toLatin1());
        if (!user.isEmpty())
            principal = fromTrustedHeader(api, QString::fromUtf8(user));
    }
    if (principal) {
        context.principal = *principal;
        return std::nullopt;
    }
    fm::Error error = principal.error();
    if (error.code() == fm::ErrorCode::Unauthorized &&
        !error.message().contains(QStringLiteral("/api/v1/auth/login")))
        error = fm::Error(error.code(), error.message() + QStringLiteral("; or log in with POST "
                                                                         "/api/v1/auth/login"));
    Response response = http::error(error, context.requestId);
    // A dead session cookie is dropped, so the browser stops sending it.
    if (fromCookie && principal.error().code() == fm::ErrorCode::Unauthorized)
        response.headers.append({"Set-Cookie", api.sessionCookie({})});
    return response;
}

std::optional<Response> checkCsrf(AuthApi &api, RequestContext &context)
{
    if (context.principal.method != Principal::Method::Session)
        return std::nullopt;
    static const QByteArrayList unsafe{"POST", "PUT", "PATCH", "DELETE"};
    if (!unsafe.contains(context.method))
        return std::nullopt;
    QByteArray given = context.header(AuthApi::kCsrfHeader);
    // An HTML form cannot send a header: the Desk's forms carry the token as the
    // field csrf_token instead (same token, same check).
    if (given.isEmpty() && context.isFormPost())
        given = context.form()
                    .queryItemValue(QString::fromLatin1(AuthApi::kCsrfField), QUrl::FullyDecoded)
                    .toLatin1();
    auto matches =
        api.sessions.csrfMatches(context.principal.sessionId, QString::fromLatin1(given));
    if (!matches)
        return http::error(matches.error(), context.requestId);
    if (*matches)
        return std::nullopt;
    return http::error(
        fm::Error(fm::ErrorCode::PermissionDenied,
                  QStringLiteral("%1 with the session cookie needs the %2 header holding the "
                                 "csrf_token from the login answer; %3. Scripts can send "
                                 "`Authorization: Bearer <token>` instead")
                      .arg(QString::fromLatin1(context.method),
                           QString::fromLatin1(AuthApi::kCsrfHeader),
                           given.isEmpty() ? QStringLiteral("it is missing")
                                           : QStringLiteral("it does not match"))),
        context.requestId);
}

} // namespace fm::server::api
