// SPDX-License-Identifier: MIT
#include "data/documentservice_p.h"

#include "data/uuid7.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct DocumentwritesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentService)
};

} // namespace

using namespace detail;

namespace {

// Reads answer a Password field as null (write-only), so a document read and sent back
// as it is must not wipe the stored password: an empty Password value changes nothing.
bool keepsStoredPassword(const DocTypeTable &table, QVariantMap::const_iterator value)
{
    const auto index = table.fieldIndex.constFind(value.key());
    return index != table.fieldIndex.cend() && table.fieldTypes.at(*index).base == kPasswordType &&
           FieldValidator::isEmpty(FieldValidator::unwrapJson(value.value()));
}

} // namespace

Result<void> DocumentService::Private::writeChildren(const DocTypeTable &table, Document &doc,
                                                     const Field &field, const QString &user,
                                                     const QString &time, bool replace,
                                                     const Document *previous)
{
    auto child = tables.table(field.options);
    if (!child)
        return fail(child.error());
    if (replace) {
        auto ok =
            repository.deleteChildren(**child, doc.name(), table.doctype.name, field.fieldname);
        if (!ok)
            return ok;
    }
    QHash<QString, Document> before;
    if (previous) {
        for (const Document &row : previous->children(field.fieldname))
            before.insert(row.name(), row);
    }
    QList<Document> rows = doc.children(field.fieldname);
    for (int i = 0; i < rows.size(); ++i) {
        Document &row = rows[i];
        const auto kept = before.constFind(row.name());
        const bool existed = !row.name().isEmpty() && kept != before.constEnd();
        if (!existed)
            row.setName(createUuidV7());
        row.setValue(kOwner, existed ? kept->owner() : user);
        row.setValue(kCreation, existed ? kept->value(kCreation) : time);
        row.setValue(kModified, time);
        row.setValue(kModifiedBy, user);
        row.setValue(QStringLiteral("parent"), doc.name());
        row.setValue(QStringLiteral("parenttype"), table.doctype.name);
        row.setValue(QStringLiteral("parentfield"), field.fieldname);
        row.setValue(QStringLiteral("idx"), qint64(i + 1));
        if (auto ok = repository.insertRow(**child, row); !ok)
            return ok;
    }
    doc.setChildren(field.fieldname, rows);
    return {};
}

Result<Document> DocumentService::Private::insertWithin(const DocTypeTable &table, Document doc,
                                                        const QString &user,
                                                        const InsertOptions &options)
{
    if (table.doctype.isChild) {
        return fail(ErrorCode::BadRequest,
                    DocumentwritesTr::tr("%1 is a child table; save its rows through their parent "
                                         "document")
                        .arg(table.doctype.name));
    }
    if (auto ok = checks.all(table, doc, true, options.basis); !ok)
        return fail(ok.error());
    QString name = options.name;
    if (name.isEmpty() && !options.validateOnly) {
        auto named = naming.nameFor(table, doc, user);
        if (!named)
            return fail(named.error());
        name = *named;
    }
    doc.setName(name);
    const QString time = now();
    doc.setValue(kOwner, user);
    doc.setValue(kCreation, time);
    doc.setValue(kModified, time);
    doc.setValue(kModifiedBy, user);
    doc.setValue(kDeletedAt, QVariant());
    if (table.versioned)
        doc.setValue(kVersion, qint64(1));
    if (table.doctype.isSubmittable) {
        doc.setValue(kDocstatus, qint64(0));
        doc.setValue(kAmendedFrom,
                     options.amendedFrom.isEmpty() ? QVariant() : options.amendedFrom);
    }
    auto ctx = context(table, user, nullptr);
    if (auto ok =
            hook(table, "validate", [&](DocumentController &c) { return c.validate(*ctx, doc); });
        !ok)
        return fail(ok.error());
    if (options.validateOnly)
        return doc;
    if (auto ok = hook(table, "before_insert",
                       [&](DocumentController &c) { return c.beforeInsert(*ctx, doc); });
        !ok)
        return fail(ok.error());
    if (auto ok = hook(table, "before_save",
                       [&](DocumentController &c) { return c.beforeSave(*ctx, doc); });
        !ok)
        return fail(ok.error());
    if (auto ok = repository.insertRow(table, doc); !ok)
        return fail(ok.error());
    for (const Field &field : table.tableFields) {
        if (auto ok = writeChildren(table, doc, field, user, time, false, nullptr); !ok)
            return fail(ok.error());
    }
    const EventType type = options.amendedFrom.isEmpty() ? EventType::Insert : EventType::Amend;
    if (auto ok = recordEvent(type, table, user, time, nullptr, &doc); !ok)
        return fail(ok.error());
    if (auto ok = hook(table, "after_insert",
                       [&](DocumentController &c) { return c.afterInsert(*ctx, doc); });
        !ok)
        return fail(ok.error());
    if (auto ok = hook(table, "after_save",
                       [&](DocumentController &c) { return c.afterSave(*ctx, doc); });
        !ok)
        return fail(ok.error());
    // Answer with every column, as get() would, so callers see one shape.
    for (const QString &column : table.columns) {
        if (!doc.has(column))
            doc.setValue(column, QVariant());
    }
    return doc;
}

