// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "http/requestcontext.h"
#include "http/response.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;

namespace fm::server::http {

// The only place that knows QHttpServer. Handlers run on a dedicated thread pool
// (QHttpServer route returning QFuture<QHttpServerResponse>), so the event loop
// never waits on SQL. Every response gets X-Request-Id and the security headers,
// unknown routes get the 404 JSON error, and each request logs one JSON line to
// stderr.
class Server final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Response(const RequestContext &)>;

    explicit Server(int threads, QObject *parent = nullptr);
    ~Server() override;

    // Registers `handler` for GET requests on the exact `path` (e.g. "/health").
    void get(const QString &path, Handler handler);

    // Listens on host:port (0: any free port); returns the port. Fails with Io and a
    // message naming the address when the port is busy or the host is not local.
    fm::Result<quint16> listen(const QHostAddress &host, quint16 port);

    // Stops accepting connections, then waits up to `timeoutMs` for handlers that are
    // running and lets their responses reach the sockets. False when time ran out.
    bool shutdown(int timeoutMs);

    int inFlight() const { return m_inFlight.load(); }

private:
    RequestContext contextFor(const QHttpServerRequest &request, const QString &route) const;
    Response run(const Handler &handler, const RequestContext &context);
    static void logRequest(const RequestContext &context, const Response &response);

    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr; // owned by m_server once bound
    QThreadPool m_pool;
    std::atomic<int> m_inFlight{0};
};

} // namespace fm::server::http
