// SPDX-License-Identifier: MIT
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

namespace {
void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopenFromSubfolder()
    {
        QTemporaryDir dir;
        auto created = Project::create(dir.path(), "shop");
        QVERIFY(created);
        QVERIFY(created->addApp("sales"));
        QVERIFY(created->setDefaultSite("main"));
        QDir(dir.path()).mkpath("apps/sales/doctypes");
        auto opened = Project::open(dir.filePath("apps/sales/doctypes"));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        QCOMPARE(opened->root(), QDir(dir.path()).absolutePath());
        QCOMPARE(opened->name(), QStringLiteral("shop"));
        QCOMPARE(opened->apps(), QStringList{"sales"});
        QCOMPARE(opened->appDirs(), QStringList{dir.filePath("apps/sales")});
        QCOMPARE(opened->defaultSite(), QStringLiteral("main"));
        auto again = Project::create(dir.path(), "shop");
        QVERIFY(!again);
        QCOMPARE(again.error().code(), fm::ErrorCode::Duplicate);
    }

    void openRefuses_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("no project") << QByteArray() << "no Framework M project here";
        QTest::newRow("broken json") << QByteArray("{\"name\": ") << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[]") << "must hold a JSON object";
    }
    void openRefuses()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (!config.isEmpty())
            write(dir.filePath("m.json"), config);
        auto opened = Project::open(dir.path());
        QVERIFY(!opened);
        QVERIFY2(opened.error().message().contains(message), qPrintable(opened.error().message()));
    }

    void addAppRefusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("upper") << "Sales";
        QTest::newRow("space") << "my app";
        QTest::newRow("path") << "../evil";
        QTest::newRow("empty") << "";
    }
    void addAppRefusesBadNames()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        auto project = Project::create(dir.path(), "p");
        QVERIFY(project);
        QVERIFY(!project->addApp(name));
        QVERIFY(Project::open(dir.path())->apps().isEmpty());
    }

    void sites()
    {
        QTemporaryDir dir;
        auto project = Project::create(dir.path(), "p");
        QVERIFY(project);
        auto none = SiteConfig::load(*project, QString());
        QVERIFY(!none);
        QVERIFY(none.error().message().contains("m new site"));
        auto site = SiteConfig::create(*project, "demo");
        QVERIFY(site);
        QCOMPARE(site->database.engine, QStringLiteral("sqlite"));
        QCOMPARE(site->database.path, dir.filePath("sites/demo/db.sqlite"));
        QVERIFY(QFileInfo(dir.filePath("sites/demo/files")).isDir());
        QCOMPARE(project->sites(), QStringList{"demo"});
        QVERIFY(!SiteConfig::create(*project, "demo"));
        QVERIFY(!SiteConfig::create(*project, "Bad Name"));
        auto unknown = SiteConfig::load(*project, "other");
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), fm::ErrorCode::NotFound);
        write(dir.filePath("sites/broken/site.json"), "{");
        QVERIFY(!SiteConfig::load(*project, "broken"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
