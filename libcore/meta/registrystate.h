// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/doctypeloadcache.h"
#include "meta/fieldtyperegistry.h"
#include "meta/metaregistry.h"
#include "meta/renamelog.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <memory>

namespace fm::core {

// The built-in app every other app implicitly depends on, and where it is embedded.
inline constexpr QStringView kCoreApp = u"core";
inline constexpr QStringView kCoreAppPath = u":/fm/apps/core";

// What a MetaRegistry holds, shared with the app loader that fills it.
struct RegistryState
{
    FieldTypeRegistry types;
    QMap<QString, DocType> doctypes; // by name; sorted for stable output
    QHash<QString, QString> slugs;   // snake case -> name
    QList<AppInfo> apps;             // in load order
    // Each DocType as its own file defines it, before extensions add fields.
    QMap<QString, DocType> sources;
    // File path -> text to read instead of the file (unsaved edits; see MetaRegistry).
    QHash<QString, QByteArray> overlay;
    std::shared_ptr<DocTypeLoadCache> loadCache; // optional: files parsed by earlier loads
    QList<RenameRecord> renames;                 // every app's renames.json

    // Refuses a DocType without a name, or whose name or table name is taken.
    Result<void> insert(const DocType &doctype);
    const DocType *find(const QString &nameOrSlug) const;
    const AppInfo *findApp(const QString &name) const;
    // `app`, the built-in `core` and every app `app` depends on, directly or not.
    QSet<QString> reachableApps(const QString &app) const;
};

} // namespace fm::core
