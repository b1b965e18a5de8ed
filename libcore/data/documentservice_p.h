// SPDX-License-Identifier: MIT
#pragma once

// Internals of DocumentService shared by its source files; not installed.

#include "auth/principal.h"
#include "data/callerscope.h"
#include "data/controllerregistry.h"
#include "data/countcache.h"
#include "data/documentchecks.h"
#include "data/documentservice.h"
#include "data/fieldvalidator.h"
#include "data/namingservice.h"
#include "data/repository.h"
#include "data/tablecache.h"
#include "db/connectionpool.h"
#include "db/transaction.h"
#include "events/eventoutbox.h"
#include "meta/metaregistry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <exception>
#include <mutex>
#include <optional>

namespace fm::core::detail {

inline const QString kName = QStringLiteral("name");
inline const QString kOwner = QStringLiteral("owner");
inline const QString kCreation = QStringLiteral("creation");
inline const QString kModified = QStringLiteral("modified");
inline const QString kModifiedBy = QStringLiteral("modified_by");
inline const QString kVersion = QStringLiteral("_version");
inline const QString kDocstatus = QStringLiteral("docstatus");
inline const QString kDeletedAt = QStringLiteral("deleted_at");
inline const QString kAmendedFrom = QStringLiteral("amended_from");
inline const QString kPasswordType = QStringLiteral("Password");
// The core DocType that keeps the changes of DocTypes with track_changes (ADR 0242).
inline const QString kVersionDocType = QStringLiteral("Version");

inline QString now()
{
    return FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc());
}

// Events wait here until the outermost transaction of their thread ends: their outbox
// rows are written just before it commits, and the relay gets them after.
using PendingEvents = QHash<const void *, QList<Event>>;
PendingEvents &pendingEvents();

struct InsertOptions
{
    QString name;        // set: skip the naming rule (amend)
    QString amendedFrom; // set: the cancelled document this one amends
    // The stored document the new one copies (amend): Link values it held stay
    // acceptable to a caller who could not pick them (data/documentchecks.h).
    const Document *basis = nullptr;
    bool validateOnly = false; // stop after the validate hook (DocumentService::validate)
};

} // namespace fm::core::detail

namespace fm::core {

struct DocumentService::Private
{
    Private(ConnectionPool &p, const MetaRegistry &m, const ControllerRegistry &c)
        : pool(p)
        , meta(m)
        , controllers(c)
        , tables(m, p.dialect())
        , repository(p)
        , checks(tables, repository, p.dialect())
        , naming(p)
        , counts(p, repository)
        , outbox(p)
        , relay(p)
    {}

    ConnectionPool &pool;
    const MetaRegistry &meta;
    const ControllerRegistry &controllers;
    TableCache tables;
    Repository repository;
    DocumentChecks checks;
    NamingService naming;
    CountCache counts;
    EventOutbox outbox;
    EventRelay relay;
    std::vector<EventSubscription> registeredHandlers; // from the ControllerRegistry
    DocumentService *service = nullptr;
    // The hooks' door for writes made by system code, made on first need (last, so it
    // unsubscribes its PermissionEngine before the relay goes).
    const Principal systemPrincipal = Principal::system();
    std::mutex systemDoorMutex;
    std::shared_ptr<DocumentAccess> systemDoorHolder;

    template<typename T, typename Body>
    Result<T> inTransaction(Transaction::Mode mode, Body &&body);
    // Queues the change's event for the outbox (written at the running transaction's
    // commit) and then the relay; `before` is null for insert and amend, `after` for delete.
    Result<void> recordEvent(EventType type, const DocTypeTable &table, const QString &user,
                             const QString &time, const Document *before, const Document *after);
    Result<void> writePendingEvents(); // the outbox rows, just before the outermost commit
    // The Version row of a saved change (update, submit, cancel) of a DocType with
    // track_changes, written in the running transaction from the event's own changes.
    Result<void> recordVersion(const DocTypeTable &table, const Event &event);

