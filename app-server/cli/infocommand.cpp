// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "db/migrator.h"

#include <QFileInfo>

namespace fm::server {

namespace {

int info(QCommandLineParser &parser, CommandContext &ctx)
{
    ctx.out << "Framework M " FM_VERSION " (Qt " << qVersion() << ")\n";
    auto project = openProject(parser);
    if (!project) {
        ctx.out << Cli::tr("Project: none (%1)").arg(project.error().message()) << '\n';
        return kExitOk; // `m info` outside a project still answers what it can
    }
    const QString none = Cli::tr("none");
    ctx.out << Cli::tr("Project: %1 at %2").arg(project->name(), project->root()) << '\n'
            << Cli::tr("Apps: %1")
                   .arg((QStringList{QStringLiteral("core")} + project->apps())
                            .join(QStringLiteral(", ")))
            << '\n'
            << Cli::tr("Sites: %1 (default: %2)")
                   .arg(project->sites().isEmpty() ? none
                                                   : project->sites().join(QStringLiteral(", ")),
                        project->defaultSite().isEmpty() ? none : project->defaultSite())
            << '\n';
    ctx.out.flush();
    if (project->sites().isEmpty() && !parser.isSet(QStringLiteral("site")))
        return kExitOk;
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    ctx.out << Cli::tr("Site: %1").arg(site->site().name) << '\n'
            << Cli::tr("Database: %1 %2 (%3 bytes)")
                   .arg(site->site().database.engine, site->site().database.path)
                   .arg(QFileInfo(site->site().database.path).size())
            << '\n'
            << Cli::tr("DocTypes: %1").arg(site->meta().doctypeNames().size()) << '\n';
    fm::core::Migrator migrator(site->pool(), site->meta().fieldTypes());
    auto plan = migrator.plan(site->doctypes(), site->meta().renames());
    if (!plan)
        return reportError(ctx, plan.error());
    if (plan->isEmpty())
        ctx.out << Cli::tr("Schema: up to date") << '\n';
    else
        ctx.out << Cli::tr("Schema: %n pending step(s); run `m migrate --plan`", nullptr,
                           int(plan->pendingCount()))
                << '\n';
    ctx.out.flush();
    return kExitOk;
}

} // namespace

QList<Command> infoCommands()
{
    Command command;
    command.words = {QStringLiteral("info")};
    command.summary = Cli::tr("Show the version, the project, its apps and sites");
    command.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
    };
    command.run = info;
    return {command};
}

} // namespace fm::server
