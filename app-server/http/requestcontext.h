// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
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
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId; // also sent back as X-Request-Id
    QString route;     // the registered pattern that matched, for logs and metrics
    QElapsedTimer started;

    // The first header with this name, compared case-insensitively.
    QByteArray header(const QByteArray &name) const;
};

} // namespace fm::server::http
