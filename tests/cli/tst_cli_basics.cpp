// SPDX-License-Identifier: MIT
// `m --help`, `m --version`, the command line's usage errors, and `m new project|app|site`
// run as the real program.
#include "clitestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using fm::test::CliRun;
using fm::test::runM;

namespace {

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(fm::test::readFile(path)).object();
}

QStringList tables(const QString &sqlitePath)
{
    QStringList names;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(sqlitePath);
        if (db.open())
            names = db.tables();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return names;
}

} // namespace

class TestCliBasics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void help_data();
    void help();
    void newProject_data();
    void newProject();
    void newProjectKeepsGitIgnore();
    void newProjectRefused_data();
    void newProjectRefused();
    void newApp();
    void newAppRefused_data();
    void newAppRefused();
    void newSite();
    void newSiteRefused_data();
    void newSiteRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString project() const { return m_dir->filePath(QStringLiteral("p")); }
};

void TestCliBasics::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(FM_M_BINARY)), FM_M_BINARY);
}

void TestCliBasics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliBasics::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("onStdout");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("--help") << QStringList{"--help"} << 0 << true << "^Usage: m <command>";
    QTest::newRow("-h lists the new commands")
        << QStringList{"-h"} << 0 << true
        << "new project.*\\n.*new app.*\\n.*new doctype.*\\n.*new site";
    QTest::newRow("--help lists check, format and generate")
        << QStringList{"--help"} << 0 << true << "\\n  check .*\\n  format .*\\n  generate ";
    QTest::newRow("no arguments: usage on stderr")
        << QStringList{} << 2 << false << "^Usage: m <command>";
    QTest::newRow("--version") << QStringList{"--version"} << 0 << true
                               << "^m \\d+\\.\\d+\\.\\d+ \\(Qt 6\\.";
    QTest::newRow("-v") << QStringList{"-v"} << 0 << true << "^m \\d+\\.\\d+\\.\\d+ ";
    QTest::newRow("new doctype --help") << QStringList{"new", "doctype", "--help"} << 0 << true
                                        << "--app <app>[\\s\\S]*--child[\\s\\S]*--submittable";
    QTest::newRow("new project --help")
        << QStringList{"new", "project", "--help"} << 0 << true << "--name <name>";
    QTest::newRow("check --help") << QStringList{"check", "--help"} << 0 << true << "\\[path\\]";
    QTest::newRow("format --help")
        << QStringList{"format", "--help"} << 0 << true << "\\[path\\][\\s\\S]*--check";
    QTest::newRow("generate --help")
        << QStringList{"generate", "--help"} << 0 << true << "--app <app>[\\s\\S]*--doctype <name>";
    QTest::newRow("unknown command") << QStringList{"nwe", "project", "x"} << 2 << false
                                     << "unknown command.*did you mean \"new project\"";
    QTest::newRow("unknown option")
        << QStringList{"new", "app", "x", "--bogus"} << 2 << false << "Unknown option 'bogus'";
    QTest::newRow("option without its value") << QStringList{"new", "doctype", "Book", "--app"} << 2
                                              << false << "Missing value after '--app'";
}

void TestCliBasics::help()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(bool, onStdout);
    QFETCH(QString, pattern);
    const CliRun run = runM(args, m_dir->path());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(QRegularExpression(pattern).match(onStdout ? run.out : run.err).hasMatch(),
             run.describe());
}

void TestCliBasics::newProject_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("name");
    QTest::newRow("name from the folder") << QStringList{} << "p";
    QTest::newRow("--name") << QStringList{"--name", "My Shop"} << "My Shop";
}

void TestCliBasics::newProject()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, name);
    const CliRun run = runM(QStringList{"new", "project", "p"} + extra, m_dir->path());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("Created project \"%1\"").arg(name)), run.describe());
    const QJsonObject config = readJson(project() + QStringLiteral("/m.json"));
    QCOMPARE(config.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(config.value(QStringLiteral("apps")).toArray(), QJsonArray());
    QVERIFY(QFileInfo(project() + QStringLiteral("/apps")).isDir());
    QVERIFY(QFileInfo(project() + QStringLiteral("/sites")).isDir());
    const QList<QByteArray> ignored =
        fm::test::readFile(project() + QStringLiteral("/.gitignore")).split('\n');
    QVERIFY(ignored.contains("sites/"));
    QVERIFY(ignored.contains("build/"));
}