Result<Document> DocumentService::Private::updateWithin(const DocTypeTable &table,
                                                        const Document &changes,
                                                        const QString &user, bool validateOnly)
{
    auto loaded = load(table, changes.name(), false);
    if (!loaded)
        return fail(loaded.error());
    const Document &current = *loaded;
    if (table.doctype.isSubmittable && current.docstatus() != 0) {
        return fail(ErrorCode::DocumentSubmitted,
                    (current.docstatus() == 1
                         ? DocumentwritesTr::tr(
                               "%1 %2 is submitted and cannot be edited; cancel it and amend "
                               "a copy")
                         : DocumentwritesTr::tr(
                               "%1 %2 is cancelled and cannot be edited; cancel it and amend "
                               "a copy"))
                        .arg(table.doctype.name, current.name()));
    }
    const bool checkVersion = table.versioned && changes.has(kVersion) &&
                              table.doctype.concurrency == Concurrency::Optimistic;
    if (checkVersion && !validateOnly && changes.version() != current.version()) {
        return fail(
            Error(ErrorCode::VersionConflict,
                  DocumentwritesTr::tr("%1 %2 was changed since you read it (you have version "
                                       "%3, it is at %4); reload it and apply your change again")
                      .arg(table.doctype.name, current.name())
                      .arg(changes.version())
                      .arg(current.version()))
                .withDetail(QStringLiteral("current_version"), current.version()));
    }
    Document merged = current;
    QList<Field> replacedTables;
    QStringList replacedNames;
    for (auto it = changes.values().cbegin(); it != changes.values().cend(); ++it) {
        if (it.key() != kName && it.key() != kVersion && !keepsStoredPassword(table, it))
            merged.setValue(it.key(), it.value());
    }
    for (const Field &field : table.tableFields) {
        if (changes.hasChildren(field.fieldname))
            merged.setChildren(field.fieldname, changes.children(field.fieldname));
        if (changes.hasChildren(field.fieldname) || changes.has(field.fieldname)) {
            replacedTables << field;
            replacedNames << field.fieldname;
        }
    }
    if (auto ok = checks.all(table, merged, false, &current); !ok)
        return fail(ok.error());
    // The checks drop server-managed values; they come back from the stored row.
    for (const QString &key : {kOwner, kCreation, kDocstatus, kAmendedFrom, kDeletedAt}) {
        if (current.has(key))
            merged.setValue(key, current.value(key));
    }
    for (const Field &field : table.tableFields) {
        if (!replacedNames.contains(field.fieldname))
            merged.setChildren(field.fieldname, current.children(field.fieldname));
    }
    const QString time = now();
    merged.setValue(kModified, time);
    merged.setValue(kModifiedBy, user);
    if (table.versioned)
        merged.setValue(kVersion, current.version() + 1);
    auto ctx = context(table, user, &current);
    if (auto ok = hook(table, "validate",
                       [&](DocumentController &c) { return c.validate(*ctx, merged); });
        !ok)
        return fail(ok.error());
    if (validateOnly)
        return merged;
    if (auto ok = hook(table, "before_save",
                       [&](DocumentController &c) { return c.beforeSave(*ctx, merged); });
        !ok)
        return fail(ok.error());
    if (auto ok = repository.updateRow(table, merged, table.versioned ? current.version() : -1);
        !ok)
        return fail(ok.error());
    for (const Field &field : replacedTables) {
        if (auto ok = writeChildren(table, merged, field, user, time, true, &current); !ok)
            return fail(ok.error());
    }
    if (auto ok = recordEvent(EventType::Update, table, user, time, &current, &merged); !ok)
        return fail(ok.error());
    if (auto ok = hook(table, "after_save",
                       [&](DocumentController &c) { return c.afterSave(*ctx, merged); });
        !ok)
        return fail(ok.error());
    return merged;
}

namespace {

// Records that exist only for the document they point at (a user's sessions and keys, a
// log row) never hold its delete back, as Frappe's ignore_links_on_delete: they are
// refused or pruned on their own once it is gone.
bool ignoredOnDelete(const QString &doctype)
{
    static const QStringList kIgnored{
        QStringLiteral("Session"),     QStringLiteral("API Key"),
        QStringLiteral("Login Link"),  QStringLiteral("Error Log"),
        QStringLiteral("Email Queue"), QStringLiteral("Job Log"),
        QStringLiteral("Webhook Log"), QStringLiteral("Notification Log"),
        RowRestriction::kShareDocType};
    return kIgnored.contains(doctype);
}

} // namespace

