// SPDX-License-Identifier: MIT
#include "notifications/notificationinbox.h"

#include "data/documentservice.h"
#include "data/fieldvalidator.h"
#include "notifications/notification.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct NotificationinboxTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::NotificationInbox)
};

const QString kForUser = QStringLiteral("for_user");
const QString kRead = QStringLiteral("read");

Query mine(const QString &user, bool unreadOnly)
{
    Query query;
    query.doctype = Notification::kLogDocType;
    query.filters = {Filter{kForUser, FilterOp::Eq, user}};
    if (unreadOnly)
        query.filters << Filter{kRead, FilterOp::Eq, false};
    return query;
}

} // namespace

NotificationInbox::NotificationInbox(DocumentService &service)
    : m_service(service)
{}

Result<QList<Document>> NotificationInbox::list(const QString &user, bool unreadOnly, int limit,
                                                int offset)
{
    Query query = mine(user, unreadOnly);
    // uuid7 names grow with time: they order rows written in the same millisecond.
    query.orderBy = {{QStringLiteral("creation"), true}, {QStringLiteral("name"), true}};
    query.limit = limit;
    query.offset = offset;
    return m_service.list(query);
}

Result<qint64> NotificationInbox::count(const QString &user, bool unreadOnly)
{
    return m_service.count(mine(user, unreadOnly));
}

Result<Document> NotificationInbox::markRead(const QString &user, const QString &name)
{
    auto row = m_service.get(Notification::kLogDocType, name);
    if (!row || row->string(kForUser) != user) {
        if (row || row.error().code() == ErrorCode::NotFound) {
            return fail(ErrorCode::NotFound,
                        NotificationinboxTr::tr("you have no notification \"%1\"").arg(name));
        }
        return fail(row.error());
    }
    if (row->boolean(kRead))
        return row;
    Document changes(Notification::kLogDocType);
    changes.setName(name);
    changes.setValue(kRead, true);
    changes.setValue(QStringLiteral("read_at"),
                     FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc()));
    return m_service.update(changes, user);
}

Result<int> NotificationInbox::markAllRead(const QString &user)
{
    Query query = mine(user, true);
    query.fields = {QStringLiteral("name")};
    query.limit = -1;
    auto rows = m_service.list(query);
    if (!rows)
        return fail(rows.error());
    int marked = 0;
    for (const Document &row : std::as_const(*rows)) {
        auto done = markRead(user, row.name());
        if (!done)
            return fail(done.error());
        ++marked;
    }
    return marked;
}

QJsonObject NotificationInbox::toJson(const Document &row)
{
    QJsonObject out{{QStringLiteral("name"), row.name()},
                    {kRead, row.boolean(kRead)},
                    {QStringLiteral("creation"), row.string(QStringLiteral("creation"))}};
    for (const char *field : {"subject", "message", "document_type", "document_name", "event_type",
                              "notification", "read_at"}) {
        const QString value = row.string(QString::fromLatin1(field));
        out.insert(QString::fromLatin1(field), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    return out;
}

} // namespace fm::core
