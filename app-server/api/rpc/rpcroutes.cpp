// SPDX-License-Identifier: MIT
// RPC: whitelisted DocType methods and registered functions (data/rpc.h). Only code
// an app registered is callable, and each call is checked against the permission
// the registration declares before the code runs.
#include "api/documents/apiutil.h"
#include "api/module.h"
#include "api/services.h"
#include "data/controllerregistry.h"
#include "http/server.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "project/sitecontext.h"

#include <QJsonArray>

namespace fm::server::api {

namespace {

using fm::core::Principal;
using fm::core::RpcCall;
using http::RequestContext;
using http::Response;

struct CallBody
{
    QString name;
    QJsonObject args;
};

// {"name": "...", "args": {...}}; `needsName` for DocType methods.
fm::Result<CallBody> parseCall(const RequestContext &context, bool needsName)
{
    auto body = jsonBody(context);
    if (!body)
        return fm::fail(body.error());
    CallBody call;
    const QJsonValue name = body->value(QStringLiteral("name"));
    if (needsName && (!name.isString() || name.toString().isEmpty())) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("A DocType method runs on one document: send "
                                       "{\"name\": \"<document name>\", \"args\": {...}}."));
    }
    call.name = name.toString();
    const QJsonValue args = body->value(QStringLiteral("args"));
    if (!args.isUndefined() && !args.isNull() && !args.isObject()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"args\" must be a JSON object of named arguments."));
    }
    call.args = args.toObject();
    return call;
}

Response result(const fm::Result<QJsonValue> &value, const RequestContext &context)
{
    return value ? dataResponse(200, *value) : errorResponse(value.error(), context);
}

Response callMethod(Services &services, RequestContext &context)
{
    auto doctype = resolveDoctype(services.site.meta(), context.param(QStringLiteral("doctype")));
    if (!doctype)
        return errorResponse(doctype.error(), context);
    const QString name = (*doctype)->name;
    const QString methodName = context.param(QStringLiteral("method"));
    const fm::core::RpcMethod *method = services.site.controllers().method(name, methodName);
    if (!method) {
        QStringList known;
        for (const fm::core::RpcMethod &m : services.site.controllers().methods(name))
            known << m.name;
        return errorResponse(
            fm::Error(fm::ErrorCode::NotFound,
                      QStringLiteral("%1 has no RPC method \"%2\". %3")
                          .arg(name, methodName,
                               known.isEmpty() ? QStringLiteral("It whitelists none.")
                                               : QStringLiteral("Whitelisted: %1.")
                                                     .arg(known.join(QStringLiteral(", "))))),
            context);
    }
    auto call = parseCall(context, true);
    if (!call)
        return errorResponse(call.error(), context);
    auto doc = services.access.get(context.principal, name, call->name);
    if (!doc)
        return errorResponse(doc.error(), context);
    if (method->permission != fm::core::PermissionAction::Read &&
        !services.permissions.can(context.principal, method->permission, *doc)) {
        return errorResponse(
            fm::core::PermissionEngine::denied(context.principal, method->permission, name),
            context);
    }
    RpcCall rpc{services.site.service(), context.principal, call->args, &*doc};
    return result(method->run(rpc), context);
}

fm::Result<void> mayCall(const Principal &who, const fm::core::RpcFunction &function)
{
    if (function.allowGuest || who.isAdministrator())
        return {};
    if (who.isGuest()) {
        return fm::fail(fm::ErrorCode::Unauthorized,
                        QStringLiteral("%1 needs a signed-in user: log in "
                                       "(POST /api/v1/auth/login) or send a token.")
                            .arg(function.name));
    }
    if (function.roles.isEmpty())
        return {};
    for (const QString &role : function.roles) {
        if (who.hasRole(role))
            return {};
    }
    return fm::fail(fm::ErrorCode::PermissionDenied,
                    QStringLiteral("%1 may be called by the roles %2; %3 has none of them.")
                        .arg(function.name, function.roles.join(QStringLiteral(", ")), who.user));
}

Response callFunction(Services &services, RequestContext &context)
{
    const QString name = context.param(QStringLiteral("name"));
    const fm::core::RpcFunction *function = services.site.controllers().function(name);
    if (!function) {
        return errorResponse(fm::Error(fm::ErrorCode::NotFound,
                                       QStringLiteral("No RPC function \"%1\"; GET "
                                                      "/api/openapi.json lists the registered "
                                                      "ones.")
                                           .arg(name)),
                             context);
    }
    if (auto allowed = mayCall(context.principal, *function); !allowed)
        return errorResponse(allowed.error(), context);
    auto call = parseCall(context, false);
    if (!call)
        return errorResponse(call.error(), context);
    RpcCall rpc{services.site.service(), context.principal, call->args, nullptr};
    return result(function->run(rpc), context);
}

void install(http::Server &server, Services &services)
{
    Services *s = &services;
    server.route("POST", QStringLiteral("/api/v1/rpc/fn/{name}"),
                 [s](RequestContext &c) { return callFunction(*s, c); });
    server.route("POST", QStringLiteral("/api/v1/rpc/{doctype}/{method}"),
                 [s](RequestContext &c) { return callMethod(*s, c); });
}

} // namespace

FM_API_MODULE(rpc, 55, install);

} // namespace fm::server::api
