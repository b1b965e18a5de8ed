// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace fm::server::http {

// What a handler returns; Server turns it into the Qt HttpServer response and adds
// the headers every response carries (X-Request-Id, security headers).
struct Response
{
    int status = 200;
    QByteArray mimeType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString logDetail; // for the request's log line only, never sent (e.g. a 500's cause)
};

// `object` as compact JSON with `status`.
Response json(int status, const QJsonObject &object);

// The one error body of the API:
// {"error":{"code","message","fields":[{"field","code","message"}],"request_id"}}
// with the status from statusFor(). Errors that map to 500 never show their message
// (it may hold SQL or paths): the body says where the details are instead.
Response error(const fm::Error &error, const QString &requestId);

// The single ErrorCode -> HTTP status table.
int statusFor(fm::ErrorCode code);

} // namespace fm::server::http
