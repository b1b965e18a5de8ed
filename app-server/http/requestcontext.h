// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace fm::server::http {

// One request as our handlers see it: copied out of QHttpServerRequest on the event
// loop so handlers on the worker pool never touch Qt HttpServer types (their API
// moved between Qt 6.4 and 6.8; see ARCHITECTURE.md section 8).
struct RequestContext
{
    QByteArray method;      // "GET", "POST", ...
    QString path;           // decoded, without the query
    QByteArray encodedPath; // as sent, for routing (an encoded "/" stays inside a segment)
    QUrlQuery query;        // "+" already turned into a space, as in HTML forms
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId;              // also sent back as X-Request-Id
    QString route;                  // the registered pattern that matched, for logs and metrics
    QHash<QString, QString> params; // the pattern's {parameters}, percent-decoded
    QHostAddress peer;              // the TCP peer (a proxy's address behind one)
    QElapsedTimer started;
    // Who is asking; the auth middleware sets it, guests until then.
    fm::core::Principal principal = fm::core::Principal::guest();

    QString param(const QString &name) const { return params.value(name); }
    // The value of the cookie `name` from the Cookie header(s), empty when absent.
    QByteArray cookie(const QByteArray &name) const;

    // The first header with this name, compared case-insensitively.
    QByteArray header(const QByteArray &name) const;

    // True when the body is an HTML form post (application/x-www-form-urlencoded).
    bool isFormPost() const;
    // The body of a form post as a query ("+" already a space); empty for other bodies.
    // Read values with QUrl::FullyDecoded.
    QUrlQuery form() const;
    // True when the client prefers a page to JSON (a browser: Accept names text/html).
    bool acceptsHtml() const;

    // The path as logs and the Error Log keep it: a route parameter that is a secret
    // (kSecretParams: a magic-link token) is replaced by "[redacted]", so whoever reads
    // the log cannot sign in with it. Unmatched paths are kept as sent.
    QString loggedPath() const;
    static inline const QStringList kSecretParams{QStringLiteral("token")};
};

} // namespace fm::server::http
