// SPDX-License-Identifier: MIT
#include "http/server.h"

#include "http/keepalive.h"

#include "events/requestscope.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace fm::server::http {

namespace {

// Accepted sockets send small writes at once (TCP_NODELAY): a realtime event or a short
// answer must not wait for the client's delayed ACK of the previous segment (up to 40 ms
// on Linux), which Nagle's algorithm would make it do. WebSockets keep the socket their
// upgrade came on, so this covers /api/v1/stream and /desk/live too. Every connection
// is watched for the keep-alive idle timeout.
class LowDelayTcpServer final : public QTcpServer
{
public:
    explicit LowDelayTcpServer(KeepAlive &keepAlive)
        : m_keepAlive(keepAlive)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_keepAlive.watch(socket);
        addPendingConnection(socket);
    }

private:
    KeepAlive &m_keepAlive;
};

// Nothing we serve yet is meant to be framed, sniffed or to load anything; the Desk
// will relax the policy for its own pages when it exists.
const QList<QPair<QByteArray, QByteArray>> kSecurityHeaders = {
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
    {"Content-Security-Policy",
     "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"},
};

QHttpServerResponse toQt(const Response &response, const RequestContext &context)
{
    QHttpServerResponse out(response.mimeType, response.body,
                            static_cast<QHttpServerResponse::StatusCode>(response.status));
    // A response's own header replaces a default of the same name (the docs page sets
    // its own Content-Security-Policy); other headers may repeat (Set-Cookie).
    for (const auto &[name, value] : kSecurityHeaders) {
        const bool overridden = std::any_of(
            response.headers.cbegin(), response.headers.cend(), [&](const auto &header) {
                return header.first.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (!overridden)
            out.setHeader(name, value);
    }
    for (const auto &[name, value] : response.headers)
        out.addHeader(name, value);
    out.setHeader("X-Request-Id", context.requestId.toUtf8());
    return out;
}

QMutex &logMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

Server::Server(int threads, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_keepAlive(new KeepAlive(this))
{
    m_pool.setMaxThreadCount(qMax(1, threads));
    // Live clients send small JSON messages (a join is under 3 KB): 16 KB is plenty,
    // and a client cannot make the server buffer more (docs/reference/live-protocol.md).
    m_wsLimits.maxMessageBytes = 16 * 1024;
    connect(m_server.get(), &QAbstractHttpServer::newWebSocketConnection, this,
            &Server::acceptWebSockets);
    // Routing is ours (Router: {param} segments, 405, encoded names), so every request
    // reaches QHttpServer's missing handler, which hands it to the worker pool.
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, std::move(responder));
        });
}

void Server::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = shared->socket();
    ++m_inFlight;
    m_keepAlive->requestStarted(socket);
    // The worker hands the response back to the event loop with a queued call, not
    // QFuture::then(context): Qt 6.4's context continuations crash under load (a null
    // future interface in reportStarted, seen with wrk).
    m_pool.start([this, shared, socket, context = contextFor(request)]() mutable {
        const Response response = handle(context);
        logRequest(context, response);
        auto out = std::make_shared<QHttpServerResponse>(toQt(response, context));
        QMetaObject::invokeMethod(
            this,
            [this, shared = std::move(shared), socket, out]() {
                // A client that hung up meanwhile has no socket left to write to.
                if (socket) {
                    out->write(std::move(*shared));
                    m_keepAlive->requestFinished(socket);
                }
                --m_inFlight;
            },
            Qt::QueuedConnection);
    });
}

// Why a refused handshake was refused: the error body's message, for the close reason.
QString refusalReason(const Response &response)
{
    const QJsonObject error =
        QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QStringLiteral("refused (HTTP %1)").arg(response.status) : message;
}

Server::~Server()
{
    m_pool.waitForDone();
}

void Server::webSocket(const QString &path, WebSocketHandler handler)
{
    m_webSockets.insert(path, std::move(handler));
    // Qt 6.4 upgrades a WebSocket request only when a QHttpServer route takes it (the
    // missing handler gets the rest, and the socket is dropped). This route takes the
    // upgrades of `path` without answering, so Qt upgrades them and acceptWebSockets()
    // checks them; a plain request to the path goes the usual way.
    m_server->route(path,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
                            serve(request, std::move(responder));
                        else
                            m_keepAlive->exempt(responder.socket());
                    });
}

