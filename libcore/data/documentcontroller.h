// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"

#include <QtPlugin>

#include <functional>
#include <memory>

namespace fm::core {

class DocumentService;
struct DocType;

// What a hook gets besides the document: the service (calls made through it join
// the running transaction), the DocType, the acting user and, for updates and
// state changes, the stored version before the change.
struct HookContext
{
    DocumentService &service;
    const DocType &doctype;
    QString user;
    const Document *previous = nullptr;
};

// Business logic for one DocType. Every hook runs inside the write transaction:
// returning an error or throwing rolls back everything and reaches the caller as
// an fm::Error (HookFailed, or the returned error's own code).
class FM_CORE_EXPORT DocumentController
{
public:
    virtual ~DocumentController();

    virtual Result<void> validate(HookContext &ctx, Document &doc);
    virtual Result<void> beforeInsert(HookContext &ctx, Document &doc);
    virtual Result<void> afterInsert(HookContext &ctx, const Document &doc);
    virtual Result<void> beforeSave(HookContext &ctx, Document &doc); // insert and update
    virtual Result<void> afterSave(HookContext &ctx, const Document &doc);
    virtual Result<void> beforeSubmit(HookContext &ctx, Document &doc);
    virtual Result<void> afterSubmit(HookContext &ctx, const Document &doc);
    virtual Result<void> beforeCancel(HookContext &ctx, Document &doc);
    virtual Result<void> afterCancel(HookContext &ctx, const Document &doc);
    virtual Result<void> beforeDelete(HookContext &ctx, const Document &doc);
    virtual Result<void> afterDelete(HookContext &ctx, const Document &doc);
};

class ControllerRegistry;

// The interface an app's controller plugin (a shared library loaded with
// QPluginLoader) implements to register its controllers.
class FM_CORE_EXPORT ControllerPlugin
{
public:
    virtual ~ControllerPlugin();
    virtual QString appName() const = 0;
    virtual void registerControllers(ControllerRegistry &registry) = 0;
};

} // namespace fm::core

#define FM_CONTROLLER_PLUGIN_IID "org.frameworkm.ControllerPlugin/1"
Q_DECLARE_INTERFACE(fm::core::ControllerPlugin, FM_CONTROLLER_PLUGIN_IID)
