// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace fm::core {
class SiteContext;
class DocumentAccess;
class PermissionEngine;
} // namespace fm::core

namespace fm::server::api {

// The server's settings: the "server" object of sites/<site>/site.json, then the
// `m start` flags. Every field has a safe default, so an empty object is valid.
struct ServerConfig
{
    bool dev = false;                       // `m start --dev`: dev mailbox, dev routes
    qint64 maxBodyBytes = 10 * 1024 * 1024; // "max_body_bytes"
    int defaultPageLength = 20;             // "default_page_length"
    int maxPageLength = 500;                // "max_page_length"
    qint64 listCountCap = 10000;            // "list_count_cap": a list counts up to it
    QStringList corsOrigins;                // "cors_origins": empty = CORS closed
    QList<QHostAddress> trustedProxies;     // "trusted_proxies": who may send the header
    QString trustedUserHeader;              // "trusted_user_header", e.g. "X-Remote-User"
    int sessionHours = 24 * 7;              // "session_hours"
    bool secureCookies = false;             // "secure_cookies": add Secure (behind TLS)
    QStringList allowedHosts;               // "allowed_hosts": Host names answered
    QString publicUrl;                      // "public_url": how people reach the site
    int liveRecheckSeconds = 60;            // "live_recheck_seconds": WebSocket credentials
    int keepAliveSeconds = 75;              // "keep_alive_seconds": idle connections close
};

// Reads the "server" object of <siteDir>/site.json (absent: the defaults). Unknown
// keys and wrong types are refused with a message naming the key, so a typo never
// silently leaves CORS closed or a limit unset.
fm::Result<ServerConfig> loadServerConfig(const QString &siteDir);

// What route modules get: the site and the permission-checked door to documents.
// All of it outlives the server; everything here is safe to use from worker threads.
struct Services
{
    fm::core::SiteContext &site;
    fm::core::PermissionEngine &permissions;
    fm::core::DocumentAccess &access;
    ServerConfig config;
};

} // namespace fm::server::api
