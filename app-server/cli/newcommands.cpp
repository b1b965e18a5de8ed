// SPDX-License-Identifier: MIT
// `m new project|app|site`; `m new doctype` is in newdoctypecommand.cpp.
// The work is fm::core's (project/scaffold.h); these parse, call and print.
#include "auth/useraccounts.h"
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "project/scaffold.h"

#include <QDir>
#include <QFileInfo>

namespace fm::server {

Command newDocTypeCommand(); // newdoctypecommand.cpp

namespace {

// Exactly one positional argument, else a usage error. `what` is translated, `command`
// is the word after `m new`.
bool takeName(CommandContext &ctx, const QString &command, const QString &what, QString &name)
{
    if (ctx.arguments.size() == 1) {
        name = ctx.arguments.first();
        return true;
    }
    ctx.err << (ctx.arguments.isEmpty() ? Cli::tr("error: missing %1").arg(what)
                                        : Cli::tr("error: expected one %1").arg(what))
            << '\n'
            << Cli::tr("Run `m %1 --help` for its options.").arg(QStringLiteral("new ") + command)
            << '\n';
    return false;
}

int newProject(QCommandLineParser &parser, CommandContext &ctx)
{
    QString dir;
    if (!takeName(ctx, QStringLiteral("project"), Cli::tr("project folder"), dir))
        return kExitUsage;
    const QString root = QFileInfo(dir).absoluteFilePath();
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : QFileInfo(root).fileName();
    if (name.trimmed().isEmpty())
        return reportError(ctx,
                           fm::Error(fm::ErrorCode::BadRequest,
                                     Cli::tr("the project name is empty; pass --name <name>")));
    const auto project = fm::core::createProject(dir, name);
    if (!project)
        return reportError(ctx, project.error());
    ctx.out << Cli::tr("Created project \"%1\" in %2:").arg(name, QDir::toNativeSeparators(root))
            << '\n'
            << Cli::tr("  m.json, apps/, sites/, .gitignore (ignores sites/ and build/)") << '\n'
            << Cli::tr("Next: cd %1 && m new app <name> && m new site <name>")
                   .arg(QDir::toNativeSeparators(dir))
            << '\n';
    return kExitOk;
}

int newApp(QCommandLineParser &parser, CommandContext &ctx)
{
    QString name;
    if (!takeName(ctx, QStringLiteral("app"), Cli::tr("app name"), name))
        return kExitUsage;
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    const auto app = fm::core::createApp(*project, name);
    if (!app)
        return reportError(ctx, app.error());
    ctx.out << "Created app \"" << name << "\" in " << displayPath(project->root(), app->path)
            << " (app.json, doctypes/) and added it to m.json.\n"
            << "Next: m new doctype \"<Name>\" --app " << name << '\n';
    return kExitOk;
}

int newSite(QCommandLineParser &parser, CommandContext &ctx)
{
    QString name;
    if (!takeName(ctx, QStringLiteral("site"), Cli::tr("site name"), name))
        return kExitUsage;
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    if (auto ok = fm::core::checkNewSite(*project, name); !ok)
        return reportError(ctx, ok.error());
    QString adminPassword = parser.value(QStringLiteral("admin-password"));
    if (!parser.isSet(QStringLiteral("admin-password")))
        adminPassword = qEnvironmentVariable("M_ADMIN_PASSWORD");
    else if (adminPassword.isEmpty())
        return reportError(ctx, fm::Error(fm::ErrorCode::BadRequest,
                                          Cli::tr("--admin-password is empty; give a "
                                                  "password, or leave the option out to "
                                                  "have one generated")));
    fm::core::DatabaseConfig database;
    if (parser.isSet(QStringLiteral("db"))) {
        auto parsed = fm::core::DatabaseConfig::fromUrl(parser.value(QStringLiteral("db")));
        if (!parsed)
            return reportError(ctx, parsed.error());
        if (parsed->engine != QLatin1String("postgresql"))
            return reportError(ctx, fm::Error(fm::ErrorCode::BadRequest,
                                              Cli::tr("--db takes a PostgreSQL URL "
                                                      "(postgresql://user@host:port/dbname); "
                                                      "leave it out for the SQLite file "
                                                      "db.sqlite")));
        database = *parsed;
    }
    // The DocTypes are loaded before anything is created, so broken ones leave no site.
    const auto meta =
        loadProjectMeta(*project, ctx, QStringLiteral("fix them, then create the site"));
    if (!meta)
        return kExitFailure;
    const auto site = fm::core::createSite(*project, *meta, name, adminPassword, database);
    if (!site)
        return reportError(ctx, site.error());
    const QString root = project->root();
    const bool postgres = site->config.database.engine == QLatin1String("postgresql");
    ctx.out << (postgres
                    ? Cli::tr("Created site \"%1\" in %2 (PostgreSQL database %3).")
                          .arg(name, displayPath(root, site->config.dir), site->config.database.url)
                    : Cli::tr("Created site \"%1\" in %2 (SQLite database %3).")
                          .arg(name, displayPath(root, site->config.dir),
                               displayPath(root, site->config.database.path)))
            << '\n'
            << Cli::tr("Migrated it with the DocTypes of %1:")
                   .arg((QStringList{QStringLiteral("core")} + project->apps())
                            .join(QStringLiteral(", ")))
            << '\n'
            << site->migration.toText();
    ctx.out << Cli::tr("Created the user Administrator (role %1).")
                   .arg(fm::core::UserAccounts::kSystemManager)
            << '\n';
    if (site->passwordGenerated)
        ctx.out << Cli::tr("Administrator password (shown once, store it now): %1")
                       .arg(site->adminPassword)
                << '\n';
    if (site->madeDefault)
        ctx.out << Cli::tr("Set \"default_site\" to \"%1\" in m.json.").arg(name) << '\n';
    return kExitOk;
}

Command make(const QString &word, const QString &summary, const QString &argument,
             const QString &argumentHelp, std::function<void(QCommandLineParser &)> options,
             std::function<int(QCommandLineParser &, CommandContext &)> run)
{
    Command command;
    command.words = {QStringLiteral("new"), word};
    command.summary = summary;
    command.setup = [argument, argumentHelp, options](QCommandLineParser &parser) {
        parser.addPositionalArgument(argument, argumentHelp);
        options(parser);
    };
    command.run = std::move(run);
    return command;
}

} // namespace

QList<Command> newCommands()
{
    return {
        make(
            QStringLiteral("project"), Cli::tr("Create a project folder (m.json, apps/, sites/)"),
            QStringLiteral("dir"), Cli::tr("Folder to create the project in."),
            [](QCommandLineParser &parser) {
                parser.addOption({QStringLiteral("name"),
                                  Cli::tr("Project name (default: the folder's name)."),
                                  QStringLiteral("name")});
            },
            newProject),
        make(QStringLiteral("app"), Cli::tr("Create an app in the project"), QStringLiteral("name"),
             Cli::tr("App name: lower case letters, digits and '_', e.g. helpdesk."),
             addProjectOption, newApp),
        newDocTypeCommand(),
        make(
            QStringLiteral("site"), Cli::tr("Create a site with its database, migrated"),
            QStringLiteral("name"),
            Cli::tr("Site name: lower case letters, digits, '_' or '-', e.g. dev."),
            [](QCommandLineParser &parser) {
                addProjectOption(parser);
                parser.addOption({QStringLiteral("admin-password"),
                                  Cli::tr("Password of the user Administrator "
                                          "(default: $M_ADMIN_PASSWORD, else a "
                                          "generated one, printed once)."),
                                  QStringLiteral("password")});
                parser.addOption({QStringLiteral("db"),
                                  QStringLiteral("A PostgreSQL database for the site, "
                                                 "postgresql://user@host:port/dbname, without "
                                                 "the password (that comes from PGPASSWORD or "
                                                 "~/.pgpass). Default: the SQLite file db.sqlite "
                                                 "in the site folder."),
                                  QStringLiteral("url")});
            },
            newSite),
    };
}

} // namespace fm::server
