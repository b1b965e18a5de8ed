// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "http/requestcontext.h"
#include "http/response.h"

namespace fm::core {
class DocumentService;
}

namespace fm::server::api {

// Keeps what a 500 response hid from its client: one "Error Log" document per
// server error, found again by the request id the client was shown.
class ErrorLog final
{
public:
    static inline const QString kDocType = QStringLiteral("Error Log");
    // Longer details (a runaway message) are cut here; the log line still has them.
    static constexpr qsizetype kMaxErrorChars = 64 * 1024;

    explicit ErrorLog(fm::core::DocumentService &service)
        : m_service(service)
    {}

    // Inserts the row for `response` (whatever its status); the new row's name.
    fm::Result<QString> record(const http::RequestContext &context, const http::Response &response);

private:
    fm::core::DocumentService &m_service;
};

} // namespace fm::server::api
