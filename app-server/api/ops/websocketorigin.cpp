// SPDX-License-Identifier: MIT
#include "api/ops/websocketorigin.h"

#include <QUrl>

namespace fm::server::api {

namespace {

QString normalized(const QString &origin)
{
    QString out = origin.trimmed().toLower();
    while (out.endsWith(u'/'))
        out.chop(1);
    return out;
}

} // namespace

WebSocketOrigin::WebSocketOrigin(const QStringList &corsOrigins)
{
    for (const QString &origin : corsOrigins)
        m_origins << normalized(origin);
}

std::optional<http::Response> WebSocketOrigin::check(const http::RequestContext &context) const
{
    // Only handshakes carry "Upgrade: websocket" this far: Qt upgrades them before any
    // route, and runs no plain request with that header.
    if (context.header("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray origin = context.header("Origin");
    if (origin.isEmpty())
        return std::nullopt;
    const QString given = normalized(QString::fromUtf8(origin));
    const QUrl url(given);
    const QString host = QString::fromLatin1(context.header("Host")).trimmed().toLower();
    // Same origin: the page was served by this server under the name it was asked by
    // (the Host header, read with the Origin's scheme so default ports compare equal).
    const bool web = url.scheme() == u"http" || url.scheme() == u"https";
    const int port = url.scheme() == u"https" ? 443 : 80;
    const QUrl asked(url.scheme() + QStringLiteral("://") + host);
    const bool sameOrigin = web && !host.isEmpty() && asked.isValid() &&
                            asked.host() == url.host() && asked.port(port) == url.port(port);
    if (sameOrigin || m_origins.contains(given))
        return std::nullopt;
    return http::error(
        fm::Error(fm::ErrorCode::PermissionDenied,
                  QStringLiteral("the Origin %1 may not open a WebSocket here; pages of this "
                                 "server may, and origins listed in \"cors_origins\" in "
                                 "site.json")
                      .arg(QString::fromUtf8(origin.left(100)))),
        context.requestId);
}

} // namespace fm::server::api
