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

    // The database settings of site.json (docs/guide/postgresql.md): numbers are read
    // for both engines, and one that is not a whole number of 0 or more is refused by
    // name instead of quietly becoming the default.
    void databaseSettings_data()
    {
        QTest::addColumn<QByteArray>("database");
        QTest::addColumn<QString>("message"); // empty: loads
        QTest::newRow("defaults") << QByteArray(R"({"engine": "sqlite"})") << "";
        QTest::newRow("every number")
            << QByteArray(R"({"engine": "postgresql", "url": "postgresql://fm@db/x", )"
                          R"("pool_size": 8, "busy_timeout_ms": 250, )"
                          R"("statement_timeout_ms": 30000, "connect_timeout_s": 3})")
            << "";
        QTest::newRow("pool size as text")
            << QByteArray(R"({"engine": "sqlite", "pool_size": "8"})")
            << "database.pool_size is \"8\", not a whole number";
        QTest::newRow("negative timeout")
            << QByteArray(R"({"engine": "postgresql", "url": "postgresql://fm@db/x", )"
                          R"("statement_timeout_ms": -5})")
            << "database.statement_timeout_ms is -5, not a whole number";
        QTest::newRow("fraction") << QByteArray(R"({"engine": "sqlite", "busy_timeout_ms": 1.5})")
                                  << "database.busy_timeout_ms is 1.5";
    }
    void databaseSettings()
    {
        QFETCH(QByteArray, database);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto project = Project::create(dir.path(), "p");
        QVERIFY(project);
        write(dir.filePath("sites/s/site.json"), R"({"database": )" + database + "}");
        auto site = SiteConfig::load(*project, "s");
        if (!message.isEmpty()) {
            QVERIFY(!site);
            QCOMPARE(site.error().code(), fm::ErrorCode::BadRequest);
            QVERIFY2(site.error().message().contains(message), qPrintable(site.error().message()));
            QVERIFY(site.error().message().contains(QLatin1String("site.json")));
            return;
        }
        QVERIFY2(site, qPrintable(site ? QString() : site.error().message()));
        if (site->database.engine == QLatin1String("sqlite")) {
            QCOMPARE(site->database.poolSize, 0);
            QCOMPARE(site->database.busyTimeoutMs, 10000);
            QCOMPARE(site->database.path, dir.filePath("sites/s/db.sqlite"));
            return;
        }
        QCOMPARE(site->database.url, QStringLiteral("postgresql://fm@db/x"));
        QCOMPARE(site->database.poolSize, 8);
        QCOMPARE(site->database.busyTimeoutMs, 250);
        QCOMPARE(site->database.statementTimeoutMs, 30000);
        QCOMPARE(site->database.connectTimeoutS, 3);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
