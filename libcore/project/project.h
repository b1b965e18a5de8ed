// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "db/connectionpool.h"

#include <QJsonObject>
#include <QStringList>

namespace fm::core {

// A user's project: the folder holding m.json, apps/ and sites/ (ARCHITECTURE section 3).
class FM_CORE_EXPORT Project final
{
public:
    static constexpr const char *kConfigFile = "m.json";

    // Opens the project whose m.json is in `dir` or the nearest folder above it.
    static Result<Project> open(const QString &dir);
    // Writes a new m.json in `dir` (which may exist but must not hold a project).
    static Result<Project> create(const QString &dir, const QString &name);

    QString root() const { return m_root; }
    QString name() const { return m_config.value(QStringLiteral("name")).toString(); }
    QStringList apps() const;    // app names in m.json order
    QStringList appDirs() const; // <root>/apps/<app>
    QString appDir(const QString &app) const;
    QString defaultSite() const;
    QStringList sites() const; // folders under sites/ with a site.json
    QString siteDir(const QString &site) const;
    QJsonObject config() const { return m_config; }

    // Changes m.json on disk (atomically) and here.
    Result<void> addApp(const QString &app);
    Result<void> setDefaultSite(const QString &site);

private:
    Result<void> save();
    QString m_root;
    QJsonObject m_config;
};

// sites/<site>/site.json: where the site's data lives. Not committed.
struct FM_CORE_EXPORT SiteConfig
{
    QString name;
    QString dir;
    DatabaseConfig database;

    static Result<SiteConfig> load(const Project &project, const QString &site);
    // Creates sites/<site>/ with site.json and files/; refuses an existing site. The
    // database is db.sqlite in the site folder unless `database` names a PostgreSQL URL.
    static Result<SiteConfig> create(const Project &project, const QString &site,
                                     const DatabaseConfig &database = {});
};

// `path` relative to `root` (native separators) when it lies inside, else as given; a
// Qt resource (the built-in app core) unchanged. For messages.
FM_CORE_EXPORT QString displayPath(const QString &root, const QString &path);

} // namespace fm::core
