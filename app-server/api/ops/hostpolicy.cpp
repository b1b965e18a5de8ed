// SPDX-License-Identifier: MIT
#include "api/ops/hostpolicy.h"

#include <QUrl>

namespace fm::server::api {

namespace {

// "Name:8000" -> "name", "[::1]:8000" -> "::1".
QString hostName(const QByteArray &host)
{
    QString text = QString::fromLatin1(host).trimmed().toLower();
    if (text.startsWith(u'[')) {
        const qsizetype end = text.indexOf(u']');
        return end < 0 ? text : text.mid(1, end - 1);
    }
    const qsizetype colon = text.lastIndexOf(u':');
    return colon < 0 ? text : text.left(colon);
}

} // namespace

HostPolicy::HostPolicy(const QStringList &allowedHosts, const QString &publicUrl)
    : m_hosts{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")}
{
    for (const QString &host : allowedHosts)
        m_hosts << host.trimmed().toLower();
    if (const QString publicHost = QUrl(publicUrl).host().toLower(); !publicHost.isEmpty())
        m_hosts << publicHost;
}

bool HostPolicy::allows(const QByteArray &host) const
{
    if (host.trimmed().isEmpty())
        return true;
    const QString name = hostName(host);
    for (const QString &allowed : m_hosts) {
        if (allowed == name ||
            (allowed.startsWith(u'.') && (name.endsWith(allowed) || name == allowed.mid(1))))
            return true;
    }
    return false;
}

std::optional<http::Response> HostPolicy::check(const http::RequestContext &context) const
{
    // Load balancers and orchestrators probe by address (Host: 10.0.0.5:8000); the
    // probes answer nothing a rebinding page could use.
    if (context.path == QLatin1String("/health") || context.path == QLatin1String("/ready"))
        return std::nullopt;
    const QByteArray host = context.header("Host");
    if (allows(host))
        return std::nullopt;
    return http::error(
        fm::Error(fm::ErrorCode::BadRequest,
                  QStringLiteral("This server does not answer for the host \"%1\". If it should, "
                                 "add the name to \"server\".\"allowed_hosts\" in the site's "
                                 "site.json (or set \"public_url\"), and restart it.")
                      .arg(hostName(host))),
        context.requestId);
}

} // namespace fm::server::api
