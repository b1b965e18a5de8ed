// SPDX-License-Identifier: MIT
#include "api/auth/authroutes.h"

#include "api/documents/apiutil.h"
#include "api/documents/pagedlist.h"

#include "auth/useraccounts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fm::server::api {

namespace {

using fm::core::Principal;
using http::RequestContext;
using http::Response;

QJsonValue stamp(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

Response noContent(const QByteArray &cookie = {})
{
    Response response;
    response.status = 204;
    response.mimeType.clear();
    if (!cookie.isEmpty())
        response.headers.append({"Set-Cookie", cookie});
    return response;
}

// The body's string `field`, or BadRequest naming it.
fm::Result<QString> stringField(const QJsonObject &body, const QString &field, bool required)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (!required)
            return QString();
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("the body has no \"%1\"; send it as a string").arg(field));
    }
    if (!value.isString())
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"%1\" must be a string").arg(field));
    return value.toString();
}

} // namespace

Response login(AuthApi &api, RequestContext &context)
{
    auto body = jsonOnlyBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    const QString field = body->contains(QStringLiteral("username")) ? QStringLiteral("username")
                                                                     : QStringLiteral("email");
    auto login = stringField(*body, field, true);
    auto password = login ? stringField(*body, QStringLiteral("password"), true) : login;
    if (!login || !password)
        return errorResponse(login ? password.error() : login.error(), context);
    auto signedIn =
        api.signIn.withPassword(*login, *password, AuthApi::client(context), api.sessionLifetime());
    if (!signedIn)
        return errorResponse(signedIn.error(), context);
    return api.signedIn(signedIn->user, signedIn->session);
}

Response logout(AuthApi &api, RequestContext &context)
{
    const Principal &principal = context.principal;
    if (principal.isGuest())
        return errorResponse(signInFirst(), context);
    if (principal.sessionId.isEmpty())
        return errorResponse(
            fm::Error(fm::ErrorCode::BadRequest,
                      QStringLiteral("this request has no session to end (it signed in with %1); "
                                     "API keys end when their API Key document is deleted")
                          .arg(methodName(principal.method))),
            context);
    if (auto revoked = api.sessions.revoke(principal.sessionId); !revoked)
        return errorResponse(revoked.error(), context);
    return noContent(api.sessionCookie({}));
}

Response me(AuthApi &api, RequestContext &context)
{
    const Principal &principal = context.principal;
    if (principal.isGuest())
        return errorResponse(signInFirst(), context);
    auto user = api.passwords.users().find(principal.user);
    if (!user)
        return errorResponse(user.error(), context);
    QJsonObject data{
        {QStringLiteral("user"), principal.user},
        {QStringLiteral("full_name"), *user ? (*user)->fullName : QString()},
        {QStringLiteral("email"), *user ? (*user)->email : QString()},
        {QStringLiteral("language"),
         *user && !(*user)->language.isEmpty() ? QJsonValue((*user)->language) : QJsonValue()},
        {QStringLiteral("roles"), QJsonArray::fromStringList(principal.roles)},
        {QStringLiteral("method"), methodName(principal.method)},
        {QStringLiteral("session"),
         principal.sessionId.isEmpty() ? QJsonValue() : QJsonValue(principal.sessionId)},
        {QStringLiteral("authenticated_at"), stamp(principal.authenticatedAt)}};
    // A page that lost the CSRF token (a reload) gets it back here; only requests that
    // carry the cookie need one, and only they can derive it.
    if (principal.method == Principal::Method::Session)
        data.insert(QStringLiteral("csrf_token"),
                    fm::core::SessionStore::csrfTokenFor(
                        QString::fromLatin1(context.cookie(AuthApi::kCookie))));
    return dataResponse(200, data);
}

Response updateMe(AuthApi &api, RequestContext &context)
{
    const Principal &principal = context.principal;
    if (principal.isGuest())
        return errorResponse(signInFirst(), context);
    auto body = jsonBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != QLatin1String("language"))
            return errorResponse(
                fm::Error(fm::ErrorCode::BadRequest,
                          QCoreApplication::translate(
                              "fm::server::api::Auth",
                              "\"%1\" cannot be changed here: PATCH /api/v1/auth/me takes only "
                              "\"language\"; the rest of a User is changed by a System Manager")
                              .arg(it.key())),
                context);
    }
    auto language = stringField(*body, QStringLiteral("language"), true);
    if (!language && !body->value(QStringLiteral("language")).isNull())
        return errorResponse(language.error(), context);
    if (auto set = fm::core::UserAccounts::setLanguage(api.documents, principal.user,
                                                       language.value_or(QString()));
        !set)
        return errorResponse(set.error(), context);
    return me(api, context);
}

