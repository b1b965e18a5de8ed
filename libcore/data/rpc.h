// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "data/document.h"
#include "meta/doctype.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace fm::core {

class DocumentAccess;
class DocumentService;

// One call of a whitelisted method or function, as its code sees it. The caller's
// permission was checked before the code runs (permissions/rpcaccess.h).
struct FM_CORE_EXPORT RpcCall
{
    // The caller's door: every call through it is checked against `principal` (rules,
    // rows, field levels, Link targets), so by default the code can do no more than
    // the caller could over REST.
    DocumentAccess &access;
    const Principal &principal;
    QJsonObject args;
    const Document *document = nullptr; // DocType methods: the document named in the call
    QString callee;                     // "Ticket.close" or the function's name, for the log

    // Every right, for what the code must do beyond the caller's: visible in review
    // and logged (category fm.elevation) with the callee, the caller and `why`.
    DocumentService &elevated(const QString &why) const;
};

using RpcHandler = std::function<Result<QJsonValue>(RpcCall &call)>;

// A whitelisted method of one DocType: POST /api/v1/rpc/{DocType}/{name} with
// {"name": document, "args": {...}}. Only registered methods are callable, and only
// by principals who may take `permission` on that document.
struct RpcMethod
{
    QString name; // snake_case: "close_ticket"
    PermissionAction permission = PermissionAction::Read;
    QString description;
    RpcHandler run;
};

// A function not tied to one document: POST /api/v1/rpc/fn/{name} with {"args": {...}}.
struct RpcFunction
{
    QString name; // dotted and namespaced by the app: "helpdesk.tickets.open_count"
    // Any of them may call (administrators always); "All" opens it to every signed-in
    // user. Empty: administrators only, so a function is never open by omission.
    QStringList roles;
    bool allowGuest = false;
    QString description;
    RpcHandler run;
};

} // namespace fm::core
