// SPDX-License-Identifier: MIT
// The REST document routes (docs/reference/rest-api.md): list, create, read,
// update, delete, submit, cancel, amend, and a document's versions. Every call goes through
// DocumentAccess, so permissions, row-level security and permlevels apply on every route.
#include "api/documents/apiutil.h"
#include "api/documents/documentjson.h"
#include "api/documents/listrequest.h"
#include "api/module.h"
#include "api/services.h"
#include "http/server.h"
#include "meta/doctype.h"
#include "permissions/documentaccess.h"
#include "permissions/versionhistory.h"
#include "project/sitecontext.h"

#include <QJsonArray>

namespace fm::server::api {

namespace {

using fm::core::Document;
using fm::core::DocumentAccess;
using http::RequestContext;
using http::Response;

// Resolves {doctype}, then runs `work` with the DocType's name; errors become the
// error body.
template<typename Work>
Response withDoctype(Services &services, const RequestContext &context, Work work)
{
    auto doctype = resolveDoctype(services.site.meta(), context.param(QStringLiteral("doctype")));
    if (!doctype)
        return errorResponse(doctype.error(), context);
    return work((*doctype)->name);
}

Response documentResponse(int status, const fm::Result<Document> &result,
                          const RequestContext &context)
{
    if (!result)
        return errorResponse(result.error(), context);
    // {"data": document}, written straight from the document (documentjson.h).
    Response response;
    response.status = status;
    response.body.reserve(1024);
    response.body += "{\"data\":";
    appendDocumentJson(response.body, *result);
    response.body += '}';
    return response;
}

Response list(Services &services, const RequestContext &context)
{
    return withDoctype(services, context, [&](const QString &doctype) {
        auto request = parseListRequest(doctype, context.query, services.config);
        if (!request)
            return errorResponse(request.error(), context);
        auto page = services.access.list(context.principal, request->query);
        if (!page)
            return errorResponse(page.error(), context);
        Response response;
        response.body = listEnvelopeJson(*request, *page);
        return response;
    });
}

Response create(Services &services, const RequestContext &context)
{
    return withDoctype(services, context, [&](const QString &doctype) {
        auto body = jsonBody(context);
        if (!body)
            return errorResponse(body.error(), context);
        auto created =
            services.access.insert(context.principal, Document::fromJson(doctype, *body));
        Response response = documentResponse(201, created, context);
        if (created)
            response.headers.append({"Location", documentPath(doctype, created->name()).toUtf8()});
        return response;
    });
}

Response read(Services &services, const RequestContext &context)
{
    return withDoctype(services, context, [&](const QString &doctype) {
        return documentResponse(
            200,
            services.access.get(context.principal, doctype, context.param(QStringLiteral("name"))),
            context);
    });
}

// `_version` from the body, else from If-Match ("3", W/"3"), so clients can use
// either the JSON field or the HTTP precondition.
fm::Result<void> applyIfMatch(const RequestContext &context, QJsonObject &body)
{
    QByteArray tag = context.header("If-Match").trimmed();
    if (tag.isEmpty() || body.contains(QStringLiteral("_version")))
        return {};
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.startsWith('"') && tag.endsWith('"') && tag.size() >= 2)
        tag = tag.mid(1, tag.size() - 2);
    bool ok = false;
    const qint64 version = tag.toLongLong(&ok);
    if (!ok || version < 1) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("If-Match \"%1\" is not a document version; send the "
                                       "_version you read, e.g. If-Match: \"3\".")
                            .arg(QString::fromLatin1(context.header("If-Match"))));
    }
    body.insert(QStringLiteral("_version"), version);
    return {};
}

Response update(Services &services, const RequestContext &context)
{
    return withDoctype(services, context, [&](const QString &doctype) {
        auto body = jsonBody(context);
        if (!body)
            return errorResponse(body.error(), context);
        if (auto ifMatch = applyIfMatch(context, *body); !ifMatch)
            return errorResponse(ifMatch.error(), context);
        const QString name = context.param(QStringLiteral("name"));
        const QJsonValue bodyName = body->value(QStringLiteral("name"));
        if (!bodyName.isUndefined() && bodyName.toString() != name) {
            return errorResponse(
                fm::Error(fm::ErrorCode::BadRequest,
                          QStringLiteral("The body names \"%1\" but the path names \"%2\"; "
                                         "documents cannot be renamed through an update. Leave "
                                         "\"name\" out of the body.")
                              .arg(bodyName.toString(), name)),
                context);
        }
        Document changes = Document::fromJson(doctype, *body);
        changes.setName(name);
        return documentResponse(200, services.access.update(context.principal, changes), context);
    });
}

