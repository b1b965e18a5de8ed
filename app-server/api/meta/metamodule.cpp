// SPDX-License-Identifier: MIT
// The API's description of itself: GET /api/meta/{doctype}, /api/openapi.json and the
// documentation page /api/docs (docs/adr/0130, 0131).

#include "api/documents/apiutil.h"
#include "api/meta/apidocs.h"
#include "api/meta/documentschema.h"
#include "api/meta/openapi.h"
#include "api/meta/routedrift.h"
#include "api/module.h"
#include "api/services.h"
#include "http/server.h"
#include "meta/doctypejson.h"
#include "permissions/documentaccess.h"
#include "project/sitecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace fm::server::api::meta {

namespace {

using fm::core::DocType;
using fm::core::Principal;
using http::RequestContext;
using http::Response;

// Documents readable through a rule or a share both count: describe() lists the
// fields of what `who` can reach.
bool mayRead(const QJsonObject &permissions)
{
    return permissions.value(QStringLiteral("read")).toBool() ||
           !permissions.value(QStringLiteral("readable_fields")).toArray().isEmpty();
}

class MetaApi final
{
public:
    MetaApi(const http::Server &server, Services &services)
        : m_server(server)
        , m_services(services)
    {}

    Response doctype(RequestContext &context) const
    {
        const fm::core::MetaRegistry &registry = m_services.site.meta();
        const auto found = resolveDoctype(registry, context.param(QStringLiteral("doctype")));
        if (!found)
            return errorResponse(found.error(), context);
        const DocType &doctype = **found;
        const QJsonObject permissions = m_services.access.describe(context.principal, doctype.name);
        if (!mayRead(permissions)) {
            const bool guest = context.principal.isGuest();
            return errorResponse(
                fm::Error(guest ? fm::ErrorCode::Unauthorized : fm::ErrorCode::PermissionDenied,
                          guest ? QStringLiteral("Log in to read the DocType \"%1\" (POST "
                                                 "/api/v1/auth/login).")
                                      .arg(doctype.name)
                                : QStringLiteral("You may not read the DocType \"%1\"; ask an "
                                                 "administrator for a role that reads it.")
                                      .arg(doctype.name)),
                context);
        }
        // Forms need the child tables' definitions too; they have no meta route of their own.
        QJsonObject children;
        for (const QString &child : childDocTypes(registry, doctype)) {
            if (const DocType *childType = registry.doctype(child))
                children.insert(child, fm::core::toJson(*childType));
        }
        return dataResponse(
            200, QJsonObject{{QStringLiteral("doctype"), fm::core::toJson(doctype)},
                             {QStringLiteral("children"), children},
                             {QStringLiteral("schema"), documentSchema(registry, doctype)},
                             {QStringLiteral("permissions"), permissions}});
    }

    Response openapi(RequestContext &context)
    {
        const fm::core::MetaRegistry &registry = m_services.site.meta();
        QList<const DocType *> readable;
        QStringList key;
        for (const QString &name : registry.doctypeNames()) {
            const DocType *doctype = registry.doctype(name);
            if (doctype->isChild || !doctype->apiResource)
                continue;
            if (context.principal.isAdministrator() ||
                mayRead(m_services.access.describe(context.principal, name))) {
                readable << doctype;
                key << name;
            }
        }
        Response response;
        response.body = cached(key.join(QLatin1Char('\n')), [&] {
            OpenApiOptions options;
            options.version = QStringLiteral(FM_VERSION);
            options.dev = m_services.config.dev;
            options.routes = servedRoutes(m_server.router());
            return QJsonDocument(openApiDocument(registry, readable, options))
                .toJson(QJsonDocument::Compact);
        });
        return response;
    }

private:
    // One document per set of readable DocTypes: the registry does not change while
    // the server runs, and most users share a handful of role sets.
    template<typename Make> QByteArray cached(const QString &key, Make make)
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_openapi.constFind(key); it != m_openapi.cend())
            return it.value();
        if (m_openapi.size() >= kMaxCached)
            m_openapi.clear();
        return m_openapi.insert(key, make()).value();
    }

    static constexpr int kMaxCached = 64;
    const http::Server &m_server;
    Services &m_services;
    QMutex m_mutex; // m_openapi: requests run on the worker pool
    QHash<QString, QByteArray> m_openapi;
};

void install(http::Server &server, Services &services)
{
    auto api = std::make_shared<MetaApi>(server, services);
    server.get(QStringLiteral("/api/meta/{doctype}"),
               [api](RequestContext &context) { return api->doctype(context); });
    server.get(QStringLiteral("/api/openapi.json"),
               [api](RequestContext &context) { return api->openapi(context); });
    server.get(QStringLiteral("/api/docs"),
               [](RequestContext &context) { return apiDocsPage(context.requestId); });
    server.get(QStringLiteral("/api/docs/assets/{file}"), [](RequestContext &context) {
        return apiDocsAsset(context.param(QStringLiteral("file")), context.requestId);
    });
}

} // namespace

FM_API_MODULE(meta, 60, install);

} // namespace fm::server::api::meta
