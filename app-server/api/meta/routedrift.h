// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace fm::server::http {
class Router;
}

namespace fm::server::api::meta {

// Routes as "METHOD /pattern" ("GET /api/v1/{doctype}"), as the OpenAPI document
// publishes them in "x-fm-routes" so a test can compare them with its paths.
QStringList servedRoutes(const http::Router &router);

// The operations of an OpenAPI document in the same form ("GET /api/v1/note").
QStringList documentedOperations(const QJsonObject &openapi);

// How the documented operations and the served routes differ. Methods must be equal;
// a route's "{param}" segment stands for any documented segment, so
// "GET /api/v1/{doctype}" is covered by the per-DocType "GET /api/v1/sales_order", while
// a documented "{param}" needs a route parameter at the same place.
struct RouteDrift
{
    QStringList undocumented; // served routes no documented operation matches
    QStringList unserved;     // documented operations no route matches
    bool isEmpty() const { return undocumented.isEmpty() && unserved.isEmpty(); }
};

RouteDrift compareRoutes(const QStringList &documented, const QStringList &routes);

} // namespace fm::server::api::meta
