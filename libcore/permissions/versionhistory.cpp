// SPDX-License-Identifier: MIT
#include "permissions/versionhistory.h"

#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace fm::core {

namespace {

struct VersionhistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::VersionHistory)
};

// The rows of a child table change without the columns above the reader's levels
// (child fields follow the parent's levels, as DocumentAccess redacts them).
QJsonValue withoutHidden(const QJsonValue &rows, const DocType *child,
                         const std::optional<QSet<int>> &levels)
{
    if (!rows.isArray() || !child || !levels)
        return rows;
    QJsonArray out;
    for (const QJsonValue &row : rows.toArray()) {
        QJsonObject kept = row.toObject();
        for (const Field &field : child->fields) {
            if (!levels->contains(field.permlevel))
                kept.remove(field.fieldname);
        }
        out.append(kept);
    }
    return out;
}

} // namespace

VersionHistory::VersionHistory(DocumentAccess &access)
    : m_access(access)
{}

Result<VersionHistory::Page> VersionHistory::list(const Principal &who, const QString &doctype,
                                                  const QString &name, int limit, int offset) const
{
    if (limit < 1 || limit > kMaxLimit || offset < 0) {
        return fail(ErrorCode::BadRequest,
                    VersionhistoryTr::tr("a page of versions holds 1 to %1 entries from an "
                                         "offset of 0 or more; you asked for %2 from %3")
                        .arg(kMaxLimit)
                        .arg(limit)
                        .arg(offset));
    }
    // The document's own read check: a hidden document has no history either.
    auto doc = m_access.get(who, doctype, name);
    if (!doc)
        return fail(doc.error());
    const MetaRegistry &meta = m_access.service().meta();
    const DocType *type = meta.doctype(doc->doctype());
    if (!type || !meta.doctype(kDocType))
        return Page{};
    std::optional<QSet<int>> levels; // unset: every level (administrators)
    if (!who.isAdministrator())
        levels = m_access.engine().readableLevels(who, type->name);

    // Entries left with nothing the reader may see are skipped, so pages are read in
    // batches until this one is full (or the history ends).
    const int wanted = offset + limit + 1;
    Query query;
    query.doctype = kDocType;
    query.filters = {{QStringLiteral("ref_doctype"), FilterOp::Eq, type->name},
                     {QStringLiteral("docname"), FilterOp::Eq, doc->name()}};
    query.orderBy = {{QStringLiteral("creation"), true}, {QStringLiteral("name"), true}};
    query.limit = qMin(wanted, kMaxLimit + 1);
    QList<Entry> visible;
    for (;;) {
        auto rows = m_access.service().list(query);
        if (!rows)
            return fail(rows.error());
        for (const Document &row : *rows) {
            Entry entry;
            entry.name = row.name();
            entry.user = row.owner();
            entry.time = row.string(QStringLiteral("creation"));
            entry.type = eventTypeFromName(row.string(QStringLiteral("event_type")))
                             .value_or(EventType::Update);
            const QJsonValue data = row.value(QStringLiteral("data")).toJsonValue();
            for (FieldChange change : Event::changesFromJson(data.toObject())) {
                const Field *field = type->field(change.field);
                if (field && levels && !levels->contains(field->permlevel))
                    continue;
                if (field && meta.fieldTypes().type(field->fieldtype).isTable) {
                    const DocType *child = meta.doctype(field->options);
                    change.oldValue = withoutHidden(change.oldValue, child, levels);
                    change.newValue = withoutHidden(change.newValue, child, levels);
                    if (change.oldValue == change.newValue)
                        continue; // only hidden columns changed
                }
                entry.changes << change;
            }
            if (!entry.changes.isEmpty())
                visible << entry;
        }
        if (visible.size() >= wanted || rows->size() < query.limit)
            break;
        query.offset += query.limit;
    }
    Page page;
    page.hasMore = visible.size() > offset + limit;
    page.entries = visible.mid(offset, limit);
    return page;
}

} // namespace fm::core
