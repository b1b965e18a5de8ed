// SPDX-License-Identifier: MIT
#include "http/requestcontext.h"

namespace fm::server::http {

QByteArray RequestContext::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray RequestContext::cookie(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : value.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.left(eq) == name)
                return trimmed.mid(eq + 1);
        }
    }
    return {};
}

} // namespace fm::server::http
