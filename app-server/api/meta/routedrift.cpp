// SPDX-License-Identifier: MIT
#include "api/meta/routedrift.h"

#include <algorithm>

namespace fm::server::api::meta {

namespace {

bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

bool covers(const QString &route, const QString &documented)
{
    const QStringList routeSegments = route.split(QLatin1Char('/'));
    const QStringList documentedSegments = documented.split(QLatin1Char('/'));
    if (routeSegments.size() != documentedSegments.size())
        return false;
    for (qsizetype i = 0; i < routeSegments.size(); ++i) {
        if (isParameter(routeSegments[i]))
            continue;
        if (routeSegments[i] != documentedSegments[i])
            return false;
    }
    return true;
}

} // namespace

RouteDrift compareRoutes(const QStringList &documentedPaths, const QStringList &routes)
{
    RouteDrift drift;
    for (const QString &route : routes) {
        const bool documented =
            std::any_of(documentedPaths.cbegin(), documentedPaths.cend(),
                        [&](const QString &path) { return covers(route, path); });
        if (!documented && !drift.undocumented.contains(route))
            drift.undocumented << route;
    }
    for (const QString &path : documentedPaths) {
        if (std::none_of(routes.cbegin(), routes.cend(),
                         [&](const QString &route) { return covers(route, path); }))
            drift.unserved << path;
    }
    return drift;
}

} // namespace fm::server::api::meta
