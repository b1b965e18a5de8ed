// SPDX-License-Identifier: MIT
#include "api/documents/apiutil.h"

#include "common/textdistance.h"
#include "meta/metaregistry.h"

#include <QJsonDocument>
#include <QUrl>

namespace fm::server::api {

fm::Result<const fm::core::DocType *> resolveDoctype(const fm::core::MetaRegistry &meta,
                                                     const QString &segment)
{
    const fm::core::DocType *doctype = meta.findDocType(segment);
    if (doctype && !doctype->isChild && doctype->apiResource)
        return doctype;
    if (doctype) {
        return fm::fail(fm::ErrorCode::NotFound,
                        doctype->isChild
                            ? QStringLiteral("\"%1\" is a child table: its rows travel inside "
                                             "their parent document.")
                                  .arg(doctype->name)
                            : QStringLiteral("DocType \"%1\" is not served over the API "
                                             "(\"api_resource\": false in its definition).")
                                  .arg(doctype->name));
    }
    QString message = QStringLiteral("No DocType \"%1\".").arg(segment);
    QStringList candidates = meta.doctypeNames();
    for (const QString &name : meta.doctypeNames())
        candidates << fm::snakeCase(name);
    const QString close = fm::closestMatch(segment, candidates);
    if (!close.isEmpty())
        message += QStringLiteral(" Did you mean \"%1\"?").arg(close);
    else
        message += QStringLiteral(" GET /api/openapi.json lists the DocTypes.");
    return fm::fail(fm::ErrorCode::NotFound, message);
}

fm::Result<QJsonObject> jsonBody(const http::RequestContext &context)
{
    if (context.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(context.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("The body must be a JSON object ({...})."));
    }
    return document.object();
}

fm::Result<QJsonObject> jsonOnlyBody(const http::RequestContext &context)
{
    const QByteArray type = context.header("Content-Type").split(';').value(0).trimmed().toLower();
    if (type != "application/json") {
        return fm::fail(
            fm::ErrorCode::BadRequest,
            QStringLiteral("Send this request's body as JSON with the header "
                           "\"Content-Type: application/json\" (got \"%1\"); "
                           "forms are not accepted here, so a page on another site "
                           "cannot sign anyone in.")
                .arg(type.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(type)));
    }
    return jsonBody(context);
}

http::Response dataResponse(int status, const QJsonValue &value)
{
    return http::json(status, QJsonObject{{QStringLiteral("data"), value}});
}

http::Response errorResponse(const fm::Error &error, const http::RequestContext &context)
{
    return http::error(error, context.requestId);
}

QString documentPath(const QString &doctype, const QString &name)
{
    QString path =
        QStringLiteral("/api/v1/") + QString::fromLatin1(QUrl::toPercentEncoding(doctype));
    if (!name.isEmpty())
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
    return path;
}

} // namespace fm::server::api
