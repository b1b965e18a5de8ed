// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QString>

namespace fm::core {

// Names the request this thread is serving, so the events written meanwhile carry
// its id. The server opens one around each request; scopes nest and restore.
class FM_CORE_EXPORT RequestScope final
{
public:
    explicit RequestScope(const QString &requestId);
    ~RequestScope();
    RequestScope(const RequestScope &) = delete;
    RequestScope &operator=(const RequestScope &) = delete;

    static QString current(); // empty outside any scope

private:
    QString m_previous;
};

} // namespace fm::core
