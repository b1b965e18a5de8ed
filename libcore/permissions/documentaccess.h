// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "data/document.h"
#include "data/documentservice.h"
#include "data/query.h"
#include "meta/doctype.h"

#include <QJsonObject>

namespace fm::core {

class PermissionEngine;

// DocumentService with a Principal in front of every call: the one door the REST
// routes, RPC and meta responses use (ARCHITECTURE section 7). Rules, if_owner,
// Custom Permission, Document Share, rls_field (inside the list SQL) and permlevel
// are all applied here, so no route can forget one.
//
// Errors: an action the principal may never take on the DocType -> PermissionDenied;
// a document the principal cannot see (row-level security, if_owner, not shared) ->
// NotFound, exactly as if it did not exist; a write to a field above the principal's
// permlevel -> PermissionDenied naming the fields (Error::fields, code "permlevel").
class FM_CORE_EXPORT DocumentAccess final
{
public:
    DocumentAccess(DocumentService &service, PermissionEngine &engine);

    struct Page
    {
        QList<Document> rows; // fields the principal may not read are left out
        qint64 total = 0;     // rows matching the filters that the principal may read
        // False when `total` is a lower bound (Query::total Capped or None): more than
        // `total` rows match.
        bool totalExact = true;
        bool hasMore = false; // rows follow this page (known without counting)
    };

    Result<Document> get(const Principal &who, const QString &doctype, const QString &name);
    // The total follows query.total (ADR 0270).
    Result<Page> list(const Principal &who, const Query &query);
    Result<Document> insert(const Principal &who, const Document &doc);
    Result<Document> update(const Principal &who, const Document &changes);
    // insert (isNew) or update's permission checks and DocumentService::validate:
    // the refusal a save would meet now, nothing written.
    Result<void> validate(const Principal &who, const Document &doc, bool isNew);
    Result<void> remove(const Principal &who, const QString &doctype, const QString &name,
                        DeleteMode mode);
    Result<Document> submit(const Principal &who, const QString &doctype, const QString &name);
    Result<Document> cancel(const Principal &who, const QString &doctype, const QString &name);
    Result<Document> amend(const Principal &who, const QString &doctype, const QString &name);

    // What `who` may do with the DocType, for GET /api/meta/{DocType}:
    // {"read":bool,"write":bool,"create":bool,"delete":bool,"submit":bool,"cancel":bool,
    //  "amend":bool,"if_owner":[actions granted only on own rows],
    //  "readable_fields":[...],"writable_fields":[...]}
    QJsonObject describe(const Principal &who, const QString &doctype) const;

    DocumentService &service() { return m_service; }
    PermissionEngine &engine() { return m_engine; }

private:
    Result<const DocType *> accessibleType(const Principal &who, const QString &doctype) const;
    // The stored document once `who` may take `action` on it; NotFound when it is
    // hidden from them, PermissionDenied / Unauthorized when the action is refused.
    Result<Document> authorize(const Principal &who, const QString &doctype, const QString &name,
                               PermissionAction action);
    // A list page's total and whether it is exact, as query.total asks (ADR 0270).
    Result<std::pair<qint64, bool>> pageTotal(const Query &query, qint64 rows, bool hasMore);
    Document redacted(const Principal &who, const Document &doc) const;
    Result<Document> redacted(const Principal &who, Result<Document> doc) const;

    DocumentService &m_service;
    PermissionEngine &m_engine;
};

} // namespace fm::core
