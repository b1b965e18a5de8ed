// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "http/requestcontext.h"
#include "http/response.h"
#include "http/router.h"
#include "http/websocketconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace fm::server::http {

class KeepAlive;

// The only place that knows QHttpServer. Every request is copied into a
// RequestContext on the event loop and handled on a dedicated thread pool, so the
// event loop never waits on SQL. The pipeline on the worker (ARCHITECTURE 8):
// body size limit -> middlewares in the order added (auth, rate limit, CSRF, ...)
// -> the route (404 JSON when no path matches, 405 with Allow when the method does
// not) -> response hooks (metrics, CORS). Every response gets X-Request-Id and the
// security headers; each request logs one JSON line to stderr.
class Server final : public QObject
{
    Q_OBJECT
public:
    using Handler = http::Handler;
    // Runs before the route; returning a Response ends the request with it.
    using Middleware = std::function<std::optional<Response>(RequestContext &)>;
    // Sees every response before it is sent (all of them: 404s, 413s, errors too).
    using ResponseHook = std::function<void(const RequestContext &, Response &)>;

    static constexpr qint64 kDefaultMaxBodyBytes = 10 * 1024 * 1024;

    explicit Server(int threads, QObject *parent = nullptr);
    ~Server() override;

    // `pattern` as in Router ("/api/v1/{doctype}/{name}"). Register before listen().
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    void get(const QString &pattern, Handler handler) { route("GET", pattern, std::move(handler)); }
    void use(Middleware middleware);
    void onResponse(ResponseHook hook);
    // A WebSocket endpoint at exactly `path`. Qt 6.4 upgrades every WebSocket request
    // before any code of ours sees it, so the handshake is checked after the upgrade:
    // the middlewares run on it as on a GET (Host, credentials, Origin, rate limits),
    // and a refusal closes the socket at once with 1008 and the refusal's message. A
    // path without an endpoint closes the same way. Register before listen().
    void webSocket(const QString &path, WebSocketHandler handler);
    void setWebSocketLimits(const WebSocketConnection::Limits &limits) { m_wsLimits = limits; }
    int webSocketCount() const;

    // Bodies over this many bytes get 413 PAYLOAD_TOO_LARGE before any middleware.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // A keep-alive connection idle this long (no request arriving, none being handled)
    // is closed: "keep_alive_seconds" in site.json, KeepAlive::kDefaultTimeout unset.
    void setKeepAliveTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds keepAliveTimeout() const;
    // Open HTTP connections, WebSockets included.
    int connectionCount() const;

    const Router &router() const { return m_router; }
    const QThreadPool &pool() const { return m_pool; }

    // Listens on host:port (0: any free port); returns the port. Fails with Io and a
    // message naming the address when the port is busy or the host is not local.
    fm::Result<quint16> listen(const QHostAddress &host, quint16 port);

    // Stops accepting connections, then waits up to `timeoutMs` for handlers that are
    // running and lets their responses reach the sockets. False when time ran out.
    bool shutdown(int timeoutMs);

    int inFlight() const { return m_inFlight.load(); }

private:
    // Hands a request to the worker pool; the response comes back on the event loop.
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    RequestContext contextFor(const QHttpServerRequest &request) const;
    Response handle(RequestContext &context) const;
    Response dispatch(RequestContext &context) const;
    static void logRequest(const RequestContext &context, const Response &response);
    void acceptWebSockets();
    // The middlewares' refusal of a handshake, or a 404 when no endpoint has the path.
    std::optional<Response> admitWebSocket(RequestContext &context) const;

    Router m_router;
    QList<Middleware> m_middlewares;
    QList<ResponseHook> m_hooks;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr; // owned by m_server once bound
    KeepAlive *m_keepAlive;      // a child
    QHash<QString, WebSocketHandler> m_webSockets;
    WebSocketConnection::Limits m_wsLimits;
    QThreadPool m_pool;
    std::atomic<int> m_inFlight{0};
};

} // namespace fm::server::http
