// SPDX-License-Identifier: MIT
// A user's own API keys: create (with an optional expiry), list, revoke. Keys of other
// users are not reachable here, not even by name: an administrator manages them as
// API Key documents.
#include "api/auth/authroutes.h"

#include "api/documents/apiutil.h"
#include "api/documents/pagedlist.h"

#include <QJsonArray>

namespace fm::server::api {

namespace {

using http::RequestContext;
using http::Response;

QJsonValue stamp(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// "expires": an ISO 8601 date-time (UTC unless it says otherwise), or
// "expires_in_days": a whole number of days; neither: a key that does not expire.
fm::Result<QDateTime> expiryOf(const QJsonObject &body)
{
    const QJsonValue at = body.value(QStringLiteral("expires"));
    const QJsonValue days = body.value(QStringLiteral("expires_in_days"));
    const bool hasAt = !at.isUndefined() && !at.isNull();
    const bool hasDays = !days.isUndefined() && !days.isNull();
    if (hasAt && hasDays) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("give \"expires\" or \"expires_in_days\", not both"));
    }
    if (hasDays) {
        const double n = days.toDouble(-1);
        if (!days.isDouble() || n < 1 || n > 3650 || n != double(qint64(n))) {
            return fm::fail(fm::ErrorCode::BadRequest,
                            QStringLiteral("\"expires_in_days\" must be a whole number of days "
                                           "from 1 to 3650"));
        }
        return QDateTime::currentDateTimeUtc().addDays(qint64(n));
    }
    if (!hasAt)
        return QDateTime();
    QDateTime when = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    if (!at.isString() || !when.isValid()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"expires\" must be a date-time like "
                                       "\"2027-01-31T00:00:00Z\""));
    }
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // no zone given: the API speaks UTC
    return when;
}

} // namespace

Response createApiKey(AuthApi &api, RequestContext &context)
{
    if (context.principal.isGuest())
        return errorResponse(signInFirst(), context);
    auto body = jsonBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    const QJsonValue password = body->value(QStringLiteral("password"));
    if (!password.isUndefined() && !password.isNull() && !password.isString()) {
        return errorResponse(
            fm::Error(fm::ErrorCode::BadRequest, QStringLiteral("\"password\" must be a string")),
            context);
    }
    auto expires = expiryOf(*body);
    if (!expires)
        return errorResponse(expires.error(), context);
    if (auto recent =
            api.requireRecentAuth(context, password.toString(), QStringLiteral("password"));
        !recent)
        return errorResponse(recent.error(), context);
    auto key = api.keys.create(context.principal.user, *expires);
    if (!key)
        return errorResponse(key.error(), context);
    return dataResponse(201, QJsonObject{{QStringLiteral("name"), key->id},
                                         {QStringLiteral("user"), context.principal.user},
                                         {QStringLiteral("key"), key->key},
                                         {QStringLiteral("secret"), key->secret},
                                         {QStringLiteral("expires"), stamp(key->expires)}});
}

Response listApiKeys(AuthApi &api, RequestContext &context)
{
    if (context.principal.isGuest())
        return errorResponse(signInFirst(), context);
    auto keys = api.keys.list(context.principal.user);
    if (!keys)
        return errorResponse(keys.error(), context);
    QJsonArray data;
    for (const fm::core::ApiKeyInfo &key : std::as_const(*keys)) {
        data.append(QJsonObject{{QStringLiteral("name"), key.id},
                                {QStringLiteral("key"), key.key},
                                {QStringLiteral("created"), stamp(key.created)},
                                {QStringLiteral("expires"), stamp(key.expires)},
                                {QStringLiteral("expired"), key.expired}});
    }
    return wholeList(data);
}

Response revokeApiKey(AuthApi &api, RequestContext &context)
{
    if (context.principal.isGuest())
        return errorResponse(signInFirst(), context);
    if (auto revoked = api.keys.revoke(context.principal.user, context.param(QStringLiteral("id")));
        !revoked)
        return errorResponse(revoked.error(), context);
    Response response;
    response.status = 204;
    response.mimeType.clear();
    return response;
}

} // namespace fm::server::api
