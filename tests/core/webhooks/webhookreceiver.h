// SPDX-License-Identifier: MIT
#pragma once

// A webhook receiver for the tests: a cpp-httplib server on a free loopback port that
// verifies each request's signature the way docs/guide/webhooks.md tells receivers to
// (with Qt's HMAC, not the sender's libsodium), records what it got, and answers as told.

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

class WebhookReceiver
{
public:
    enum class Mode { Ok, SlowFirst, Fail, Redirect, Huge };

    struct Received
    {
        QString method;
        QString path;
        QString webhookId;
        QString eventId;
        QString authorization; // a header the webhook adds itself
        QString contentType;
        QByteArray timestamp;
        bool signatureValid = false;
        QJsonObject body;
    };

    explicit WebhookReceiver(QByteArray secret)
        : m_secret(std::move(secret))
    {
        const auto handler = [this](const httplib::Request &req, httplib::Response &res) {
            handle(req, res);
        };
        m_server.Post(".*", handler);
        m_server.Put(".*", handler);
        m_server.Patch(".*", handler);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~WebhookReceiver()
    {
        m_server.stop();
        m_thread.join();
    }

    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    void setMode(Mode mode) { m_mode = mode; }
    QList<Received> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }
    int count() const { return int(received().size()); }

    // What a receiver does (docs/guide/webhooks.md): recompute the HMAC over
    // "timestamp.body", compare in constant time, refuse old timestamps.
    static bool verify(const QByteArray &secret, const QByteArray &timestamp,
                       const QByteArray &body, const QByteArray &signature)
    {
        const QByteArray expected = QMessageAuthenticationCode::hash(timestamp + '.' + body, secret,
                                                                     QCryptographicHash::Sha256)
                                        .toHex();
        const qint64 age = QDateTime::currentSecsSinceEpoch() - timestamp.toLongLong();
        if (age > 300 || age < -300 || expected.size() != signature.size())
            return false;
        unsigned char diff = 0;
        for (qsizetype i = 0; i < expected.size(); ++i)
            diff |= static_cast<unsigned char>(expected.at(i) ^ signature.at(i));
        return diff == 0;
    }

private:
    void handle(const httplib::Request &req, httplib::Response &res)
    {
        Received r;
        r.method = QString::fromStdString(req.method);
        r.path = QString::fromStdString(req.path);
        r.webhookId = QString::fromStdString(req.get_header_value("X-Webhook-Id"));
        r.eventId = QString::fromStdString(req.get_header_value("X-Event-Id"));
        r.authorization = QString::fromStdString(req.get_header_value("Authorization"));
        r.contentType = QString::fromStdString(req.get_header_value("Content-Type"));
        r.timestamp = QByteArray::fromStdString(req.get_header_value("X-Timestamp"));
        const QByteArray body = QByteArray::fromStdString(req.body);
        r.signatureValid = verify(m_secret, r.timestamp, body,
                                  QByteArray::fromStdString(req.get_header_value("X-Signature")));
        r.body = QJsonDocument::fromJson(body).object();
        int seen = 0;
        {
            std::lock_guard lock(m_mutex);
            m_received << r;
            seen = int(m_received.size());
        }
        if (!r.signatureValid) {
            res.status = 401;
            res.set_content("bad signature", "text/plain");
            return;
        }
        if (m_mode == Mode::Fail) {
            res.status = 500;
            res.set_content("receiver broke", "text/plain");
            return;
        }
        if (m_mode == Mode::Redirect) {
            res.status = 302;
            res.set_header("Location", "http://127.0.0.1:1/elsewhere");
            return;
        }
        if (m_mode == Mode::Huge) {
            res.status = 200;
            res.set_content(std::string(8 * 1024 * 1024, 'x'), "text/plain");
            return;
        }
        if (m_mode == Mode::SlowFirst && seen == 1)
            std::this_thread::sleep_for(std::chrono::milliseconds(2500));
        res.status = 200;
        res.set_content("ok", "text/plain");
    }

    QByteArray m_secret;
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<Mode> m_mode = Mode::Ok;
    mutable std::mutex m_mutex;
    QList<Received> m_received;
};
