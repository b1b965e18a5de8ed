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

// Exactly one positional argument, else a usage error.
bool takeName(CommandContext &ctx, const QString &what, QString &name)
{
    if (ctx.arguments.size() == 1) {
        name = ctx.arguments.first();
        return true;
    }
    ctx.err << "error: " << (ctx.arguments.isEmpty() ? "missing " : "expected one ") << what
            << "\nRun `m new " << what.section(QLatin1Char(' '), 0, 0)
            << " --help` for its options.\n";
    return false;
}

int newProject(QCommandLineParser &parser, CommandContext &ctx)
{
    QString dir;
    if (!takeName(ctx, QStringLiteral("project folder"), dir))
        return kExitUsage;
    const QString root = QFileInfo(dir).absoluteFilePath();
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : QFileInfo(root).fileName();
    if (name.trimmed().isEmpty())
        return reportError(
            ctx, fm::Error(fm::ErrorCode::BadRequest,
                           QStringLiteral("the project name is empty; pass --name <name>")));
    const auto project = fm::core::createProject(dir, name);
    if (!project)
        return reportError(ctx, project.error());
    ctx.out << "Created project \"" << name << "\" in " << QDir::toNativeSeparators(root) << ":\n"
            << "  m.json, apps/, sites/, .gitignore (ignores sites/ and build/)\n"
            << "Next: cd " << QDir::toNativeSeparators(dir)
            << " && m new app <name> && m new site <name>\n";
    return kExitOk;
}

int newApp(QCommandLineParser &parser, CommandContext &ctx)
{
    QString name;
    if (!takeName(ctx, QStringLiteral("app name"), name))
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
    if (!takeName(ctx, QStringLiteral("site name"), name))
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
                                          QStringLiteral("--admin-password is empty; give a "
                                                         "password, or leave the option out to "
                                                         "have one generated")));
    fm::core::DatabaseConfig database;
    if (parser.isSet(QStringLiteral("db"))) {
        auto parsed = fm::core::DatabaseConfig::fromUrl(parser.value(QStringLiteral("db")));
        if (!parsed)
            return reportError(ctx, parsed.error());
        if (parsed->engine != QLatin1String("postgresql"))
            return reportError(
                ctx, fm::Error(fm::ErrorCode::BadRequest,
                               QStringLiteral("--db takes a PostgreSQL URL "
                                              "(postgresql://user@host:port/dbname); leave it "
                                              "out for the SQLite file db.sqlite")));
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
    ctx.out << "Created site \"" << name << "\" in " << displayPath(root, site->config.dir)
            << (site->config.database.engine == QLatin1String("postgresql")
                    ? QStringLiteral(" (PostgreSQL database %1).\n").arg(site->config.database.url)
                    : QStringLiteral(" (SQLite database %1).\n")
                          .arg(displayPath(root, site->config.database.path)))
            << "Migrated it with the DocTypes of core"
            << (project->apps().isEmpty()
                    ? QString()
                    : QStringLiteral(", ") + project->apps().join(QStringLiteral(", ")))
            << ":\n"
            << site->migration.toText();
    ctx.out << "Created the user Administrator (role " << fm::core::UserAccounts::kSystemManager
            << ").\n";
    if (site->passwordGenerated)
        ctx.out << "Administrator password (shown once, store it now): " << site->adminPassword
                << '\n';
    if (site->madeDefault)
        ctx.out << "Set \"default_site\" to \"" << name << "\" in m.json.\n";
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
            QStringLiteral("project"),
            QStringLiteral("Create a project folder (m.json, apps/, sites/)"),
            QStringLiteral("dir"), QStringLiteral("Folder to create the project in."),
            [](QCommandLineParser &parser) {
                parser.addOption({QStringLiteral("name"),
                                  QStringLiteral("Project name (default: the folder's name)."),
                                  QStringLiteral("name")});
            },
            newProject),
        make(QStringLiteral("app"), QStringLiteral("Create an app in the project"),
             QStringLiteral("name"),
             QStringLiteral("App name: lower case letters, digits and '_', e.g. helpdesk."),
             addProjectOption, newApp),
        newDocTypeCommand(),
        make(
            QStringLiteral("site"), QStringLiteral("Create a site with its database, migrated"),
            QStringLiteral("name"),
            QStringLiteral("Site name: lower case letters, digits, '_' or '-', e.g. dev."),
            [](QCommandLineParser &parser) {
                addProjectOption(parser);
                parser.addOption({QStringLiteral("admin-password"),
                                  QStringLiteral("Password of the user Administrator "
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
