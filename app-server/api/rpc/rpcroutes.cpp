// SPDX-License-Identifier: MIT
// RPC: whitelisted DocType methods and registered functions (data/rpc.h) over HTTP.
// The authorization is libcore's (permissions/rpcaccess.h), shared with every other
// caller; this file only reads the request and writes the answer.
#include "api/documents/apiutil.h"
#include "api/module.h"
#include "api/services.h"
#include "data/controllerregistry.h"
#include "http/server.h"
#include "permissions/documentaccess.h"
#include "permissions/rpcaccess.h"
#include "project/sitecontext.h"

#include <QJsonArray>

namespace fm::server::api {

namespace {

using http::RequestContext;
using http::Response;

struct CallBody
{
    QString name;
    QJsonObject args;
};

// {"name": "...", "args": {...}}; the name matters to DocType methods only.
fm::Result<CallBody> parseCall(const RequestContext &context)
{
    auto body = jsonBody(context);
    if (!body)
        return fm::fail(body.error());
    CallBody call;
    call.name = body->value(QStringLiteral("name")).toString();
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
    auto call = parseCall(context);
    if (!call)
        return errorResponse(call.error(), context);
    fm::core::RpcAccess rpc(services.site.controllers(), services.access);
    return result(rpc.callMethod(context.principal, (*doctype)->name,
                                 context.param(QStringLiteral("method")), call->name, call->args),
                  context);
}

Response callFunction(Services &services, RequestContext &context)
{
    auto call = parseCall(context);
    if (!call)
        return errorResponse(call.error(), context);
    fm::core::RpcAccess rpc(services.site.controllers(), services.access);
    return result(
        rpc.callFunction(context.principal, context.param(QStringLiteral("name")), call->args),
        context);
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
