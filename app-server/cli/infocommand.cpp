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
        ctx.out << "Project: none (" << project.error().message() << ")\n";
        return kExitOk; // `m info` outside a project still answers what it can
    }
    ctx.out << "Project: " << project->name() << " at " << project->root() << '\n'
            << "Apps: core"
            << (project->apps().isEmpty()
                    ? QString()
                    : QStringLiteral(", ") + project->apps().join(QStringLiteral(", ")))
            << '\n'
            << "Sites: "
            << (project->sites().isEmpty() ? QStringLiteral("none")
                                           : project->sites().join(QStringLiteral(", ")))
            << " (default: "
            << (project->defaultSite().isEmpty() ? QStringLiteral("none") : project->defaultSite())
            << ")\n";
    ctx.out.flush();
    if (project->sites().isEmpty() && !parser.isSet(QStringLiteral("site")))
        return kExitOk;
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    ctx.out << "Site: " << site->site().name << '\n'
            << "Database: " << site->site().database.engine << " " << site->site().database.path
            << " (" << QFileInfo(site->site().database.path).size() << " bytes)\n"
            << "DocTypes: " << site->meta().doctypeNames().size() << '\n';
    fm::core::Migrator migrator(site->pool(), site->meta().fieldTypes());
    auto plan = migrator.plan(site->doctypes(), site->meta().renames());
    if (!plan)
        return reportError(ctx, plan.error());
    if (plan->isEmpty())
        ctx.out << "Schema: up to date\n";
    else
        ctx.out << "Schema: " << plan->steps.size() << " pending step(s); run `m migrate --plan`\n";
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
