// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"

#include <QtPlugin>

#include <functional>
#include <memory>

namespace fm::core {

class DocumentAccess;
class DocumentService;
class MetaRegistry;
struct DocType;
struct Principal;

// What a hook gets besides the document. `access` is the caller's door: the
// DocumentAccess the write came through with its principal, so whatever the hook reads
// or writes through it is checked like the caller's own request (rules, rows, field
// levels): a hook cannot copy a field the caller may not read into one they may.
// Calls made through it join the running transaction. Writes made by system code
// (straight through DocumentService, e.g. a job run as the system) give the hook the
// system principal's door. `elevated(why)` is the way past the caller's rights: visible
// in review, and logged (category fm.elevation, once per hook and reason).
class FM_CORE_EXPORT HookContext final
{
    // First, so `access` and `principal` can refer to them in the second constructor.
    std::shared_ptr<DocumentAccess> m_ownDoor;
    std::shared_ptr<const Principal> m_ownPrincipal;
    DocumentService &m_service;

public:
    // What DocumentService passes: the door and principal of the running write.
    HookContext(DocumentAccess &door, const Principal &who, DocumentService &service,
                const DocType &type, QString actingUser, const Document *before = nullptr);
    // System code and a controller's unit tests: the system principal's door.
    HookContext(DocumentService &service, const DocType &type, QString actingUser,
                const Document *before = nullptr);

    DocumentAccess &access;
    const Principal &principal;
    const DocType &doctype;
    QString user; // the user the service records (owner, modified_by)
    // Updates and state changes: the stored version before the change.
    const Document *previous = nullptr;

    // The site's DocTypes (metadata, not documents: no permission applies).
    const MetaRegistry &meta() const;

    // Every right, for what the hook must do beyond the caller's.
    DocumentService &elevated(const QString &why) const;
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
