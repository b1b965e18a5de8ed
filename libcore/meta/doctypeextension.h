// SPDX-License-Identifier: MIT
#pragma once

#include "meta/registrystate.h"

namespace fm::core {

// Applies an app's DocType extension files (apps/<app>/extensions/*.json) to DocTypes
// of the apps it depends on: adds fields (after "insert_after", else in a section
// titled after the app) and overrides label, description, default, hidden,
// in_list_view, in_filter and required. Everything else is refused with a diagnostic
// located in the extension file.
class DocTypeExtension final
{
public:
    // Every *.json in `app`'s extensions folder, in file name order.
    static void applyAll(RegistryState &state, const AppInfo &app, Diagnostics &diagnostics);
    static void applyFile(RegistryState &state, const AppInfo &app, const QString &path,
                          Diagnostics &diagnostics);
};

} // namespace fm::core
