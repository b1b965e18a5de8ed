// SPDX-License-Identifier: MIT
// What a form post does (saveForm) and deleting a document. Every write is
// DocumentAccess's: the same permission checks, validation and messages as the REST
// API. A refusal shows the form again with the user's input and the message beside
// its field, never a half-saved document.
#include "auth/devsignin.h"
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "views_p.h"

#include <QUrl>

namespace fm::desk {

namespace {

using fm::core::DocType;
using fm::core::Document;

QString doneUrl(const DocType &type, const QString &name, const char *done)
{
    return deskPath(type, name) + QStringLiteral("?done=") + QLatin1String(done);
}

// Posted rows carry only the inputs; read-only columns are not compared.
bool rowsDiffer(const QList<FormValues::Row> &saved, const QList<FormValues::Row> &posted)
{
    if (saved.size() != posted.size())
        return true;
    for (int i = 0; i < saved.size(); ++i) {
        for (auto it = posted.at(i).cbegin(); it != posted.at(i).cend(); ++it) {
            if (saved.at(i).value(it.key()) != it.value())
                return true;
        }
    }
    return false;
}

// A failure of the server, not of the input: its message may hold SQL or paths, so it
// goes to the error page (which hides it), not beside a field.
bool serverFault(const fm::Error &error)
{
    switch (error.code()) {
    case fm::ErrorCode::Internal:
    case fm::ErrorCode::Database:
    case fm::ErrorCode::Io:
    case fm::ErrorCode::InvalidMeta:
        return true;
    default:
        return false;
    }
}

FormOutcome redirectTo(const QString &path)
{
    FormOutcome outcome;
    outcome.redirect = path;
    return outcome;
}

} // namespace

FormOutcome DeskViews::failedForm(const Viewer &viewer, FormRender form, const fm::Error &why) const
{
    const DocType &type = *form.type;
    form.alert = why.message();
    for (const fm::FieldError &field : why.fields()) {
        // The API names child fields by path (items[0].hours), the inputs' own names.
        form.errors.insert(field.field, field.message);
        form.alertItems.append({field.field, field.message});
    }
    if (why.code() == fm::ErrorCode::VersionConflict && form.stored) {
        // Someone saved first: keep every input as typed, show what the saved document
        // holds where it differs, and carry its version so saving again is a
        // deliberate choice, never a silent overwrite.
        auto current = m_access->get(viewer.principal, type.name, form.stored->name());
        if (current) {
            const FormValues saved = FormValues::fromDocument(*m_meta, type, *current);
            for (const fm::core::Field &field : type.fields) {
                if (!form.values.posted.contains(field.fieldname) ||
                    m_meta->fieldTypes().type(field.fieldtype).isTable)
                    continue;
                if (saved.fields.value(field.fieldname) !=
                    form.values.fields.value(field.fieldname))
                    form.conflict.append(
                        {field.displayLabel(), displayField(*m_meta, field, *current).text});
            }
            for (const fm::core::Field &field : type.fields) {
                if (m_meta->fieldTypes().type(field.fieldtype).isTable &&
                    form.values.posted.contains(field.fieldname) &&
                    rowsDiffer(saved.rows.value(field.fieldname),
                               form.values.rows.value(field.fieldname)))
                    form.conflict.append({field.displayLabel(), Desk::tr("the rows differ")});
            }
            form.alert =
                Desk::tr(
                    "Someone else saved this %1 while you were editing it (it is now at version "
                    "%2). Nothing was saved: your input is kept below. Where the saved document "
                    "differs:")
                    .arg(type.label.isEmpty() ? type.name : type.label)
                    .arg(current->version());
            form.values.version = QString::number(current->version());
            form.stored = *current;
        }
    }
    FormOutcome outcome;
    outcome.failure = why.code();
    auto rendered = renderForm(viewer, form);
    outcome.page = rendered ? *rendered : error(&viewer, 500, rendered.error().message());
    return outcome;
}

fm::Result<FormOutcome> DeskViews::saveForm(const Viewer &viewer, const QString &doctype,
                                            const QString &name, const FormFields &fields) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const DocType &type = **resolved;
    const bool isNew = name.isEmpty();
    FormRender form;
    form.type = &type;
    if (!isNew) {
        auto stored = m_access->get(viewer.principal, type.name, name);
        if (!stored)
            return fm::fail(stored.error());
        form.stored = *stored;
    }
    form.values = FormValues::fromPost(type, fields);
    if (form.stored) {
        // What the post does not carry (read-only fields, fields the user may not write)
        // shows as stored; only posted fields are ever saved (FormValues::posted).
        const FormValues stored = FormValues::fromDocument(*m_meta, type, *form.stored);
        for (auto it = stored.fields.cbegin(); it != stored.fields.cend(); ++it) {
            if (!form.values.fields.contains(it.key()))
                form.values.fields.insert(it.key(), it.value());
        }
        for (auto it = stored.rows.cbegin(); it != stored.rows.cend(); ++it) {
            if (!form.values.rows.contains(it.key()))
                form.values.rows.insert(it.key(), it.value());
        }
    }
    const QString action =
        form.values.action.isEmpty() ? QStringLiteral("save") : form.values.action;
    const fm::core::Principal &who = viewer.principal;

