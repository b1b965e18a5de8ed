// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace fm::server::api::meta {

// How the OpenAPI paths and the router's patterns differ. A router segment
// "{param}" stands for any documented segment, so "/api/v1/{doctype}" is covered by
// the per-DocType "/api/v1/sales_order"; a documented "{param}" needs a router
// parameter at the same place.
struct RouteDrift
{
    QStringList undocumented; // router patterns no OpenAPI path matches
    QStringList unserved;     // OpenAPI paths no router pattern matches
    bool isEmpty() const { return undocumented.isEmpty() && unserved.isEmpty(); }
};

RouteDrift compareRoutes(const QStringList &documentedPaths, const QStringList &routes);

} // namespace fm::server::api::meta
