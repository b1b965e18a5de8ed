// SPDX-License-Identifier: MIT
// createSite: the site folder, its migrated database and the user Administrator.
#include "auth/useraccounts.h"
#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "db/migrator.h"
#include "project/filetransaction.h"
#include "project/scaffold.h"
#include "project/scaffold_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct ScaffoldsiteTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Scaffold)
};

} // namespace

namespace {

// The database schema of a new site: all DocTypes are new, so the plan holds only
// safe steps; anything else (a database that was there before) is never applied.
Result<MigrationReport> migrateNewSite(ConnectionPool &pool, const MetaRegistry &meta)
{
    QList<DocType> doctypes;
    for (const QString &name : meta.doctypeNames())
        doctypes << *meta.doctype(name);
    Migrator migrator(pool, meta.fieldTypes());
    auto plan = migrator.plan(doctypes, meta.renames());
    if (!plan)
        return fail(plan.error());
    auto report = migrator.apply(*plan, false);
    if (report && report->hasRefused())
        return fail(report->refusalError());
    return report;
}

// The Administrator of a new site, with the role System Manager: the site's first
// login, so a new site is one someone can sign in to. No controller plugins: the
// app's hooks are not built yet, and User belongs to core.
Result<void> addAdministrator(ConnectionPool &pool, const MetaRegistry &meta,
                              const QString &password)
{
    const ControllerRegistry controllers;
    DocumentService service(pool, meta, controllers);
    if (auto ok = UserAccounts::ensureRole(service, UserAccounts::kSystemManager); !ok)
        return ok;
    NewUser admin;
    admin.username = DocumentService::kAdministrator;
    admin.fullName = DocumentService::kAdministrator;
    admin.password = password;
    admin.roles = {UserAccounts::kSystemManager};
    auto saved = UserAccounts::add(service, admin);
    if (!saved)
        return fail(saved.error().withContext(
            ScaffoldsiteTr::tr("creating the user Administrator failed")));
    // The roles the project's rules grant exist from the start (as after `m migrate`).
    if (auto roles = UserAccounts::ensureDocTypeRoles(service); !roles)
        return fail(roles.error());
    return {};
}

Result<MigrationReport> setUpDatabase(const SiteConfig &site, const MetaRegistry &meta,
                                      const QString &password)
{
    auto pool = ConnectionPool::open(site.database);
    if (!pool)
        return fail(pool.error());
    auto report = migrateNewSite(**pool, meta);
    if (!report)
        return report;
    if (auto ok = addAdministrator(**pool, meta, password); !ok)
        return fail(ok.error());
    return report;
}

} // namespace

bool isValidSiteName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_\\-]{0,63}$"));
    return plain.match(name).hasMatch();
}

Result<void> checkNewSite(const Project &project, const QString &site)
{
    if (!isValidSiteName(site)) {
        return fail(ErrorCode::BadRequest,
                    ScaffoldsiteTr::tr("\"%1\" is not a valid site name; use lower case letters, "
                                       "digits, '_' or '-', starting with a letter, like \"dev\"")
                        .arg(site));
    }
    if (project.sites().contains(site)) {
        return fail(ErrorCode::Duplicate,
                    ScaffoldsiteTr::tr("site \"%1\" already exists in %2; choose another name, or "
                                       "work on the existing site")
                        .arg(site, detail::projectPath(project, project.siteDir(site))));
    }
    return {};
}

Result<NewSite> createSite(Project &project, const MetaRegistry &meta, const QString &site,
                           const QString &adminPassword, const DatabaseConfig &database)
{
    if (auto ok = checkNewSite(project, site); !ok)
        return fail(ok.error());
    const QString dir = project.siteDir(site);
    NewSite out;
    out.adminPassword = adminPassword;
    out.passwordGenerated = adminPassword.isEmpty();
    if (out.passwordGenerated)
        out.adminPassword = UserAccounts::generatePassword();

    FileTransaction files;
    if (QFileInfo(dir).isDir())
        files.watchFolder(dir); // a folder without site.json keeps what it held
    else if (auto ok = files.makePath(dir); !ok)
        return fail(ok.error());
    auto config = SiteConfig::create(project, site, database);
    if (!config)
        return fail(config.error());
    out.config = *config;
    const QString failed =
        ScaffoldsiteTr::tr("setting up the new site \"%1\" failed, so it was not "
                           "created")
            .arg(site);
    auto report = setUpDatabase(out.config, meta, out.adminPassword);
    if (!report)
        return fail(report.error().withContext(failed));
    out.migration = *report;
    if (project.defaultSite().isEmpty()) {
        const QString configFile =
            QDir(project.root()).filePath(QLatin1String(Project::kConfigFile));
        Project updated = project;
        Result<void> ok = files.remember(configFile);
        if (ok)
            ok = updated.setDefaultSite(site);
        if (!ok)
            return fail(ok.error().withContext(failed));
        project = updated;
        out.madeDefault = true;
    }
    files.commit();
    return out;
}

Result<NewSite> createSite(Project &project, const QString &site, const QString &adminPassword)
{
    if (auto ok = checkNewSite(project, site); !ok)
        return fail(ok.error()); // before loading the whole project
    Diagnostics diagnostics;
    const auto meta =
        loadProjectMeta(project, diagnostics, ScaffoldsiteTr::tr("fix them, then create the site"));
    if (!meta)
        return fail(meta.error());
    return createSite(project, **meta, site, adminPassword);
}

} // namespace fm::core
