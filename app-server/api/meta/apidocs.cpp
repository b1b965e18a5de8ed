// SPDX-License-Identifier: MIT
#include "api/meta/apidocs.h"

#include <QFile>
#include <QHash>
#include <QMutex>

namespace fm::server::api::meta {

namespace {

// Swagger UI sets some styles inline, hence 'unsafe-inline' for styles only; its
// icons are data: URIs. Scripts come from this server alone.
const QByteArray kPolicy = "default-src 'none'; script-src 'self'; "
                           "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                           "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                           "base-uri 'none'; form-action 'none'";

// The resources are compressed; keep each file once uncompressed (the bundle is
// 1.7 MB, read on every page load otherwise).
const QByteArray *resource(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> files;
    QMutexLocker lock(&mutex);
    if (const auto it = files.constFind(name); it != files.cend())
        return &it.value();
    QFile file(QStringLiteral(":/fm/apidocs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return &files.insert(name, file.readAll()).value();
}

http::Response fileResponse(const QString &name, const QString &requestId,
                            const QByteArray &cacheControl)
{
    // One path segment of our own folder: no "..", no hidden files, no sub-folders.
    const QByteArray *body = name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))
                                 ? nullptr
                                 : resource(name);
    if (!body) {
        return http::error(fm::Error(fm::ErrorCode::NotFound,
                                     QStringLiteral("No documentation file \"%1\". The page is "
                                                    "at /api/docs.")
                                         .arg(name)),
                           requestId);
    }
    http::Response response;
    response.mimeType = contentTypeFor(name);
    response.body = *body;
    response.headers = {{"Content-Security-Policy", kPolicy}, {"Cache-Control", cacheControl}};
    return response;
}

} // namespace

QByteArray contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("json"), "application/json"},
    };
    return types.value(fileName.section(QLatin1Char('.'), -1).toLower(),
                       "application/octet-stream");
}

http::Response apiDocsPage(const QString &requestId)
{
    // The page follows the API it documents: revalidated on every visit.
    return fileResponse(QStringLiteral("index.html"), requestId, "no-cache");
}

http::Response apiDocsAsset(const QString &file, const QString &requestId)
{
    if (file == QLatin1String("index.html"))
        return apiDocsPage(requestId);
    return fileResponse(file, requestId, "public, max-age=3600");
}

} // namespace fm::server::api::meta
