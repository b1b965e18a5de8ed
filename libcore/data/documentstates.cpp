// SPDX-License-Identifier: MIT
#include "data/documentservice_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct DocumentstatesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentService)
};

} // namespace

using namespace detail;

Result<Document> DocumentService::Private::changeStatus(const DocTypeTable &table,
                                                        const QString &name, int from, int to,
                                                        const QString &user)
{
    const bool submitting = to == 1;
    if (!table.doctype.isSubmittable) {
        return fail(
            ErrorCode::InvalidState,
            DocumentstatesTr::tr("%1 is not submittable; set \"is_submittable\": true in its "
                                 "DocType to use submit and cancel")
                .arg(table.doctype.name));
    }
    auto loaded = load(table, name, false);
    if (!loaded)
        return fail(loaded.error());
    if (loaded->docstatus() != from) {
        // Whole sentences, one per state and step, so that a language can word each.
        const int now = loaded->docstatus();
        const QString message =
            submitting
                ? (now == 1
                       ? DocumentstatesTr::tr("%1 %2 is submitted; only draft documents can be "
                                              "submitted")
                       : DocumentstatesTr::tr("%1 %2 is cancelled; only draft documents can be "
                                              "submitted"))
                : (now == 0
                       ? DocumentstatesTr::tr("%1 %2 is a draft; only submitted documents can be "
                                              "cancelled")
                       : DocumentstatesTr::tr("%1 %2 is cancelled; only submitted documents can be "
                                              "cancelled"));
        return fail(ErrorCode::InvalidState, message.arg(table.doctype.name, name));
    }
    Document doc = *loaded;
    auto ctx = context(table, user, &*loaded);
    if (submitting) {
        if (auto ok = hook(table, "validate",
                           [&](DocumentController &c) { return c.validate(*ctx, doc); });
            !ok)
            return fail(ok.error());
        if (auto ok = hook(table, "before_submit",
                           [&](DocumentController &c) { return c.beforeSubmit(*ctx, doc); });
            !ok)
            return fail(ok.error());
    } else if (auto ok = hook(table, "before_cancel",
                              [&](DocumentController &c) { return c.beforeCancel(*ctx, doc); });
               !ok) {
        return fail(ok.error());
    }
    const QString time = now();
    doc.setValue(kDocstatus, qint64(to));
    doc.setValue(kModified, time);
    doc.setValue(kModifiedBy, user);
    if (table.versioned)
        doc.setValue(kVersion, loaded->version() + 1);
    if (auto ok = repository.updateRow(table, doc, table.versioned ? loaded->version() : -1); !ok)
        return fail(ok.error());
    if (auto ok = recordEvent(submitting ? EventType::Submit : EventType::Cancel, table, user, time,
                              &*loaded, &doc);
        !ok)
        return fail(ok.error());
    auto after = submitting ? hook(table, "after_submit",
                                   [&](DocumentController &c) { return c.afterSubmit(*ctx, doc); })
                            : hook(table, "after_cancel",
                                   [&](DocumentController &c) { return c.afterCancel(*ctx, doc); });
    if (!after)
        return fail(after.error());
    return doc;
}

Result<Document> DocumentService::Private::amendWithin(const DocTypeTable &table,
                                                       const QString &name, const QString &user)
{
    auto loaded = load(table, name, false);
    if (!loaded)
        return fail(loaded.error());
    if (!table.doctype.isSubmittable || loaded->docstatus() != 2) {
        return fail(ErrorCode::InvalidState,
                    DocumentstatesTr::tr("only cancelled documents can be amended; %1 %2 is not "
                                         "cancelled")
                        .arg(table.doctype.name, name));
    }
    // TKT-0001 amends to TKT-0001-1; amending TKT-0001-1 gives TKT-0001-2. Built by
    // concatenation: an arg() chain would expand a "%1" inside the name (user data).
    QString base = name;
    if (!loaded->string(kAmendedFrom).isEmpty())
        base.remove(QRegularExpression(QStringLiteral("-\\d+$")));
    QString amendedName;
    for (int n = 1;; ++n) {
        amendedName = base + u'-' + QString::number(n);
        auto existing = repository.loadRow(table, amendedName);
        if (!existing)
            return fail(existing.error());
        if (!*existing)
            break;
    }
    Document copy(table.doctype.name);
    for (const Field &field : table.doctype.fields) {
        if (field.fieldtype == u"Table" || field.fieldtype == u"TableMultiSelect") {
            QList<Document> rows;
            for (const Document &row : loaded->children(field.fieldname)) {
                Document fresh(row.doctype());
                for (auto it = row.values().cbegin(); it != row.values().cend(); ++it) {
                    if (!reservedFieldnames().contains(it.key()))
                        fresh.setValue(it.key(), it.value());
                }
                rows << fresh;
            }
            copy.setChildren(field.fieldname, rows);
        } else if (loaded->has(field.fieldname)) {
            copy.setValue(field.fieldname, loaded->value(field.fieldname));
        }
    }
    return insertWithin(table, copy, user, InsertOptions{amendedName, name, &*loaded});
}

} // namespace fm::core
