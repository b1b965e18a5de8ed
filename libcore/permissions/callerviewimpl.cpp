// SPDX-License-Identifier: MIT
#include "permissions/callerviewimpl.h"

#include "data/documentservice.h"
#include "meta/metaregistry.h"
#include "permissions/permissionengine.h"

namespace fm::core::detail {

PrincipalView::PrincipalView(DocumentService &service, const PermissionEngine &engine,
                             const Principal &who)
    : m_service(service)
    , m_engine(engine)
    , m_who(who)
{}

bool PrincipalView::mayPick(const QString &doctype, const QString &name) const
{
    if (m_who.isAdministrator())
        return true;
    auto doc = m_service.get(doctype, name);
    return doc && m_engine.canPick(m_who, *doc);
}

bool PrincipalView::mayRead(const QString &doctype, const QString &name) const
{
    if (m_who.isAdministrator())
        return true;
    auto doc = m_service.get(doctype, name);
    return doc && m_engine.can(m_who, PermissionAction::Read, *doc);
}

// Reading the record opens the fields of the caller's levels (never a Password); with
// `select` alone, what a Link picker shows: the name, the title and search fields at
// level 0.
bool PrincipalView::mayFetch(const QString &doctype, const QString &name,
                             const QString &field) const
{
    if (m_who.isAdministrator())
        return true;
    const DocType *type = m_service.meta().doctype(doctype);
    const Field *source = type ? type->field(field) : nullptr;
    if (field == u"name")
        return mayPick(doctype, name);
    if (!source || source->fieldtype == u"Password")
        return false;
    auto doc = m_service.get(doctype, name);
    if (!doc)
        return false;
    if (m_engine.can(m_who, PermissionAction::Read, *doc))
        return m_engine.readableLevels(m_who, doctype).contains(source->permlevel);
    const bool shown = field == type->titleField || type->searchFields.contains(field);
    return shown && source->permlevel == 0 && m_engine.canPick(m_who, *doc);
}

CallerViewScope::CallerViewScope(DocumentService &service, const PermissionEngine &engine,
                                 const Principal &who)
    : m_view(service, engine, who)
    , m_scope(who.isAdministrator() ? nullptr : &m_view)
{}

} // namespace fm::core::detail