void TestCliBasics::newProjectKeepsGitIgnore()
{
    QVERIFY(fm::test::writeFile(project() + QStringLiteral("/.gitignore"), "*.o\nbuild/"));
    const CliRun run = runM({"new", "project", "p"}, m_dir->path());
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(fm::test::readFile(project() + QStringLiteral("/.gitignore")),
             QByteArray("*.o\nbuild/\nsites/\n"));
}

void TestCliBasics::newProjectRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("folder already holds a project")
        << "project" << QStringList{"new", "project", "p"} << 1
        << "already holds a project (m.json)";
    QTest::newRow("path is a file")
        << "file" << QStringList{"new", "project", "p"} << 1 << "is a file";
    QTest::newRow("empty --name") << "" << QStringList{"new", "project", "p", "--name", " "} << 1
                                  << "the project name is empty";
    QTest::newRow("no folder") << "" << QStringList{"new", "project"} << 2
                               << "missing project folder";
    QTest::newRow("two folders") << "" << QStringList{"new", "project", "a", "b"} << 2
                                 << "expected one project folder";
}

void TestCliBasics::newProjectRefused()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (setup == QLatin1String("project"))
        QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"), {}), QString());
    if (setup == QLatin1String("file"))
        QVERIFY(fm::test::writeFile(project(), "not a folder"));
    const auto before = fm::test::snapshot(m_dir->path());
    const CliRun run = runM(args, m_dir->path());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QCOMPARE(fm::test::snapshot(m_dir->path()), before);
}

void TestCliBasics::newApp()
{
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"), {}), QString());
    for (const QString &app : {QStringLiteral("field_service"), QStringLiteral("crm2")}) {
        const CliRun run = runM({"new", "app", app}, project());
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(QStringLiteral("Created app \"%1\" in apps/%1").arg(app)),
                 run.describe());
        QVERIFY(QFileInfo(project() + QStringLiteral("/apps/%1/doctypes").arg(app)).isDir());
    }
    const QJsonObject manifest =
        readJson(project() + QStringLiteral("/apps/field_service/app.json"));
    QCOMPARE(manifest.value(QStringLiteral("name")).toString(), QStringLiteral("field_service"));
    QCOMPARE(manifest.value(QStringLiteral("title")).toString(), QStringLiteral("Field Service"));
    QCOMPARE(manifest.value(QStringLiteral("depends_on")).toArray(),
             QJsonArray{QStringLiteral("core")});
    QCOMPARE(
        readJson(project() + QStringLiteral("/m.json")).value(QStringLiteral("apps")).toArray(),
        (QJsonArray{QStringLiteral("field_service"), QStringLiteral("crm2")}));
    // The new apps load without a diagnostic.
    const CliRun check = runM({"check"}, project());
    QVERIFY2(check.exitCode == 0 && check.out.contains(QStringLiteral("0 errors, 0 warnings")),
             check.describe());
}

void TestCliBasics::newAppRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString invalid = QStringLiteral("is not a valid app name");
    QTest::newRow("capital letter") << "" << QStringList{"new", "app", "Demo"} << 1 << invalid;
    QTest::newRow("leading digit") << "" << QStringList{"new", "app", "1demo"} << 1 << invalid;
    QTest::newRow("hyphen") << "" << QStringList{"new", "app", "my-app"} << 1 << invalid;
    QTest::newRow("path") << "" << QStringList{"new", "app", "../x"} << 1 << invalid;
    QTest::newRow("built-in core")
        << "" << QStringList{"new", "app", "core"} << 1 << "\"core\" is the built-in app";
    QTest::newRow("existing app") << "" << QStringList{"new", "app", "demo"} << 1
                                  << "app \"demo\" already exists (apps/demo)";
    QTest::newRow("folder not in m.json")
        << "stray" << QStringList{"new", "app", "stray"} << 1 << "app \"stray\" already exists";
    QTest::newRow("outside a project")
        << "outside" << QStringList{"new", "app", "shop"} << 1 << "no Framework M project here";
    QTest::newRow("no name") << "" << QStringList{"new", "app"} << 2 << "missing app name";
}

