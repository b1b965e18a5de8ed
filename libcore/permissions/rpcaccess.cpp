// SPDX-License-Identifier: MIT
#include "permissions/rpcaccess.h"

#include "data/controllerregistry.h"
#include "data/elevation.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct RpcaccessTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::RpcAccess)
};

// Hooks and RPC code are user code: an exception must not cross into the server.
Result<QJsonValue> run(const RpcHandler &handler, RpcCall &call)
{
    try {
        return handler(call);
    } catch (const std::exception &e) {
        return fail(ErrorCode::HookFailed,
                    RpcaccessTr::tr("%1 failed: %2").arg(call.callee, QString::fromUtf8(e.what())));
    } catch (...) {
        return fail(ErrorCode::HookFailed,
                    RpcaccessTr::tr("%1 failed with an unknown exception").arg(call.callee));
    }
}

} // namespace

DocumentService &RpcCall::elevated(const QString &why) const
{
    logElevation(callee, principal.user, why);
    return access.service();
}

RpcAccess::RpcAccess(const ControllerRegistry &registry, DocumentAccess &access)
    : m_registry(registry)
    , m_access(access)
{}

Result<QJsonValue> RpcAccess::callMethod(const Principal &who, const QString &doctype,
                                         const QString &methodName, const QString &name,
                                         const QJsonObject &args)
{
    const RpcMethod *method = m_registry.method(doctype, methodName);
    if (!method) {
        QStringList known;
        for (const RpcMethod &m : m_registry.methods(doctype))
            known << m.name;
        return fail(ErrorCode::NotFound,
                    RpcaccessTr::tr("%1 has no RPC method \"%2\". %3")
                        .arg(doctype, methodName,
                             known.isEmpty()
                                 ? RpcaccessTr::tr("It whitelists none.")
                                 : RpcaccessTr::tr("Whitelisted: %1.").arg(known.join(u", "))));
    }
    if (name.isEmpty()) {
        return fail(ErrorCode::BadRequest,
                    RpcaccessTr::tr("A DocType method runs on one document: send "
                                    "{\"name\": \"<document name>\", \"args\": {...}}."));
    }
    auto doc = m_access.get(who, doctype, name);
    if (!doc)
        return fail(doc.error());
    if (method->permission != PermissionAction::Read &&
        !m_access.engine().can(who, method->permission, *doc)) {
        return fail(PermissionEngine::denied(who, method->permission, doctype));
    }
    RpcCall call{m_access, who, args, &*doc, doctype + u'.' + method->name};
    return run(method->run, call);
}

Result<void> RpcAccess::mayCall(const Principal &who, const RpcFunction &function)
{
    if (function.allowGuest || who.isAdministrator())
        return {};
    if (who.isGuest()) {
        return fail(ErrorCode::Unauthorized, RpcaccessTr::tr("%1 needs a signed-in user: log in "
                                                             "(POST /api/v1/auth/login) or send "
                                                             "a token.")
                                                 .arg(function.name));
    }
    for (const QString &role : function.roles) {
        if (who.hasRole(role) || role == Principal::kAllRole)
            return {};
    }
    if (function.roles.isEmpty()) {
        return fail(ErrorCode::PermissionDenied,
                    RpcaccessTr::tr("%1 names no roles, so only administrators may call it; "
                                    "its app may open it with roles (\"All\" for every "
                                    "signed-in user).")
                        .arg(function.name));
    }
    return fail(ErrorCode::PermissionDenied,
                RpcaccessTr::tr("%1 may be called by the roles %2; %3 has none of them.")
                    .arg(function.name, function.roles.join(QStringLiteral(", ")), who.user));
}

Result<QJsonValue> RpcAccess::callFunction(const Principal &who, const QString &name,
                                           const QJsonObject &args)
{
    const RpcFunction *function = m_registry.function(name);
    if (!function) {
        return fail(ErrorCode::NotFound, RpcaccessTr::tr("No RPC function \"%1\"; GET "
                                                         "/api/openapi.json lists the registered "
                                                         "ones.")
                                             .arg(name));
    }
    if (auto allowed = mayCall(who, *function); !allowed)
        return fail(allowed.error());
    RpcCall call{m_access, who, args, nullptr, function->name};
    return run(function->run, call);
}

} // namespace fm::core
