// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "events/event.h"

namespace fm::core {

class DocumentAccess;

// A document's saved changes (the core Version DocType, written by DocumentService for
// DocTypes with track_changes; ADR 0242), as one reader may see them: whoever may read
// the document may read its history, and a field above the reader's permlevels never
// appears in it, neither its name nor its values.
class FM_CORE_EXPORT VersionHistory final
{
public:
    static inline const QString kDocType = QStringLiteral("Version");
    static constexpr int kMaxLimit = 200;

    struct Entry
    {
        QString name; // the Version's name: the change's event id
        QString user;
        QString time; // UTC, "yyyy-MM-dd HH:mm:ss.zzz"
        EventType type = EventType::Update;
        QList<FieldChange> changes; // sorted by field name; never empty
    };
    struct Page
    {
        QList<Entry> entries; // newest first
        bool hasMore = false; // older entries follow
    };

    explicit VersionHistory(DocumentAccess &access);

    // The newest `limit` (1..kMaxLimit) entries of the document after the first
    // `offset` the reader may see. Errors as DocumentAccess::get (NotFound for a
    // document the reader cannot see, PermissionDenied), BadRequest for a bad page.
    Result<Page> list(const Principal &who, const QString &doctype, const QString &name, int limit,
                      int offset = 0) const;

private:
    DocumentAccess &m_access;
};

} // namespace fm::core
