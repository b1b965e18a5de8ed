// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"
#include "data/query.h"
#include "events/eventrelay.h"

#include <functional>
#include <memory>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class MetaRegistry;
struct DocTypeTable;

enum class DeleteMode { Soft, Hard };

// The one way documents change (ARCHITECTURE section 6): validate, name, run the
// controller hooks and write parent and child rows with the change's event (outbox)
// in one transaction, then hand the event to the relay. Thread-safe: each thread works on its own
// connection. Calls made from inside a hook join the running transaction.
class FM_CORE_EXPORT DocumentService final
{
public:
    static inline const QString kAdministrator = QStringLiteral("Administrator");

    DocumentService(ConnectionPool &pool, const MetaRegistry &meta,
                    const ControllerRegistry &controllers);
    ~DocumentService();
    DocumentService(const DocumentService &) = delete;
    DocumentService &operator=(const DocumentService &) = delete;

    Result<Document> insert(const Document &doc, const QString &user = kAdministrator);
    // Inserts all or none, in one transaction; the names in input order.
    Result<QStringList> bulkInsert(const QList<Document> &docs,
                                   const QString &user = kAdministrator);
    // Merges the given values into the stored document named changes.name(). With
    // `_version` present, a stale version fails with VersionConflict.
    Result<Document> update(const Document &changes, const QString &user = kAdministrator);
    // What insert (isNew) or update would say of `doc` without writing anything: the
    // same coercion, required, link, unique and fetch_from checks and the controller's
    // validate hook, in a read transaction; no naming, no before_* hooks, no event. The
    // version is not compared (the caller shows a concurrent change its own way). The
    // Desk validates a form as the user types with it (docs/adr/0237).
    Result<void> validate(const Document &doc, bool isNew, const QString &user = kAdministrator);
    Result<void> remove(const QString &doctype, const QString &name,
                        DeleteMode mode = DeleteMode::Soft, const QString &user = kAdministrator);

    Result<Document> get(const QString &doctype, const QString &name, bool includeDeleted = false);
    Result<QList<Document>> list(const Query &query);
    // Repeated counts are served from a cache while the database is unchanged
    // (data/countcache.h); countCacheHits() says how often.
    Result<qint64> count(const Query &query);
    qint64 countCacheHits() const;
    // The matches counted up to `atMost` (>= 0): min(matches, atMost), at a cost in
    // proportion to the answer, not to the matches (a capped total, ADR 0270).
    Result<qint64> countUpTo(const Query &query, qint64 atMost);
    Result<bool> exists(const Query &query);

    Result<Document> submit(const QString &doctype, const QString &name,
                            const QString &user = kAdministrator);
    Result<Document> cancel(const QString &doctype, const QString &name,
                            const QString &user = kAdministrator);
    // A new draft copy of a cancelled document, named <original>-1, -2, ...
    Result<Document> amend(const QString &doctype, const QString &name,
                           const QString &user = kAdministrator);

    // The in-process event relay: every committed change reaches its subscribers, on
    // the thread that made it, right after the commit (docs/guide/events.md). Event
    // handlers registered in the ControllerRegistry are subscribed when the service is
    // made.
    EventRelay &events();

    const MetaRegistry &meta() const;
    Result<std::shared_ptr<const DocTypeTable>> table(const QString &doctype) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
