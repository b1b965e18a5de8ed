// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fm::studio {

// A folder as people read it: native separators, the home folder as "~".
QString displayPath(const QString &path);

} // namespace fm::studio
