// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace fm::desk {

// The Desk's live protocol, version 1 (docs/reference/live-protocol.md), without
// transport or views: what a client may send, in which order, and the messages the
// server answers with. A message that breaks the rules is a Refusal: the connection
// closes with its code and reason, and nothing has changed.
class LiveProtocol final
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kMalformed = 1007;  // not JSON, not the shape of a message
    static constexpr int kOutOfOrder = 1008; // the right message at the wrong time
    static constexpr qsizetype kMaxPath = 2048;

    enum class Kind { Join, Heartbeat, Refresh, Navigate };
    struct Message
    {
        Kind kind = Kind::Heartbeat;
        qint64 ref = 0;
        int version = 0; // join
        QString token;   // join
        QString assets;  // join: the URL of the page's desk.js (content-hashed)
        QString path;    // join, navigate: the page's path and query
    };
    struct Refusal
    {
        int code = kMalformed;
        QString reason;
    };

    // Reads one client message and moves the state on (join happens once, refs grow).
    std::variant<Message, Refusal> read(const QByteArray &text);
    bool joined() const { return m_joined; }

    // Server messages, compact JSON.
    static QByteArray reply(qint64 ref, qint64 rev, const QJsonObject &diff = {});
    static QByteArray diff(qint64 rev, const QJsonObject &diff);
    static QByteArray redirect(const QString &to, const QString &reason);
    static QByteArray navigate(const QString &to);
    static QByteArray heartbeat(qint64 ref);
    static QByteArray error(qint64 ref, const QString &message);
    static QByteArray close(int code, const QString &reason);

private:
    bool m_joined = false;
    qint64 m_lastRef = 0;
};

} // namespace fm::desk
