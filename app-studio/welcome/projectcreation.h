// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

namespace fm::studio {

// Creates a new project named `name` in `dir` (which may exist, but not hold a project)
// with the files `m new project` writes, through libcore: the one place the Studio does
// it. Returns the project's root.
Result<QString> createProjectFiles(const QString &dir, const QString &name);

} // namespace fm::studio
