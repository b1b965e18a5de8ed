// SPDX-License-Identifier: MIT
#include "common/error.h"

#include <QJsonArray>

namespace fm {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return QStringLiteral("INTERNAL");
    case ErrorCode::BadRequest:
        return QStringLiteral("BAD_REQUEST");
    case ErrorCode::Validation:
        return QStringLiteral("VALIDATION_ERROR");
    case ErrorCode::NotFound:
        return QStringLiteral("NOT_FOUND");
    case ErrorCode::Duplicate:
        return QStringLiteral("DUPLICATE");
    case ErrorCode::VersionConflict:
        return QStringLiteral("VERSION_CONFLICT");
    case ErrorCode::DocumentSubmitted:
        return QStringLiteral("DOCUMENT_SUBMITTED");
    case ErrorCode::InvalidState:
        return QStringLiteral("INVALID_STATE");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("FORBIDDEN");
    case ErrorCode::InvalidMeta:
        return QStringLiteral("INVALID_META");
    case ErrorCode::MigrationRefused:
        return QStringLiteral("MIGRATION_REFUSED");
    case ErrorCode::HookFailed:
        return QStringLiteral("HOOK_FAILED");
    case ErrorCode::Database:
        return QStringLiteral("DATABASE_ERROR");
    case ErrorCode::Io:
        return QStringLiteral("IO_ERROR");
    case ErrorCode::Unauthorized:
        return QStringLiteral("UNAUTHORIZED");
    case ErrorCode::InvalidCredentials:
        return QStringLiteral("INVALID_CREDENTIALS");
    case ErrorCode::ReauthRequired:
        return QStringLiteral("REAUTH_REQUIRED");
    case ErrorCode::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    case ErrorCode::PayloadTooLarge:
        return QStringLiteral("PAYLOAD_TOO_LARGE");
    case ErrorCode::MethodNotAllowed:
        return QStringLiteral("METHOD_NOT_ALLOWED");
    }
    return QStringLiteral("INTERNAL");
}

Error::Error(ErrorCode code, QString message, QList<FieldError> fields)
    : m_code(code)
    , m_message(std::move(message))
    , m_fields(std::move(fields))
{}

Error &Error::withDetail(const QString &key, const QVariant &value)
{
    m_details.insert(key, value);
    return *this;
}

Error &Error::withContext(const QString &prefix)
{
    m_message = prefix + QStringLiteral(": ") + m_message;
    return *this;
}

QJsonObject Error::toJson() const
{
    QJsonObject out{{QStringLiteral("code"), errorCodeName(m_code)},
                    {QStringLiteral("message"), m_message}};
    QJsonArray fields;
    for (const FieldError &f : m_fields) {
        fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                  {QStringLiteral("code"), f.code},
                                  {QStringLiteral("message"), f.message}});
    }
    out.insert(QStringLiteral("fields"), fields);
    for (auto it = m_details.cbegin(); it != m_details.cend(); ++it)
        out.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return out;
}

QString Error::toText() const
{
    QString text = m_message;
    for (const FieldError &f : m_fields)
        text += QStringLiteral("\n  %1: %2").arg(f.field, f.message);
    return text;
}

} // namespace fm
