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

bool RequestContext::isFormPost() const
{
    const QByteArray type = header("Content-Type").split(';').first().trimmed().toLower();
    return type == "application/x-www-form-urlencoded";
}

QUrlQuery RequestContext::form() const
{
    if (!isFormPost())
        return {};
    // Form encoding, as for the query string: "+" is a space, a literal plus is %2B.
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(encoded));
}

bool RequestContext::acceptsHtml() const
{
    return header("Accept").toLower().contains("text/html");
}

} // namespace fm::server::http