    // A grid row added, removed or moved: the form again, nothing saved.
    if (form.values.applyRowAction(type, action, &form.focus)) {
        auto page = renderForm(viewer, form);
        if (!page)
            return fm::fail(page.error());
        FormOutcome outcome;
        outcome.page = *page;
        return outcome;
    }
    if (action == u"cancel" || action == u"amend") {
        if (isNew)
            return fm::fail(
                fm::ErrorCode::BadRequest,
                Desk::tr("A new document cannot be cancelled or amended; save it first."));
        auto done = action == u"cancel" ? m_access->cancel(who, type.name, name)
                                        : m_access->amend(who, type.name, name);
        if (!done) {
            if (serverFault(done.error()))
                return fm::fail(done.error());
            form.values = FormValues::fromDocument(*m_meta, type, *form.stored);
            return failedForm(viewer, form, done.error());
        }
        return redirectTo(action == u"cancel" ? doneUrl(type, done->name(), "cancelled")
                                              : doneUrl(type, done->name(), "amended"));
    }
    if (action != u"save" && action != u"submit")
        return fm::fail(
            fm::ErrorCode::BadRequest,
            Desk::tr("The form asked for \"%1\", which is no action of the Desk; use its "
                     "buttons.")
                .arg(action));

    auto doc = form.values.toDocument(*m_meta, type, name, isNew);
    if (!doc)
        return failedForm(viewer, form, doc.error());
    auto saved = isNew ? m_access->insert(who, *doc) : m_access->update(who, *doc);
    if (!saved) {
        if (serverFault(saved.error()))
            return fm::fail(saved.error());
        return failedForm(viewer, form, saved.error());
    }
    if (action == u"submit") {
        auto submitted = m_access->submit(who, type.name, saved->name());
        if (!submitted) {
            if (serverFault(submitted.error()))
                return fm::fail(submitted.error());
            // Saved but not submitted: the saved draft, with why.
            form.stored = *saved;
            form.values = FormValues::fromDocument(*m_meta, type, *saved);
            form.notices << Desk::tr("Saved.");
            return failedForm(viewer, form, submitted.error());
        }
        return redirectTo(doneUrl(type, saved->name(), "submitted"));
    }
    // Back where the post came from (a kanban card), when that is a Desk page.
    if (auto next = fm::core::DevSignIn::safeNextPath(form.values.next);
        !form.values.next.isEmpty() && next &&
        (*next == u"/desk" || next->startsWith(QStringLiteral("/desk/"))))
        return redirectTo(*next);
    return redirectTo(doneUrl(type, saved->name(), isNew ? "created" : "saved"));
}

fm::Result<Page> DeskViews::confirmDelete(const Viewer &viewer, const QString &doctype,
                                          const QString &name) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const DocType &type = **resolved;
    auto doc = m_access->get(viewer.principal, type.name, name);
    if (!doc)
        return fm::fail(doc.error());
    const QString label = type.label.isEmpty() ? type.name : type.label;
    const QString titleValue = type.titleField.isEmpty() ? QString() : doc->string(type.titleField);
    Data names = emptyList();
    Data item;
    item.set("name", utf8(doc->name()));
    item.set("title", textOr(titleValue == doc->name() ? QString() : titleValue));
    names.push_back(item);
    Data body;
    body.set("heading", utf8(Desk::tr("Delete %1 %2?").arg(label, doc->name())));
    body.set("message", utf8(Desk::tr("It disappears from lists and can no longer be linked to.")));
    body.set("action", utf8(deskPath(type, doc->name()) + QStringLiteral("/delete")));
    body.set("csrf", utf8(viewer.csrfToken));
    body.set("names", names);
    body.set("bulk", false);
    body.set("confirm_label", utf8(Desk::tr("Delete")));
    body.set("back_href", utf8(deskPath(type, doc->name())));
    body.set("back_label", utf8(Desk::tr("Keep it")));
    return page(&viewer, QStringLiteral("delete"), Desk::tr("Delete %1").arg(doc->name()),
                {{Desk::tr("Workspace"), QStringLiteral("/desk")},
                 {label, deskPath(type)},
                 {doc->name(), deskPath(type, doc->name())},
                 {Desk::tr("Delete"), {}}},
                body);
}

fm::Result<FormOutcome> DeskViews::deleteDocument(const Viewer &viewer, const QString &doctype,
                                                  const QString &name) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const DocType &type = **resolved;
    auto removed = m_access->remove(viewer.principal, type.name, name, fm::core::DeleteMode::Soft);
    if (!removed) {
        if (serverFault(removed.error()))
            return fm::fail(removed.error());
        auto stored = m_access->get(viewer.principal, type.name, name);
        if (!stored)
            return fm::fail(removed.error());
        FormRender form;
        form.type = &type;
        form.stored = *stored;
        form.values = FormValues::fromDocument(*m_meta, type, *stored);
        return failedForm(viewer, form, removed.error());
    }
    return redirectTo(deskPath(type) + QStringLiteral("?deleted=") +
                      QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

} // namespace fm::desk
