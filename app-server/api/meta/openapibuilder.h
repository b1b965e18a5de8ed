// SPDX-License-Identifier: MIT
#pragma once

// Small builders the OpenAPI generator files share (openapi.cpp, openapiroutes.cpp).

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fm::server::api::meta::detail {

inline QJsonObject typed(const QString &type, const QString &description = {})
{
    QJsonObject schema{{QStringLiteral("type"), type}};
    if (!description.isEmpty())
        schema.insert(QStringLiteral("description"), description);
    return schema;
}

inline QJsonObject ref(const QString &pointer)
{
    return QJsonObject{{QStringLiteral("$ref"), pointer}};
}

inline QJsonObject schemaRef(const QString &key)
{
    return ref(QStringLiteral("#/components/schemas/") + key);
}

// {"data": <schema>}: the envelope of every success body.
QJsonObject dataEnvelope(const QJsonObject &schema);

// {"data":[rows],"total","limit","offset","has_more"} (+ "notice" when the limit was clamped).
QJsonObject listEnvelope(const QJsonObject &rowSchema);

// A JSON response with `description` and `schema` (no content when schema is empty).
QJsonObject jsonResponse(const QString &description, const QJsonObject &schema);

// An operation: summary, tag, success responses, and the shared error responses
// named by status ("400", "401", ...). Unsafe methods get the CSRF variant of the
// cookie scheme; `open` operations need no credentials.
struct Operation
{
    QString id;
    QString tag;
    QString summary;
    QString description;
    QJsonArray parameters;
    QJsonObject requestSchema; // empty: no body
    QJsonObject responses;     // status -> response object
    QList<int> errors;
    bool open = false;
};
QJsonObject operation(const QString &method, const Operation &op);

// A path parameter (always required).
QJsonObject pathParameter(const QString &name, const QString &description);
QJsonObject queryParameter(const QString &name, const QJsonObject &schema,
                           const QString &description);

// The routes that are not per DocType: auth, RPC, share, meta, operations.
QJsonObject fixedPaths(bool dev);
// Schemas those routes use, beside api.Error: api.Login, api.CurrentUser, ... The "api."
// prefix keeps them apart from DocType schemas (DocType names hold no '.'): the core
// DocType Session and the api.Session of GET /api/v1/auth/sessions are different things.
QJsonObject fixedSchemas();

// The jobs API (openapijobs.cpp): its paths, and its schemas api.Job and api.JobRequest.
void addJobPaths(QJsonObject &paths);
QJsonObject jobSchemas();

// GET /api/v1/stream, the realtime stream's upgrade (openapistream.cpp).
void addStreamPaths(QJsonObject &paths);
// The in-app notifications API (openapinotifications.cpp) and its schema api.Notification.
void addNotificationPaths(QJsonObject &paths);
QJsonObject notificationSchemas();

} // namespace fm::server::api::meta::detail
