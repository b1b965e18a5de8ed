// SPDX-License-Identifier: MIT
// The OpenAPI description of the in-app notifications API
// (app-server/api/notifications/notificationroutes.cpp).

#include "api/meta/openapibuilder.h"

namespace fm::server::api::meta::detail {

namespace {

Operation make(const QString &id, const QString &summary, const QString &what,
               const QJsonObject &schema, const QList<int> &errors)
{
    Operation op;
    op.id = id;
    op.tag = QStringLiteral("Notifications");
    op.summary = summary;
    op.description = QStringLiteral("The signed-in user's own notifications only "
                                    "(docs/guide/notifications.md).");
    op.responses.insert(QStringLiteral("200"), jsonResponse(what, schema));
    op.errors = errors;
    return op;
}

QJsonObject object(const QJsonObject &properties, const QJsonArray &required)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), required}};
}

QJsonObject nullableText()
{
    return QJsonObject{
        {QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")}}};
}

} // namespace

void addNotificationPaths(QJsonObject &paths)
{
    const QJsonObject row = schemaRef(QStringLiteral("api.Notification"));
    QJsonObject page = listEnvelope(row);
    QJsonObject properties = page.value(QStringLiteral("properties")).toObject();
    properties.insert(QStringLiteral("unread"),
                      typed(QStringLiteral("integer"), QStringLiteral("Unread notifications "
                                                                      "in all.")));
    page.insert(QStringLiteral("properties"), properties);
    Operation list = make(
        QStringLiteral("notifications_list"), QStringLiteral("Your notifications, newest first"),
        QStringLiteral("A page of notifications and the unread count."), page, {400, 401});
    list.parameters = {queryParameter(QStringLiteral("unread"), typed(QStringLiteral("string")),
                                      QStringLiteral("1 (or true): only unread ones.")),
                       queryParameter(QStringLiteral("limit"), typed(QStringLiteral("integer")),
                                      QStringLiteral("Per page, 1 to 500.")),
                       queryParameter(QStringLiteral("offset"), typed(QStringLiteral("integer")),
                                      QStringLiteral("How many to skip."))};
    paths.insert(QStringLiteral("/api/v1/notifications"),
                 QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("get"), list)}});

    const Operation unread =
        make(QStringLiteral("notifications_unread_count"), QStringLiteral("How many are unread"),
             QStringLiteral("The count."),
             dataEnvelope(object({{QStringLiteral("unread"), typed(QStringLiteral("integer"))}},
                                 {QStringLiteral("unread")})),
             {401});
    paths.insert(QStringLiteral("/api/v1/notifications/unread_count"),
                 QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("get"), unread)}});

    const Operation all =
        make(QStringLiteral("notifications_read_all"), QStringLiteral("Mark all as read"),
             QStringLiteral("How many were unread."),
             dataEnvelope(object({{QStringLiteral("marked"), typed(QStringLiteral("integer"))}},
                                 {QStringLiteral("marked")})),
             {401});
    paths.insert(QStringLiteral("/api/v1/notifications/read_all"),
                 QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("post"), all)}});

    Operation read = make(QStringLiteral("notifications_read"), QStringLiteral("Mark one as read"),
                          QStringLiteral("The notification, read."), dataEnvelope(row), {401, 404});
    read.description += QStringLiteral(" 404 for a name that is not one of yours.");
    paths.insert(QStringLiteral("/api/v1/notifications/{name}/read"),
                 QJsonObject{{QStringLiteral("parameters"),
                              QJsonArray{pathParameter(QStringLiteral("name"),
                                                       QStringLiteral("The notification's "
                                                                      "name."))}},
                             {QStringLiteral("post"), operation(QStringLiteral("post"), read)}});
}

QJsonObject notificationSchemas()
{
    const QJsonObject text = typed(QStringLiteral("string"));
    return {{QStringLiteral("api.Notification"),
             object({{QStringLiteral("name"), text},
                     {QStringLiteral("subject"), text},
                     {QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("type"),
                                   QJsonArray{QStringLiteral("string"), QStringLiteral("null")}},
                                  {QStringLiteral("description"),
                                   QStringLiteral("HTML; the document's values in it are "
                                                  "escaped.")}}},
                     {QStringLiteral("document_type"), nullableText()},
                     {QStringLiteral("document_name"), nullableText()},
                     {QStringLiteral("event_type"), nullableText()},
                     {QStringLiteral("notification"), nullableText()},
                     {QStringLiteral("read"), typed(QStringLiteral("boolean"))},
                     {QStringLiteral("read_at"), nullableText()},
                     {QStringLiteral("creation"), text}},
                    {QStringLiteral("name"), QStringLiteral("subject"), QStringLiteral("read"),
                     QStringLiteral("creation")})}};
}

} // namespace fm::server::api::meta::detail
