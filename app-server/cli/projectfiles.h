// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"
#include "common/error.h"
#include "generatedfile.h"
#include "meta/metaregistry.h"
#include "project/project.h"

#include <QList>

#include <memory>

namespace fm::server {

// Helpers of the commands that read and write a project's files: `m new`, `m check`,
// `m generate`.

// --project <dir>, for commands that need a project but no site.
void addProjectOption(QCommandLineParser &parser);

// "app \"x\" is not in this project (the project's apps: ...)" and how to go on;
// "core" is named as the built-in app it is.
fm::Error unknownAppError(const QString &app, const fm::core::Project &project);

// The project's apps loaded into a registry (fm::core::loadProjectMeta). When any
// DocType has an error, prints every diagnostic and `why` and returns nullptr.
std::unique_ptr<fm::core::MetaRegistry> loadProjectMeta(const fm::core::Project &project,
                                                        CommandContext &ctx, const QString &why);

// "created   apps/demo/CMakeLists.txt": the outcome and the path relative to `root`.
void printOutcome(CommandContext &ctx, fm::codegen::WriteOutcome outcome, const QString &root,
                  const QString &path);

// `path` relative to `root` when it lies inside, else as given; for messages.
QString displayPath(const QString &root, const QString &path);

} // namespace fm::server
