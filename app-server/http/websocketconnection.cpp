// SPDX-License-Identifier: MIT
#include "http/websocketconnection.h"

#include <QDateTime>
#include <QUrlQuery>
#include <QWebSocket>

namespace fm::server::http {

namespace {

// A close frame holds 125 bytes: the code's two and 123 of UTF-8 reason.
QString fitReason(const QString &reason)
{
    QByteArray bytes = reason.toUtf8();
    if (bytes.size() <= 123)
        return reason;
    bytes.truncate(120);
    // Do not cut a UTF-8 sequence in half.
    while (!bytes.isEmpty() && (uchar(bytes.back()) & 0xC0) == 0x80)
        bytes.chop(1);
    if (!bytes.isEmpty() && uchar(bytes.back()) >= 0xC0)
        bytes.chop(1);
    return QString::fromUtf8(bytes) + QStringLiteral("...");
}

} // namespace

WebSocketConnection::WebSocketConnection(std::unique_ptr<QWebSocket> socket, const Limits &limits,
                                         QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_limits(limits)
{
    // Qt closes a connection with 1009 by itself when a frame or message is larger.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(limits.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(limits.maxMessageBytes));
    const QNetworkRequest request = m_socket->request();
    const QUrl url = request.url();
    m_context.started.start();
    m_context.method = "GET";
    m_context.path = url.path();
    m_context.encodedPath = url.path(QUrl::FullyEncoded).toLatin1();
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    query.replace('+', "%20");
    m_context.query = QUrlQuery(QString::fromLatin1(query));
    for (const QByteArray &name : request.rawHeaderList())
        m_context.headers.append({name, request.rawHeader(name)});
    // What tells the middlewares that this is a handshake (api/ops/websocketorigin.h).
    if (m_context.header("Upgrade").isEmpty())
        m_context.headers.append({QByteArray("Upgrade"), QByteArray("websocket")});
    m_context.peer = m_socket->peerAddress();

    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &WebSocketConnection::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            &WebSocketConnection::onBinary);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &WebSocketConnection::onDisconnected);
    connect(m_socket.get(), &QWebSocket::pong, this,
            [this] { m_lastPong = QDateTime::currentMSecsSinceEpoch(); });
    m_ping.callOnTimeout(this, &WebSocketConnection::heartbeat);
}

WebSocketConnection::~WebSocketConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void WebSocketConnection::start()
{
    m_started = true;
    m_lastPong = QDateTime::currentMSecsSinceEpoch();
    m_ping.start(m_limits.pingIntervalMs);
    // A client may speak before the handshake was checked; it is heard now, in order.
    for (const QByteArray &text : std::exchange(m_early, {})) {
        if (m_closing)
            break;
        emit messageReceived(text);
    }
}

bool WebSocketConnection::isOpen() const
{
    return !m_closing && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool WebSocketConnection::send(const QByteArray &text)
{
    if (!isOpen())
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(text));
    m_bytesSent += text.size();
    return true;
}

void WebSocketConnection::close(int code, const QString &reason)
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    m_ping.stop();
    m_early.clear();
    m_socket->close(QWebSocketProtocol::CloseCode(code), fitReason(reason));
}

void WebSocketConnection::onText(const QString &text)
{
    if (m_closing)
        return;
    if (!m_started) {
        // Bounded: a client that floods before it is accepted is cut off.
        if (m_early.size() >= 16) {
            close(closecode::kPolicy, tr("too many messages before the connection was accepted"));
            return;
        }
        m_early << text.toUtf8();
        return;
    }
    emit messageReceived(text.toUtf8());
}

void WebSocketConnection::onBinary()
{
    close(closecode::kUnsupported, tr("binary messages are not accepted; send JSON text"));
}

void WebSocketConnection::heartbeat()
{
    if (QDateTime::currentMSecsSinceEpoch() - m_lastPong > m_limits.pongTimeoutMs) {
        close(closecode::kGoingAway,
              tr("no answer to pings for %1 s").arg(m_limits.pongTimeoutMs / 1000));
        return;
    }
    m_socket->ping();
}

void WebSocketConnection::onDisconnected()
{
    if (m_done)
        return;
    m_done = true;
    m_ping.stop();
    const int code = int(m_socket->closeCode());
    const QString reason = m_socket->closeReason();
    emit closed(code, reason);
    deleteLater();
}

} // namespace fm::server::http
