// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <tl/expected.hpp>

namespace fm {

// What kind of failure an Error is; the server maps each to one HTTP status.
enum class ErrorCode {
    Internal,          // a bug or an unexpected engine failure
    BadRequest,        // malformed input: unknown field, bad filter, bad JSON
    Validation,        // field values failed validation; see Error::fields
    NotFound,          // unknown DocType or document
    Duplicate,         // unique constraint or name already taken
    VersionConflict,   // stale _version; details["current_version"]
    DocumentSubmitted, // a submitted document was edited
    InvalidState,      // e.g. cancel a draft, amend a submitted document
    PermissionDenied,
    InvalidMeta,        // DocType definitions are broken; see Error::diagnostics text
    MigrationRefused,   // the plan has dangerous steps, or warnings without --force
    HookFailed,         // a controller hook threw or returned an error
    Database,           // the database refused or failed
    Io,                 // files could not be read or written
    Unauthorized,       // no credentials, or they are not (or no longer) valid
    InvalidCredentials, // login refused: unknown user and wrong password look the same
    ReauthRequired,     // the action needs a login in the last few minutes
    RateLimited,        // too many attempts; details["retry_after"] in seconds
    PayloadTooLarge,    // the request body is over the configured limit
    MethodNotAllowed,   // the path exists but not for this method; details["allow"]
};

FM_CORE_EXPORT QString errorCodeName(ErrorCode code); // "VALIDATION_ERROR", ...

struct FieldError
{
    QString field;
    QString code; // "required", "too_long", "invalid_option", ...
    QString message;
    bool operator==(const FieldError &) const = default;
};

class FM_CORE_EXPORT Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QList<FieldError> fields = {});

    ErrorCode code() const { return m_code; }
    QString message() const { return m_message; }
    const QList<FieldError> &fields() const { return m_fields; }
    QVariantMap details() const { return m_details; }

    Error &withDetail(const QString &key, const QVariant &value);
    Error &withContext(const QString &prefix); // "inserting Ticket: " + message

    // {"code","message","fields":[...], ...details}
    QJsonObject toJson() const;
    // One line for people: the message, then each field error on its own line.
    QString toText() const;

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    QList<FieldError> m_fields;
    QVariantMap m_details;
};

template<typename T> using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString message, QList<FieldError> fields = {})
{
    return tl::unexpected<Error>(Error(code, std::move(message), std::move(fields)));
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace fm
