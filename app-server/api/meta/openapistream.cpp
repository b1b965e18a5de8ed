// SPDX-License-Identifier: MIT
// The OpenAPI description of the realtime stream (app-server/api/live/streamroutes.cpp).
// OpenAPI has no words for the messages of a WebSocket: the operation describes the
// upgrade and points to docs/reference/live-protocol.md for the messages.

#include "api/meta/openapibuilder.h"

namespace fm::server::api::meta::detail {

void addStreamPaths(QJsonObject &paths)
{
    Operation stream;
    stream.id = QStringLiteral("stream_events");
    stream.tag = QStringLiteral("Events");
    stream.summary = QStringLiteral("Realtime events over a WebSocket");
    stream.description = QStringLiteral(
        "Upgrade to a WebSocket (ws://host:port/api/v1/stream) with the API's credentials "
        "(session cookie from a page of this server, bearer token, API key). Send "
        "{\"type\":\"subscribe\",\"doctype\":\"Ticket\"} (optionally \"name\" for one "
        "document) and receive {\"type\":\"event\",\"event\":{...}} for every committed change "
        "the user may read, with only the fields the user may read. Refused handshakes are "
        "closed with code 1008 and a reason; slow clients with 1013. Messages and close codes: "
        "docs/reference/live-protocol.md.");
    stream.responses.insert(
        QStringLiteral("101"),
        QJsonObject{{QStringLiteral("description"),
                     QStringLiteral("Switching Protocols: the WebSocket is open.")}});
    stream.responses.insert(
        QStringLiteral("426"),
        jsonResponse(QStringLiteral("Upgrade Required: a plain GET without the WebSocket "
                                    "upgrade."),
                     schemaRef(QStringLiteral("api.Error"))));
    stream.errors = {400};
    paths.insert(QStringLiteral("/api/v1/stream"),
                 QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("get"), stream)}});
}

} // namespace fm::server::api::meta::detail
