// SPDX-License-Identifier: MIT
#include "http/router.h"

#include <QUrl>

namespace fm::server::http {

namespace {

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) &&
           segment.endsWith(QLatin1Char('}'));
}

// Literal segments before parameters, position by position: the more specific
// pattern compares greater.
bool moreSpecific(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        const bool literalA = !isParameter(a[i]);
        const bool literalB = !isParameter(b[i]);
        if (literalA != literalB)
            return literalA;
    }
    return false;
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route;
    route.method = method.toUpper();
    route.pattern = pattern;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QByteArray &encodedPath) const
{
    // Split before decoding, so an encoded "/" (%2F) stays inside its segment.
    QStringList segments;
    for (const QByteArray &part : encodedPath.split('/')) {
        if (!part.isEmpty())
            segments << QUrl::fromPercentEncoding(part);
    }

    Match best;
    const Route *bestRoute = nullptr;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i)
            matches = isParameter(route.segments[i]) || route.segments[i] == segments[i];
        if (!matches)
            continue;
        if (route.method != method) {
            if (!best.allowed.contains(route.method))
                best.allowed.append(route.method);
            if (best.pattern.isEmpty())
                best.pattern = route.pattern; // for logs and metrics of the 405
            continue;
        }
        if (!bestRoute || moreSpecific(route.segments, bestRoute->segments))
            bestRoute = &route;
    }
    if (bestRoute) {
        best.allowed.clear();
        best.handler = &bestRoute->handler;
        best.pattern = bestRoute->pattern;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString &segment = bestRoute->segments[i];
            if (isParameter(segment))
                best.params.insert(segment.mid(1, segment.size() - 2), segments[i]);
        }
    }
    return best;
}

QStringList Router::patterns() const
{
    QStringList out;
    for (const Route &route : m_routes) {
        if (!out.contains(route.pattern))
            out << route.pattern;
    }
    return out;
}

} // namespace fm::server::http