Response remove(Services &services, const RequestContext &context)
{
    return withDoctype(services, context, [&](const QString &doctype) {
        const QString hard = context.query.queryItemValue(QStringLiteral("hard"));
        if (!hard.isEmpty() && hard != QLatin1String("0") && hard != QLatin1String("1")) {
            return errorResponse(fm::Error(fm::ErrorCode::BadRequest,
                                           QStringLiteral("hard=%1: use hard=1 to remove the row "
                                                          "or leave it out for a soft delete.")
                                               .arg(hard)),
                                 context);
        }
        const auto mode =
            hard == QLatin1String("1") ? fm::core::DeleteMode::Hard : fm::core::DeleteMode::Soft;
        auto removed = services.access.remove(context.principal, doctype,
                                              context.param(QStringLiteral("name")), mode);
        if (!removed)
            return errorResponse(removed.error(), context);
        Response response;
        response.status = 204;
        return response;
    });
}

using StateChange = fm::Result<Document> (DocumentAccess::*)(const fm::core::Principal &,
                                                             const QString &, const QString &);

http::Handler stateChange(Services &services, StateChange change, int status)
{
    return [&services, change, status](RequestContext &context) {
        return withDoctype(services, context, [&](const QString &doctype) {
            auto result = (services.access.*change)(context.principal, doctype,
                                                    context.param(QStringLiteral("name")));
            Response response = documentResponse(status, result, context);
            if (result && status == 201)
                response.headers.append(
                    {"Location", documentPath(doctype, result->name()).toUtf8()});
            return response;
        });
    };
}

// An integer query parameter, `fallback` when absent; BadRequest naming it otherwise.
fm::Result<int> intParam(const RequestContext &context, const QString &name, int fallback)
{
    const QString text = context.query.queryItemValue(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return fm::fail(
            fm::ErrorCode::BadRequest,
            QStringLiteral("%1=%2 is not a whole number; e.g. %1=20").arg(name, text.left(40)));
    return value;
}

// GET .../{name}/versions: the document's saved changes, newest first, without the
// fields the caller may not read (docs/adr/0242).
Response versions(Services &services, const RequestContext &context)
{
    return withDoctype(services, context, [&](const QString &doctype) {
        auto limit = intParam(context, QStringLiteral("limit"), 20);
        if (!limit)
            return errorResponse(limit.error(), context);
        auto offset = intParam(context, QStringLiteral("offset"), 0);
        if (!offset)
            return errorResponse(offset.error(), context);
        const fm::core::VersionHistory history(services.access);
        auto page = history.list(context.principal, doctype, context.param(QStringLiteral("name")),
                                 *limit, *offset);
        if (!page)
            return errorResponse(page.error(), context);
        QJsonArray rows;
        for (const fm::core::VersionHistory::Entry &entry : page->entries) {
            fm::core::Event changes;
            changes.changes = entry.changes;
            rows.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                    {QStringLiteral("user"), entry.user},
                                    {QStringLiteral("time"), entry.time},
                                    {QStringLiteral("type"), fm::core::eventTypeName(entry.type)},
                                    {QStringLiteral("changes"), changes.changesToJson()}});
        }
        return http::json(200, QJsonObject{{QStringLiteral("data"), rows},
                                           {QStringLiteral("limit"), *limit},
                                           {QStringLiteral("offset"), *offset},
                                           {QStringLiteral("has_more"), page->hasMore}});
    });
}

void install(http::Server &server, Services &services)
{
    const QString collection = QStringLiteral("/api/v1/{doctype}");
    const QString item = QStringLiteral("/api/v1/{doctype}/{name}");
    Services *s = &services;
    server.route("GET", collection, [s](RequestContext &c) { return list(*s, c); });
    server.route("POST", collection, [s](RequestContext &c) { return create(*s, c); });
    server.route("GET", item, [s](RequestContext &c) { return read(*s, c); });
    server.route("PUT", item, [s](RequestContext &c) { return update(*s, c); });
    server.route("PATCH", item, [s](RequestContext &c) { return update(*s, c); });
    server.route("DELETE", item, [s](RequestContext &c) { return remove(*s, c); });
    server.route("GET", item + QStringLiteral("/versions"),
                 [s](RequestContext &c) { return versions(*s, c); });
    server.route("POST", item + QStringLiteral("/submit"),
                 stateChange(services, &DocumentAccess::submit, 200));
    server.route("POST", item + QStringLiteral("/cancel"),
                 stateChange(services, &DocumentAccess::cancel, 200));
    server.route("POST", item + QStringLiteral("/amend"),
                 stateChange(services, &DocumentAccess::amend, 201));
}

} // namespace

FM_API_MODULE(documents, 50, install);

} // namespace fm::server::api
