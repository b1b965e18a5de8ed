// SPDX-License-Identifier: MIT
#include "api/meta/routedrift.h"

#include "http/router.h"

#include <QJsonValue>

#include <algorithm>

namespace fm::server::api::meta {

namespace {

const QByteArrayList kMethods = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};

bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

// "GET /a/{b}" covers "GET /a/x" and "GET /a/{c}", not "POST /a/x" nor "GET /a".
bool covers(const QString &route, const QString &documented)
{
    const QStringList routeSegments = route.split(QLatin1Char('/'));
    const QStringList documentedSegments = documented.split(QLatin1Char('/'));
    if (routeSegments.size() != documentedSegments.size())
        return false;
    for (qsizetype i = 0; i < routeSegments.size(); ++i) {
        if (i > 0 && isParameter(routeSegments[i]))
            continue;
        if (routeSegments[i] != documentedSegments[i])
            return false;
    }
    return true;
}

} // namespace

QStringList servedRoutes(const http::Router &router)
{
    // Router::patterns() has no methods, so each pattern is asked for each method with
    // itself as the path: its "{x}" segments only match parameters, so the answer is
    // the pattern itself exactly when it serves that method.
    QStringList routes;
    for (const QString &pattern : router.patterns()) {
        for (const QByteArray &method : kMethods) {
            const http::Router::Match match = router.match(method, pattern.toUtf8());
            if (match.handler && match.pattern == pattern)
                routes << QString::fromLatin1(method) + QLatin1Char(' ') + pattern;
        }
    }
    return routes;
}

QStringList documentedOperations(const QJsonObject &openapi)
{
    QStringList operations;
    const QJsonObject paths = openapi.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (const QByteArray &method : kMethods) {
            if (item.contains(QString::fromLatin1(method).toLower()))
                operations << QString::fromLatin1(method) + QLatin1Char(' ') + path.key();
        }
    }
    return operations;
}

RouteDrift compareRoutes(const QStringList &documented, const QStringList &routes)
{
    RouteDrift drift;
    for (const QString &route : routes) {
        const bool found = std::any_of(documented.cbegin(), documented.cend(),
                                       [&](const QString &op) { return covers(route, op); });
        if (!found && !drift.undocumented.contains(route))
            drift.undocumented << route;
    }
    for (const QString &op : documented) {
        if (std::none_of(routes.cbegin(), routes.cend(),
                         [&](const QString &route) { return covers(route, op); }))
            drift.unserved << op;
    }
    return drift;
}

} // namespace fm::server::api::meta
