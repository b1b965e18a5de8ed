// SPDX-License-Identifier: MIT
#pragma once

#include "project/project.h"

namespace fm::core::detail {

// `path` relative to the project's root when it lies inside, else as given; for
// messages ("apps/demo/doctypes/book").
QString projectPath(const Project &project, const QString &path);

} // namespace fm::core::detail
