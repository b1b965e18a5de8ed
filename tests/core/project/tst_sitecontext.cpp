// SPDX-License-Identifier: MIT
#include "project/sitecontext.h"

#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

class TestSiteContext : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto project = Project::create(m_dir->path(), "p");
        QVERIFY(project);
        QVERIFY(copyTestApp(m_dir->path()));
        QVERIFY(project->addApp("testapp"));
        QVERIFY(SiteConfig::create(*project, "demo"));
        QVERIFY(project->setDefaultSite("demo"));
    }

    void opensDefaultSite()
    {
        Diagnostics diagnostics;
        auto site = SiteContext::open(*Project::open(m_dir->path()), {}, diagnostics);
        QVERIFY2(site, site ? "" : qPrintable(site.error().message()));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE((*site)->site().name, QStringLiteral("demo"));
        QVERIFY((*site)->meta().doctype("Customer"));
        QVERIFY((*site)->meta().doctype("Role")); // core app
        QVERIFY((*site)->warnings().isEmpty());   // the test app has no C++ code
    }

    void brokenDocTypeIsReported()
    {
        QFile file(m_dir->filePath("apps/testapp/doctypes/tag/tag.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Tag", "fields": [{"fieldname": "x", "fieldtype": "Dat"}]})");
        file.close();
        Diagnostics diagnostics;
        auto site = SiteContext::open(*Project::open(m_dir->path()), {}, diagnostics);
        QVERIFY(!site);
        QCOMPARE(site.error().code(), fm::ErrorCode::InvalidMeta);
        QVERIFY(hasErrors(diagnostics));
        QVERIFY(diagnostics.first().toString().contains("tag.json"));
    }

    void missingPluginIsAWarning()
    {
        QFile cmake(m_dir->filePath("apps/testapp/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::WriteOnly));
        cmake.close();
        Diagnostics diagnostics;
        SiteContext::Options options;
        options.pluginDirs = {m_dir->path()};
        auto site = SiteContext::open(*Project::open(m_dir->path()), options, diagnostics);
        QVERIFY(site);
        QCOMPARE((*site)->warnings().size(), 1);
        QVERIFY((*site)->warnings().first().contains("testapp_controllers was not found"));
    }

    void findsPluginInSearchPath()
    {
        QDir(m_dir->path()).mkpath("plugins");
        QVERIFY(QFile::copy(QStringLiteral(FM_TEST_PLUGIN),
                            m_dir->filePath("plugins/libtestapp_controllers.so")));
        QFile cmake(m_dir->filePath("apps/testapp/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::WriteOnly));
        cmake.close();
        const QString found = SiteContext::findPlugin(
            "testapp", {m_dir->filePath("nothing"), m_dir->filePath("plugins")});
        QCOMPARE(
            found,
            QFileInfo(m_dir->filePath("plugins/libtestapp_controllers.so")).canonicalFilePath());
        Diagnostics diagnostics;
        SiteContext::Options options;
        options.pluginDirs = {m_dir->filePath("plugins")};
        auto site = SiteContext::open(*Project::open(m_dir->path()), options, diagnostics);
        QVERIFY2(site, site ? "" : qPrintable(site.error().message()));
        QVERIFY((*site)->warnings().isEmpty());
        QCOMPARE((*site)->controllers().loadedPlugins(), QStringList{"testapp"});
    }

    void unknownSite()
    {
        Diagnostics diagnostics;
        SiteContext::Options options;
        options.site = "nope";
        auto site = SiteContext::open(*Project::open(m_dir->path()), options, diagnostics);
        QVERIFY(!site);
        QCOMPARE(site.error().code(), fm::ErrorCode::NotFound);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir; // fresh for every test
};

QTEST_GUILESS_MAIN(TestSiteContext)
#include "tst_sitecontext.moc"
