// SPDX-License-Identifier: MIT
#include "api/documents/listrequest.h"

#include "api/documents/documentjson.h"
#include "api/services.h"
#include "common/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace fm::server::api {

namespace {

const QStringList kParameters = {QStringLiteral("filters"),  QStringLiteral("fields"),
                                 QStringLiteral("order_by"), QStringLiteral("limit"),
                                 QStringLiteral("offset"),   QStringLiteral("count")};

QString value(const QUrlQuery &params, const QString &key)
{
    return params.queryItemValue(key, QUrl::FullyDecoded);
}

fm::Result<QJsonValue> jsonParameter(const QString &key, const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("%1 is not valid JSON (%2); e.g. "
                                       "filters=[[\"status\",\"=\",\"Open\"]] or "
                                       "fields=[\"name\",\"subject\"], URL-encoded.")
                            .arg(key, parseError.errorString()));
    }
    return document.array().first();
}

fm::Result<int> integer(const QString &key, const QString &text, int min)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < min) {
        return fm::fail(
            fm::ErrorCode::BadRequest,
            QStringLiteral("%1=%2 is not a whole number of at least %3.").arg(key, text).arg(min));
    }
    return number;
}

} // namespace

fm::Result<ListRequest> parseListRequest(const QString &doctype, const QUrlQuery &params,
                                         const ServerConfig &config)
{
    for (const auto &[key, ignored] : params.queryItems()) {
        if (!kParameters.contains(key)) {
            return fm::fail(fm::ErrorCode::BadRequest,
                            QStringLiteral("Unknown query parameter \"%1\"; a list takes %2.")
                                .arg(key, kParameters.join(QStringLiteral(", "))));
        }
    }
    ListRequest request;
    request.query.doctype = doctype;
    request.query.limit = config.defaultPageLength;
    // A list's total is capped unless the client asks for the exact count (ADR 0270).
    request.query.total = fm::core::TotalMode::Capped;
    request.query.totalCap = config.listCountCap;
    if (params.hasQueryItem(QStringLiteral("count"))) {
        const QString mode = value(params, QStringLiteral("count"));
        if (mode == u"exact") {
            request.query.total = fm::core::TotalMode::Exact;
        } else if (mode == u"none") {
            request.query.total = fm::core::TotalMode::None;
        } else if (mode != u"capped") {
            return fm::fail(fm::ErrorCode::BadRequest,
                            QStringLiteral("count=%1 is not a way to count; use count=exact "
                                           "(every match), count=capped (the default: exact "
                                           "up to %2, else \"more than\") or count=none.")
                                .arg(mode)
                                .arg(config.listCountCap));
        }
    }
    if (params.hasQueryItem(QStringLiteral("filters"))) {
        auto json =
            jsonParameter(QStringLiteral("filters"), value(params, QStringLiteral("filters")));
        if (!json)
            return fm::fail(json.error());
        auto filters = fm::core::Query::parseFilters(*json);
        if (!filters)
            return fm::fail(filters.error());
        request.query.filters = *filters;
    }
    if (params.hasQueryItem(QStringLiteral("fields"))) {
        auto json =
            jsonParameter(QStringLiteral("fields"), value(params, QStringLiteral("fields")));
        if (!json)
            return fm::fail(json.error());
        auto fields = fm::core::Query::parseFields(*json);
        if (!fields)
            return fm::fail(fields.error());
        request.query.fields = *fields;
    }
    if (params.hasQueryItem(QStringLiteral("order_by"))) {
        auto order = fm::core::Query::parseOrderBy(value(params, QStringLiteral("order_by")));
        if (!order)
            return fm::fail(order.error());
        request.query.orderBy = *order;
    }
    if (params.hasQueryItem(QStringLiteral("limit"))) {
        auto limit = integer(QStringLiteral("limit"), value(params, QStringLiteral("limit")), 1);
        if (!limit)
            return fm::fail(limit.error());
        request.query.limit = qMin(*limit, config.maxPageLength);
        if (*limit > config.maxPageLength)
            request.askedLimit = *limit;
    }
    if (params.hasQueryItem(QStringLiteral("offset"))) {
        auto offset = integer(QStringLiteral("offset"), value(params, QStringLiteral("offset")), 0);
        if (!offset)
            return fm::fail(offset.error());
        request.query.offset = *offset;
    }
    return request;
}

namespace {

QString limitNotice(const ListRequest &request)
{
    return QStringLiteral("limit %1 is over this server's maximum; %2 rows at most "
                          "were returned (max_page_length in site.json).")
        .arg(request.askedLimit)
        .arg(request.query.limit);
}

} // namespace

QByteArray listEnvelopeJson(const ListRequest &request, const fm::core::DocumentAccess::Page &page)
{
    // Keys in QJsonObject's (sorted) order, so the text is listEnvelope()'s.
    QByteArray out;
    out.reserve(256 + 512 * page.rows.size());
    out += "{\"data\":[";
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        if (i > 0)
            out += ',';
        appendDocumentJson(out, page.rows.at(i));
    }
    out += "],\"has_more\":";
    out += page.hasMore ? "true" : "false";
    out += ",\"limit\":";
    out += QByteArray::number(request.query.limit);
    if (request.askedLimit > 0) {
        out += ",\"notice\":";
        fm::json::appendString(out, limitNotice(request));
    }
    out += ",\"offset\":";
    out += QByteArray::number(request.query.offset);
    out += ",\"total\":";
    out += QByteArray::number(page.total);
    out += ",\"total_exact\":";
    out += page.totalExact ? "true" : "false";
    out += '}';
    return out;
}

QJsonObject listEnvelope(const ListRequest &request, const fm::core::DocumentAccess::Page &page)
{
    QJsonArray rows;
    for (const fm::core::Document &row : page.rows)
        rows.append(row.toJson());
    QJsonObject envelope{{QStringLiteral("data"), rows},
                         {QStringLiteral("total"), page.total},
                         {QStringLiteral("total_exact"), page.totalExact},
                         {QStringLiteral("limit"), request.query.limit},
                         {QStringLiteral("offset"), request.query.offset},
                         {QStringLiteral("has_more"), page.hasMore}};
    if (request.askedLimit > 0)
        envelope.insert(QStringLiteral("notice"), limitNotice(request));
    return envelope;
}

} // namespace fm::server::api