Response listSessions(AuthApi &api, RequestContext &context)
{
    if (context.principal.isGuest())
        return errorResponse(signInFirst(), context);
    auto sessions = api.sessions.list(context.principal.user);
    if (!sessions)
        return errorResponse(sessions.error(), context);
    QJsonArray data;
    for (const fm::core::SessionInfo &session : *sessions) {
        data.append(
            QJsonObject{{QStringLiteral("id"), session.id},
                        {QStringLiteral("current"), session.id == context.principal.sessionId},
                        {QStringLiteral("kind"), session.kind},
                        {QStringLiteral("ip"), session.ip},
                        {QStringLiteral("user_agent"), session.userAgent},
                        {QStringLiteral("created"), stamp(session.created)},
                        {QStringLiteral("last_seen"), stamp(session.lastSeen)},
                        {QStringLiteral("expires"), stamp(session.expires)},
                        {QStringLiteral("authenticated_at"), stamp(session.authenticatedAt)}});
    }
    return wholeList(data);
}

Response revokeSession(AuthApi &api, RequestContext &context)
{
    if (context.principal.isGuest())
        return errorResponse(signInFirst(), context);
    const QString id = context.param(QStringLiteral("id"));
    if (auto revoked = api.sessions.revoke(id, context.principal.user); !revoked)
        return errorResponse(revoked.error(), context);
    return noContent(id == context.principal.sessionId ? api.sessionCookie({}) : QByteArray());
}

Response revokeAllSessions(AuthApi &api, RequestContext &context)
{
    if (context.principal.isGuest())
        return errorResponse(signInFirst(), context);
    auto revoked = api.sessions.revokeAll(context.principal.user);
    if (!revoked)
        return errorResponse(revoked.error(), context);
    Response response = dataResponse(200, QJsonObject{{QStringLiteral("revoked"), *revoked}});
    response.headers.append({"Set-Cookie", api.sessionCookie({})});
    return response;
}

Response changePassword(AuthApi &api, RequestContext &context)
{
    const Principal &principal = context.principal;
    if (principal.isGuest())
        return errorResponse(signInFirst(), context);
    auto body = jsonBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    auto current = stringField(*body, QStringLiteral("current_password"), true);
    auto next = current ? stringField(*body, QStringLiteral("new_password"), true) : current;
    if (!current || !next)
        return errorResponse(current ? next.error() : current.error(), context);
    // The current password is the re-entry that recent-auth asks for (docs/adr/0110).
    if (auto recent = api.requireRecentAuth(context, *current, QStringLiteral("current_password"));
        !recent)
        return errorResponse(recent.error(), context);
    // API keys go too unless the body says "revoke_api_keys": false: a changed password
    // usually means the old one leaked, and a key made with it may have leaked alongside.
    const QJsonValue revokeKeys = body->value(QStringLiteral("revoke_api_keys"));
    if (!revokeKeys.isUndefined() && !revokeKeys.isBool()) {
        return errorResponse(fm::Error(fm::ErrorCode::BadRequest,
                                       QStringLiteral("\"revoke_api_keys\" must be true or false "
                                                      "(true when left out)")),
                             context);
    }
    if (auto changed = api.passwords.change(principal.user, *next); !changed)
        return errorResponse(changed.error(), context);
    auto revoked = api.sessions.revokeAll(principal.user, principal.sessionId);
    if (!revoked)
        return errorResponse(revoked.error(), context);
    int keys = 0;
    if (revokeKeys.toBool(true)) {
        auto gone = api.keys.revokeAll(principal.user);
        if (!gone)
            return errorResponse(gone.error(), context);
        keys = *gone;
    }
    return dataResponse(200, QJsonObject{{QStringLiteral("other_sessions_revoked"), *revoked},
                                         {QStringLiteral("api_keys_revoked"), keys}});
}

} // namespace fm::server::api
