// SPDX-License-Identifier: MIT
// Document Share over REST (docs/guide/permissions.md):
//   POST   /api/v1/share                    {"doctype","name","user","read","write","share"}
//   DELETE /api/v1/share/{id}
//   GET    /api/v1/{doctype}/{name}/shares
// Who may do what is DocumentShares' business; this file only speaks HTTP.
// Order 60: after authentication (20) and CSRF (40) have run.
#include "api/documents/apiutil.h"
#include "api/module.h"
#include "api/services.h"
#include "http/server.h"
#include "permissions/documentaccess.h"
#include "permissions/documentshares.h"
#include "project/sitecontext.h"

#include <QJsonArray>

#include <memory>
#include <tuple>
#include <utility>

namespace fm::server::api {

namespace {

using fm::core::DocumentShares;
using http::RequestContext;
using http::Response;

struct ShareApi
{
    explicit ShareApi(Services &services)
        : meta(services.site.meta())
        , shares(services.access)
    {}

    const fm::core::MetaRegistry &meta;
    DocumentShares shares;
};

fm::Result<QString> requiredString(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        return fm::fail(
            fm::ErrorCode::BadRequest,
            QStringLiteral("\"%1\" is missing or not a string; the body is "
                           "{\"doctype\",\"name\",\"user\",\"read\",\"write\",\"share\"}")
                .arg(key));
    }
    return value.toString();
}

fm::Result<bool> optionalFlag(const QJsonObject &body, const QString &key, bool fallback)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"%1\" must be true or false").arg(key));
    }
    return value.toBool();
}

fm::Result<DocumentShares::Grant> grantFrom(const ShareApi &api, const QJsonObject &body)
{
    DocumentShares::Grant grant;
    auto doctype = requiredString(body, QStringLiteral("doctype"));
    if (!doctype)
        return fm::fail(doctype.error());
    auto resolved = resolveDoctype(api.meta, *doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    grant.doctype = (*resolved)->name;
    for (auto [key, target] : {std::pair{"name", &grant.name}, std::pair{"user", &grant.user}}) {
        auto value = requiredString(body, QLatin1String(key));
        if (!value)
            return fm::fail(value.error());
        *target = *value;
    }
    for (auto [key, target, fallback] :
         {std::tuple{"read", &grant.read, true}, std::tuple{"write", &grant.write, false},
          std::tuple{"share", &grant.share, false}}) {
        auto flag = optionalFlag(body, QLatin1String(key), fallback);
        if (!flag)
            return fm::fail(flag.error());
        *target = *flag;
    }
    return grant;
}

Response share(ShareApi &api, RequestContext &context)
{
    auto body = jsonBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    auto grant = grantFrom(api, *body);
    if (!grant)
        return errorResponse(grant.error(), context);
    auto saved = api.shares.share(context.principal, *grant);
    if (!saved)
        return errorResponse(saved.error(), context);
    return dataResponse(saved->created ? 201 : 200, saved->share.toJson());
}

Response unshare(ShareApi &api, RequestContext &context)
{
    auto removed = api.shares.unshare(context.principal, context.param(QStringLiteral("id")));
    if (!removed)
        return errorResponse(removed.error(), context);
    Response response;
    response.status = 204;
    response.mimeType.clear();
    return response;
}

Response listShares(ShareApi &api, RequestContext &context)
{
    auto doctype = resolveDoctype(api.meta, context.param(QStringLiteral("doctype")));
    if (!doctype)
        return errorResponse(doctype.error(), context);
    auto rows = api.shares.shares(context.principal, (*doctype)->name,
                                  context.param(QStringLiteral("name")));
    if (!rows)
        return errorResponse(rows.error(), context);
    QJsonArray data;
    for (const fm::core::Document &row : std::as_const(*rows))
        data.append(row.toJson());
    return dataResponse(200, data);
}

void install(http::Server &server, Services &services)
{
    auto api = std::make_shared<ShareApi>(services);
    server.route("POST", QStringLiteral("/api/v1/share"),
                 [api](RequestContext &context) { return share(*api, context); });
    server.route("DELETE", QStringLiteral("/api/v1/share/{id}"),
                 [api](RequestContext &context) { return unshare(*api, context); });
    server.get(QStringLiteral("/api/v1/{doctype}/{name}/shares"),
               [api](RequestContext &context) { return listShares(*api, context); });
}

} // namespace

FM_API_MODULE(shares, 60, install);

} // namespace fm::server::api
