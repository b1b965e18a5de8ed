// SPDX-License-Identifier: MIT
#include "api/services.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fm::server::api {

namespace {

fm::Error badKey(const QString &file, const QString &key, const QString &expected)
{
    return fm::Error(fm::ErrorCode::BadRequest,
                     QStringLiteral("%1: \"server\".\"%2\" must be %3.").arg(file, key, expected));
}

fm::Result<qint64> positive(const QString &file, const QString &key, const QJsonValue &value,
                            qint64 max)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > double(max) || number != qint64(number))
        return fm::fail(badKey(file, key, QStringLiteral("a whole number from 1 to %1").arg(max)));
    return qint64(number);
}

fm::Result<QStringList> strings(const QString &file, const QString &key, const QJsonValue &value)
{
    if (!value.isArray())
        return fm::fail(badKey(file, key, QStringLiteral("a list of strings")));
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return fm::fail(badKey(file, key, QStringLiteral("a list of non-empty strings")));
        out << item.toString();
    }
    return out;
}

} // namespace

fm::Result<ServerConfig> loadServerConfig(const QString &siteDir)
{
    const QString path = QDir(siteDir).filePath(QStringLiteral("site.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fm::fail(fm::ErrorCode::Io, QStringLiteral("cannot read %1: %2. Check that the "
                                                          "site exists (`m new site`).")
                                               .arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("%1 is not a JSON object (%2); fix the file.")
                            .arg(path, parseError.errorString()));
    }
    ServerConfig config;
    const QJsonValue serverValue = document.object().value(QStringLiteral("server"));
    if (serverValue.isUndefined())
        return config;
    if (!serverValue.isObject())
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("%1: \"server\" must be an object.").arg(path));
    const QJsonObject server = serverValue.toObject();
    for (auto it = server.begin(); it != server.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("max_body_bytes")) {
            auto bytes = positive(path, key, value, qint64(1) << 40);
            if (!bytes)
                return fm::fail(bytes.error());
            config.maxBodyBytes = *bytes;
        } else if (key == QLatin1String("default_page_length") ||
                   key == QLatin1String("max_page_length") ||
                   key == QLatin1String("session_hours") ||
                   key == QLatin1String("live_recheck_seconds")) {
            auto number = positive(path, key, value, 1000000);
            if (!number)
                return fm::fail(number.error());
            (key == QLatin1String("default_page_length") ? config.defaultPageLength
             : key == QLatin1String("max_page_length")   ? config.maxPageLength
             : key == QLatin1String("session_hours")     ? config.sessionHours
                                                     : config.liveRecheckSeconds) = int(*number);
        } else if (key == QLatin1String("keep_alive_seconds")) {
            auto seconds = positive(path, key, value, 24 * 3600);
            if (!seconds)
                return fm::fail(seconds.error());
            config.keepAliveSeconds = int(*seconds);
        } else if (key == QLatin1String("list_count_cap")) {
            auto cap = positive(path, key, value, qint64(1) << 40);
            if (!cap)
                return fm::fail(cap.error());
            config.listCountCap = *cap;
        } else if (key == QLatin1String("cors_origins")) {
            auto origins = strings(path, key, value);
            if (!origins)
                return fm::fail(origins.error());
            config.corsOrigins = *origins;
        } else if (key == QLatin1String("trusted_proxies")) {
            auto addresses = strings(path, key, value);
            if (!addresses)
                return fm::fail(addresses.error());
            for (const QString &text : *addresses) {
                const QHostAddress address(text);
                if (address.isNull())
                    return fm::fail(badKey(path, key,
                                           QStringLiteral("a list of IP addresses; "
                                                          "\"%1\" is not one")
                                               .arg(text)));
                config.trustedProxies << address;
            }
        } else if (key == QLatin1String("trusted_user_header")) {
            if (!value.isString() || value.toString().isEmpty())
                return fm::fail(badKey(path, key, QStringLiteral("a header name")));
            config.trustedUserHeader = value.toString();
        } else if (key == QLatin1String("allowed_hosts")) {
            auto hosts = strings(path, key, value);
            if (!hosts)
                return fm::fail(hosts.error());
            config.allowedHosts = *hosts;
        } else if (key == QLatin1String("public_url")) {
            const QUrl url(value.toString(), QUrl::StrictMode);
            if (!value.isString() || !url.isValid() || url.host().isEmpty() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
                url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
                return fm::fail(badKey(path, key,
                                       QStringLiteral("an http(s) address such as "
                                                      "\"https://desk.example.com\"")));
            // Links append "/api/...": no slash of its own at the end.
            QString text = url.toString();
            while (text.endsWith(u'/'))
                text.chop(1);
            config.publicUrl = text;
        } else if (key == QLatin1String("secure_cookies")) {
            if (!value.isBool())
                return fm::fail(badKey(path, key, QStringLiteral("true or false")));
            config.secureCookies = value.toBool();
        } else {
            return fm::fail(
                fm::ErrorCode::BadRequest,
                QStringLiteral("%1: \"server\" has no setting \"%2\". Known: "
                               "max_body_bytes, default_page_length, "
                               "max_page_length, list_count_cap, session_hours, cors_origins, "
                               "trusted_proxies, trusted_user_header, "
                               "secure_cookies, allowed_hosts, public_url, live_recheck_seconds, "
                               "keep_alive_seconds.")
                    .arg(path, key));
        }
    }
    // A small maximum lowers the default page with it unless a default was given.
    if (!server.contains(QStringLiteral("default_page_length")))
        config.defaultPageLength = qMin(config.defaultPageLength, config.maxPageLength);
    if (config.defaultPageLength > config.maxPageLength) {
        return fm::fail(
            badKey(path, QStringLiteral("default_page_length"),
                   QStringLiteral("at most max_page_length (%1)").arg(config.maxPageLength)));
    }
    return config;
}

} // namespace fm::server::api
