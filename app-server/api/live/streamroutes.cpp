// SPDX-License-Identifier: MIT
// The realtime stream for API clients (issue 8 item 5; docs/guide/stream.md):
// GET /api/v1/stream upgrades to a WebSocket on the API's port and credentials
// (cookie with a same-origin Origin, bearer token, API key). The client subscribes to
// DocTypes or single documents and receives their events, only for documents it may
// read, with only the fields it may read (events/scopedpubsub.h decides per event).
#include "api/live/livehub.h"
#include "api/module.h"
#include "events/event.h"
#include "http/server.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "project/sitecontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace fm::server::api {

namespace {

using http::WebSocketConnection;
namespace closecode = http::closecode;

QString trStream(const char *text)
{
    return QCoreApplication::translate("Stream", text);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One client of the stream: its subscriptions live in its LiveFeed's subscriber.
class StreamSession final : public QObject
{
public:
    StreamSession(std::shared_ptr<LiveHub> hub, WebSocketConnection *connection)
        : QObject(connection)
        , m_hub(std::move(hub))
        , m_connection(connection)
        , m_feed(new LiveFeed(m_hub, connection->context().principal, this))
    {
        connect(connection, &WebSocketConnection::messageReceived, this, &StreamSession::receive);
        connect(m_feed, &LiveFeed::ready, this, &StreamSession::deliver);
    }

private:
    void receive(const QByteArray &text);
    void subscribe(const QJsonObject &message, bool add);
    void deliver();
    void refuse(int code, const QString &reason) { m_connection->close(code, reason); }

    std::shared_ptr<LiveHub> m_hub;
    WebSocketConnection *m_connection;
    LiveFeed *m_feed;
};

void StreamSession::receive(const QByteArray &text)
{
    QJsonParseError parsed;
    const QJsonDocument json = QJsonDocument::fromJson(text, &parsed);
    if (parsed.error != QJsonParseError::NoError || !json.isObject()) {
        refuse(
            closecode::kInvalid,
            trStream("a message must be a JSON object like {\"type\": \"subscribe\", \"doctype\": "
                     "\"Ticket\"}"));
        return;
    }
    const QJsonObject message = json.object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == u"subscribe" || type == u"unsubscribe") {
        subscribe(message, type == u"subscribe");
    } else if (type == u"heartbeat") {
        m_connection->send(
            compact({{QStringLiteral("type"), QStringLiteral("heartbeat")},
                     {QStringLiteral("ref"), message.value(QStringLiteral("ref"))}}));
    } else {
        refuse(closecode::kInvalid,
               trStream("unknown message type \"%1\"; use subscribe, unsubscribe or heartbeat")
                   .arg(type.left(40)));
    }
}

// Checks the topic off the event loop (a document subscription reads the document),
// then answers "subscribed" or an error; a refused topic changes nothing.
void StreamSession::subscribe(const QJsonObject &message, bool add)
{
    const QJsonValue doctypeValue = message.value(QStringLiteral("doctype"));
    const QJsonValue nameValue = message.value(QStringLiteral("name"));
    if (!doctypeValue.isString() || doctypeValue.toString().isEmpty() ||
        !(nameValue.isUndefined() || nameValue.isNull() || nameValue.isString())) {
        refuse(closecode::kInvalid,
               trStream("%1 needs \"doctype\" (a DocType's name) and optionally \"name\" (one "
                        "document), both strings")
                   .arg(add ? QStringLiteral("subscribe") : QStringLiteral("unsubscribe")));
        return;
    }
    const QJsonValue ref = message.value(QStringLiteral("ref"));
    const QString asked = doctypeValue.toString();
    const QString name = nameValue.toString();
    QPointer<StreamSession> self(this);
    auto hub = m_hub;
    const fm::core::Principal who = m_connection->context().principal;
    hub->pool.start([self, hub, who, asked, name, add, ref] {
        fm::core::LiveTopic topic;
        QString problem;
        const fm::core::DocType *type = hub->services.site.meta().findDocType(asked);
        if (!type || type->isChild || !type->apiResource) {
            problem = trStream("there is no DocType \"%1\" in the API; GET /api/meta lists them")
                          .arg(asked);
        } else {
            topic = {type->name, name};
            if (!add) {
                // Leaving never needs a check.
            } else if (!name.isEmpty()) {
                if (auto doc = hub->services.access.get(who, type->name, name); !doc)
                    problem = doc.error().message();
            } else if (!hub->services.permissions.may(who, fm::core::PermissionAction::Read,
                                                      type->name) &&
                       !hub->services.permissions.hasShares(who, type->name)) {
                problem = fm::core::PermissionEngine::denied(who, fm::core::PermissionAction::Read,
                                                             type->name)
                              .message();
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, topic, problem, add, ref] {
                if (!self)
                    return;
                QJsonObject answer{{QStringLiteral("ref"), ref}};
                if (problem.isEmpty() && add) {
                    if (auto held = self->m_feed->subscriber().subscribe(topic); !held)
                        return self->refuse(closecode::kPolicy, held.error().message());
                } else if (problem.isEmpty()) {
                    self->m_feed->subscriber().unsubscribe(topic);
                }
                if (problem.isEmpty()) {
                    answer.insert(QStringLiteral("type"), add ? QStringLiteral("subscribed")
                                                              : QStringLiteral("unsubscribed"));
                    answer.insert(QStringLiteral("doctype"), topic.doctype);
                    if (!topic.name.isEmpty())
                        answer.insert(QStringLiteral("name"), topic.name);
                } else {
                    answer.insert(QStringLiteral("type"), QStringLiteral("error"));
                    answer.insert(QStringLiteral("message"), problem);
                }
                self->m_connection->send(compact(answer));
            },
            Qt::QueuedConnection);
    });
}

void StreamSession::deliver()
{
    if (const QString reason = m_feed->subscriber().overloaded(); !reason.isEmpty()) {
        refuse(closecode::kOverloaded, reason);
        return;
    }
    for (const fm::core::Event &event : m_feed->subscriber().take()) {
        m_connection->send(compact({{QStringLiteral("type"), QStringLiteral("event")},
                                    {QStringLiteral("event"), event.toJson()}}));
    }
}

void install(http::Server &server, Services &services)
{
    auto hub = sharedLiveHub(services);
    // A plain GET (no Upgrade header) learns what to do instead.
    server.get(QStringLiteral("/api/v1/stream"), [](http::RequestContext &context) {
        http::Response response = http::error(
            fm::Error(
                fm::ErrorCode::BadRequest,
                trStream("/api/v1/stream is a WebSocket: connect with a WebSocket client "
                         "(ws://host:port/api/v1/stream) and the same credentials as the API")),
            context.requestId);
        response.status = 426;
        response.headers.append({QByteArray("Upgrade"), QByteArray("websocket")});
        return response;
    });
    server.webSocket(QStringLiteral("/api/v1/stream"), [hub](WebSocketConnection *connection) {
        if (connection->context().principal.isGuest()) {
            connection->close(
                closecode::kPolicy,
                trStream("sign in first: send the fm_session cookie, \"Authorization: "
                         "Bearer <token>\" or \"Authorization: token <key>:<secret>\""));
            return;
        }
        new StreamSession(hub, connection);
    });
}

} // namespace

FM_API_MODULE(stream, 85, install);

} // namespace fm::server::api
