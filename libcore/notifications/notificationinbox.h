// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"

#include <QJsonObject>

namespace fm::core {

class DocumentService;

// A user's in-app notifications (Notification Log rows whose for_user is them): newest
// first, the unread count, marking read. Every call is about one user's own rows; a
// row of someone else is NotFound, so names cannot be probed. Marking read goes through
// DocumentService, so each change is an event (the realtime stream's hook).
class FM_CORE_EXPORT NotificationInbox final
{
public:
    explicit NotificationInbox(DocumentService &service);

    Result<QList<Document>> list(const QString &user, bool unreadOnly, int limit, int offset);
    Result<qint64> count(const QString &user, bool unreadOnly);
    Result<qint64> unreadCount(const QString &user) { return count(user, true); }
    // The row as it is after; marking a read row again changes nothing.
    Result<Document> markRead(const QString &user, const QString &name);
    // How many rows were unread.
    Result<int> markAllRead(const QString &user);

    // {"name","subject","message","document_type","document_name","event_type",
    //  "notification","read","read_at","creation"}: the API's shape of one row.
    static QJsonObject toJson(const Document &row);

private:
    DocumentService &m_service;
};

} // namespace fm::core