int Server::webSocketCount() const
{
    return int(findChildren<WebSocketConnection *>(Qt::FindDirectChildrenOnly).size());
}

std::optional<Response> Server::admitWebSocket(RequestContext &context) const
{
    const fm::core::RequestScope scope(context.requestId);
    try {
        context.route = context.path;
        for (const Middleware &middleware : m_middlewares) {
            if (std::optional<Response> stop = middleware(context))
                return stop;
        }
    } catch (const std::exception &e) {
        return error(fm::Error(fm::ErrorCode::Internal, QString::fromUtf8(e.what())),
                     context.requestId);
    }
    if (!m_webSockets.contains(context.path)) {
        context.route.clear();
        return error(fm::Error(fm::ErrorCode::NotFound,
                               QStringLiteral("no WebSocket endpoint at %1; the endpoints are %2")
                                   .arg(context.path, m_webSockets.keys().join(u", "))),
                     context.requestId);
    }
    return std::nullopt;
}

void Server::acceptWebSockets()
{
    while (m_server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        auto *connection = new WebSocketConnection(std::move(socket), m_wsLimits, this);
        connection->context().requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QPointer<WebSocketConnection> guard(connection);
        ++m_inFlight;
        // The checks read the database (sessions, keys): on the pool, like requests.
        m_pool.start([this, guard, context = connection->context()]() mutable {
            std::optional<Response> refused = admitWebSocket(context);
            Response logged;
            logged.status = 101;
            logRequest(context, refused ? *refused : logged);
            QMetaObject::invokeMethod(
                this,
                [this, guard, context, refused = std::move(refused)]() {
                    --m_inFlight;
                    if (!guard)
                        return; // the client left while it was checked
                    if (refused) {
                        guard->close(closecode::kPolicy, refusalReason(*refused));
                        return;
                    }
                    guard->context() = context;
                    m_webSockets.value(context.path)(guard);
                    if (guard)
                        guard->start();
                },
                Qt::QueuedConnection);
        });
    }
}

void Server::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_router.add(method, pattern, std::move(handler));
}

void Server::use(Middleware middleware)
{
    m_middlewares.append(std::move(middleware));
}

void Server::onResponse(ResponseHook hook)
{
    m_hooks.append(std::move(hook));
}

Response Server::handle(RequestContext &context) const
{
    Response response;
    const fm::core::RequestScope scope(context.requestId); // events name their request
    // Every tr() of this request, in any layer, speaks the language the client asks for;
    // without one we have, the API answers in English, its source language, whatever the
    // server's own locale (ADR 0265).
    const fm::core::ThreadLanguage language(context.language());
    // A throwing handler must not take the worker or the connection down with it.
    try {
        response = dispatch(context);
    } catch (const std::exception &e) {
        response = error(fm::Error(fm::ErrorCode::Internal, QString::fromUtf8(e.what())),
                         context.requestId);
    } catch (...) {
        response = error(fm::Error(fm::ErrorCode::Internal, QStringLiteral("unknown exception")),
                         context.requestId);
    }
    for (const ResponseHook &hook : m_hooks)
        hook(context, response);
    return response;
}

