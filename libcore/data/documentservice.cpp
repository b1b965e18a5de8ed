// SPDX-License-Identifier: MIT
#include "data/documentservice_p.h"

#include "data/uuid7.h"
#include "events/documentchanges.h"
#include "events/requestscope.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct DocumentserviceTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentService)
};

} // namespace

using namespace detail;

namespace detail {
PendingEvents &pendingEvents()
{
    thread_local PendingEvents events;
    return events;
}
} // namespace detail

Result<void> DocumentService::Private::recordEvent(EventType type, const DocTypeTable &table,
                                                   const QString &user, const QString &time,
                                                   const Document *before, const Document *after)
{
    const Document &doc = after ? *after : *before;
    Event event;
    event.id = createUuidV7();
    event.type = type;
    event.doctype = table.doctype.name;
    event.name = doc.name();
    event.user = user;
    event.version = doc.version();
    event.docstatus = doc.docstatus();
    event.time = time;
    event.changes = documentChanges(table, before, after);
    event.requestId = RequestScope::current();
    if (auto ok = recordVersion(table, event); !ok)
        return ok;
    auto db = pool.connection();
    if (!db)
        return fail(db.error());
    pendingEvents()[this].append(std::move(event));
    // The outbox rows are written just before the outermost commit, not here: on
    // PostgreSQL writing them takes the lock that orders sequences by commit, and a lock
    // taken here would be held through the after-hooks, whose writes could wait for a
    // writer that waits for it (docs/adr/0254).
    Transaction::atEnd(db->connectionName(), this,
                       {[this] { return writePendingEvents(); },
                        [this](bool committed) {
                            QList<Event> events = pendingEvents().take(this);
                            if (committed)
                                relay.committed(events);
                        }});
    return {};
}

Result<void> DocumentService::Private::writePendingEvents()
{
    for (Event &event : pendingEvents()[this]) {
        if (auto ok = outbox.append(event); !ok) {
            Error error = ok.error();
            return fail(
                error.withContext(DocumentserviceTr::tr("recording the %1 event of %2 %3")
                                      .arg(eventTypeName(event.type), event.doctype, event.name)));
        }
    }
    return {};
}

// The history is the event's field changes as they are (computed once, Password values
// masked), so the timeline and the event stream can never disagree. The row is written
// as it is, with no event of its own: a Version is not a change anyone saves.
Result<void> DocumentService::Private::recordVersion(const DocTypeTable &table, const Event &event)
{
    const bool saved = event.type == EventType::Update || event.type == EventType::Submit ||
                       event.type == EventType::Cancel;
    if (!table.doctype.trackChanges || !saved || event.changes.isEmpty() ||
        table.doctype.name == kVersionDocType)
        return {};
    auto versions = tables.table(kVersionDocType);
    if (!versions) {
        Error error = versions.error();
        return fail(error.withContext(
            DocumentserviceTr::tr("%1 tracks changes, which needs the core Version DocType")
                .arg(table.doctype.name)));
    }
    Document version(kVersionDocType);
    version.setName(event.id);
    version.setValue(kOwner, event.user);
    version.setValue(kCreation, event.time);
    version.setValue(kModified, event.time);
    version.setValue(kModifiedBy, event.user);
    version.setValue(kDeletedAt, QVariant());
    if ((*versions)->versioned)
        version.setValue(kVersion, qint64(1));
    version.setValue(QStringLiteral("ref_doctype"), event.doctype);
    version.setValue(QStringLiteral("docname"), event.name);
    version.setValue(QStringLiteral("event_type"), eventTypeName(event.type));
    version.setValue(QStringLiteral("data"),
                     QVariant::fromValue(QJsonValue(event.changesToJson())));
    if (auto ok = repository.insertRow(**versions, version); !ok) {
        Error error = ok.error();
        return fail(error.withContext(
            DocumentserviceTr::tr("recording the change of %1 %2").arg(event.doctype, event.name)));
    }
    return {};
}

std::optional<HookContext> DocumentService::Private::context(const DocTypeTable &table,
                                                             const QString &user,
                                                             const Document *previous)
{
    if (!controllers.controller(table.doctype.name))
        return std::nullopt;
    const CallerDoor door = CallerDoorScope::current();
    if (door.access && door.principal) {
        return std::optional<HookContext>(std::in_place, *door.access, *door.principal, *service,
                                          table.doctype, user, previous);
    }
    return std::optional<HookContext>(std::in_place, systemDoor(), systemPrincipal, *service,
                                      table.doctype, user, previous);
}

