// SPDX-License-Identifier: MIT
#pragma once

#include "http/requestcontext.h"
#include "http/response.h"

#include <QStringList>

#include <optional>

namespace fm::server::api {

// The Origin check of WebSocket handshakes (docs/adr/0233). A browser sends the cookie
// with a WebSocket to any site's page (no CORS on WebSockets), so a handshake that
// carries an Origin must come from this server's own pages (the Origin's host and port
// are the Host header's) or from one of "cors_origins". A handshake without an Origin
// comes from no browser and passes to the credential checks as it is.
class WebSocketOrigin final
{
public:
    explicit WebSocketOrigin(const QStringList &corsOrigins);

    // 403 naming the Origin and the setting; std::nullopt for plain HTTP requests and
    // allowed handshakes.
    std::optional<http::Response> check(const http::RequestContext &context) const;

private:
    QStringList m_origins; // "scheme://host[:port]", lower case, no trailing slash
};

} // namespace fm::server::api
