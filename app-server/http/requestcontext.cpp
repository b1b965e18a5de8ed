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

} // namespace fm::server::http
