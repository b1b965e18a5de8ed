// SPDX-License-Identifier: MIT
#include "permissions/documentaccess.h"

#include "meta/metaregistry.h"
#include "permissions/fieldaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>
#include <optional>
#include <utility>

namespace fm::core {

namespace {

struct DocumentaccessTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentAccess)
};

} // namespace

using Reach = PermissionEngine::Reach;

namespace {

// Word for word what DocumentService says for a missing document, so a hidden one
// cannot be told apart from it.
Error notFound(const QString &doctype, const QString &name)
{
    return Error(ErrorCode::NotFound,
                 DocumentaccessTr::tr("%1 %2 does not exist").arg(doctype, name));
}

bool shareable(PermissionAction action)
{
    return action == PermissionAction::Read || action == PermissionAction::Write;
}

} // namespace

DocumentAccess::DocumentAccess(DocumentService &service, PermissionEngine &engine)
    : m_service(service)
    , m_engine(engine)
{}

Result<const DocType *> DocumentAccess::accessibleType(const Principal &who,
                                                       const QString &doctype) const
{
    const DocType *type = m_service.meta().doctype(doctype);
    if (!type)
        return fail(ErrorCode::NotFound,
                    DocumentaccessTr::tr("DocType %1 does not exist").arg(doctype));
    // Child rows carry no owner of their own; their parent's rules decide (ARCHITECTURE 7).
    if (type->isChild && !who.isAdministrator()) {
        return fail(ErrorCode::PermissionDenied,
                    DocumentaccessTr::tr("%1 is a child table; read and change its rows through "
                                         "their parent %2")
                        .arg(type->name, m_engine.governingDocType(type->name)));
    }
    return type;
}

Result<Document> DocumentAccess::authorize(const Principal &who, const QString &doctype,
                                           const QString &name, PermissionAction action)
{
    auto type = accessibleType(who, doctype);
    if (!type)
        return fail(type.error());
    if (who.isAdministrator())
        return m_service.get((*type)->name, name);
    const Reach reach = m_engine.reach(who, action, (*type)->name);
    if (reach == Reach::None) {
        // Only a share can still allow it; without one the answer is the same whether
        // the document exists or not.
        const auto share = m_engine.shareGrant(who, (*type)->name, name);
        const bool granted =
            action == PermissionAction::Read ? share.read || share.write : share.write;
        if (!shareable(action) || !granted)
            return fail(PermissionEngine::denied(who, action, (*type)->name));
        return m_service.get((*type)->name, name);
    }
    auto doc = m_service.get((*type)->name, name);
    if (!doc)
        return doc;
    if (reach == Reach::AllRows || m_engine.owns(who, *doc))
        return doc;
    if (shareable(action) && m_engine.can(who, action, *doc))
        return doc;
    if (action != PermissionAction::Read && m_engine.can(who, PermissionAction::Read, *doc))
        return fail(PermissionEngine::denied(who, action, (*type)->name));
    return fail(notFound((*type)->name, name));
}

Document DocumentAccess::redacted(const Principal &who, const Document &doc) const
{
    if (who.isAdministrator())
        return doc;
    return detail::FieldAccess::of(m_engine, m_service.meta(), who, doc.doctype()).redact(doc);
}

Result<Document> DocumentAccess::redacted(const Principal &who, Result<Document> doc) const
{
    if (doc)
        *doc = redacted(who, *doc);
    return doc;
}

Result<Document> DocumentAccess::get(const Principal &who, const QString &doctype,
                                     const QString &name)
{
    return redacted(who, authorize(who, doctype, name, PermissionAction::Read));
}

