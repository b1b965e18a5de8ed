// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"
#include "common/error.h"
#include "project/sitecontext.h"

#include <QJsonValue>

#include <memory>

namespace fm::server {

// The project named by --project, else the one around the working directory.
fm::Result<fm::core::Project> openProject(const QCommandLineParser &parser);

// Opens --site (or the default site) with everything loaded. Prints DocType
// diagnostics and plugin warnings to ctx.err; on failure also the error.
std::unique_ptr<fm::core::SiteContext> openSite(const QCommandLineParser &parser,
                                                CommandContext &ctx, bool loadPlugins = true);

// "error: <message>" and one line per field error, then returns kExitFailure.
int reportError(CommandContext &ctx, const fm::Error &error);

// JSON from --data when given, else everything on standard input.
fm::Result<QJsonValue> readJsonInput(const QCommandLineParser &parser, CommandContext &ctx);

// What a path argument of `m check` and `m format` names.
enum class PathKind { DocTypeFile, App, Project, Other };
PathKind pathKind(const QString &path);
// The refusal of a path that is none of them, naming the command ("m check").
fm::Error unknownPathError(const QString &path, const QString &command);

// Pretty JSON on ctx.out.
void printJson(CommandContext &ctx, const QJsonValue &value);

} // namespace fm::server
