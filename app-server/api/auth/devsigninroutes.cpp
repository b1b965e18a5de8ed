// SPDX-License-Identifier: MIT
#include "api/auth/devsigninroutes.h"

#include "api/documents/apiutil.h"
#include "auth/devsignin.h"
#include "auth/ratelimiter.h"
#include "http/server.h"

#include <QUrl>
#include <QUrlQuery>

namespace fm::server::api {

namespace {

using fm::core::DevSignIn;
using http::RequestContext;
using http::Response;

const QString kPath = QStringLiteral("/api/v1/dev/sign-in");

struct DevSignInApi
{
    DevSignInApi(std::shared_ptr<AuthApi> authApi, QByteArray secret)
        : auth(std::move(authApi))
        , signIn(std::move(secret))
    {}

    std::shared_ptr<AuthApi> auth;
    DevSignIn signIn;
    // Wrong secrets and tokens, per client, with the budget of wrong passwords; kept
    // apart from the login's counter so they never lock the developer out of it.
    fm::core::RateLimiter wrongTries{fm::core::RateLimiter::kLoginsPerIp};
};

bool isLoopback(const QHostAddress &peer)
{
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).isLoopback() : peer.isLoopback();
}

// Loopback and not relayed: a reverse proxy on this machine has a loopback address too,
// and says so with one of these headers.
fm::Result<void> fromThisMachine(const RequestContext &context)
{
    if (!isLoopback(context.peer)) {
        return fm::fail(fm::ErrorCode::PermissionDenied,
                        QStringLiteral("The development sign-in answers only to this machine "
                                       "(127.0.0.1 or ::1); %1 is another one.")
                            .arg(context.peer.toString()));
    }
    for (const QByteArray header : {"Forwarded", "X-Forwarded-For", "X-Real-IP"}) {
        if (!context.header(header).isEmpty()) {
            return fm::fail(fm::ErrorCode::PermissionDenied,
                            QStringLiteral("The development sign-in does not answer through a "
                                           "proxy (the request has %1); call the server "
                                           "directly on 127.0.0.1.")
                                .arg(QString::fromLatin1(header)));
        }
    }
    return {};
}

Response trade(DevSignInApi &api, RequestContext &context)
{
    if (auto local = fromThisMachine(context); !local)
        return errorResponse(local.error(), context);
    const QString client = context.peer.toString();
    if (auto allowed = api.wrongTries.check(client); !allowed)
        return errorResponse(allowed.error(), context);
    auto body = jsonOnlyBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    const QJsonValue secret = body->value(QStringLiteral("secret"));
    if (!secret.isString()) {
        return errorResponse(
            fm::Error(fm::ErrorCode::BadRequest, QStringLiteral("Send the secret as a string: "
                                                                "{\"secret\": \"...\"}.")),
            context);
    }
    const QString user = fm::core::Principal::kAdministrator;
    auto grant = api.signIn.issue(secret.toString().toUtf8(), user);
    if (!grant) {
        if (grant.error().code() == fm::ErrorCode::Unauthorized)
            api.wrongTries.recordFailure(client);
        return errorResponse(grant.error(), context);
    }
    auto record = api.auth->passwords.users().find(user);
    if (!record)
        return errorResponse(record.error(), context);
    if (!*record || !(*record)->enabled) {
        return errorResponse(fm::Error(fm::ErrorCode::PermissionDenied,
                                       QStringLiteral("The site has no enabled user \"%1\" to "
                                                      "sign in; create the site again with "
                                                      "`m new site` or enable the user.")
                                           .arg(user)),
                             context);
    }
    // The token travels in the query, which the request log leaves out (only the path
    // is logged), so it reaches no log line.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), grant->token);
    return dataResponse(
        201, QJsonObject{{QStringLiteral("token"), grant->token},
                         {QStringLiteral("user"), grant->user},
                         {QStringLiteral("expires_in"), qint64(grant->expiresIn.count())},
                         {QStringLiteral("url"),
                          kPath + QLatin1Char('?') + query.toString(QUrl::FullyEncoded)}});
}

Response redeem(DevSignInApi &api, RequestContext &context)
{
    if (auto local = fromThisMachine(context); !local)
        return errorResponse(local.error(), context);
    const QString client = context.peer.toString();
    if (auto allowed = api.wrongTries.check(client); !allowed)
        return errorResponse(allowed.error(), context);
    auto next = DevSignIn::safeNextPath(
        context.query.queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded));
    if (!next)
        return errorResponse(next.error(), context);
    auto user = api.signIn.redeem(
        context.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
    if (!user) {
        if (user.error().code() == fm::ErrorCode::Unauthorized)
            api.wrongTries.recordFailure(client);
        return errorResponse(user.error(), context);
    }
    AuthApi &auth = *api.auth;
    auto session =
        auth.sessions.create(*user, client, QString::fromUtf8(context.header("User-Agent")),
                             std::chrono::hours(auth.config.sessionHours),
                             QDateTime::currentDateTimeUtc(), DevSignIn::kSessionKind);
    if (!session)
        return errorResponse(session.error(), context);
    Response response;
    response.status = 303;
    response.mimeType.clear();
    response.headers.append({"Location", QUrl(*next).toEncoded()});
    response.headers.append({"Set-Cookie", auth.sessionCookie(session->token)});
    // The URL held a token: keep it out of caches and out of the next page's Referer.
    response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    response.headers.append({QByteArray("Referrer-Policy"), QByteArray("no-referrer")});
    return response;
}

} // namespace

void installDevSignIn(http::Server &server, const std::shared_ptr<AuthApi> &auth)
{
    // Read once; child processes of the server (jobs, hooks) do not inherit it.
    QByteArray secret = qgetenv(DevSignIn::kEnvironmentVariable);
    qunsetenv(DevSignIn::kEnvironmentVariable);
    auto api = std::make_shared<DevSignInApi>(auth, std::move(secret));
    server.route("POST", kPath, [api](RequestContext &context) { return trade(*api, context); });
    server.get(kPath, [api](RequestContext &context) { return redeem(*api, context); });
}

} // namespace fm::server::api
