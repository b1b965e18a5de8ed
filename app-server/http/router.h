// SPDX-License-Identifier: MIT
#pragma once

#include "http/requestcontext.h"
#include "http/response.h"

#include <functional>
#include <optional>

namespace fm::server::http {

using Handler = std::function<Response(RequestContext &)>;

// Method + path pattern -> handler. Patterns are "/"-separated segments, each a
// literal or a `{param}` that matches one percent-decoded segment (so a name holding
// "/" travels as %2F). When several patterns match, the one with a literal earlier
// wins: "/api/v1/rpc/fn/{name}" beats "/api/v1/{doctype}/{name}/{action}".
class Router final
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr; // null: no route for this method
        QString pattern;                  // the route, for logs and metrics
        QHash<QString, QString> params;
        QByteArrayList allowed; // methods the path has, when handler is null (405)
    };
    // `encodedPath` as sent (still percent-encoded). No match at all: pattern empty.
    Match match(const QByteArray &method, const QByteArray &encodedPath) const;

    QStringList patterns() const; // every registered pattern, for OpenAPI checks

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments; // "{x}" for parameters
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace fm::server::http