DocumentAccess &DocumentService::Private::systemDoor()
{
    std::lock_guard lock(systemDoorMutex);
    if (!systemDoorHolder)
        systemDoorHolder = detail::makeSystemDoor(*service);
    return *systemDoorHolder;
}

Result<Document> DocumentService::Private::load(const DocTypeTable &table, const QString &name,
                                                bool includeDeleted)
{
    auto row = repository.loadRow(table, name);
    if (!row)
        return fail(row.error());
    if (!*row || (!includeDeleted && !(*row)->value(kDeletedAt).isNull())) {
        return fail(
            Error(ErrorCode::NotFound,
                  DocumentserviceTr::tr("%1 %2 does not exist").arg(table.doctype.name, name)));
    }
    Document doc = **row;
    for (const Field &field : table.tableFields) {
        auto child = tables.table(field.options);
        if (!child)
            return fail(child.error());
        auto rows = repository.loadChildren(**child, name, table.doctype.name, field.fieldname);
        if (!rows)
            return fail(rows.error());
        doc.setChildren(field.fieldname, *rows);
    }
    return doc;
}

Result<Document> DocumentService::Private::hidePasswords(const DocTypeTable &table,
                                                         Result<Document> doc) const
{
    if (doc) {
        QList<Document> one{std::move(*doc)};
        hidePasswords(table, one);
        *doc = std::move(one.first());
    }
    return doc;
}

void DocumentService::Private::hidePasswords(const DocTypeTable &table, QList<Document> &docs) const
{
    QStringList passwords;
    for (qsizetype i = 0; i < table.fieldTypes.size(); ++i) {
        if (table.fieldTypes.at(i).base == kPasswordType)
            passwords << table.doctype.fields.at(i).fieldname;
    }
    for (Document &doc : docs) {
        for (const QString &field : std::as_const(passwords)) {
            if (doc.has(field))
                doc.setValue(field, QVariant());
        }
        for (const Field &field : table.tableFields) {
            auto child = tables.table(field.options);
            if (!child || !doc.hasChildren(field.fieldname))
                continue;
            QList<Document> rows = doc.children(field.fieldname);
            hidePasswords(**child, rows);
            doc.setChildren(field.fieldname, rows);
        }
    }
}

DocumentService::DocumentService(ConnectionPool &pool, const MetaRegistry &meta,
                                 const ControllerRegistry &controllers)
    : d(std::make_unique<Private>(pool, meta, controllers))
{
    d->service = this;
    for (const RegisteredEventHandler &registered : controllers.eventHandlers()) {
        d->registeredHandlers.push_back(
            d->relay.subscribe(registered.filter, registered.handler, registered.label));
    }
}

DocumentService::~DocumentService() = default;

const MetaRegistry &DocumentService::meta() const
{
    return d->meta;
}

Result<std::shared_ptr<const DocTypeTable>> DocumentService::table(const QString &doctype) const
{
    return d->tables.table(doctype);
}

EventRelay &DocumentService::events()
{
    return d->relay;
}

Result<Document> DocumentService::insert(const Document &doc, const QString &user)
{
    auto table = d->tables.table(doc.doctype());
    if (!table)
        return fail(table.error());
    return d->hidePasswords(**table, d->inTransaction<Document>(Transaction::Mode::Write, [&] {
        return d->insertWithin(**table, doc, user);
    }));
}

Result<QStringList> DocumentService::bulkInsert(const QList<Document> &docs, const QString &user)
{
    const LinkCheckCache knownLinks; // one lookup per distinct link target in the batch
    return d->inTransaction<QStringList>(Transaction::Mode::Write, [&]() -> Result<QStringList> {
        QStringList names;
        names.reserve(docs.size());
        for (int i = 0; i < docs.size(); ++i) {
            auto table = d->tables.table(docs.at(i).doctype());
            auto saved = table ? d->insertWithin(**table, docs.at(i), user)
                               : Result<Document>(tl::unexpected(table.error()));
            if (!saved) {
                Error error = saved.error();
                return fail(
                    error.withContext(DocumentserviceTr::tr("document %1 of %2 (nothing was saved)")
                                          .arg(i + 1)
                                          .arg(docs.size())));
            }
            names << saved->name();
        }
        return names;
    });
}

Result<Document> DocumentService::update(const Document &changes, const QString &user)
{
    auto table = d->tables.table(changes.doctype());
    if (!table)
        return fail(table.error());
    if (changes.name().isEmpty())
        return fail(
            ErrorCode::BadRequest,
            DocumentserviceTr::tr("say which %1 to update: give its name").arg(changes.doctype()));
    return d->hidePasswords(**table, d->inTransaction<Document>(Transaction::Mode::Write, [&] {
        return d->updateWithin(**table, changes, user);
    }));
}

