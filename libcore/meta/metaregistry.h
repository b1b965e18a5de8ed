// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"
#include "meta/renamelog.h"

#include <QObject>

#include <memory>

namespace fm::core {

// An app: a folder with app.json and doctypes/<snake>/<snake>.json.
struct FM_CORE_EXPORT AppInfo
{
    QString name;
    QString title;
    QString version;
    QStringList modules;
    QStringList dependsOn;
    QString path; // folder holding app.json
};

// All loaded DocTypes of a project: apps in dependency order (the built-in app
// `core` first), their field types and DocType extensions. Not copyable; after
// loading it is read-only and safe to share between threads.
class FM_CORE_EXPORT MetaRegistry final
{
public:
    MetaRegistry();
    ~MetaRegistry();
    MetaRegistry(const MetaRegistry &) = delete;
    MetaRegistry &operator=(const MetaRegistry &) = delete;

    FieldTypeRegistry &fieldTypes();
    const FieldTypeRegistry &fieldTypes() const;

    // Loads the built-in app `core` (from the Qt resource :/fm/apps/core) and then
    // each app folder in dependency order. Every problem lands in `diagnostics`;
    // returns false when any is an error. Cross-DocType checks run at the end.
    bool loadApps(const QStringList &appDirs, Diagnostics &diagnostics);
    // Texts to read instead of DocType files (path -> JSON), set before loadApps: the
    // Studio checks its unsaved edits exactly as `m check` would check them saved.
    void setOverlay(const QHash<QString, QByteArray> &overlay);
    // Reuses the DocTypes parsed by earlier loads whose files did not change (set before
    // loadApps; the Studio's checks share one cache).
    void setLoadCache(std::shared_ptr<class DocTypeLoadCache> cache);
    bool loadCoreApp(Diagnostics &diagnostics);

    // For tests and code that builds DocTypes in memory. Refuses duplicates.
    Result<void> addDocType(const DocType &doctype);
    // Link/Table targets, Table pointing at a child DocType, fetch_from through a Link,
    // DynamicLink options (docs/adr/0022). loadApps runs the part between DocTypes
    // itself; call this for DocTypes added in memory.
    Diagnostics crossCheck() const;

    const DocType *doctype(const QString &name) const; // nullptr when unknown
    // The DocType as its own file defines it, without the fields extensions add: what
    // an editor edits and the writer saves. nullptr when unknown.
    const DocType *sourceDocType(const QString &name) const;
    // Accepts the name or its snake-case slug ("Sales Invoice" or "sales_invoice").
    const DocType *findDocType(const QString &nameOrSlug) const;
    QStringList doctypeNames() const; // sorted
    QList<AppInfo> apps() const;      // in load order
    AppInfo app(const QString &name) const;
    // The renames recorded in the apps' renames.json, in the order they apply (the
    // Migrator turns them into renamed tables and columns).
    QList<RenameRecord> renames() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
