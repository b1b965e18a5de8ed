// SPDX-License-Identifier: MIT
#include "welcome/projectcreation.h"

#include "project/scaffold.h"

namespace fm::studio {

Result<QString> createProjectFiles(const QString &dir, const QString &name)
{
    auto project = core::createProject(dir, name);
    if (!project)
        return tl::make_unexpected(project.error());
    return project->root();
}

} // namespace fm::studio
