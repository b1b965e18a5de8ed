// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/metaregistry.h"
#include "meta/renames.h"
#include "project/filechanges.h"
#include "project/project.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace fm::core {

// The files a rename (meta/renames.h) changes, planned without writing: `m rename` and
// the Studio apply the same plan (docs/adr/0160, 0182).
struct RenameFilesPlan
{
    FileChanges changes; // DocType files, a renamed DocType's folder, renames.json
    // For people, in order: ("updated", "apps/x/doctypes/ticket/ticket.json (fieldname)"),
    // ("moved", "a -> b"), ("recorded", "apps/x/renames.json (...)"); paths relative.
    QList<std::pair<QString, QString>> lines;
    // C++ and CMake files of the app mentioning the old name, left to the developer
    // (relative, as after a folder move).
    QStringList sources;
    QString appDir; // of the renamed DocType's app (absolute)
    // Once applied (ProjectModel::renameDocType): what puts the files back, for undo.
    FileChanges undo;
};

// The project's DocTypes as their files say (no extensions applied, which must not end
// up in the files), and the built-in ones, whose names are taken too: what
// renameField / renameDocType work on.
FM_CORE_EXPORT QMap<QString, DocType> sourceDocTypes(const MetaRegistry &meta);

// Plans the files for `edit`. Refuses a rename touching the built-in app's DocTypes,
// one named by an extension file (it cannot be rewritten), and an app whose
// renames.json has errors; each refusal says what to do.
FM_CORE_EXPORT Result<RenameFilesPlan> planRenameFiles(const Project &project,
                                                       const MetaRegistry &meta,
                                                       const QMap<QString, DocType> &sources,
                                                       const RenameEdit &edit);

} // namespace fm::core
