// SPDX-License-Identifier: MIT
// The operations module: /metrics, CORS and the Error Log. Order 10, so the CORS
// preflight is answered before authentication asks a browser for credentials it
// never sends on a preflight.
#include "api/module.h"
#include "api/ops/corspolicy.h"
#include "api/ops/errorlog.h"
#include "api/ops/hostpolicy.h"
#include "api/ops/metricsregistry.h"
#include "api/ops/websocketorigin.h"
#include "api/services.h"
#include "db/connectionpool.h"
#include "http/server.h"
#include "project/sitecontext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

#ifdef Q_OS_LINUX
#include <unistd.h> // sysconf: the page size of /proc's counts, which Qt does not give
#endif

namespace fm::server::api {

namespace {

using http::RequestContext;
using http::Response;

// Resident memory from /proc (Linux); -1 elsewhere, where Qt has no process memory API.
qint64 residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    return ok ? pages * qint64(sysconf(_SC_PAGESIZE)) : -1;
#else
    return -1;
#endif
}

void writeLogLine(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    // One fwrite: stdio locks the stream for it, so lines from workers do not interleave.
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

Response metricsPage(const MetricsRegistry &metrics, const http::Server &server,
                     fm::core::ConnectionPool &database, qint64 startedAt)
{
    Response response;
    response.mimeType = "text/plain; version=0.0.4; charset=utf-8";
    response.body = metrics.render();
    QByteArray &out = response.body;
    MetricsRegistry::appendGauge(out, "fm_http_requests_in_flight",
                                 "Requests being handled, this scrape included.",
                                 server.inFlight());
    MetricsRegistry::appendGauge(out, "fm_worker_threads_active",
                                 "Worker threads running a request handler.",
                                 server.pool().activeThreadCount());
    MetricsRegistry::appendGauge(out, "fm_worker_threads_max",
                                 "Size of the request handler thread pool (--threads).",
                                 server.pool().maxThreadCount());
    MetricsRegistry::appendGauge(out, "fm_db_connections_open",
                                 "Open database connections (one per thread that used the "
                                 "database).",
                                 database.openConnections());
    if (const qint64 rss = residentBytes(); rss >= 0) {
        MetricsRegistry::appendGauge(out, "process_resident_memory_bytes",
                                     "Resident memory size in bytes.", double(rss));
    }
    MetricsRegistry::appendGauge(out, "process_start_time_seconds",
                                 "Start time of the server since the Unix epoch in seconds.",
                                 double(startedAt));
    return response;
}

void install(http::Server &server, Services &services)
{
    // Metrics first among the hooks, so the latency leaves out the Error Log write.
    auto metrics = std::make_shared<MetricsRegistry>();
    server.onResponse([metrics](const RequestContext &context, Response &response) {
        metrics->record(context.route, context.method, response.status,
                        context.started.nsecsElapsed());
    });
    fm::core::ConnectionPool &database = services.site.pool();
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    server.get(QStringLiteral("/metrics"),
               [metrics, &server, &database, startedAt](const RequestContext &) {
                   return metricsPage(*metrics, server, database, startedAt);
               });

    // Before anything else looks at the request: a foreign Host is refused (HostPolicy).
    auto hosts =
        std::make_shared<const HostPolicy>(services.config.allowedHosts, services.config.publicUrl);
    server.use([hosts](RequestContext &context) { return hosts->check(context); });
    auto origins = std::make_shared<const WebSocketOrigin>(services.config.corsOrigins);
    server.use([origins](RequestContext &context) { return origins->check(context); });

    QStringList problems;
    auto cors = std::make_shared<const CorsPolicy>(services.config.corsOrigins, &problems);
    for (const QString &problem : problems)
        std::fprintf(stderr, "warning: %s; the entry is ignored.\n", qPrintable(problem));
    server.use([cors](RequestContext &context) { return cors->answerPreflight(context); });
    server.onResponse([cors](const RequestContext &context, Response &response) {
        cors->decorate(context, response);
    });

    auto errorLog = std::make_shared<ErrorLog>(services.site.service());
    server.onResponse([errorLog](const RequestContext &context, Response &response) {
        if (response.status != 500)
            return;
        // The request already failed; a failing insert (often the same broken
        // database) must not change its answer, so it is only logged.
        if (auto written = errorLog->record(context, response); !written) {
            writeLogLine({{QStringLiteral("level"), QStringLiteral("error")},
                          {QStringLiteral("message"),
                           QStringLiteral("could not write the Error Log row; the request's "
                                          "own log line has its details")},
                          {QStringLiteral("request_id"), context.requestId},
                          {QStringLiteral("detail"), written.error().toText()}});
        }
    });
}

} // namespace

FM_API_MODULE(ops, 10, install);

} // namespace fm::server::api
