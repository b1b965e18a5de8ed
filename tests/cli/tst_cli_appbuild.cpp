// SPDX-License-Identifier: MIT
// The scaffold compiles and loads: `m new project`, `m new app demo`, `m new doctype
// "Book" --app demo`, then the app is built with CMake against this build tree (fm::core
// as an IMPORTED target, warnings as errors), its generated Qt Test runs, and the plugin
// is found where `m` looks, loaded with ControllerRegistry::loadPlugin and its
// controller called.
#include "clitestutil.h"

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "meta/metaregistry.h"
#include "project/sitecontext.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using fm::test::CliRun;
using fm::test::runM;

namespace {

// A CMake project standing in for "the Framework M build" the generated CMakeLists.txt
// expects: fm::core and fm_add_test exist, then the app is added.
QByteArray hostCMakeLists(const QString &project)
{
    return QStringLiteral(R"(cmake_minimum_required(VERSION 3.25)
project(fm_app_build LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
add_compile_options(-Wall -Wextra -Werror)
find_package(Qt6 REQUIRED COMPONENTS Core Sql Test)
add_library(fm::core SHARED IMPORTED)
set_target_properties(fm::core PROPERTIES
    IMPORTED_LOCATION "%1/lib/libfm_core.so"
    INTERFACE_INCLUDE_DIRECTORIES "%2/libcore;%1/libcore"
    INTERFACE_LINK_LIBRARIES "Qt6::Core;Qt6::Sql")
# Where `m` looks for the plugins of the project's apps.
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY "%3/build/lib")
set(BUILD_TESTING ON)
function(fm_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test fm::core ${ARG_LIBS})
endfunction()
add_subdirectory("%3/apps/demo" demo)
)")
        .arg(QStringLiteral(FM_BINARY_DIR), QStringLiteral(FM_SOURCE_DIR), project)
        .toUtf8();
}

// Runs a program to the end; empty when it exited 0, else what it printed.
QString runTool(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted())
        return program + QStringLiteral(": ") + process.errorString();
    const bool finished = process.waitForFinished(540000);
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QStringLiteral("%1 %2 failed:\n%3").arg(program, args.join(u' '), output);
}

QString findFile(const QString &dir, const QString &name)
{
    QDirIterator it(dir, {name}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

class TestCliAppBuild final : public QObject
{
    Q_OBJECT

private slots:
    void generatedAppBuildsAndLoads();
};

void TestCliAppBuild::generatedAppBuildsAndLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(fm::test::makeProject(dir.path(), QStringLiteral("p"), {QStringLiteral("demo")}),
             QString());
    const QString project = dir.filePath(QStringLiteral("p"));
    const CliRun doctype = runM({"new", "doctype", "Book", "--app", "demo"}, project);
    QVERIFY2(doctype.exitCode == 0, doctype.describe());

    const QString host = dir.filePath(QStringLiteral("host"));
    QVERIFY(fm::test::writeFile(host + QStringLiteral("/CMakeLists.txt"), hostCMakeLists(project)));
    const QString build = host + QStringLiteral("/build");
    QString failure =
        runTool(QStringLiteral(FM_CMAKE_COMMAND),
                {QStringLiteral("-S"), host, QStringLiteral("-B"), build, QStringLiteral("-G"),
                 QStringLiteral(FM_CMAKE_GENERATOR), QStringLiteral("-DCMAKE_BUILD_TYPE=Debug"),
                 QStringLiteral("-DCMAKE_CXX_COMPILER=" FM_CXX_COMPILER),
                 QStringLiteral("-DQt6_DIR=" FM_QT6_DIR)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = runTool(QStringLiteral(FM_CMAKE_COMMAND), {QStringLiteral("--build"), build});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // The generated test passes against the scaffold.
    const QString test = findFile(build, QStringLiteral("demo_test_book"));
    QVERIFY2(!test.isEmpty(), "the app's test demo_test_book was not built");
    failure = runTool(test, {}, build);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // `m` finds the plugin where it looks (<project>/build/lib), it loads the way the
    // server loads it, and its controller runs.
    const fm::Result<fm::core::Project> opened = fm::core::Project::open(project);
    QVERIFY(opened);
    const QString plugin = fm::core::SiteContext::findPlugin(
        QStringLiteral("demo"), fm::core::SiteContext::pluginSearchPath(*opened, {}));
    QVERIFY2(
        plugin.startsWith(QFileInfo(project).canonicalFilePath() + QStringLiteral("/build/lib/")),
        "m does not find the demo app's plugin in <project>/build/lib");
    fm::core::MetaRegistry meta;
    fm::core::Diagnostics diagnostics;
    QVERIFY2(meta.loadApps({project + QStringLiteral("/apps/demo")}, diagnostics),
             qPrintable(diagnostics.value(0).toString()));
    fm::core::DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("site.sqlite"));
    auto pool = fm::core::ConnectionPool::open(config);
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toText()));
    fm::core::ControllerRegistry controllers;
    const fm::Result<void> loaded = controllers.loadPlugin(plugin);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toText()));
    QCOMPARE(controllers.loadedPlugins(), QStringList{QStringLiteral("demo")});
    QCOMPARE(controllers.controller(QStringLiteral("Role")), nullptr);
    fm::core::DocumentController *controller = controllers.controller(QStringLiteral("Book"));
    QVERIFY(controller);
    fm::core::DocumentService service(**pool, meta, controllers);
    fm::core::HookContext context{service, *meta.doctype(QStringLiteral("Book")),
                                  fm::core::DocumentService::kAdministrator, nullptr};
    fm::core::Document document(QStringLiteral("Book"));
    const fm::Result<void> validated = controller->validate(context, document);
    QVERIFY2(validated, qPrintable(validated ? QString() : validated.error().toText()));
}

QTEST_GUILESS_MAIN(TestCliAppBuild)
#include "tst_cli_appbuild.moc"
