// SPDX-License-Identifier: MIT
#include "project/siteplan.h"

#include "db/connectionpool.h"
#include "db/migrator.h"

namespace fm::core {

namespace {

QList<DocType> allDocTypes(const MetaRegistry &registry)
{
    QList<DocType> doctypes;
    for (const QString &name : registry.doctypeNames())
        doctypes << *registry.doctype(name);
    return doctypes;
}

struct OpenSite
{
    SiteConfig config;
    std::unique_ptr<ConnectionPool> pool;
};

Result<OpenSite> openSite(const Project &project, const QString &site)
{
    Result<SiteConfig> config = SiteConfig::load(project, site);
    if (!config)
        return tl::make_unexpected(config.error());
    Result<std::unique_ptr<ConnectionPool>> pool = ConnectionPool::open(config->database);
    if (!pool)
        return tl::make_unexpected(pool.error());
    return OpenSite{*config, std::move(*pool)};
}

} // namespace

Result<SitePlan> planSite(const Project &project, const QString &site, const MetaRegistry &registry)
{
    Result<OpenSite> open = openSite(project, site);
    if (!open)
        return tl::make_unexpected(open.error());
    Result<MigrationPlan> plan = Migrator(*open->pool, registry.fieldTypes())
                                     .plan(allDocTypes(registry), registry.renames());
    if (!plan)
        return tl::make_unexpected(plan.error());
    return SitePlan{open->config.name, *plan};
}

Result<MigrationReport> migrateSite(const Project &project, const QString &site,
                                    const MetaRegistry &registry, bool force)
{
    Result<OpenSite> open = openSite(project, site);
    if (!open)
        return tl::make_unexpected(open.error());
    Migrator migrator(*open->pool, registry.fieldTypes());
    Result<MigrationPlan> plan = migrator.plan(allDocTypes(registry), registry.renames());
    if (!plan)
        return tl::make_unexpected(plan.error());
    return migrator.apply(*plan, force);
}

} // namespace fm::core
