// SPDX-License-Identifier: MIT
#include "http/keepalive.h"

#include <QTcpSocket>

#include <algorithm>

namespace fm::server::http {

KeepAlive::KeepAlive(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_sweep.callOnTimeout(this, &KeepAlive::sweep);
    setTimeout(kDefaultTimeout);
}

void KeepAlive::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    // Four sweeps per timeout: a connection is closed at most a quarter late.
    const auto interval =
        std::clamp(timeout / 4, std::chrono::milliseconds(100), std::chrono::milliseconds(5000));
    m_sweep.start(interval);
}

void KeepAlive::watch(QTcpSocket *socket)
{
    m_connections.insert(socket, Connection{m_clock.elapsed(), 0, false});
    // Connected before QHttpServer's own slots, so a request that arrives counts as
    // activity even while it is still incomplete.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { touch(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { touch(socket); });
    connect(socket, &QObject::destroyed, this,
            [this](QObject *gone) { m_connections.remove(gone); });
}

void KeepAlive::touch(QObject *socket)
{
    const auto found = m_connections.find(socket);
    if (found != m_connections.end())
        found->lastActiveMs = m_clock.elapsed();
}

void KeepAlive::requestStarted(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found != m_connections.end()) {
        ++found->requests;
        found->lastActiveMs = m_clock.elapsed();
    }
}

void KeepAlive::requestFinished(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found != m_connections.end()) {
        found->requests = std::max(0, found->requests - 1);
        found->lastActiveMs = m_clock.elapsed();
    }
}

void KeepAlive::exempt(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found != m_connections.end())
        found->exempt = true;
}

void KeepAlive::sweep()
{
    const qint64 now = m_clock.elapsed();
    const qint64 limit = qint64(m_timeout.count());
    QList<QTcpSocket *> idle;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->exempt || it->requests > 0 || now - it->lastActiveMs < limit)
            continue;
        auto *socket = static_cast<QTcpSocket *>(it.key());
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            idle << socket;
    }
    // Outside the loop: closing may emit signals that change the hash. QHttpServer
    // deletes a socket once it is disconnected, which removes its entry.
    for (QTcpSocket *socket : idle) {
        m_connections.remove(socket);
        ++m_closed;
        socket->disconnectFromHost();
    }
}

} // namespace fm::server::http
