// SPDX-License-Identifier: MIT
#include "api/ops/errorlog.h"

#include "data/document.h"
#include "data/documentservice.h"

namespace fm::server::api {

namespace {

QString clipped(const QString &text, qsizetype maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars) + QStringLiteral(" [cut]");
}

} // namespace

fm::Result<QString> ErrorLog::record(const http::RequestContext &context,
                                     const http::Response &response)
{
    fm::core::Document row(kDocType);
    row.setValue(QStringLiteral("request_id"), context.requestId);
    row.setValue(QStringLiteral("method"), QString::fromLatin1(context.method.left(16)));
    row.setValue(QStringLiteral("path"), clipped(context.loggedPath(), 2000));
    row.setValue(QStringLiteral("route"), clipped(context.route, 255));
    row.setValue(QStringLiteral("user"), clipped(context.principal.user, 140));
    QString detail = response.logDetail;
    if (detail.isEmpty()) {
        detail = QStringLiteral("HTTP %1 without details: the handler set no log detail.")
                     .arg(response.status);
    }
    row.setValue(QStringLiteral("error"), clipped(detail, kMaxErrorChars));
    // Written as the system: the error belongs to the server, whoever asked.
    auto inserted = m_service.insert(row);
    if (!inserted)
        return fm::fail(inserted.error());
    return inserted->name();
}

} // namespace fm::server::api
