// SPDX-License-Identifier: MIT
#pragma once

namespace fm::studio {

class MainWindow;

// One area of the Studio (project tree, problems, designer, ERD, server, Git, ...)
// installs its actions, menus and docks into the main window through one of these.
// Features register themselves with FM_STUDIO_FEATURE, so adding one touches no shared
// file; fm_studio_lib is linked whole (WHOLE_ARCHIVE) so the registrations are kept.
// Features install in `order`, lowest first (shell 0, project 10, problems 20, ...).
struct Feature
{
    const char *name;
    int order;
    void (*install)(MainWindow &window);
};

// Adds a feature to the list installFeatures() goes through; called from static objects.
bool registerFeature(const Feature &feature);
// Installs every registered feature into `window`, in order.
void installFeatures(MainWindow &window);

} // namespace fm::studio

#define FM_STUDIO_FEATURE(id, order, install)                                                      \
    [[maybe_unused]] static const bool fmStudioFeature_##id =                                      \
        fm::studio::registerFeature({#id, order, install})
