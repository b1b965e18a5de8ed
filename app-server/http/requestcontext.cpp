// SPDX-License-Identifier: MIT
#include "http/requestcontext.h"

#include <QUrl>

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

QString RequestContext::loggedPath() const
{
    bool secret = false;
    for (const QString &name : kSecretParams)
        secret = secret || route.contains(u'{' + name + u'}');
    if (!secret)
        return path;
    // The route matched segment by segment, so the pattern's segments line up with the
    // encoded path's; the secret's segment is replaced, the others are decoded as usual.
    const QStringList pattern = route.split(u'/');
    QList<QByteArray> segments = encodedPath.split('/');
    if (pattern.size() != segments.size())
        return QStringLiteral("[redacted]");
    QStringList out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &part = pattern.at(i);
        const bool hidden = part.startsWith(u'{') && part.endsWith(u'}') &&
                            kSecretParams.contains(part.mid(1, part.size() - 2));
        out << (hidden ? QStringLiteral("[redacted]") : QUrl::fromPercentEncoding(segments.at(i)));
    }
    return out.join(u'/');
}

} // namespace fm::server::http
