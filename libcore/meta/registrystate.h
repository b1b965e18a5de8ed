// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"
#include "meta/metaregistry.h"

#include <QHash>
#include <QMap>

namespace fm::core {

// What a MetaRegistry holds, shared with the app loader that fills it.
struct RegistryState
{
    FieldTypeRegistry types;
    QMap<QString, DocType> doctypes;  // by name; sorted for stable output
    QHash<QString, QString> slugs;    // snake case -> name
    QList<AppInfo> apps;              // in load order

    // Refuses a DocType without a name, or whose name or table name is taken.
    Result<void> insert(const DocType &doctype);
    const DocType *find(const QString &nameOrSlug) const;
    bool hasApp(const QString &name) const;
};

} // namespace fm::core
