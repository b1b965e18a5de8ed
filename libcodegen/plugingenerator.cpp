// SPDX-License-Identifier: MIT
#include "plugingenerator.h"

#include "codetemplate.h"
#include "controllerspec.h"
#include "identifiers.h"
#include "regions.h"

namespace fm::codegen {

namespace {

constexpr QStringView kHeader = uR"fm(// @provenance@
#pragma once

#include "data/documentcontroller.h"

#include <QObject>
@namespaceOpen@
// Loaded by ControllerRegistry::loadPlugin(); registers the app's controllers.
class @class@ final : public QObject, public fm::core::ControllerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FM_CONTROLLER_PLUGIN_IID)
    Q_INTERFACES(fm::core::ControllerPlugin)

public:
    QString appName() const override;
    void registerControllers(fm::core::ControllerRegistry &registry) override;
};
@namespaceClose@)fm";

constexpr QStringView kSource = uR"fm(// @provenance@
#include "@app@_plugin.h"

#include "data/controllerregistry.h"

@includesBegin@
@includes@@includesEnd@

#include <memory>
@namespaceOpen@
QString @class@::appName() const
{
    return QStringLiteral(@appLiteral@);
}

void @class@::registerControllers(fm::core::ControllerRegistry &registry)
{
    @controllersBegin@
@controllers@    @controllersEnd@
}
@namespaceClose@)fm";

constexpr QStringView kCMake = uR"fm(# @provenance@
#
# Builds the controller plugin of the app "@appName@". Add this folder from inside the
# Framework M build (add_subdirectory), where the target fm::core exists; building
# against an installed Framework M is not supported yet.
if(NOT TARGET fm::core)
    message(FATAL_ERROR "The app @appName@ builds inside the Framework M build: "
        "add_subdirectory() this folder from Framework M's CMakeLists.txt.")
endif()
set(CMAKE_AUTOMOC ON)

# DocTypes with a controller, as folder names under doctypes/.
@doctypesBegin@
set(@var@
@doctypes@)
@doctypesEnd@

# The controllers as a static library, so the plugin and the tests share one build.
add_library(@app@_controller_code STATIC)
foreach(doctype IN LISTS @var@)
    target_sources(@app@_controller_code PRIVATE
        doctypes/${doctype}/${doctype}_controller.h doctypes/${doctype}/${doctype}_controller.cpp)
endforeach()
set_target_properties(@app@_controller_code PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_include_directories(@app@_controller_code PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(@app@_controller_code PUBLIC fm::core)

# The plugin ControllerRegistry::loadPlugin() loads; `m` finds it by this name
# (lib@app@_controllers.so) in <build>/lib.
add_library(@app@_controllers MODULE @app@_plugin.h @app@_plugin.cpp)
target_link_libraries(@app@_controllers PRIVATE @app@_controller_code)

if(BUILD_TESTING AND COMMAND fm_add_test)
    foreach(doctype IN LISTS @var@)
        fm_add_test(@app@_test_${doctype} SOURCES doctypes/${doctype}/test_${doctype}.cpp
            LIBS @app@_controller_code)
    endforeach()
endif()
)fm";

QString appSource(const QString &app)
{
    return QStringLiteral("the app \"%1\"").arg(app);
}

} // namespace

QString appFileStem(const QString &app)
{
    const QString name = appNamespace(app);
    return name.isEmpty() ? QStringLiteral("app") : name;
}

QString pluginClassName(const QString &app)
{
    return pascalCase(app) + QStringLiteral("Plugin");
}

QString pluginHeader(const QString &app)
{
    QHash<QString, QString> vars = detail::namespaceVars(appNamespace(app));
    vars.insert({{QStringLiteral("provenance"), detail::provenance(appSource(app), false)},
                 {QStringLiteral("class"), pluginClassName(app)}});
    return detail::fillTemplate(kHeader, vars);
}

QString pluginSource(const QString &app, const QList<fm::core::DocType> &doctypes)
{
    QString includes;
    QString controllers;
    for (const fm::core::DocType &doctype : doctypes) {
        const ControllerSpec spec = ControllerSpec::of(doctype);
        includes += QStringLiteral("#include \"doctypes/%1/%1_controller.h\"\n").arg(spec.snake);
        // The plugin's namespace is the app's, so the class needs no qualification
        // unless the DocType says it belongs to another app.
        const QString className =
            spec.nameSpace == appNamespace(app) ? spec.className : spec.qualifiedClassName();
        controllers += QStringLiteral("    registry.registerController(%1::kDocType,\n"
                                      "                                std::make_shared<%1>());\n")
                           .arg(className);
    }
    QHash<QString, QString> vars = detail::namespaceVars(appNamespace(app));
    vars.insert(
        {{QStringLiteral("provenance"), detail::provenance(appSource(app))},
         {QStringLiteral("app"), appFileStem(app)},
         {QStringLiteral("class"), pluginClassName(app)},
         {QStringLiteral("appLiteral"), cppStringLiteral(app)},
         {QStringLiteral("includesBegin"),
          beginMarker(CommentStyle::Cpp, QStringLiteral("includes"))},
         {QStringLiteral("includesEnd"), endMarker(CommentStyle::Cpp, QStringLiteral("includes"))},
         {QStringLiteral("includes"), includes},
         {QStringLiteral("controllersBegin"),
          beginMarker(CommentStyle::Cpp, QStringLiteral("controllers"))},
         {QStringLiteral("controllersEnd"),
          endMarker(CommentStyle::Cpp, QStringLiteral("controllers"))},
         {QStringLiteral("controllers"), controllers}});
    return detail::fillTemplate(kSource, vars);
}

QString appCMakeLists(const QString &app, const QList<fm::core::DocType> &doctypes)
{
    QString list;
    for (const fm::core::DocType &doctype : doctypes)
        list += QStringLiteral("    %1\n").arg(doctype.tableName());
    const QString stem = appFileStem(app);
    return detail::fillTemplate(
        kCMake,
        {{QStringLiteral("provenance"), detail::provenance(appSource(app))},
         {QStringLiteral("appName"), app},
         {QStringLiteral("app"), stem},
         {QStringLiteral("var"), stem.toUpper() + QStringLiteral("_DOCTYPES")},
         {QStringLiteral("doctypesBegin"),
          beginMarker(CommentStyle::Hash, QStringLiteral("doctypes"))},
         {QStringLiteral("doctypesEnd"), endMarker(CommentStyle::Hash, QStringLiteral("doctypes"))},
         {QStringLiteral("doctypes"), list}});
}

} // namespace fm::codegen
