// SPDX-License-Identifier: MIT
#include "api/documents/pagedlist.h"

#include <climits>

namespace fm::server::api {

namespace {

fm::Result<int> intParameter(const http::RequestContext &context, const QString &name, int fallback,
                             int min, int max)
{
    if (!context.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = context.query.queryItemValue(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        return fm::fail(
            fm::ErrorCode::BadRequest,
            QStringLiteral("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    }
    return value;
}

} // namespace

fm::Result<PageRequest> PageRequest::from(const http::RequestContext &context, int defaultLimit,
                                          int maxLimit)
{
    auto limit =
        intParameter(context, QStringLiteral("limit"), qMin(defaultLimit, maxLimit), 1, maxLimit);
    if (!limit)
        return fm::fail(limit.error());
    auto offset = intParameter(context, QStringLiteral("offset"), 0, 0, INT_MAX);
    if (!offset)
        return fm::fail(offset.error());
    return PageRequest{*limit, *offset};
}

http::Response pagedList(const QJsonArray &data, qint64 total, const PageRequest &page,
                         const QJsonObject &extra)
{
    QJsonObject envelope{{QStringLiteral("data"), data},
                         {QStringLiteral("total"), total},
                         {QStringLiteral("limit"), page.limit},
                         {QStringLiteral("offset"), page.offset},
                         {QStringLiteral("has_more"), qint64(page.offset) + data.size() < total}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        envelope.insert(it.key(), it.value());
    return http::json(200, envelope);
}

http::Response wholeList(const QJsonArray &data)
{
    const int size = int(data.size());
    return pagedList(data, size, PageRequest{size, 0});
}

} // namespace fm::server::api
