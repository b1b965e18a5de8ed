// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "http/requestcontext.h"
#include "http/response.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>

#include <optional>

namespace fm::server::api {

// Who may call the API from a browser page on another origin (site.json "server":
// {"cors_origins": [...]}). Closed when the list is empty: no CORS header is ever sent
// and every preflight is refused. Listed origins get their origin echoed with
// credentials allowed (cookies); "*" lets any origin in without credentials.
class CorsPolicy final
{
public:
    // Entries that are not an http(s) origin are left out and described in `problems`.
    explicit CorsPolicy(const QStringList &origins, QStringList *problems = nullptr);

    bool isClosed() const { return !m_anyOrigin && m_origins.isEmpty(); }
    bool allows(const QByteArray &origin) const;

    // For a preflight (OPTIONS with Origin and Access-Control-Request-Method): 204 with
    // the allowed methods and headers for an allowed origin, 403 FORBIDDEN for any other.
    // std::nullopt for every other request, which goes on to its route.
    std::optional<http::Response> answerPreflight(const http::RequestContext &context) const;

    // Adds Access-Control-Allow-Origin (and Allow-Credentials, Expose-Headers) when the
    // request's Origin is allowed; Vary: Origin whenever the answer depends on it.
    void decorate(const http::RequestContext &context, http::Response &response) const;

    // "https://App.example.com:443/" -> "https://app.example.com", the form browsers
    // send in the Origin header; an error naming the entry when it is not an origin.
    static fm::Result<QByteArray> normalizeOrigin(const QString &entry);

    static constexpr int kMaxAgeSeconds = 3600;

private:
    QSet<QByteArray> m_origins;
    bool m_anyOrigin = false;
};

} // namespace fm::server::api
