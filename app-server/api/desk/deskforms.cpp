// SPDX-License-Identifier: MIT
// The Desk's writes and lookups: form posts (save, submit, cancel, amend, grid rows),
// delete with its confirmation, bulk actions on a list, and the JSON the scripts ask
// for (Link choices, the command palette). The CSRF middleware has checked every
// post's csrf_token by the time a handler runs; the work is libdesk's (DeskViews),
// which writes through DocumentAccess. docs/guide/desk.md.
#include "api/desk/deskapi.h"
#include "fieldview.h"
#include "http/server.h"

#include <QUrl>

namespace fm::server::api {

namespace {

using http::RequestContext;
using http::Response;

fm::desk::FormFields postedFields(const RequestContext &context)
{
    fm::desk::FormFields fields;
    for (const auto &[name, value] : context.form().queryItems(QUrl::FullyDecoded))
        fields.append({name, value});
    return fields;
}

// Done: 303 to the next page (a reload does not post again). Refused: the page again
// with the error's status, as the API would answer.
Response answer(DeskApi &desk, const RequestContext &context,
                const fm::Result<fm::desk::FormOutcome> &outcome)
{
    if (!outcome)
        return desk.errorPage(context, outcome.error());
    if (!outcome->redirect.isEmpty())
        return DeskApi::redirect(outcome->redirect);
    fm::desk::Page page = outcome->page;
    if (outcome->failure)
        page.status = http::statusFor(*outcome->failure);
    return DeskApi::html(page);
}

template<typename Action>
Response signedInPost(DeskApi &desk, const RequestContext &context, Action action)
{
    if (context.principal.isGuest())
        return DeskApi::signIn(context);
    return answer(desk, context, action(desk.viewer(context)));
}

template<typename View>
Response signedInPage(DeskApi &desk, const RequestContext &context, View view)
{
    if (context.principal.isGuest())
        return DeskApi::signIn(context);
    auto page = view(desk.viewer(context));
    if (!page)
        return desk.errorPage(context, page.error());
    return DeskApi::html(*page);
}

QString param(const RequestContext &context, const char *name)
{
    return context.param(QString::fromLatin1(name));
}

Response newForm(DeskApi &desk, RequestContext &context)
{
    return signedInPage(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.newForm(viewer, param(context, "doctype"));
    });
}

Response create(DeskApi &desk, RequestContext &context)
{
    return signedInPost(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.saveForm(viewer, param(context, "doctype"), {}, postedFields(context));
    });
}

Response save(DeskApi &desk, RequestContext &context)
{
    return signedInPost(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.saveForm(viewer, param(context, "doctype"),
                                   fm::desk::deskSegmentValue(param(context, "name")),
                                   postedFields(context));
    });
}

Response confirmDelete(DeskApi &desk, RequestContext &context)
{
    return signedInPage(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.confirmDelete(viewer, param(context, "doctype"),
                                        fm::desk::deskSegmentValue(param(context, "name")));
    });
}

Response remove(DeskApi &desk, RequestContext &context)
{
    return signedInPost(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.deleteDocument(viewer, param(context, "doctype"),
                                         fm::desk::deskSegmentValue(param(context, "name")));
    });
}

Response kanban(DeskApi &desk, RequestContext &context)
{
    return signedInPage(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.kanban(viewer, param(context, "doctype"));
    });
}

Response calendar(DeskApi &desk, RequestContext &context)
{
    return signedInPage(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.calendar(viewer, param(context, "doctype"), context.query);
    });
}

Response bulk(DeskApi &desk, RequestContext &context)
{
    return signedInPost(desk, context, [&](const fm::desk::Viewer &viewer) {
        return desk.views.bulk(viewer, param(context, "doctype"), context.query,
                               postedFields(context));
    });
}

// JSON for the scripts; a guest gets the API's 401 (no redirect to a page).
Response linkChoices(DeskApi &desk, RequestContext &context)
{
    if (context.principal.isGuest())
        return http::error(fm::Error(fm::ErrorCode::Unauthorized,
                                     fm::desk::Desk::tr("Sign in to look documents up.")),
                           context.requestId);
    auto found = desk.views.linkOptions(
        desk.viewer(context),
        context.query.queryItemValue(QStringLiteral("doctype"), QUrl::FullyDecoded),
        context.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    if (!found)
        return http::error(found.error(), context.requestId);
    Response response = http::json(200, *found);
    response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    return response;
}

Response palette(DeskApi &desk, RequestContext &context)
{
    if (context.principal.isGuest())
        return http::error(fm::Error(fm::ErrorCode::Unauthorized,
                                     fm::desk::Desk::tr("Sign in to search the Desk.")),
                           context.requestId);
    Response response = http::json(
        200,
        desk.views.palette(desk.viewer(context),
                           context.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)));
    response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    return response;
}

} // namespace

void installDeskForms(http::Server &server, const std::shared_ptr<DeskApi> &desk)
{
    const auto bind = [desk](Response (*handler)(DeskApi &, RequestContext &)) {
        return [desk, handler](RequestContext &context) {
            return handler(*desk, context);
        };
    };
    // Literal segments win over parameters (http/router.h): "new" and "bulk" are no
    // document names here, and /desk/api/... no DocType's list.
    server.get(QStringLiteral("/desk/api/link"), bind(linkChoices));
    server.get(QStringLiteral("/desk/api/palette"), bind(palette));
    server.get(QStringLiteral("/desk/{doctype}/new"), bind(newForm));
    server.get(QStringLiteral("/desk/{doctype}/view/kanban"), bind(kanban));
    server.get(QStringLiteral("/desk/{doctype}/view/calendar"), bind(calendar));
    server.route("POST", QStringLiteral("/desk/{doctype}/new"), bind(create));
    server.route("POST", QStringLiteral("/desk/{doctype}/bulk"), bind(bulk));
    server.route("POST", QStringLiteral("/desk/{doctype}/{name}"), bind(save));
    server.get(QStringLiteral("/desk/{doctype}/{name}/delete"), bind(confirmDelete));
    server.route("POST", QStringLiteral("/desk/{doctype}/{name}/delete"), bind(remove));
}

} // namespace fm::server::api
