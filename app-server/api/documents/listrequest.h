// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/query.h"
#include "permissions/documentaccess.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace fm::server::api {

struct ServerConfig;

// A list call's query string turned into a Query: filters=[[field,op,value],...],
// fields=[...], order_by=field desc, limit, offset, count=exact|capped|none (how the
// total is found, ADR 0270; capped by default). Unknown parameters are refused
// (a typo must not silently return everything).
struct ListRequest
{
    fm::core::Query query;
    int askedLimit = 0; // what the client asked for, when it was clamped
};

fm::Result<ListRequest> parseListRequest(const QString &doctype, const QUrlQuery &params,
                                         const ServerConfig &config);

// {"data":[...],"total":N,"total_exact":b,"limit":L,"offset":O,"has_more":b[,"notice":"..."]}
// total_exact false: more than N rows match.
QJsonObject listEnvelope(const ListRequest &request, const fm::core::DocumentAccess::Page &page);
// The same envelope as compact JSON text, written without building the QJsonObject
// (api/documents/documentjson.h): what the list route sends.
QByteArray listEnvelopeJson(const ListRequest &request, const fm::core::DocumentAccess::Page &page);

} // namespace fm::server::api
