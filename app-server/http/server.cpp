// SPDX-License-Identifier: MIT
#include "http/server.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QMutex>
#include <QTcpServer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace fm::server::http {

namespace {

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
    for (const auto &[name, value] : kSecurityHeaders)
        out.setHeader(name, value);
    for (const auto &[name, value] : response.headers)
        out.setHeader(name, value);
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
{
    m_pool.setMaxThreadCount(qMax(1, threads));
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const RequestContext context = contextFor(request, QString());
            const Response response =
                error(fm::Error(fm::ErrorCode::NotFound,
                                QStringLiteral("No route for %1 %2: check the method and the path.")
                                    .arg(QString::fromLatin1(context.method), context.path)),
                      context.requestId);
            toQt(response, context).write(std::move(responder));
            logRequest(context, response);
        });
}

Server::~Server()
{
    m_pool.waitForDone();
}

void Server::get(const QString &path, Handler handler)
{
    m_server->route(path, QHttpServerRequest::Method::Get,
                    [this, path, handler = std::move(handler)](const QHttpServerRequest &request) {
                        RequestContext context = contextFor(request, path);
                        ++m_inFlight;
                        return QtConcurrent::run(&m_pool, [this, handler, context]() {
                            const Response response = run(handler, context);
                            logRequest(context, response);
                            QHttpServerResponse out = toQt(response, context);
                            --m_inFlight;
                            return out;
                        });
                    });
}

Response Server::run(const Handler &handler, const RequestContext &context)
{
    // A throwing handler must not take the worker or the connection down with it.
    try {
        return handler(context);
    } catch (const std::exception &e) {
        return error(fm::Error(fm::ErrorCode::Internal, QString::fromUtf8(e.what())),
                     context.requestId);
    } catch (...) {
        return error(fm::Error(fm::ErrorCode::Internal, QStringLiteral("unknown exception")),
                     context.requestId);
    }
}

RequestContext Server::contextFor(const QHttpServerRequest &request, const QString &route) const
{
    RequestContext context;
    context.started.start();
    const char *method =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    context.method = QByteArray(method ? method : "UNKNOWN").toUpper();
    context.path = request.url().path();
    context.query = request.query();
    context.headers = request.headers();
    context.body = request.body();
    context.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    context.route = route;
    return context;
}

void Server::logRequest(const RequestContext &context, const Response &response)
{
    QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(context.method)},
                     {QStringLiteral("path"), context.path},
                     {QStringLiteral("route"), context.route},
                     {QStringLiteral("status"), response.status},
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
    auto tcp = std::make_unique<QTcpServer>();
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

bool Server::shutdown(int timeoutMs)
{
    if (m_tcp)
        m_tcp->close();
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
