// SPDX-License-Identifier: MIT
#pragma once

#include "http/requestcontext.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QWebSocket;

namespace fm::server::http {

// WebSocket close codes the server uses (RFC 6455 section 7.4).
namespace closecode {
constexpr int kNormal = 1000;
constexpr int kGoingAway = 1001;   // the server stops; reconnect later
constexpr int kUnsupported = 1003; // a binary message
constexpr int kInvalid = 1007;     // not JSON, or not the protocol's shape
constexpr int kPolicy = 1008;      // refused: credentials, Origin, order of messages
constexpr int kTooBig = 1009;      // a message over the size limit
constexpr int kOverloaded = 1013;  // "try again later": the connection fell behind
} // namespace closecode

// One accepted WebSocket as the routes see it: the handshake as a RequestContext (path,
// query, headers, peer, and the principal the middlewares found), text messages in,
// text messages out, a close with a code and a reason. The Qt WebSockets type stays
// in here (ARCHITECTURE section 8). Lives on the event loop thread; deletes itself
// once the socket is gone.
class WebSocketConnection final : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxMessageBytes = 64 * 1024; // larger messages close with 1009
        int pingIntervalMs = 25000;         // a ping this often ...
        int pongTimeoutMs = 60000;          // ... and a close when none came back this long
    };

    WebSocketConnection(std::unique_ptr<QWebSocket> socket, const Limits &limits,
                        QObject *parent = nullptr);
    ~WebSocketConnection() override;

    // The handshake: GET, path, query, headers, peer; principal once accepted.
    const RequestContext &context() const { return m_context; }
    RequestContext &context() { return m_context; }

    // Starts delivering messages (those that arrived while the handshake was checked
    // first) and the heartbeat. Called by the Server once a route took the connection.
    void start();

    bool isOpen() const;
    // Sends one text message; false when the socket is closed.
    bool send(const QByteArray &text);
    // Closes with `code` and `reason` (cut to the 123 bytes a close frame holds) and
    // ignores anything that still arrives.
    void close(int code, const QString &reason);

    qint64 bytesSent() const { return m_bytesSent; }

signals:
    void messageReceived(const QByteArray &text);
    // Once, when the socket is gone (closed by either side or lost).
    void closed(int code, const QString &reason);

private:
    void onText(const QString &text);
    void onBinary();
    void onDisconnected();
    void heartbeat();

    std::unique_ptr<QWebSocket> m_socket;
    Limits m_limits;
    RequestContext m_context;
    QList<QByteArray> m_early; // messages that came before start()
    bool m_started = false;
    bool m_closing = false;
    bool m_done = false;
    QTimer m_ping;
    qint64 m_lastPong = 0;
    qint64 m_bytesSent = 0;
};

// What a WebSocket route does with an accepted connection (on the event loop thread);
// it usually parents its session object to the connection.
using WebSocketHandler = std::function<void(WebSocketConnection *connection)>;

} // namespace fm::server::http
