// SPDX-License-Identifier: MIT
#include "data/documentcontroller.h"

#include "auth/principal.h"
#include "data/callerscope.h"
#include "data/documentservice.h"
#include "data/elevation.h"
#include "meta/doctype.h"

namespace fm::core {

HookContext::HookContext(DocumentAccess &door, const Principal &who, DocumentService &service,
                         const DocType &type, QString actingUser, const Document *before)
    : m_service(service)
    , access(door)
    , principal(who)
    , doctype(type)
    , user(std::move(actingUser))
    , previous(before)
{}

HookContext::HookContext(DocumentService &service, const DocType &type, QString actingUser,
                         const Document *before)
    : m_ownDoor(detail::makeSystemDoor(service))
    , m_ownPrincipal(std::make_shared<const Principal>(Principal::system()))
    , m_service(service)
    , access(*m_ownDoor)
    , principal(*m_ownPrincipal)
    , doctype(type)
    , user(std::move(actingUser))
    , previous(before)
{}

const MetaRegistry &HookContext::meta() const
{
    return m_service.meta();
}

DocumentService &HookContext::elevated(const QString &why) const
{
    logElevation(QStringLiteral("hook on %1").arg(doctype.name), principal.user, why);
    return m_service;
}

DocumentController::~DocumentController() = default;
ControllerPlugin::~ControllerPlugin() = default;

// Hooks do nothing unless a controller overrides them.
Result<void> DocumentController::validate(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::beforeInsert(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterInsert(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeSave(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterSave(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeSubmit(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterSubmit(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeCancel(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterCancel(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeDelete(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::afterDelete(HookContext &, const Document &)
{
    return {};
}

} // namespace fm::core
