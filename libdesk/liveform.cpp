// SPDX-License-Identifier: MIT
// An open form as the live runtime renders it (docs/adr/0237): the user's input as a
// post would carry it, checked by DocumentAccess::validate exactly as a save would be
// (nothing written), and a banner when someone else saved the document meanwhile. The
// inputs themselves are never live parts, so nothing the user typed is replaced.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "views_p.h"

namespace fm::desk {

namespace {

// The access is gone or the document with it: the page must load again.
bool endsTheForm(const fm::Error &error)
{
    switch (error.code()) {
    case fm::ErrorCode::PermissionDenied:
    case fm::ErrorCode::NotFound:
    case fm::ErrorCode::Unauthorized:
    case fm::ErrorCode::Internal:
    case fm::ErrorCode::Database:
    case fm::ErrorCode::Io:
    case fm::ErrorCode::InvalidMeta:
        return error.fields().isEmpty();
    default:
        return false;
    }
}

} // namespace

fm::Result<Page> DeskViews::liveForm(const Viewer &viewer, const QString &doctype,
                                     const QString &name, const LiveInput &input) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const fm::core::DocType &type = **resolved;
    const bool isNew = name.isEmpty();
    FormRender form;
    form.type = &type;
    form.versions = input.versions;
    if (isNew) {
        if (!m_access->engine().may(viewer.principal, fm::core::PermissionAction::Create,
                                    type.name))
            return fm::fail(fm::core::PermissionEngine::denied(
                viewer.principal, fm::core::PermissionAction::Create, type.name));
    } else {
        auto stored = m_access->get(viewer.principal, type.name, name);
        if (!stored)
            return fm::fail(stored.error());
        form.stored = *stored;
    }
    // Before the page sent its input (just joined) the form is what the page showed.
    if (input.fields.isEmpty())
        form.values = isNew ? FormValues::defaults(*m_meta, type)
                            : FormValues::fromDocument(*m_meta, type, *form.stored);
    else
        form.values = FormValues::fromPost(type, input.fields);

    if (!input.touched.isEmpty()) {
        auto doc = form.values.toDocument(*m_meta, type, name, isNew);
        fm::Result<void> checked;
        if (doc)
            checked = m_access->validate(viewer.principal, *doc, isNew);
        else
            checked = fm::fail(doc.error());
        if (!checked) {
            if (endsTheForm(checked.error()))
                return fm::fail(checked.error());
            // Only what the user worked on: a new form does not shout "required" at
            // every field the moment one is typed in. The save says the rest.
            for (const fm::FieldError &field : checked.error().fields()) {
                if (input.touched.contains(field.field))
                    form.errors.insert(field.field, field.message);
            }
        }
    }

    const qint64 pageVersion = form.values.version.toLongLong();
    if (form.stored && pageVersion > 0 && form.stored->version() > pageVersion) {
        // Named by the events this connection heard; after a reconnect (events missed)
        // every field whose saved value differs from the input.
        const FormValues saved = FormValues::fromDocument(*m_meta, type, *form.stored);
        const QStringList readable = readableFields(viewer, type);
        for (const fm::core::Field &field : type.fields) {
            if (!readable.contains(field.fieldname) || field.hidden)
                continue;
            const bool isTable = m_meta->fieldTypes().type(field.fieldtype).isTable;
            const bool changed = input.changedByOthers.isEmpty()
                                     ? (isTable ? false
                                                : saved.fields.value(field.fieldname) !=
                                                      form.values.fields.value(field.fieldname))
                                     : input.changedByOthers.contains(field.fieldname);
            if (!changed)
                continue;
            form.remoteFields.append(
                {field.displayLabel(), isTable ? Desk::tr("the rows changed")
                                               : displayField(*m_meta, field, *form.stored).text});
        }
        form.remote = Desk::tr("Someone else saved this %1 while you had it open (it is now at "
                               "version %2).")
                          .arg(type.label.isEmpty() ? type.name : type.label)
                          .arg(form.stored->version());
    }
    return renderForm(viewer, form);
}

} // namespace fm::desk