void TestCliBasics::newAppRefused()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"), {QStringLiteral("demo")}),
             QString());
    if (setup == QLatin1String("stray"))
        QVERIFY(QDir().mkpath(project() + QStringLiteral("/apps/stray")));
    const QString workDir = setup == QLatin1String("outside") ? m_dir->path() : project();
    const auto before = fm::test::snapshot(m_dir->path());
    const CliRun run = runM(args, workDir);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QCOMPARE(fm::test::snapshot(m_dir->path()), before);
}

void TestCliBasics::newSite()
{
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"), {QStringLiteral("demo")}),
             QString());
    const CliRun doctype = runM({"new", "doctype", "Book", "--app", "demo"}, project());
    QVERIFY2(doctype.exitCode == 0, doctype.describe());

    const CliRun run = runM({"new", "site", "dev"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("Created site \"dev\" in sites/dev")), run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("book: create table book")), run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("Set \"default_site\" to \"dev\"")), run.describe());
    QVERIFY(QFileInfo::exists(project() + QStringLiteral("/sites/dev/site.json")));
    const QStringList created = tables(project() + QStringLiteral("/sites/dev/db.sqlite"));
    for (const QString &table :
         {QStringLiteral("book"), QStringLiteral("role"), QStringLiteral("naming_counter"),
          QStringLiteral("_fm_migration_history")})
        QVERIFY2(created.contains(table),
                 qPrintable(table + QStringLiteral(" missing: ") + created.join(u' ')));
    QCOMPARE(readJson(project() + QStringLiteral("/m.json"))
                 .value(QStringLiteral("default_site"))
                 .toString(),
             QStringLiteral("dev"));

    // A second site is migrated too but leaves the default alone.
    const CliRun second = runM({"new", "site", "staging"}, project());
    QVERIFY2(second.exitCode == 0, second.describe());
    QVERIFY2(!second.out.contains(QStringLiteral("default_site")), second.describe());
    QVERIFY(tables(project() + QStringLiteral("/sites/staging/db.sqlite"))
                .contains(QStringLiteral("book")));
    QCOMPARE(readJson(project() + QStringLiteral("/m.json"))
                 .value(QStringLiteral("default_site"))
                 .toString(),
             QStringLiteral("dev"));
    // The migrated schema is what `m migrate` expects: nothing left to do.
    const CliRun migrate = runM({"migrate", "--plan", "--site", "staging"}, project());
    QVERIFY2(migrate.exitCode == 0 && migrate.out.contains(QStringLiteral("up to date")),
             migrate.describe());
}

void TestCliBasics::newSiteRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("existing site")
        << "site" << QStringList{"new", "site", "dev"} << 1 << "site \"dev\" already exists";
    QTest::newRow("invalid name") << "" << QStringList{"new", "site", "Dev"} << 1
                                  << "is not a valid site name";
    QTest::newRow("DocType with errors") << "broken" << QStringList{"new", "site", "dev"} << 1
                                         << "the project's DocTypes have errors";
    QTest::newRow("outside a project")
        << "outside" << QStringList{"new", "site", "dev"} << 1 << "no Framework M project here";
    QTest::newRow("no name") << "" << QStringList{"new", "site"} << 2 << "missing site name";
}

void TestCliBasics::newSiteRefused()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"), {QStringLiteral("demo")}),
             QString());
    if (setup == QLatin1String("site")) {
        const CliRun site = runM({"new", "site", "dev"}, project());
        QVERIFY2(site.exitCode == 0, site.describe());
    }
    if (setup == QLatin1String("broken")) {
        QVERIFY(
            fm::test::writeFile(project() + QStringLiteral("/apps/demo/doctypes/book/book.json"),
                                "{\"name\": \"Book\", \"fields\": [{\"fieldname\": \"Title\"}]}"));
    }
    const QString workDir = setup == QLatin1String("outside") ? m_dir->path() : project();
    const auto before = fm::test::snapshot(m_dir->path());
    const CliRun run = runM(args, workDir);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QCOMPARE(fm::test::snapshot(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
