// SPDX-License-Identifier: MIT
#pragma once

#include "meta/appmanifest.h"

namespace fm::core {

// Orders apps so each comes after the apps it depends on; among independent apps the
// given order is kept. `loadedApps` are already available (the built-in `core`).
// Apps with an unknown dependency, in a dependency cycle, or depending on such an
// app are left out, each with a diagnostic naming the apps involved; so are second
// apps with a name already taken.
QList<AppManifest> orderApps(const QList<AppManifest> &manifests, const QStringList &loadedApps,
                             Diagnostics &diagnostics);

} // namespace fm::core
