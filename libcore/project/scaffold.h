// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "db/migrationplan.h"
#include "meta/doctype.h"
#include "meta/metaregistry.h"
#include "project/project.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace fm::core {

// Creating projects, apps, DocTypes and sites: what `m new project|app|doctype|site`
// does and what the Studio calls (docs/adr/0155). Each function checks everything it
// can before its first write, and when it still fails half-way removes what it wrote:
// a refusal leaves the folders as they were. Messages say what is wrong and how to
// fix it, without naming command line options.

// ---- projects (scaffold.cpp)

// m.json (named `name`), apps/, sites/ and a .gitignore ignoring sites/ and build/ in
// `dir`, which is created when missing and may exist but not hold a project. An
// existing .gitignore keeps its lines and gets the missing ones.
FM_CORE_EXPORT Result<Project> createProject(const QString &dir, const QString &name);

// ---- apps (scaffold.cpp)

// App names become folder names, C++ namespaces and CMake target prefixes: lower
// case letters, digits and '_', starting with a letter, at most 64 characters.
FM_CORE_EXPORT bool isValidAppName(const QString &name);
// "field_service" -> "Field Service": the default title and only module of a new app.
FM_CORE_EXPORT QString titleFromAppName(const QString &name);

// apps/<app>/ with app.json (version 0.1.0, depending on core) and doctypes/, added to
// m.json and to `project`. An empty `title` is titleFromAppName(app); empty `modules`
// is the title alone. Refuses a bad or taken name (in m.json or as a folder), "core",
// and blank or repeated modules.
FM_CORE_EXPORT Result<AppInfo> createApp(Project &project, const QString &app,
                                         const QString &title = {},
                                         const QStringList &modules = {});

// ---- DocTypes (scaffolddoctype.cpp)

struct NewDocTypeOptions
{
    QString app;          // an app of the project (not core)
    QString name;         // Title Case, e.g. "Support Ticket"
    QString module;       // empty: the app's first module
    QList<Field> fields;  // empty: one required "title" Data field shown in the list
    Naming naming;        // uuid by default
    bool isChild = false; // rows of a Table field in another DocType; no permissions
    bool isSubmittable = false;
};

// A checked new DocType, not yet written.
struct NewDocType
{
    QString app;
    QString appDir;       // absolute
    QString path;         // absolute path of the JSON file
    QString relativePath; // of the JSON file in the app folder: doctypes/<snake>/<snake>.json
    QByteArray text;      // the file's bytes (toJsonText)
    DocType doctype;      // as the loader reads the file back (layout filled in, app set)
    Diagnostics warnings; // the validator's warnings; errors refuse the DocType
};

// The DocType name check of the loader: "\"book\" is not a valid DocType name; use ...".
FM_CORE_EXPORT Result<void> checkDocTypeName(const QString &name);

// The DocType `options` describe, in memory. Non-child DocTypes get the first Data
// field as title and search field and full rights for System Manager (with submit,
// cancel and amend when submittable).
FM_CORE_EXPORT DocType starterDocType(const NewDocTypeOptions &options);

// Every check of createDocType, writing nothing: the name, the app and module, a
// DocType or folder of that name already there, and the validator (meta/
// doctypevalidator.h) against `meta`, the project's loaded DocTypes. A DocType with
// errors is refused with the first as message and all of them as field errors.
FM_CORE_EXPORT Result<NewDocType> prepareDocType(const Project &project, const MetaRegistry &meta,
                                                 const NewDocTypeOptions &options);
// Writes a prepared DocType's file (and its folder); nothing is left on failure.
FM_CORE_EXPORT Result<void> writeDocType(const NewDocType &doctype);

// prepareDocType + writeDocType: the path of the new JSON file. The overload without
// `meta` loads the project's DocTypes first and refuses when any has an error.
// Controller and test scaffolds are libcodegen's (`m new doctype` writes both).
FM_CORE_EXPORT Result<QString> createDocType(const Project &project, const MetaRegistry &meta,
                                             const NewDocTypeOptions &options);
FM_CORE_EXPORT Result<QString> createDocType(const Project &project,
                                             const NewDocTypeOptions &options);

// The project's apps (and core) loaded into a registry. Every diagnostic lands in
// `diagnostics`; when any is an error, fails with InvalidMeta naming the first one,
// then `why` ("fix them before adding a DocType").
FM_CORE_EXPORT Result<std::unique_ptr<MetaRegistry>>
loadProjectMeta(const Project &project, Diagnostics &diagnostics, const QString &why);

// ---- sites (scaffoldsite.cpp)

struct NewSite
{
    SiteConfig config;
    MigrationReport migration; // the schema the site got
    QString adminPassword;     // the Administrator's: the one given, or the generated one
    bool passwordGenerated = false;
    bool madeDefault = false; // m.json had no default site and now has this one
};

// sites/<site>/ with site.json, files/ and a SQLite database migrated with every
// DocType of `meta` (core and the project's apps), the user Administrator with the
// role System Manager and `adminPassword` (generated when empty), and "default_site"
// in m.json when there was none. Refuses a bad or taken name before writing; when the
// migration or the user fails, the site is removed again (a folder that was there
// before keeps what it held).
// `database`: a PostgreSQL database to use instead of db.sqlite (its tables must not
// exist yet).
FM_CORE_EXPORT Result<NewSite> createSite(Project &project, const MetaRegistry &meta,
                                          const QString &site, const QString &adminPassword = {},
                                          const DatabaseConfig &database = {});
// The same after loading the project's DocTypes; refuses when any has an error.
FM_CORE_EXPORT Result<NewSite> createSite(Project &project, const QString &site,
                                          const QString &adminPassword = {});

// Site names become folder names and URL parts: lower case letters, digits, '_' or '-',
// starting with a letter.
FM_CORE_EXPORT bool isValidSiteName(const QString &name);
// The refusals of createSite that need no DocTypes: a bad name, a site already there.
FM_CORE_EXPORT Result<void> checkNewSite(const Project &project, const QString &site);

} // namespace fm::core
