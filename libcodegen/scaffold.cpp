// SPDX-License-Identifier: MIT
#include "scaffold.h"

#include "controllergenerator.h"
#include "markdowngenerator.h"
#include "plugingenerator.h"
#include "testgenerator.h"

#include <QFileInfo>

#include <algorithm>

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

QList<GeneratedFile> scaffoldFiles(const fm::core::MetaRegistry &meta, const QString &app,
                                   const QString &appDir, const QList<fm::core::DocType> &doctypes)
{
    QList<GeneratedFile> files;
    QList<fm::core::DocType> controllers = doctypes;
    for (const fm::core::DocType &doctype : doctypes)
        files += docTypeFiles(doctype);
    for (const QString &name : meta.doctypeNames()) {
        const fm::core::DocType *doctype = meta.doctype(name);
        const bool listed =
            std::any_of(doctypes.begin(), doctypes.end(),
                        [&name](const fm::core::DocType &d) { return d.name == name; });
        const QString header =
            QStringLiteral("%1/doctypes/%2/%2_controller.h").arg(appDir, doctype->tableName());
        if (doctype->app == app && !listed && QFileInfo::exists(header))
            controllers << *doctype;
    }
    std::sort(
        controllers.begin(), controllers.end(),
        [](const fm::core::DocType &a, const fm::core::DocType &b) { return a.name < b.name; });
    files += appFiles(app, controllers);
    return files;
}

} // namespace fm::codegen
