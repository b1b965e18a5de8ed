// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace fm::server::http {

// Closes HTTP keep-alive connections that sat idle longer than a timeout (Qt 6.4's
// QHttpServer keeps them forever). Idle means: no request bytes arrived, no request of
// it is being handled and nothing is left to write, for the whole timeout. One timer
// sweeps all connections a few times per timeout, so an idle connection costs a hash
// entry, not a timer of its own. Connections upgraded to WebSockets are left alone:
// they have their own ping and heartbeat (WebSocketConnection). Event-loop thread only.
class KeepAlive final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kDefaultTimeout{75};

    explicit KeepAlive(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // A new connection: watched until it is destroyed.
    void watch(QTcpSocket *socket);
    // A request of `socket` went to a worker / its answer was handed to the socket.
    void requestStarted(QTcpSocket *socket);
    void requestFinished(QTcpSocket *socket);
    // `socket` now carries a WebSocket: never closed for being idle.
    void exempt(QTcpSocket *socket);

    int watched() const { return int(m_connections.size()); }
    // Connections closed for being idle since the start.
    qint64 closed() const { return m_closed; }

private:
    struct Connection
    {
        qint64 lastActiveMs = 0;
        int requests = 0; // being handled
        bool exempt = false;
    };
    void touch(QObject *socket);
    void sweep();

    QHash<QObject *, Connection> m_connections;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    qint64 m_closed = 0;
};

} // namespace fm::server::http
