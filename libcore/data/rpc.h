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

class DocumentService;

// One call of a whitelisted method or function, as its code sees it. The caller's
// permission was checked before the code runs.
struct RpcCall
{
    DocumentService &service;
    const Principal &principal;
    QJsonObject args;
    const Document *document = nullptr; // DocType methods: the document named in the call
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
    QString name;      // dotted and namespaced by the app: "helpdesk.tickets.open_count"
    QStringList roles; // any of them may call (administrators always); empty: signed in
    bool allowGuest = false;
    QString description;
    RpcHandler run;
};

} // namespace fm::core