// Documents pointing at `name` through a Link or a Dynamic Link stop its delete: live
// ones always, deleted ones too for a hard delete (they could be restored). The refusal
// names the DocType and the field, never the other document, which the caller may not
// be allowed to read. Document Shares are not references: they go with the document.
Result<void> DocumentService::Private::refuseIfLinked(const DocTypeTable &table,
                                                      const QString &name, DeleteMode mode)
{
    const Dialect &dialect = pool.dialect();
    const QString &target = table.doctype.name;
    for (const QString &other : meta.doctypeNames()) {
        if (ignoredOnDelete(other))
            continue;
        const DocType *doctype = meta.doctype(other);
        for (const Field &field : doctype->fields) {
            QString where;
            QVariantList values;
            if (field.fieldtype == u"Link" && field.options == target) {
                where = dialect.quote(field.fieldname) + QStringLiteral(" = ?");
                values = {name};
            } else if (field.fieldtype == u"DynamicLink" &&
                       other != RowRestriction::kShareDocType) {
                where = QStringLiteral("%1 = ? AND %2 = ?")
                            .arg(dialect.quote(field.options), dialect.quote(field.fieldname));
                values = {target, name};
            } else {
                continue;
            }
            auto linking = tables.table(other);
            if (!linking)
                return fail(linking.error());
            if (mode == DeleteMode::Soft && (*linking)->softDelete)
                where += QStringLiteral(" AND %1 IS NULL").arg(dialect.quote(kDeletedAt));
            const QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1")
                                    .arg((*linking)->quotedTable, where);
            auto row = repository.lookup(sql, values);
            if (!row)
                return fail(row.error());
            if (*row) {
                return fail(
                    ErrorCode::InvalidState,
                    DocumentwritesTr::tr("cannot delete %1 %2: a %3 links to it through \"%4\"; "
                                         "delete those %3 documents or change their \"%4\" "
                                         "first")
                        .arg(target, name, other, field.fieldname));
            }
        }
    }
    return {};
}

// A share grants rights on one document; left behind by a hard delete, it would grant
// them on the next document given the same name.
Result<void> DocumentService::Private::removeShares(const DocTypeTable &table, const QString &name,
                                                    const QString &user)
{
    if (table.doctype.name == RowRestriction::kShareDocType ||
        !meta.doctype(RowRestriction::kShareDocType))
        return {};
    auto shares = tables.table(RowRestriction::kShareDocType);
    if (!shares)
        return fail(shares.error());
    const Dialect &dialect = pool.dialect();
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ? LIMIT 1")
                            .arg(dialect.quote(kName), (*shares)->quotedTable,
                                 dialect.quote(QStringLiteral("share_doctype")),
                                 dialect.quote(QStringLiteral("share_name")));
    for (;;) {
        auto row = repository.lookup(sql, {table.doctype.name, name});
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
        if (auto ok = removeWithin(**shares, (*row)->value(0).toString(), DeleteMode::Hard, user);
            !ok)
            return ok;
    }
}

Result<void> DocumentService::Private::removeWithin(const DocTypeTable &table, const QString &name,
                                                    DeleteMode mode, const QString &user)
{
    auto loaded = load(table, name, mode == DeleteMode::Hard);
    if (!loaded)
        return fail(loaded.error());
    Document doc = *loaded;
    if (table.doctype.isSubmittable && doc.docstatus() == 1) {
        return fail(ErrorCode::DocumentSubmitted,
                    DocumentwritesTr::tr("%1 %2 is submitted; cancel it before deleting it")
                        .arg(table.doctype.name, name));
    }
    auto ctx = context(table, user, &*loaded);
    if (auto ok = hook(table, "before_delete",
                       [&](DocumentController &c) { return c.beforeDelete(*ctx, doc); });
        !ok)
        return ok;
    const QString time = now();
    const bool hard = mode == DeleteMode::Hard || !table.softDelete;
    if (auto ok = refuseIfLinked(table, name, hard ? DeleteMode::Hard : DeleteMode::Soft); !ok)
        return ok;
    if (hard) {
        if (auto ok = removeShares(table, name, user); !ok)
            return ok;
        for (const Field &field : table.tableFields) {
            auto child = tables.table(field.options);
            if (!child)
                return fail(child.error());
            auto ok = repository.deleteChildren(**child, name, table.doctype.name, field.fieldname);
            if (!ok)
                return ok;
        }
        if (auto ok = repository.deleteRow(table, name); !ok)
            return ok;
    } else {
        doc.setValue(kDeletedAt, time);
        doc.setValue(kModified, time);
        doc.setValue(kModifiedBy, user);
        if (table.versioned)
            doc.setValue(kVersion, loaded->version() + 1);
        if (auto ok = repository.updateRow(table, doc, table.versioned ? loaded->version() : -1);
            !ok)
            return ok;
    }
    if (auto ok = recordEvent(EventType::Delete, table, user, time, &doc, nullptr); !ok)
        return ok;
    if (auto ok = hook(table, "after_delete",
                       [&](DocumentController &c) { return c.afterDelete(*ctx, doc); });
        !ok)
        return ok;
    return {};
}

} // namespace fm::core