    template<typename Call>
    Result<void> hook(const DocTypeTable &table, const char *name, Call &&call);
    // What the DocType's hooks get: the door of the write running on this thread
    // (DocumentAccess installs it), else the system's. Nothing without a controller, so
    // writes with no hooks pay nothing.
    std::optional<HookContext> context(const DocTypeTable &table, const QString &user,
                                       const Document *previous);
    DocumentAccess &systemDoor();

    Result<Document> load(const DocTypeTable &table, const QString &name, bool includeDeleted);
    Result<void> writeChildren(const DocTypeTable &table, Document &doc, const Field &field,
                               const QString &user, const QString &time, bool replace,
                               const Document *previous);
    Result<Document> insertWithin(const DocTypeTable &table, Document doc, const QString &user,
                                  const detail::InsertOptions &options = {});
    Result<Document> updateWithin(const DocTypeTable &table, const Document &changes,
                                  const QString &user, bool validateOnly = false);
    Result<void> removeWithin(const DocTypeTable &table, const QString &name, DeleteMode mode,
                              const QString &user);
    Result<void> refuseIfLinked(const DocTypeTable &table, const QString &name, DeleteMode mode);
    Result<void> removeShares(const DocTypeTable &table, const QString &name, const QString &user);
    Result<Document> changeStatus(const DocTypeTable &table, const QString &name, int from, int to,
                                  const QString &user);
    Result<Document> amendWithin(const DocTypeTable &table, const QString &name,
                                 const QString &user);
    // Password values are write-only: what the service answers carries no password,
    // not even its hash (docs/adr/0082). Child rows too.
    Result<Document> hidePasswords(const DocTypeTable &table, Result<Document> doc) const;
    void hidePasswords(const DocTypeTable &table, QList<Document> &docs) const;
};

template<typename T, typename Body>
Result<T> DocumentService::Private::inTransaction(Transaction::Mode mode, Body &&body)
{
    auto db = pool.connection();
    if (!db)
        return fail(db.error());
    auto tx = Transaction::begin(*db, pool.dialect(), mode);
    if (!tx)
        return fail(tx.error());
    // A nested part that fails takes its events back; the outermost transaction's end
    // writes, delivers or drops the rest (recordEvent).
    const qsizetype eventsBefore = detail::pendingEvents().value(this).size();
    auto dropNewEvents = [&] {
        auto it = detail::pendingEvents().find(this);
        if (it != detail::pendingEvents().end() && it->size() > eventsBefore)
            it->resize(eventsBefore);
    };
    Result<T> result = body();
    if (!result) {
        tx->rollback();
        dropNewEvents();
        return result;
    }
    if (auto ok = tx->commit(); !ok) {
        dropNewEvents();
        return fail(ok.error());
    }
    return result;
}

// The hook messages' tr(), in DocumentService's context like the rest of its messages.
struct DocumentServiceHookTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentService)
};

// Hooks are user code: an error or an exception stops the write and rolls it back.
template<typename Call>
Result<void> DocumentService::Private::hook(const DocTypeTable &table, const char *name,
                                            Call &&call)
{
    DocumentController *controller = controllers.controller(table.doctype.name);
    if (!controller)
        return {};
    const QString where =
        DocumentServiceHookTr::tr("%1 %2 hook").arg(table.doctype.name, QLatin1String(name));
    try {
        Result<void> result = call(*controller);
        if (!result) {
            Error error = result.error();
            return fail(error.withContext(where));
        }
        return {};
    } catch (const std::exception &e) {
        return fail(ErrorCode::HookFailed,
                    DocumentServiceHookTr::tr("%1 failed: %2; nothing was saved")
                        .arg(where, QString::fromUtf8(e.what())));
    } catch (...) {
        return fail(
            ErrorCode::HookFailed,
            DocumentServiceHookTr::tr("%1 failed with an unknown exception; nothing was saved")
                .arg(where));
    }
}

} // namespace fm::core
