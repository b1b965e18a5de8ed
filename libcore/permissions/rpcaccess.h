// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "data/rpc.h"

#include <QJsonObject>
#include <QJsonValue>

namespace fm::core {

class ControllerRegistry;
class DocumentAccess;

// Runs registered RPC code (data/rpc.h) for a principal: the authorization every
// transport shares (REST's /api/v1/rpc routes, the Desk, tests), in one place.
// - a DocType method runs on a document the caller may read, and only when they may
//   take the method's permission on it;
// - a function runs for administrators, the roles it names ("All": every signed-in
//   user) and guests only when it allows them; no roles means administrators only.
// The code gets the caller's DocumentAccess; elevation is RpcCall::elevated().
class FM_CORE_EXPORT RpcAccess final
{
public:
    RpcAccess(const ControllerRegistry &registry, DocumentAccess &access);

    Result<QJsonValue> callMethod(const Principal &who, const QString &doctype,
                                  const QString &method, const QString &name,
                                  const QJsonObject &args);
    Result<QJsonValue> callFunction(const Principal &who, const QString &name,
                                    const QJsonObject &args);

    // Whether `who` may call `function` (NotFound is the caller's business).
    static Result<void> mayCall(const Principal &who, const RpcFunction &function);

private:
    const ControllerRegistry &m_registry;
    DocumentAccess &m_access;
};

} // namespace fm::core