Result<DocumentAccess::Page> DocumentAccess::list(const Principal &who, const Query &query)
{
    auto type = accessibleType(who, query.doctype);
    if (!type)
        return fail(type.error());
    Query restricted = query;
    restricted.doctype = (*type)->name;
    std::optional<detail::FieldAccess> fields; // unset: an administrator reads everything
    if (!who.isAdministrator()) {
        auto restriction = m_engine.readRestriction(who, (*type)->name);
        if (!restriction)
            return fail(restriction.error());
        if (*restriction)
            restricted.restriction = *restriction;
        // Filtering or sorting on a hidden field would reveal it row by row.
        QStringList named = query.fields;
        for (const Filter &filter : query.filters + query.anyOf)
            named << filter.field;
        for (const OrderBy &order : query.orderBy)
            named << order.field;
        named.removeDuplicates();
        fields.emplace(detail::FieldAccess::of(m_engine, m_service.meta(), who, (*type)->name));
        if (const QList<FieldError> refused = fields->unreadable(**type, named);
            !refused.isEmpty()) {
            return fail(
                ErrorCode::PermissionDenied,
                DocumentaccessTr::tr("%1 may not read some fields of %2 that the list names; "
                                     "leave them out of fields, filters and order_by")
                    .arg(who.user, (*type)->name),
                refused);
        }
    }
    // One row past the page says whether more follow, without counting them.
    const bool probe = restricted.limit > 0 && restricted.limit < std::numeric_limits<int>::max();
    Query fetch = restricted;
    if (probe)
        fetch.limit = restricted.limit + 1;
    auto rows = m_service.list(fetch);
    if (!rows)
        return fail(rows.error());
    Page page;
    page.hasMore = probe && rows->size() > restricted.limit;
    if (page.hasMore)
        rows->resize(restricted.limit);
    auto total = pageTotal(restricted, rows->size(), page.hasMore);
    if (!total)
        return fail(total.error());
    page.total = total->first;
    page.totalExact = total->second;
    page.rows.reserve(rows->size());
    for (const Document &row : std::as_const(*rows))
        page.rows << (fields ? fields->redact(row) : row);
    return page;
}

Result<std::pair<qint64, bool>> DocumentAccess::pageTotal(const Query &query, qint64 rows,
                                                          bool hasMore)
{
    const qint64 seen = qint64(query.offset) + rows; // matches this page proves
    // A page that ends the matches gives the total for free unless it is empty past an
    // offset (how many came before?) or asked for no rows at all (limit 0: the total only).
    if (!hasMore && query.limit != 0 && (rows > 0 || query.offset == 0))
        return std::pair{seen, true};
    TotalMode mode = query.total;
    if (mode == TotalMode::None && !hasMore)
        mode = TotalMode::Capped; // an empty page past the end proves nothing
    switch (mode) {
    case TotalMode::Exact: {
        auto counted = m_service.count(query);
        if (!counted)
            return fail(counted.error());
        return std::pair{*counted, true};
    }
    case TotalMode::Capped: {
        const qint64 cap = qMax<qint64>(0, query.totalCap);
        if (hasMore && seen >= cap) // the page itself is past the cap: nothing to count
            return std::pair{seen, false};
        auto counted = m_service.countUpTo(query, cap + 1);
        if (!counted)
            return fail(counted.error());
        if (*counted <= cap)
            return std::pair{*counted, true};
        return std::pair{cap, false};
    }
    case TotalMode::None:
        break;
    }
    return std::pair{seen, false}; // hasMore: more than `seen` match
}

QJsonObject DocumentAccess::describe(const Principal &who, const QString &doctype) const
{
    QJsonObject out;
    const DocType *type = m_service.meta().doctype(doctype);
    QJsonArray ownOnly;
    for (PermissionAction action : actionsInForce()) {
        const Reach reach = type ? m_engine.reach(who, action, type->name) : Reach::None;
        out.insert(actionName(action), reach != Reach::None);
        if (reach == Reach::OwnRows)
            ownOnly.append(actionName(action));
    }
    out.insert(QStringLiteral("if_owner"), ownOnly);
    // Field lists describe the documents `who` can reach: none when no rule or
    // share lets them read, and nothing writable without write or create.
    QStringList readable;
    QStringList writable;
    if (type) {
        const auto fields = detail::FieldAccess::of(m_engine, m_service.meta(), who, type->name);
        if (out.value(QStringLiteral("read")).toBool() || m_engine.hasShares(who, type->name))
            readable = fields.readableFields(*type);
        if (out.value(QStringLiteral("write")).toBool() ||
            out.value(QStringLiteral("create")).toBool())
            writable = fields.writableFields(*type);
    }
    out.insert(QStringLiteral("readable_fields"), QJsonArray::fromStringList(readable));
    out.insert(QStringLiteral("writable_fields"), QJsonArray::fromStringList(writable));
    return out;
}

} // namespace fm::core
