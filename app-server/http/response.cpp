// SPDX-License-Identifier: MIT
#include "http/response.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fm::server::http {

Response json(int status, const QJsonObject &object)
{
    Response response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

int statusFor(fm::ErrorCode code)
{
    switch (code) {
    case fm::ErrorCode::BadRequest:
        return 400;
    case fm::ErrorCode::Validation:
        return 422;
    case fm::ErrorCode::NotFound:
        return 404;
    case fm::ErrorCode::PermissionDenied:
    case fm::ErrorCode::ReauthRequired:
        return 403;
    case fm::ErrorCode::Unauthorized:
    case fm::ErrorCode::InvalidCredentials:
        return 401;
    case fm::ErrorCode::RateLimited:
        return 429;
    case fm::ErrorCode::PayloadTooLarge:
        return 413;
    case fm::ErrorCode::MethodNotAllowed:
        return 405;
    case fm::ErrorCode::Duplicate:
    case fm::ErrorCode::VersionConflict:
    case fm::ErrorCode::DocumentSubmitted:
    case fm::ErrorCode::InvalidState:
        return 409;
    case fm::ErrorCode::Internal:
    case fm::ErrorCode::InvalidMeta:
    case fm::ErrorCode::MigrationRefused:
    case fm::ErrorCode::HookFailed:
    case fm::ErrorCode::Database:
    case fm::ErrorCode::Io:
        break;
    }
    return 500;
}

Response error(const fm::Error &error, const QString &requestId)
{
    const int status = statusFor(error.code());
    QJsonObject body;
    QJsonArray fields;
    if (status == 500) {
        body.insert(QStringLiteral("code"), QStringLiteral("INTERNAL"));
        body.insert(QStringLiteral("message"),
                    QCoreApplication::translate("fm::server::http::Response",
                                                "Internal server error. The server log has "
                                                "the details under request id %1.")
                        .arg(requestId));
    } else {
        body.insert(QStringLiteral("code"), fm::errorCodeName(error.code()));
        body.insert(QStringLiteral("message"), error.message());
        // Details a client acts on (current_version, retry_after, ...) sit beside the code.
        // The statement a database error carries is for the log only: SQL text tells a
        // client about tables, columns and the engine (issue 12 item 9).
        const QVariantMap details = error.details();
        for (auto it = details.cbegin(); it != details.cend(); ++it) {
            if (it.key() != u"sql")
                body.insert(it.key(), QJsonValue::fromVariant(it.value()));
        }
        for (const fm::FieldError &field : error.fields()) {
            fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                      {QStringLiteral("code"), field.code},
                                      {QStringLiteral("message"), field.message}});
        }
    }
    body.insert(QStringLiteral("fields"), fields);
    body.insert(QStringLiteral("request_id"), requestId);
    Response response = json(status, QJsonObject{{QStringLiteral("error"), body}});
    const QString sql = error.details().value(QStringLiteral("sql")).toString();
    if (status == 500 || !sql.isEmpty())
        response.logDetail =
            error.toText() + (sql.isEmpty() ? QString() : QStringLiteral("\n  sql: ") + sql);
    // The headers HTTP defines for these answers, from the same details.
    if (const QVariant retry = error.details().value(QStringLiteral("retry_after"));
        retry.isValid())
        response.headers.append({"Retry-After", retry.toString().toLatin1()});
    if (const QVariant allow = error.details().value(QStringLiteral("allow")); allow.isValid())
        response.headers.append({"Allow", allow.toString().toLatin1()});
    return response;
}

} // namespace fm::server::http
