// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "http/requestcontext.h"
#include "http/response.h"

#include <QJsonObject>
#include <QJsonValue>

namespace fm::core {
struct DocType;
class MetaRegistry;
} // namespace fm::core

namespace fm::server::api {

// The DocType a path segment names: its name ("Sales Invoice", URL-decoded by the
// router) or its snake-case slug ("sales_invoice"). Unknown -> NotFound with the
// closest name; child tables and DocTypes with "api_resource": false are not addressable.
fm::Result<const fm::core::DocType *> resolveDoctype(const fm::core::MetaRegistry &meta,
                                                     const QString &segment);

// The request body as a JSON object; BadRequest naming the parse error otherwise.
// An empty body is an empty object.
fm::Result<QJsonObject> jsonBody(const http::RequestContext &context);
// jsonBody(), and only with `Content-Type: application/json`: what a route that signs
// someone in without credentials asks (login, magic links), since a form on another site
// can post urlencoded, multipart or text/plain bodies but not JSON (login CSRF, issue 12).
fm::Result<QJsonObject> jsonOnlyBody(const http::RequestContext &context);

// {"data": value} with `status`.
http::Response dataResponse(int status, const QJsonValue &value);

// `result`'s error as the one error body, for handlers that just pass errors on.
http::Response errorResponse(const fm::Error &error, const http::RequestContext &context);

// "/api/v1/Sales%20Invoice/INV-0001": path segments percent-encoded.
QString documentPath(const QString &doctype, const QString &name = {});

} // namespace fm::server::api