Result<void> DocumentService::validate(const Document &doc, bool isNew, const QString &user)
{
    auto table = d->tables.table(doc.doctype());
    if (!table)
        return fail(table.error());
    if (!isNew && doc.name().isEmpty())
        return fail(
            ErrorCode::BadRequest,
            DocumentserviceTr::tr("say which %1 to check: give its name").arg(doc.doctype()));
    // A read transaction: the checks read (links, unique), nothing is written, and the
    // hook sees the database as a save would.
    auto checked = d->inTransaction<Document>(Transaction::Mode::Read, [&] {
        detail::InsertOptions options;
        options.validateOnly = true;
        return isNew ? d->insertWithin(**table, doc, user, options)
                     : d->updateWithin(**table, doc, user, true);
    });
    if (!checked)
        return fail(checked.error());
    return {};
}

Result<void> DocumentService::remove(const QString &doctype, const QString &name, DeleteMode mode,
                                     const QString &user)
{
    auto table = d->tables.table(doctype);
    if (!table)
        return fail(table.error());
    return d->inTransaction<void>(Transaction::Mode::Write,
                                  [&] { return d->removeWithin(**table, name, mode, user); });
}

Result<Document> DocumentService::get(const QString &doctype, const QString &name,
                                      bool includeDeleted)
{
    auto table = d->tables.table(doctype);
    if (!table)
        return fail(table.error());
    if ((*table)->tableFields.isEmpty()) // one statement: consistent without a transaction
        return d->hidePasswords(**table, d->load(**table, name, includeDeleted));
    return d->hidePasswords(**table, d->inTransaction<Document>(Transaction::Mode::Read, [&] {
        return d->load(**table, name, includeDeleted);
    }));
}

Result<QList<Document>> DocumentService::list(const Query &query)
{
    auto table = d->tables.table(query.doctype);
    if (!table)
        return fail(table.error());
    QueryCompiler compiler(**table, d->pool.dialect());
    auto statement = compiler.select(query);
    if (!statement)
        return fail(statement.error());
    auto columns = compiler.selectedColumns(query);
    if (!columns)
        return fail(columns.error());
    auto rows = d->repository.select(**table, *statement, *columns);
    if (rows)
        d->hidePasswords(**table, *rows);
    return rows;
}

Result<qint64> DocumentService::count(const Query &query)
{
    auto table = d->tables.table(query.doctype);
    if (!table)
        return fail(table.error());
    auto statement = QueryCompiler(**table, d->pool.dialect()).count(query);
    if (!statement)
        return fail(statement.error());
    return d->counts.count(*statement);
}

Result<qint64> DocumentService::countUpTo(const Query &query, qint64 atMost)
{
    auto table = d->tables.table(query.doctype);
    if (!table)
        return fail(table.error());
    auto statement = QueryCompiler(**table, d->pool.dialect()).countUpTo(query, atMost);
    if (!statement)
        return fail(statement.error());
    return d->counts.count(*statement);
}

qint64 DocumentService::countCacheHits() const
{
    return d->counts.hits();
}

Result<bool> DocumentService::exists(const Query &query)
{
    auto table = d->tables.table(query.doctype);
    if (!table)
        return fail(table.error());
    auto statement = QueryCompiler(**table, d->pool.dialect()).exists(query);
    if (!statement)
        return fail(statement.error());
    auto value = d->repository.scalar(*statement);
    if (!value)
        return fail(value.error());
    return value->toLongLong() != 0;
}

Result<Document> DocumentService::submit(const QString &doctype, const QString &name,
                                         const QString &user)
{
    auto table = d->tables.table(doctype);
    if (!table)
        return fail(table.error());
    return d->hidePasswords(**table, d->inTransaction<Document>(Transaction::Mode::Write, [&] {
        return d->changeStatus(**table, name, 0, 1, user);
    }));
}

Result<Document> DocumentService::cancel(const QString &doctype, const QString &name,
                                         const QString &user)
{
    auto table = d->tables.table(doctype);
    if (!table)
        return fail(table.error());
    return d->hidePasswords(**table, d->inTransaction<Document>(Transaction::Mode::Write, [&] {
        return d->changeStatus(**table, name, 1, 2, user);
    }));
}

Result<Document> DocumentService::amend(const QString &doctype, const QString &name,
                                        const QString &user)
{
    auto table = d->tables.table(doctype);
    if (!table)
        return fail(table.error());
    return d->hidePasswords(**table, d->inTransaction<Document>(Transaction::Mode::Write, [&] {
        return d->amendWithin(**table, name, user);
    }));
}

} // namespace fm::core
