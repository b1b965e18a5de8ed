// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "meta/doctype.h"

#include <QList>
#include <QString>

namespace fm::codegen {

// The controller plugin of an app: a QObject implementing fm::core::ControllerPlugin
// that registers the controller of each given DocType (generated region
// "controllers"), and the app's CMakeLists.txt building it.

FM_CODEGEN_EXPORT QString pluginClassName(const QString &app); // "shop" -> "ShopPlugin"
// Prefix of the plugin's files and CMake targets: the app's namespace, or "app".
FM_CODEGEN_EXPORT QString appFileStem(const QString &app);

// <app>_plugin.h
FM_CODEGEN_EXPORT QString pluginHeader(const QString &app);
// <app>_plugin.cpp; `doctypes` are those with a controller, registered in this order.
FM_CODEGEN_EXPORT QString pluginSource(const QString &app,
                                       const QList<fm::core::DocType> &doctypes);

// CMakeLists.txt of apps/<app>: a static library of the controllers, the plugin as a
// MODULE library over it, and one test per DocType when BUILD_TESTING is on. It is
// built inside the Framework M build (add_subdirectory), where fm::core exists.
FM_CODEGEN_EXPORT QString appCMakeLists(const QString &app,
                                        const QList<fm::core::DocType> &doctypes);

} // namespace fm::codegen