Response Server::dispatch(RequestContext &context) const
{
    // Matched first so that every answer, the 413 too, is logged with its route (and a
    // secret in the path redacted: RequestContext::loggedPath).
    const Router::Match match = m_router.match(context.method, context.encodedPath);
    context.route = match.pattern;
    context.params = match.params;
    if (context.body.size() > m_maxBodyBytes) {
        return error(fm::Error(fm::ErrorCode::PayloadTooLarge,
                               tr("The request body has %1 bytes; this server takes at most "
                                  "%2. Send less per request (split a bulk import) or raise "
                                  "\"max_body_bytes\" in site.json.")
                                   .arg(context.body.size())
                                   .arg(m_maxBodyBytes)),
                     context.requestId);
    }
    // From the middleware that signs the user in on, their own language (User.language)
    // wins over Accept-Language.
    std::optional<fm::core::ThreadLanguage> userLanguage;
    for (const Middleware &middleware : m_middlewares) {
        if (std::optional<Response> stop = middleware(context))
            return std::move(*stop);
        if (!userLanguage && !context.principal.language.isEmpty())
            userLanguage.emplace(context.principal.language);
    }
    if (match.handler)
        return (*match.handler)(context);
    if (!match.allowed.isEmpty()) {
        const QString allow = QString::fromLatin1(match.allowed.join(", "));
        return error(fm::Error(fm::ErrorCode::MethodNotAllowed,
                               tr("%1 is not allowed on %2; use %3.")
                                   .arg(QString::fromLatin1(context.method), context.path, allow))
                         .withDetail(QStringLiteral("allow"), allow),
                     context.requestId);
    }
    return error(fm::Error(fm::ErrorCode::NotFound,
                           tr("No route for %1 %2: check the method and the path (/api/docs "
                              "lists every route).")
                               .arg(QString::fromLatin1(context.method), context.path)),
                 context.requestId);
}

RequestContext Server::contextFor(const QHttpServerRequest &request) const
{
    RequestContext context;
    context.started.start();
    const char *method =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    context.method = QByteArray(method ? method : "UNKNOWN").toUpper();
    context.path = request.url().path();
    context.encodedPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    // Form encoding: "+" is a space (order_by=modified+desc); a literal plus is %2B.
    QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();
    query.replace('+', "%20");
    context.query = QUrlQuery(QString::fromLatin1(query));
    context.headers = request.headers();
    context.body = request.body();
    context.peer = request.remoteAddress();
    context.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return context;
}

void Server::logRequest(const RequestContext &context, const Response &response)
{
    QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(context.method)},
                     {QStringLiteral("path"), context.loggedPath()},
                     {QStringLiteral("route"), context.route},
                     {QStringLiteral("status"), response.status},
                     {QStringLiteral("user"), context.principal.user},
                     {QStringLiteral("duration_ms"), context.started.nsecsElapsed() / 1e6},
                     {QStringLiteral("request_id"), context.requestId}};
    if (!response.logDetail.isEmpty())
        line.insert(QStringLiteral("detail"), response.logDetail);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&logMutex());
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

fm::Result<quint16> Server::listen(const QHostAddress &host, quint16 port)
{
    auto tcp = std::make_unique<LowDelayTcpServer>(*m_keepAlive);
    if (!tcp->listen(host, port)) {
        return fm::fail(fm::ErrorCode::Io,
                        QStringLiteral("cannot listen on %1:%2: %3. Stop the program using "
                                       "that port or pick another one with --port.")
                            .arg(host.toString())
                            .arg(port)
                            .arg(tcp->errorString()));
    }
    m_tcp = tcp.release();
    m_server->bind(m_tcp); // takes ownership
    return m_tcp->serverPort();
}

void Server::setKeepAliveTimeout(std::chrono::milliseconds timeout)
{
    m_keepAlive->setTimeout(timeout);
}

std::chrono::milliseconds Server::keepAliveTimeout() const
{
    return m_keepAlive->timeout();
}

int Server::connectionCount() const
{
    return m_keepAlive->watched();
}

bool Server::shutdown(int timeoutMs)
{
    if (m_tcp)
        m_tcp->close();
    // Live clients reconnect with backoff and find the next server (docs/reference/
    // live-protocol.md): going away, not an error.
    for (WebSocketConnection *connection :
         findChildren<WebSocketConnection *>(Qt::FindDirectChildrenOnly))
        connection->close(closecode::kGoingAway, tr("the server is stopping; reconnect"));
    QDeadlineTimer deadline(timeoutMs);
    while (m_inFlight.load() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const bool drained = m_inFlight.load() == 0;
    // The finished futures hand their responses to the sockets through queued
    // continuations; give those and the socket writes a moment to run.
    QDeadlineTimer flush(200);
    while (!flush.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return drained;
}

} // namespace fm::server::http
