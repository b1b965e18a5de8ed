// SPDX-License-Identifier: MIT
#include "api/auth/authapi.h"

#include "project/sitecontext.h"

#include <QJsonArray>

namespace fm::server::api {

using fm::core::Principal;

AuthApi::AuthApi(Services &services)
    : config(services.config)
    , documents(services.site.service())
    , sessions(services.site.pool(), services.site.service())
    , passwords(services.site.pool(), services.site.service())
    , keys(services.site.pool(), services.site.service())
{}

fm::Result<fm::core::UserRecord> AuthApi::checkPassword(const http::RequestContext &context,
                                                        const QString &login,
                                                        const QString &password)
{
    // Keys are case-insensitive so "Ann" and "ann" share one account budget.
    const QString account = login.trimmed().toLower();
    const QString ip = context.peer.toString();
    if (auto allowed = perIp.check(ip); !allowed)
        return fm::fail(allowed.error());
    if (auto allowed = perAccount.check(account); !allowed)
        return fm::fail(allowed.error());
    auto user = passwords.verify(login, password);
    if (!user) {
        if (user.error().code() == fm::ErrorCode::InvalidCredentials) {
            perIp.recordFailure(ip);
            perAccount.recordFailure(account);
        }
        return user;
    }
    perAccount.reset(account);
    return user;
}

fm::Result<void> AuthApi::requireRecentAuth(const http::RequestContext &context,
                                            const QString &reentered, const QString &field)
{
    const Principal &principal = context.principal;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reentered.isEmpty()) {
        const QDateTime at = principal.authenticatedAt;
        if (at.isValid() && at.secsTo(now) <= std::chrono::seconds(kRecentAuth).count())
            return {};
        return fm::fail(fm::ErrorCode::ReauthRequired,
                        QStringLiteral("this needs a login in the last %1 minutes; log in again "
                                       "(POST /api/v1/auth/login) or re-enter your password as "
                                       "\"%2\" in the body")
                            .arg(kRecentAuth.count())
                            .arg(field));
    }
    auto user = checkPassword(context, principal.user, reentered);
    if (!user) {
        if (user.error().code() != fm::ErrorCode::InvalidCredentials)
            return fm::fail(user.error());
        return fm::fail(fm::ErrorCode::ReauthRequired,
                        QStringLiteral("the password in \"%1\" is wrong; re-enter your current "
                                       "password, or log in again")
                            .arg(field));
    }
    if (!principal.sessionId.isEmpty())
        return sessions.markAuthenticated(principal.sessionId, now);
    return {};
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
