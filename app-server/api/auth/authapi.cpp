// SPDX-License-Identifier: MIT
#include "api/auth/authapi.h"

#include "project/sitecontext.h"

#include <QJsonArray>

namespace fm::server::api {

using fm::core::Principal;

AuthApi::AuthApi(Services &services)
    : config(services.config)
    , documents(services.site.service())
    , signIn(services.site.pool(), services.site.service())
    , sessions(signIn.sessions())
    , passwords(signIn.passwords())
    , keys(services.site.pool(), services.site.service())
{}

fm::core::SignInClient AuthApi::client(const http::RequestContext &context)
{
    return {context.peer.toString(), QString::fromUtf8(context.header("User-Agent"))};
}

fm::Result<fm::core::UserRecord> AuthApi::checkPassword(const http::RequestContext &context,
                                                        const QString &login,
                                                        const QString &password)
{
    return signIn.checkPassword(login, password, client(context));
}

fm::Result<void> AuthApi::requireRecentAuth(const http::RequestContext &context,
                                            const QString &reentered, const QString &field)
{
    return signIn.requireRecentAuth(context.principal, reentered, field, client(context));
}

QByteArray AuthApi::sessionCookie(const QString &token) const
{
    const qint64 maxAge = token.isEmpty() ? 0 : qint64(config.sessionHours) * 3600;
    QByteArray cookie = kCookie + '=' + token.toLatin1() +
                        "; HttpOnly; SameSite=Lax; Path=/; Max-Age=" + QByteArray::number(maxAge);
    if (config.secureCookies)
        cookie += "; Secure";
    return cookie;
}

http::Response AuthApi::signedIn(const fm::core::UserRecord &user,
                                 const fm::core::CreatedSession &session) const
{
    const QJsonObject data{{QStringLiteral("user"), user.name},
                           {QStringLiteral("full_name"), user.fullName},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)}};
    http::Response response =
        http::json(200, QJsonObject{{QStringLiteral("data"), data},
                                    {QStringLiteral("token"), session.token},
                                    {QStringLiteral("csrf_token"), session.csrfToken},
                                    {QStringLiteral("expires"),
                                     session.expires.toUTC().toString(Qt::ISODateWithMs)}});
    response.headers.append({"Set-Cookie", sessionCookie(session.token)});
    return response;
}

std::shared_ptr<AuthApi> sharedAuthApi(Services &services)
{
    static std::weak_ptr<AuthApi> current;
    std::shared_ptr<AuthApi> api = current.lock();
    if (!api) {
        api = std::make_shared<AuthApi>(services);
        current = api;
    }
    return api;
}

fm::Error signInFirst()
{
    return fm::Error(fm::ErrorCode::Unauthorized,
                     QStringLiteral("sign in first: POST /api/v1/auth/login with "
                                    "{\"email\", \"password\"}, then send the fm_session cookie "
                                    "or `Authorization: Bearer <token>`"));
}

QString methodName(Principal::Method method)
{
    switch (method) {
    case Principal::Method::Guest:
        return QStringLiteral("guest");
    case Principal::Method::Session:
        return QStringLiteral("session");
    case Principal::Method::Bearer:
        return QStringLiteral("bearer");
    case Principal::Method::ApiKey:
        return QStringLiteral("api_key");
    case Principal::Method::Basic:
        return QStringLiteral("basic");
    case Principal::Method::Trusted:
        return QStringLiteral("trusted");
    case Principal::Method::MagicLink:
        return QStringLiteral("magic_link");
    case Principal::Method::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("guest");
}

} // namespace fm::server::api
