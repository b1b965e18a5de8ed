// SPDX-License-Identifier: MIT
// `m new project|app|site`; `m new doctype` is in newdoctypecommand.cpp.
#include "auth/useraccounts.h"
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "db/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

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

fm::Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fm::fail(fm::ErrorCode::Io,
                        QStringLiteral("cannot write %1 (%2); check the "
                                       "folder's permissions")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

// Adds the lines a project's .gitignore needs to the one that is there, if any.
fm::Result<void> writeGitIgnore(const QString &root)
{
    const QString path = QDir(root).filePath(QStringLiteral(".gitignore"));
    QByteArray text;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fm::fail(fm::ErrorCode::Io, QStringLiteral("cannot read %1").arg(path));
        text = file.readAll();
    }
    const QList<QByteArray> lines = text.split('\n');
    QByteArray added;
    for (const QByteArray &entry : {QByteArrayLiteral("sites/"), QByteArrayLiteral("build/")}) {
        if (!lines.contains(entry))
            added += entry + '\n';
    }
    if (added.isEmpty())
        return {};
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    if (text.isEmpty())
        text = "# Sites hold databases, secrets and uploads; build/ holds compiled plugins.\n";
    return writeFile(path, text + added);
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
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        return reportError(ctx,
                           fm::Error(fm::ErrorCode::BadRequest,
                                     QStringLiteral("%1 is a file; pick a folder for the project")
                                         .arg(QDir::toNativeSeparators(dir))));
    auto project = fm::core::Project::create(root, name);
    if (!project)
        return reportError(ctx, project.error());
    if (auto ok = writeGitIgnore(root); !ok)
        return reportError(ctx, ok.error());
    ctx.out << "Created project \"" << name << "\" in " << QDir::toNativeSeparators(root) << ":\n"
            << "  m.json, apps/, sites/, .gitignore (ignores sites/ and build/)\n"
            << "Next: cd " << QDir::toNativeSeparators(dir)
            << " && m new app <name> && m new site <name>\n";
    return kExitOk;
}

// App names are folder names and C++ namespaces: app.json's rule (lower case, digits, '_').
bool isValidAppName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(name).hasMatch();
}

QString titleFromAppName(const QString &name)
{
    QStringList words = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(QLatin1Char(' '));
}

