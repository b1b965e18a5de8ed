// SPDX-License-Identifier: MIT
#include "permissions/documentaccess.h"

#include "meta/metaregistry.h"
#include "permissions/callerviewimpl.h"
#include "permissions/fieldaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct DocumentaccessWritesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentAccess)
};

// Every field is checked before anything is written, so a refused field never
// leaves the others half saved.
Result<void> checkWrites(const detail::FieldAccess &fields, const Principal &who,
                         const Document &changes, const Document *stored)
{
    const QList<FieldError> refused = fields.refusedWrites(changes, stored);
    if (refused.isEmpty())
        return {};
    return fail(
        ErrorCode::PermissionDenied,
        DocumentaccessWritesTr::tr("%1 may not change some fields of %2 (their permission level is "
                                   "above the user's); leave them out or ask an administrator")
            .arg(who.user, changes.doctype()),
        refused);
}

} // namespace

Result<Document> DocumentAccess::insert(const Principal &who, const Document &doc)
{
    auto type = accessibleType(who, doc.doctype());
    if (!type)
        return fail(type.error());
    if (!m_engine.may(who, PermissionAction::Create, (*type)->name))
        return fail(PermissionEngine::denied(who, PermissionAction::Create, (*type)->name));
    if (!who.isAdministrator()) {
        const auto fields = detail::FieldAccess::of(m_engine, m_service.meta(), who, doc.doctype());
        if (auto ok = checkWrites(fields, who, doc, nullptr); !ok)
            return fail(ok.error());
    }
    // The service records its `user` argument as the owner, which if_owner rules use.
    detail::CallerViewScope caller(m_service, m_engine, who, *this);
    return redacted(who, m_service.insert(doc, who.user));
}

Result<Document> DocumentAccess::update(const Principal &who, const Document &changes)
{
    if (changes.name().isEmpty()) {
        return fail(ErrorCode::BadRequest,
                    DocumentaccessWritesTr::tr("say which %1 to update: give its name")
                        .arg(changes.doctype()));
    }
    auto stored = authorize(who, changes.doctype(), changes.name(), PermissionAction::Write);
    if (!stored)
        return fail(stored.error());
    if (who.isAdministrator()) {
        detail::CallerViewScope caller(m_service, m_engine, who, *this);
        return m_service.update(changes, who.user);
    }
    const auto fields = detail::FieldAccess::of(m_engine, m_service.meta(), who, stored->doctype());
    if (auto ok = checkWrites(fields, who, changes, &*stored); !ok)
        return fail(ok.error());
    detail::CallerViewScope caller(m_service, m_engine, who, *this);
    return redacted(who, m_service.update(fields.keepHidden(changes, *stored), who.user));
}

Result<void> DocumentAccess::validate(const Principal &who, const Document &doc, bool isNew)
{
    if (isNew) {
        auto type = accessibleType(who, doc.doctype());
        if (!type)
            return fail(type.error());
        if (!m_engine.may(who, PermissionAction::Create, (*type)->name))
            return fail(PermissionEngine::denied(who, PermissionAction::Create, (*type)->name));
        if (!who.isAdministrator()) {
            const auto fields =
                detail::FieldAccess::of(m_engine, m_service.meta(), who, doc.doctype());
            if (auto ok = checkWrites(fields, who, doc, nullptr); !ok)
                return fail(ok.error());
        }
        detail::CallerViewScope caller(m_service, m_engine, who, *this);
        return m_service.validate(doc, true, who.user);
    }
    auto stored = authorize(who, doc.doctype(), doc.name(), PermissionAction::Write);
    if (!stored)
        return fail(stored.error());
    if (who.isAdministrator())
        return m_service.validate(doc, false, who.user);
    const auto fields = detail::FieldAccess::of(m_engine, m_service.meta(), who, stored->doctype());
    if (auto ok = checkWrites(fields, who, doc, &*stored); !ok)
        return fail(ok.error());
    detail::CallerViewScope caller(m_service, m_engine, who, *this);
    return m_service.validate(fields.keepHidden(doc, *stored), false, who.user);
}

Result<void> DocumentAccess::remove(const Principal &who, const QString &doctype,
                                    const QString &name, DeleteMode mode)
{
    auto stored = authorize(who, doctype, name, PermissionAction::Delete);
    if (!stored)
        return fail(stored.error());
    detail::CallerViewScope caller(m_service, m_engine, who, *this);
    return m_service.remove(stored->doctype(), name, mode, who.user);
}

Result<Document> DocumentAccess::submit(const Principal &who, const QString &doctype,
                                        const QString &name)
{
    auto stored = authorize(who, doctype, name, PermissionAction::Submit);
    if (!stored)
        return fail(stored.error());
    detail::CallerViewScope caller(m_service, m_engine, who, *this);
    return redacted(who, m_service.submit(stored->doctype(), name, who.user));
}

Result<Document> DocumentAccess::cancel(const Principal &who, const QString &doctype,
                                        const QString &name)
{
    auto stored = authorize(who, doctype, name, PermissionAction::Cancel);
    if (!stored)
        return fail(stored.error());
    detail::CallerViewScope caller(m_service, m_engine, who, *this);
    return redacted(who, m_service.cancel(stored->doctype(), name, who.user));
}

Result<Document> DocumentAccess::amend(const Principal &who, const QString &doctype,
                                       const QString &name)
{
    auto stored = authorize(who, doctype, name, PermissionAction::Amend);
    if (!stored)
        return fail(stored.error());
    detail::CallerViewScope caller(m_service, m_engine, who, *this);
    return redacted(who, m_service.amend(stored->doctype(), name, who.user));
}

} // namespace fm::core
