// SPDX-License-Identifier: MIT
#pragma once

// A real Qt WebSocket client for the live endpoints' tests: opens ws://127.0.0.1:<port>
// with the headers a test chooses (Cookie, Authorization, Origin), keeps every JSON
// message it receives, and the close code and reason. Waits poll the event loop with
// generous timeouts (tests run on two busy cores).

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <optional>

class WsClient
{
public:
    static constexpr int kWaitMs = 30000;

    explicit WsClient(const QString &origin = {})
        : m_socket(origin)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) {
                             m_raw << text.toUtf8();
                             m_messages << QJsonDocument::fromJson(text.toUtf8()).object();
                         });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] {
            m_closed = true;
            m_closeCode = int(m_socket.closeCode());
            m_closeReason = m_socket.closeReason();
        });
    }

    // Connects; true once the handshake is done (the server may still close at once).
    bool open(int port, const QString &path,
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        m_socket.open(request);
        return waitFor([this] {
                   return m_socket.state() == QAbstractSocket::ConnectedState || m_closed;
               }) &&
               m_socket.state() == QAbstractSocket::ConnectedState;
    }

    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    void sendText(const QByteArray &text) { m_socket.sendTextMessage(QString::fromUtf8(text)); }
    void sendBinary(const QByteArray &data) { m_socket.sendBinaryMessage(data); }
    void close() { m_socket.close(); }

    // The first message (after those already taken) for which `match` holds; nothing
    // after the timeout. Earlier messages that do not match stay unread.
    std::optional<QJsonObject> next(const std::function<bool(const QJsonObject &)> &match,
                                    int timeoutMs = kWaitMs, QByteArray *raw = nullptr)
    {
        std::optional<QJsonObject> found;
        waitFor(
            [&] {
                for (qsizetype i = m_taken; i < m_messages.size(); ++i) {
                    if (match(m_messages.at(i))) {
                        found = m_messages.at(i);
                        if (raw)
                            *raw = m_raw.at(i);
                        m_taken = i + 1;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    std::optional<QJsonObject> nextOfType(const QString &type, int timeoutMs = kWaitMs,
                                          QByteArray *raw = nullptr)
    {
        return next([&](const QJsonObject &m) { return m.value("type").toString() == type; },
                    timeoutMs, raw);
    }

    bool waitClosed(int timeoutMs = kWaitMs)
    {
        return waitFor([this] { return m_closed; }, timeoutMs);
    }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    const QList<QJsonObject> &messages() const { return m_messages; }

    static bool waitFor(const std::function<bool()> &done, int timeoutMs = kWaitMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(10);
        }
        return true;
    }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    QList<QByteArray> m_raw;
    qsizetype m_taken = 0;
    bool m_closed = false;
    int m_closeCode = 0;
    QString m_closeReason;
};