int newApp(QCommandLineParser &parser, CommandContext &ctx)
{
    QString name;
    if (!takeName(ctx, QStringLiteral("app name"), name))
        return kExitUsage;
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    if (!isValidAppName(name)) {
        return reportError(ctx,
                           fm::Error(fm::ErrorCode::BadRequest,
                                     QStringLiteral("\"%1\" is not a valid app name; use lower "
                                                    "case letters, digits and '_', starting "
                                                    "with a letter, like \"helpdesk\"")
                                         .arg(name)));
    }
    if (name == QLatin1String("core")) {
        return reportError(ctx,
                           fm::Error(fm::ErrorCode::Duplicate,
                                     QStringLiteral("\"core\" is the built-in app of Framework "
                                                    "M; choose another name")));
    }
    const QString dir = project->appDir(name);
    if (project->apps().contains(name) || QFileInfo::exists(dir)) {
        return reportError(ctx, fm::Error(fm::ErrorCode::Duplicate,
                                          QStringLiteral("app \"%1\" already exists (%2); choose "
                                                         "another name")
                                              .arg(name, displayPath(QDir::currentPath(), dir))));
    }
    const QString title = titleFromAppName(name);
    const QJsonObject manifest{{QStringLiteral("name"), name},
                               {QStringLiteral("title"), title},
                               {QStringLiteral("version"), QStringLiteral("0.1.0")},
                               {QStringLiteral("modules"), QJsonArray{title}},
                               {QStringLiteral("depends_on"), QJsonArray{QStringLiteral("core")}}};
    fm::Result<void> ok;
    if (!QDir().mkpath(dir + QStringLiteral("/doctypes")))
        ok =
            fm::fail(fm::ErrorCode::Io, QStringLiteral("cannot create %1; check the permissions of "
                                                       "apps/")
                                            .arg(QDir::toNativeSeparators(dir)));
    if (ok)
        ok = writeFile(dir + QStringLiteral("/app.json"),
                       QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (ok)
        ok = project->addApp(name);
    if (!ok) {
        QDir(dir).removeRecursively(); // it did not exist before
        return reportError(ctx, ok.error());
    }
    ctx.out << "Created app \"" << name << "\" in " << displayPath(project->root(), dir)
            << " (app.json, doctypes/) and added it to m.json.\n"
            << "Next: m new doctype \"<Name>\" --app " << name << '\n';
    return kExitOk;
}

// Creates the database schema of a new site: all DocTypes are new, so the plan holds
// only safe steps; anything else is applied never (force stays off) and reported.
fm::Result<fm::core::MigrationReport> migrateNewSite(const fm::core::SiteConfig &site,
                                                     const fm::core::MetaRegistry &meta)
{
    auto pool = fm::core::ConnectionPool::open(site.database);
    if (!pool)
        return fm::fail(pool.error());
    QList<fm::core::DocType> doctypes;
    for (const QString &name : meta.doctypeNames())
        doctypes << *meta.doctype(name);
    fm::core::Migrator migrator(**pool, meta.fieldTypes());
    auto plan = migrator.plan(doctypes, meta.renames());
    if (!plan)
        return fm::fail(plan.error());
    auto report = migrator.apply(*plan, false);
    if (report && report->hasRefused())
        return fm::fail(report->refusalError());
    return report;
}

// The Administrator of a new site, with the role System Manager: the site's first
// login, so `m new site` leaves a site someone can sign in to.
fm::Result<void> addAdministrator(const fm::core::Project &project, const QString &site,
                                  const QString &password)
{
    fm::core::SiteContext::Options options;
    options.site = site;
    options.loadPlugins = false;
    fm::core::Diagnostics diagnostics;
    auto context = fm::core::SiteContext::open(project, options, diagnostics);
    if (!context)
        return fm::fail(context.error());
    fm::core::DocumentService &service = (*context)->service();
    if (auto ok =
            fm::core::UserAccounts::ensureRole(service, fm::core::UserAccounts::kSystemManager);
        !ok)
        return ok;
    fm::core::NewUser admin;
    admin.username = fm::core::DocumentService::kAdministrator;
    admin.fullName = fm::core::DocumentService::kAdministrator;
    admin.password = password;
    admin.roles = {fm::core::UserAccounts::kSystemManager};
    auto saved = fm::core::UserAccounts::add(service, admin);
    if (!saved)
        return fm::fail(saved.error());
    return {};
}

int newSite(QCommandLineParser &parser, CommandContext &ctx)
{
    QString name;
    if (!takeName(ctx, QStringLiteral("site name"), name))
        return kExitUsage;
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    if (project->sites().contains(name)) {
        return reportError(
            ctx,
            fm::Error(fm::ErrorCode::Duplicate,
                      QStringLiteral("site \"%1\" already exists in %2; choose "
                                     "another name, or work on it with --site %1")
                          .arg(name, displayPath(QDir::currentPath(), project->siteDir(name)))));
    }
    QString adminPassword = parser.value(QStringLiteral("admin-password"));
    if (!parser.isSet(QStringLiteral("admin-password")))
        adminPassword = qEnvironmentVariable("M_ADMIN_PASSWORD");
    else if (adminPassword.isEmpty())
        return reportError(ctx, fm::Error(fm::ErrorCode::BadRequest,
                                          QStringLiteral("--admin-password is empty; give a "
                                                         "password, or leave the option out to "
                                                         "have one generated")));
    const bool generated = adminPassword.isEmpty();
    if (generated)
        adminPassword = fm::core::UserAccounts::generatePassword();
    // The DocTypes are loaded before anything is created, so broken ones leave no site.
    const auto meta =
        loadProjectMeta(*project, ctx, QStringLiteral("fix them, then create the site"));
    if (!meta)
        return kExitFailure;
    const bool existedBefore = QFileInfo::exists(project->siteDir(name));
    auto site = fm::core::SiteConfig::create(*project, name);
    if (!site)
        return reportError(ctx, site.error());
    auto report = migrateNewSite(*site, *meta);
    if (report) {
        if (auto ok = addAdministrator(*project, name, adminPassword); !ok)
            report = fm::fail(
                ok.error().withContext(QStringLiteral("creating the user Administrator failed")));
    }
    if (!report) {
        if (existedBefore) // a folder without site.json: leave what was there
            QFile::remove(site->dir + QStringLiteral("/site.json"));
        else
            QDir(site->dir).removeRecursively();
        return reportError(ctx,
                           report.error().withContext(
                               QStringLiteral("setting up the new site \"%1\" failed, so it was "
                                              "not created")
                                   .arg(name)));
    }
    const QString root = project->root();
    ctx.out << "Created site \"" << name << "\" in " << displayPath(root, site->dir)
            << " (SQLite database " << displayPath(root, site->database.path) << ").\n"
            << "Migrated it with the DocTypes of core"
            << (project->apps().isEmpty()
                    ? QString()
                    : QStringLiteral(", ") + project->apps().join(QStringLiteral(", ")))
            << ":\n"
            << report->toText();
    ctx.out << "Created the user Administrator (role " << fm::core::UserAccounts::kSystemManager
            << ").\n";
    if (generated)
        ctx.out << "Administrator password (shown once, store it now): " << adminPassword << '\n';
    if (project->defaultSite().isEmpty()) {
        if (auto ok = project->setDefaultSite(name); !ok)
            return reportError(ctx, ok.error());
        ctx.out << "Set \"default_site\" to \"" << name << "\" in m.json.\n";
    }
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
            },
            newSite),
    };
}

} // namespace fm::server
