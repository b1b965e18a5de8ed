// SPDX-License-Identifier: MIT
#include "auth/useraccounts.h"
#include "cli/cliutil.h"
#include "db/migrator.h"
#include "project/sitecontext.h"

namespace fm::server {

namespace {

// The roles the DocTypes' permission rules name, created when missing (issue 12 item 8):
// after `m migrate`, `m user add --role <any of them>` works.
int ensureRoles(fm::core::SiteContext &site, CommandContext &ctx)
{
    auto created = fm::core::UserAccounts::ensureDocTypeRoles(site.service());
    if (!created)
        return reportError(ctx, created.error());
    if (!created->isEmpty())
        ctx.out << "Created role(s) named by DocType permissions: "
                << created->join(QStringLiteral(", ")) << ".\n";
    return kExitOk;
}

int migrate(QCommandLineParser &parser, CommandContext &ctx)
{
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    fm::core::Migrator migrator(site->pool(), site->meta().fieldTypes());
    auto plan = migrator.plan(site->doctypes(), site->meta().renames());
    if (!plan)
        return reportError(ctx, plan.error());
    if (parser.isSet(QStringLiteral("plan"))) {
        if (plan->isEmpty())
            ctx.out << Cli::tr("Schema of site \"%1\" is up to date.").arg(site->site().name)
                    << '\n';
        else
            ctx.out << plan->toText();
        ctx.out.flush();
        return kExitOk;
    }
    if (plan->isEmpty()) {
        ctx.out
            << Cli::tr("Schema of site \"%1\" is up to date; nothing to do.").arg(site->site().name)
            << '\n';
        return ensureRoles(*site, ctx);
    }
    auto report = migrator.apply(*plan, parser.isSet(QStringLiteral("force")));
    if (!report)
        return reportError(ctx, report.error());
    ctx.out << report->toText();
    ctx.out.flush();
    if (report->hasRefused())
        return reportError(ctx, report->refusalError());
    return ensureRoles(*site, ctx);
}

} // namespace

QList<Command> migrateCommands()
{
    Command command;
    command.words = {QStringLiteral("migrate")};
    command.summary = Cli::tr("Bring the site's database in line with the DocTypes");
    command.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addOption(
            {QStringLiteral("plan"), Cli::tr("Show the steps (safe, warning, dangerous) and change "
                                             "nothing.")});
        parser.addOption({QStringLiteral("force"),
                          Cli::tr("Also apply warning steps (type widening, new required "
                                  "columns, new unique constraints).")});
    };
    command.run = migrate;
    return {command};
}

} // namespace fm::server
