// SPDX-License-Identifier: MIT
#pragma once

#include "http/requestcontext.h"
#include "http/response.h"

#include <QStringList>

#include <optional>

namespace fm::server::api {

// Which Host headers the server answers (site.json "server": {"allowed_hosts": [...],
// "public_url": "..."}): the loopback names always, the listed hosts (".example.com"
// for the domain and its subdomains), and public_url's host. Anything else is refused
// before any route runs, so a DNS rebinding page (its own name resolving to 127.0.0.1)
// cannot reach the dev mailbox or a trusted-header setup (issue 12).
class HostPolicy final
{
public:
    HostPolicy(const QStringList &allowedHosts, const QString &publicUrl);

    // `host` as sent: "name", "name:port", "[::1]:port"; an empty Host (HTTP/1.0) passes.
    bool allows(const QByteArray &host) const;
    // 400 naming the host and the setting for a refused Host; std::nullopt otherwise
    // (/health and /ready answer any Host: probes come by address).
    std::optional<http::Response> check(const http::RequestContext &context) const;

private:
    QStringList m_hosts; // lower case; a leading '.' matches the domain and its subdomains
};

} // namespace fm::server::api
