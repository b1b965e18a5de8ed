// SPDX-License-Identifier: MIT
// The signed-in user's in-app notifications (docs/guide/notifications.md):
//   GET  /api/v1/notifications               ?unread=1&limit=&offset=
//   GET  /api/v1/notifications/unread_count
//   POST /api/v1/notifications/{name}/read
//   POST /api/v1/notifications/read_all
// Each caller sees and marks only their own rows. The rules live in
// fm::core::NotificationInbox; this file only speaks HTTP. Order 66: after
// authentication (20) and CSRF (40) have run.
#include "api/documents/apiutil.h"
#include "api/module.h"
#include "api/services.h"
#include "http/server.h"
#include "notifications/notificationinbox.h"
#include "project/sitecontext.h"

#include <QJsonArray>

#include <climits>
#include <memory>
#include <optional>

namespace fm::server::api {

namespace {

using fm::core::NotificationInbox;
using http::RequestContext;
using http::Response;

constexpr int kMaxLimit = 500;

struct NotificationsApi
{
    explicit NotificationsApi(Services &services)
        : inbox(services.site.service())
        , defaultLimit(services.config.defaultPageLength)
    {}

    NotificationInbox inbox;
    int defaultLimit;
};

std::optional<Response> guest(const RequestContext &context)
{
    if (!context.principal.isGuest())
        return std::nullopt;
    return errorResponse(fm::Error(fm::ErrorCode::Unauthorized,
                                   QStringLiteral("Sign in to see your notifications.")),
                         context);
}

fm::Result<int> intParameter(const RequestContext &context, const QString &name, int fallback,
                             int min, int max)
{
    if (!context.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = context.query.queryItemValue(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        return fm::fail(
            fm::ErrorCode::BadRequest,
            QStringLiteral("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    }
    return value;
}

Response list(NotificationsApi &api, RequestContext &context)
{
    if (auto no = guest(context))
        return *no;
    bool unreadOnly = false;
    if (context.query.hasQueryItem(QStringLiteral("unread"))) {
        const QString unread = context.query.queryItemValue(QStringLiteral("unread"));
        if (unread != u"1" && unread != u"0" && unread != u"true" && unread != u"false") {
            return errorResponse(fm::Error(fm::ErrorCode::BadRequest,
                                           QStringLiteral("unread must be 1 or 0 (true or "
                                                          "false), got \"%1\".")
                                               .arg(unread)),
                                 context);
        }
        unreadOnly = unread == u"1" || unread == u"true";
    }
    auto limit = intParameter(context, QStringLiteral("limit"), api.defaultLimit, 1, kMaxLimit);
    if (!limit)
        return errorResponse(limit.error(), context);
    auto offset = intParameter(context, QStringLiteral("offset"), 0, 0, INT_MAX);
    if (!offset)
        return errorResponse(offset.error(), context);
    const QString user = context.principal.user;
    auto rows = api.inbox.list(user, unreadOnly, *limit, *offset);
    if (!rows)
        return errorResponse(rows.error(), context);
    auto total = api.inbox.count(user, unreadOnly);
    if (!total)
        return errorResponse(total.error(), context);
    auto unread = api.inbox.unreadCount(user);
    if (!unread)
        return errorResponse(unread.error(), context);
    QJsonArray data;
    for (const fm::core::Document &row : std::as_const(*rows))
        data.append(NotificationInbox::toJson(row));
    // The envelope of every list, plus the unread count a bell shows.
    return http::json(200, {{QStringLiteral("data"), data},
                            {QStringLiteral("total"), *total},
                            {QStringLiteral("limit"), *limit},
                            {QStringLiteral("offset"), *offset},
                            {QStringLiteral("has_more"), *offset + rows->size() < *total},
                            {QStringLiteral("unread"), *unread}});
}

Response unreadCount(NotificationsApi &api, RequestContext &context)
{
    if (auto no = guest(context))
        return *no;
    auto unread = api.inbox.unreadCount(context.principal.user);
    if (!unread)
        return errorResponse(unread.error(), context);
    return dataResponse(200, QJsonObject{{QStringLiteral("unread"), *unread}});
}

Response markRead(NotificationsApi &api, RequestContext &context)
{
    if (auto no = guest(context))
        return *no;
    auto row = api.inbox.markRead(context.principal.user, context.param(QStringLiteral("name")));
    if (!row)
        return errorResponse(row.error(), context);
    return dataResponse(200, NotificationInbox::toJson(*row));
}

Response markAllRead(NotificationsApi &api, RequestContext &context)
{
    if (auto no = guest(context))
        return *no;
    auto marked = api.inbox.markAllRead(context.principal.user);
    if (!marked)
        return errorResponse(marked.error(), context);
    return dataResponse(200, QJsonObject{{QStringLiteral("marked"), *marked}});
}

void install(http::Server &server, Services &services)
{
    auto api = std::make_shared<NotificationsApi>(services);
    server.get(QStringLiteral("/api/v1/notifications"),
               [api](RequestContext &context) { return list(*api, context); });
    server.get(QStringLiteral("/api/v1/notifications/unread_count"),
               [api](RequestContext &context) { return unreadCount(*api, context); });
    server.route("POST", QStringLiteral("/api/v1/notifications/read_all"),
                 [api](RequestContext &context) { return markAllRead(*api, context); });
    server.route("POST", QStringLiteral("/api/v1/notifications/{name}/read"),
                 [api](RequestContext &context) { return markRead(*api, context); });
}

} // namespace

FM_API_MODULE(notifications, 66, install);

} // namespace fm::server::api
