// SPDX-License-Identifier: MIT
#include "scaffold.h"

#include "controllergenerator.h"
#include "markdowngenerator.h"
#include "plugingenerator.h"
#include "testgenerator.h"

namespace fm::codegen {

QList<GeneratedFile> docTypeFiles(const fm::core::DocType &doctype)
{
    const QString snake = doctype.tableName();
    const QString folder = QStringLiteral("doctypes/%1/").arg(snake);
    return {
        {folder + snake + QStringLiteral("_controller.h"), controllerHeader(doctype)},
        {folder + snake + QStringLiteral("_controller.cpp"), controllerSource(doctype)},
        {folder + QStringLiteral("test_") + snake + QStringLiteral(".cpp"), testScaffold(doctype)},
        // Pages are for readers, not the compiler: they get a folder of their own.
        {QStringLiteral("docs/") + snake + QStringLiteral(".md"), referencePage(doctype)},
    };
}

QList<GeneratedFile> appFiles(const QString &app, const QList<fm::core::DocType> &doctypes)
{
    const QString stem = appFileStem(app);
    return {
        {QStringLiteral("CMakeLists.txt"), appCMakeLists(app, doctypes)},
        {stem + QStringLiteral("_plugin.h"), pluginHeader(app)},
        {stem + QStringLiteral("_plugin.cpp"), pluginSource(app, doctypes)},
    };
}

} // namespace fm::codegen
