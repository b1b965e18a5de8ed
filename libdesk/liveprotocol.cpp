// SPDX-License-Identifier: MIT
#include "liveprotocol.h"

#include "deskstrings.h"

#include <QJsonDocument>

namespace fm::desk {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

LiveProtocol::Refusal malformed(const QString &reason)
{
    return {LiveProtocol::kMalformed, reason};
}

// A string member of at most `max` characters, or an error naming it.
std::variant<QString, LiveProtocol::Refusal> text(const QJsonObject &message, const char *name,
                                                  qsizetype max)
{
    const QJsonValue value = message.value(QLatin1String(name));
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > max)
        return malformed(Desk::tr("\"%1\" must be a string of 1 to %2 characters")
                             .arg(QLatin1String(name))
                             .arg(max));
    return value.toString();
}

} // namespace

std::variant<LiveProtocol::Message, LiveProtocol::Refusal> LiveProtocol::read(const QByteArray &in)
{
    QJsonParseError parsed;
    const QJsonDocument json = QJsonDocument::fromJson(in, &parsed);
    if (parsed.error != QJsonParseError::NoError || !json.isObject())
        return malformed(Desk::tr("a message must be a JSON object: %1")
                             .arg(parsed.error != QJsonParseError::NoError
                                      ? parsed.errorString()
                                      : Desk::tr("not an object")));
    const QJsonObject object = json.object();
    Message message;
    const QJsonValue ref = object.value(QStringLiteral("ref"));
    // Integers only: a ref of 1.5 or "1" is a client bug worth hearing about.
    if (!ref.isDouble() || ref.toDouble() != double(ref.toInteger()) || ref.toInteger() < 1)
        return malformed(Desk::tr("\"ref\" must be a positive integer"));
    message.ref = ref.toInteger();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == u"join") {
        message.kind = Kind::Join;
        const QJsonValue version = object.value(QStringLiteral("v"));
        if (!version.isDouble())
            return malformed(
                Desk::tr("\"join\" needs \"v\", the protocol version (%1)").arg(kVersion));
        message.version = version.toInt();
        for (auto [name, target, max] : {std::tuple{"token", &message.token, qsizetype(200)},
                                         std::tuple{"assets", &message.assets, qsizetype(200)},
                                         std::tuple{"path", &message.path, kMaxPath}}) {
            auto value = text(object, name, max);
            if (auto *refusal = std::get_if<Refusal>(&value))
                return *refusal;
            *target = std::get<QString>(value);
        }
    } else if (type == u"heartbeat") {
        message.kind = Kind::Heartbeat;
    } else if (type == u"event") {
        // The list knows one event so far; forms will add theirs.
        if (object.value(QStringLiteral("event")).toString() != u"refresh")
            return malformed(Desk::tr("unknown event \"%1\"; the list view knows \"refresh\"")
                                 .arg(object.value(QStringLiteral("event")).toString().left(40)));
        message.kind = Kind::Refresh;
    } else if (type == u"navigate") {
        message.kind = Kind::Navigate;
        auto value = text(object, "path", kMaxPath);
        if (auto *refusal = std::get_if<Refusal>(&value))
            return *refusal;
        message.path = std::get<QString>(value);
    } else {
        return malformed(
            Desk::tr("unknown message type \"%1\"; use join, event, navigate or heartbeat")
                .arg(type.left(40)));
    }
    // Order: refs grow, join comes first and once (a heartbeat may come any time).
    if (message.ref <= m_lastRef)
        return Refusal{kOutOfOrder, Desk::tr("out of order: ref %1 after %2; refs must grow")
                                        .arg(message.ref)
                                        .arg(m_lastRef)};
    if (message.kind == Kind::Join && m_joined)
        return Refusal{kOutOfOrder,
                       Desk::tr("out of order: already joined; open a new connection")};
    if (message.kind != Kind::Join && message.kind != Kind::Heartbeat && !m_joined)
        return Refusal{kOutOfOrder, Desk::tr("out of order: send \"join\" first")};
    m_lastRef = message.ref;
    if (message.kind == Kind::Join)
        m_joined = true;
    return message;
}

QByteArray LiveProtocol::reply(qint64 ref, qint64 rev, const QJsonObject &diff)
{
    QJsonObject out{{QStringLiteral("type"), QStringLiteral("reply")},
                    {QStringLiteral("ref"), ref},
                    {QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("rev"), rev}};
    if (!diff.isEmpty())
        out.insert(QStringLiteral("diff"), diff);
    return compact(out);
}

QByteArray LiveProtocol::diff(qint64 rev, const QJsonObject &diff)
{
    return compact({{QStringLiteral("type"), QStringLiteral("diff")},
                    {QStringLiteral("rev"), rev},
                    {QStringLiteral("diff"), diff}});
}

QByteArray LiveProtocol::redirect(const QString &to, const QString &reason)
{
    return compact({{QStringLiteral("type"), QStringLiteral("redirect")},
                    {QStringLiteral("to"), to},
                    {QStringLiteral("reason"), reason}});
}

QByteArray LiveProtocol::navigate(const QString &to)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("navigate")}, {QStringLiteral("to"), to}});
}

QByteArray LiveProtocol::heartbeat(qint64 ref)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("heartbeat")}, {QStringLiteral("ref"), ref}});
}

QByteArray LiveProtocol::error(qint64 ref, const QString &message)
{
    QJsonObject out{{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("message"), message}};
    if (ref > 0)
        out.insert(QStringLiteral("ref"), ref);
    return compact(out);
}

QByteArray LiveProtocol::close(int code, const QString &reason)
{
    return compact({{QStringLiteral("type"), QStringLiteral("close")},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("reason"), reason}});
}

} // namespace fm::desk
