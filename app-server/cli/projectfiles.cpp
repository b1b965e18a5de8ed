// SPDX-License-Identifier: MIT
#include "cli/projectfiles.h"

#include "cli/cliutil.h"
#include "project/scaffold.h"

#include <QDir>

namespace fm::server {

void addProjectOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"),
                      Cli::tr("Project folder (default: the one around the working "
                              "directory)."),
                      QStringLiteral("dir")});
}

Error unknownAppError(const QString &app, const fm::core::Project &project)
{
    const QString known =
        project.apps().isEmpty()
            ? Cli::tr("the project has none yet")
            : Cli::tr("the project's apps: %1").arg(project.apps().join(QStringLiteral(", ")));
    const QString what = app == QLatin1String("core")
                             ? Cli::tr("\"core\" is the built-in app, not one of the project's")
                             : Cli::tr("app \"%1\" is not in this project").arg(app);
    const QString message = Cli::tr("%1 (%2); pass --app with one of them, or create an app with "
                                    "`m new app <name>`")
                                .arg(what, known);
    return fm::Error(fm::ErrorCode::NotFound, message);
}

std::unique_ptr<fm::core::MetaRegistry> loadProjectMeta(const fm::core::Project &project,
                                                        CommandContext &ctx, const QString &why)
{
    fm::core::Diagnostics diagnostics;
    auto meta = fm::core::loadProjectMeta(project, diagnostics, why);
    if (meta)
        return std::move(*meta);
    for (const fm::core::Diagnostic &d : diagnostics)
        ctx.err << d.toString() << '\n';
    reportError(ctx, fm::Error(fm::ErrorCode::InvalidMeta,
                               Cli::tr("the project's DocTypes have errors (above); %1").arg(why)));
    return nullptr;
}

void printOutcome(CommandContext &ctx, fm::codegen::WriteOutcome outcome, const QString &root,
                  const QString &path)
{
    ctx.out << fm::codegen::outcomeName(outcome).leftJustified(10) << displayPath(root, path)
            << '\n';
}

QString displayPath(const QString &root, const QString &path)
{
    return fm::core::displayPath(root, path);
}

} // namespace fm::server
