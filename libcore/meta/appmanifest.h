// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"
#include "meta/fieldtype.h"
#include "meta/metaregistry.h"

#include <optional>

namespace fm::core {

// One app folder's app.json, read and checked on its own (dependencies are
// resolved later, when all apps are known).
struct AppManifest
{
    struct FieldType
    {
        FieldTypeInfo info;
        SourceLocation location; // of the type's "name"
    };

    AppInfo info;
    QList<FieldType> fieldTypes;
    SourceLocation location;                            // of the file (line 0)
    SourceLocation nameLocation;                        // of "name"
    QHash<QString, SourceLocation> dependencyLocations; // depends_on entry -> where

    SourceLocation whereDependency(const QString &app) const
    {
        return dependencyLocations.value(app, location);
    }

    // Reads `dir`/app.json; nullopt when there is none or it is not a JSON object.
    // Every problem lands in `diagnostics`; the manifest is still returned when its
    // name could be read, so later checks can name the app.
    static std::optional<AppManifest> read(const QString &dir, Diagnostics &diagnostics);
};

} // namespace fm::core
