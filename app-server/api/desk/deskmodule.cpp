// SPDX-License-Identifier: MIT
// The Desk module (order 80, after auth, CSRF and the API): `/` leads to the Desk;
// /desk (workspace), /desk/{doctype} (list), /desk/{doctype}/{name} (form), their
// static assets and the login (desklogin.cpp). Pages come from libdesk's DeskViews;
// this file only maps requests to views and views to responses. docs/guide/desk.md.
#include "api/desk/deskapi.h"
#include "api/module.h"
#include "deskassets.h"
#include "fieldview.h"
#include "http/server.h"
#include "project/sitecontext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fm::server::api {

namespace {

using http::RequestContext;
using http::Response;

// The pages below need a signed-in user; a guest is sent to the login and back.
template<typename View>
Response signedInPage(DeskApi &desk, const RequestContext &context, View view)
{
    if (context.principal.isGuest())
        return DeskApi::signIn(context);
    const fm::desk::Viewer viewer = desk.viewer(context);
    auto page = view(viewer);
    if (!page)
        return desk.errorPage(context, page.error());
    return DeskApi::html(*page);
}

Response workspace(DeskApi &desk, RequestContext &context)
{
    return signedInPage(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.workspace(viewer);
    });
}

Response list(DeskApi &desk, RequestContext &context)
{
    return signedInPage(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.list(viewer, context.param(QStringLiteral("doctype")), context.query);
    });
}

Response form(DeskApi &desk, RequestContext &context)
{
    return signedInPage(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.form(viewer, context.param(QStringLiteral("doctype")),
                               fm::desk::deskSegmentValue(context.param(QStringLiteral("name"))),
                               context.query);
    });
}

// Content-hashed names never change content, so browsers may keep them for a year.
Response asset(DeskApi &, RequestContext &context)
{
    const auto *file = fm::desk::DeskAssets::instance().find(context.param(QStringLiteral("file")));
    if (!file) {
        Response response = http::error(
            fm::Error(fm::ErrorCode::NotFound,
                      QStringLiteral("no Desk asset \"%1\"; pages name the current ones")
                          .arg(context.param(QStringLiteral("file")))),
            context.requestId);
        response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
        return response;
    }
    Response response;
    response.mimeType = file->mimeType;
    response.body = file->body;
    response.headers.append(
        {QByteArray("Cache-Control"), QByteArray("public, max-age=31536000, immutable")});
    return response;
}

bool isDeskPath(const QString &path)
{
    return path == u"/desk" || path.startsWith(u"/desk/");
}

// Answers the middlewares and the router give in JSON (a dead session cookie, a
// missing CSRF token, an unknown path, a rate limit) become pages on Desk paths: a 401
// goes to the login, the others show their message.
void pagesForErrors(DeskApi &desk, const RequestContext &context, Response &response)
{
    if (!isDeskPath(context.path) || response.status < 400 ||
        !response.mimeType.startsWith("application/json"))
        return;
    if (context.path.startsWith(fm::desk::DeskAssets::kPrefix) ||
        context.path.startsWith(u"/desk/api/"))
        return; // files and the scripts' JSON stay what they are
    QList<QPair<QByteArray, QByteArray>> cookies;
    for (const auto &header : std::as_const(response.headers)) {
        if (header.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            cookies << header;
    }
    const QJsonObject error =
        QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
    Response page;
    if (response.status == 401) {
        page = DeskApi::signIn(context);
    } else {
        page = DeskApi::html(desk.views.error(nullptr, response.status,
                                              error.value(QStringLiteral("message")).toString()));
    }
    page.headers += cookies;
    page.logDetail = response.logDetail;
    response = page;
}

void install(http::Server &server, Services &services)
{
    auto views = fm::desk::DeskViews::create(
        services.site.meta(), services.access,
        fm::desk::PageLimits{services.config.defaultPageLength, services.config.maxPageLength});
    if (!views) {
        // The templates are compiled in and checked by the tests; failing here is a
        // broken build, said loudly rather than served as blank pages.
        qFatal("The Desk's templates do not load: %s", qPrintable(views.error().toText()));
    }
    auto desk = std::make_shared<DeskApi>(services, std::move(*views));
    const auto bind = [desk](Response (*handler)(DeskApi &, RequestContext &)) {
        return [desk, handler](RequestContext &context) {
            return handler(*desk, context);
        };
    };
    // A person who opens the server's address in a browser finds the Desk.
    server.get(QStringLiteral("/"), [](RequestContext &) {
        Response response = DeskApi::redirect(QStringLiteral("/desk"));
        response.status = 302;
        return response;
    });
    server.get(QStringLiteral("/desk"), bind(workspace));
    server.get(QStringLiteral("/desk/assets/{file}"), bind(asset));
    server.get(QStringLiteral("/desk/{doctype}"), bind(list));
    server.get(QStringLiteral("/desk/{doctype}/{name}"), bind(form));
    installDeskLogin(server, desk);
    installDeskForms(server, desk);
    installDeskLive(server, desk);
    server.onResponse([desk](const RequestContext &context, Response &response) {
        pagesForErrors(*desk, context, response);
    });
}

} // namespace

FM_API_MODULE(desk, 80, install);

} // namespace fm::server::api
