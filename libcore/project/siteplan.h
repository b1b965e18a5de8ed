// SPDX-License-Identifier: MIT
#pragma once

#include "db/migrationplan.h"
#include "meta/metaregistry.h"
#include "project/project.h"

namespace fm::core {

// What `m migrate` would do to one site of the project if the given DocTypes were the
// saved ones: the Studio's schema-change guard shows it before a save, and applies it
// with "Save and migrate". Both open the site's database for the call only, so they can
// run on any thread.
struct FM_CORE_EXPORT SitePlan
{
    QString site;
    MigrationPlan plan;
};

// `site` empty: the project's default site. `registry` holds every DocType of the
// project (MetaRegistry after loadApps, with unsaved edits overlaid).
FM_CORE_EXPORT Result<SitePlan> planSite(const Project &project, const QString &site,
                                         const MetaRegistry &registry);
// Plans again and applies: safe steps, warning steps only with `force`, dangerous
// steps never (they are in the report's refusals).
FM_CORE_EXPORT Result<MigrationReport> migrateSite(const Project &project, const QString &site,
                                                   const MetaRegistry &registry, bool force);

} // namespace fm::core
