// SPDX-License-Identifier: MIT
// Creating projects, apps, DocTypes and sites (project/scaffold.h) in temporary folders:
// the files each function writes, and for every refusal that nothing was written.
#include "project/scaffold.h"

#include "auth/passwordlogin.h"
#include "meta/doctypejson.h"
#include "project/filetransaction.h"
#include "project/sitecontext.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

Q_DECLARE_METATYPE(fm::core::NewDocTypeOptions)
Q_DECLARE_METATYPE(fm::ErrorCode)

namespace {

using Snapshot = QMap<QString, QByteArray>;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Every file and folder under `dir` with its bytes: a refusal must leave it equal.
Snapshot snapshot(const QString &dir)
{
    Snapshot entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        entries.insert(QDir(dir).relativeFilePath(path),
                       it.fileInfo().isDir() ? QByteArrayLiteral("<dir>") : readFile(path));
    }
    return entries;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

Field field(const QString &fieldname, const QString &fieldtype, const QString &options = {})
{
    Field f;
    f.fieldname = fieldname;
    f.fieldtype = fieldtype;
    f.options = options;
    return f;
}

NewDocTypeOptions doctypeOptions(const QString &name, const QString &app = QStringLiteral("demo"))
{
    NewDocTypeOptions options;
    options.name = name;
    options.app = app;
    return options;
}

QStringList tables(const QString &databasePath)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("tst_scaffold_tables"));
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                            db);
            while (query.next())
                names << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_scaffold_tables"));
    return names;
}

} // namespace

class TestScaffold final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createProject();
    void createProjectKeepsGitIgnore();
    void createProjectRefused_data();
    void createProjectRefused();

    void createApp();
    void createAppWithTitleAndModules();
    void createAppRefused_data();
    void createAppRefused();

    void createDocType_data();
    void createDocType();
    void prepareDocTypeWritesNothing();
    void createDocTypeRefused_data();
    void createDocTypeRefused();
    void createDocTypeInBrokenProject();

    void createSite();
    void createSiteRefused_data();
    void createSiteRefused();

    void fileTransactionRollsBack();

private:
    QString root() const { return m_dir->filePath(QStringLiteral("p")); }
    // A project "p" with the app "demo".
    Project makeProject();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScaffold::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Project TestScaffold::makeProject()
{
    auto project = fm::core::createProject(root(), QStringLiteral("p"));
    if (!project)
        qFatal("createProject: %s", qPrintable(project.error().message()));
    if (auto app = fm::core::createApp(*project, QStringLiteral("demo")); !app)
        qFatal("createApp: %s", qPrintable(app.error().message()));
    return *project;
}

// ---- projects

void TestScaffold::createProject()
{
    const auto project = fm::core::createProject(root(), QStringLiteral("My Shop"));
    QVERIFY2(project, project ? "" : qPrintable(project.error().message()));
    QCOMPARE(project->root(), root());
    QCOMPARE(project->name(), QStringLiteral("My Shop"));
    QCOMPARE(readFile(root() + "/m.json"),
             QByteArray("{\n    \"apps\": [\n    ],\n    \"name\": \"My Shop\",\n    \"server\": "
                        "{\n        \"host\": \"127.0.0.1\",\n        \"port\": 8000\n    }\n}\n"));
    QCOMPARE(readFile(root() + "/.gitignore"),
             QByteArray("# Sites hold databases, secrets and uploads; build/ holds compiled "
                        "plugins.\nsites/\nbuild/\n"));
    QCOMPARE(snapshot(root()).keys(), (QStringList{".gitignore", "apps", "m.json", "sites"}));
    const auto reopened = Project::open(root());
    QVERIFY(reopened);
    QCOMPARE(reopened->apps(), QStringList());
}

void TestScaffold::createProjectKeepsGitIgnore()
{
    QVERIFY(writeFile(root() + "/.gitignore", "*.o\nbuild/"));
    QVERIFY(fm::core::createProject(root(), QStringLiteral("p")));
    QCOMPARE(readFile(root() + "/.gitignore"), QByteArray("*.o\nbuild/\nsites/\n"));
    // Nothing missing: the file stays as it is.
    QVERIFY(writeFile(m_dir->filePath("q/.gitignore"), "sites/\nbuild/\n"));
    QVERIFY(fm::core::createProject(m_dir->filePath("q"), QStringLiteral("q")));
    QCOMPARE(readFile(m_dir->filePath("q/.gitignore")), QByteArray("sites/\nbuild/\n"));
}

void TestScaffold::createProjectRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("dir"); // relative to the temporary folder
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << ""
                                << "p"
                                << " "
                                << "the project name is empty";
    QTest::newRow("folder is a file") << "file"
                                      << "p"
                                      << "p"
                                      << "is a file";
    QTest::newRow("folder holds a project") << "project"
                                            << "p"
                                            << "p"
                                            << "already holds a project (m.json)";
    QTest::newRow("unwritable: a file in the path") << "file"
                                                    << "p/q"
                                                    << "q"
                                                    << "is a file, not a folder";
    QTest::newRow("unwritable: .gitignore is a folder, after creating apps/ and sites/")
        << "gitignore"
        << "p"
        << "p"
        << ".gitignore";
    QTest::newRow("unwritable: sites is a file, after creating apps/") << "sites"
                                                                       << "p"
                                                                       << "p"
                                                                       << "is a file, not a folder";
}

void TestScaffold::createProjectRefused()
{
    QFETCH(QString, setup);
    QFETCH(QString, dir);
    QFETCH(QString, name);
    QFETCH(QString, message);
    if (setup == "file")
        QVERIFY(writeFile(root(), "not a folder"));
    if (setup == "project")
        QVERIFY(fm::core::createProject(root(), QStringLiteral("p")));
    if (setup == "gitignore")
        QVERIFY(QDir().mkpath(root() + "/.gitignore"));
    if (setup == "sites")
        QVERIFY(writeFile(root() + "/sites", "a file"));
    const Snapshot before = snapshot(m_dir->path());
    const auto project = fm::core::createProject(m_dir->filePath(dir), name);
    QVERIFY(!project);
    QVERIFY2(project.error().message().contains(message), qPrintable(project.error().message()));
    QCOMPARE(snapshot(m_dir->path()), before);
}

// ---- apps

void TestScaffold::createApp()
{
    auto project = fm::core::createProject(root(), QStringLiteral("p"));
    QVERIFY(project);
    const auto app = fm::core::createApp(*project, QStringLiteral("field_service"));
    QVERIFY2(app, app ? "" : qPrintable(app.error().message()));
    QCOMPARE(app->name, QStringLiteral("field_service"));
    QCOMPARE(app->title, QStringLiteral("Field Service"));
    QCOMPARE(app->modules, QStringList{"Field Service"});
    QCOMPARE(app->path, root() + "/apps/field_service");
    QCOMPARE(readFile(app->path + "/app.json"),
             QByteArray("{\n    \"depends_on\": [\n        \"core\"\n    ],\n    \"modules\": [\n"
                        "        \"Field Service\"\n    ],\n    \"name\": \"field_service\",\n"
                        "    \"title\": \"Field Service\",\n    \"version\": \"0.1.0\"\n}\n"));
    QVERIFY(QFileInfo(app->path + "/doctypes").isDir());
    QCOMPARE(project->apps(), QStringList{"field_service"});
    QCOMPARE(readJson(root() + "/m.json").value("apps").toArray(), QJsonArray{"field_service"});
    // The new app loads without a diagnostic.
    MetaRegistry meta;
    Diagnostics diagnostics;
    QVERIFY(meta.loadApps(project->appDirs(), diagnostics));
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(meta.app("field_service").modules, app->modules);
}

void TestScaffold::createAppWithTitleAndModules()
{
    auto project = fm::core::createProject(root(), QStringLiteral("p"));
    QVERIFY(project);
    const auto app = fm::core::createApp(*project, QStringLiteral("crm"), QStringLiteral(" CRM "),
                                         {QStringLiteral("Sales"), QStringLiteral(" Support")});
    QVERIFY(app);
    QCOMPARE(app->title, QStringLiteral("CRM"));
    QCOMPARE(app->modules, (QStringList{"Sales", "Support"}));
    const QJsonObject manifest = readJson(app->path + "/app.json");
    QCOMPARE(manifest.value("title").toString(), QStringLiteral("CRM"));
    QCOMPARE(manifest.value("modules").toArray(), (QJsonArray{"Sales", "Support"}));
}

void TestScaffold::createAppRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QStringList>("modules");
    QTest::addColumn<QString>("message");
    const QString invalid = QStringLiteral("is not a valid app name");
    QTest::newRow("capital letter") << ""
                                    << "Demo" << QStringList() << invalid;
    QTest::newRow("leading digit") << ""
                                   << "1demo" << QStringList() << invalid;
    QTest::newRow("hyphen") << ""
                            << "my-app" << QStringList() << invalid;
    QTest::newRow("path") << ""
                          << "../x" << QStringList() << invalid;
    QTest::newRow("empty") << ""
                           << "" << QStringList() << invalid;
    QTest::newRow("core") << ""
                          << "core" << QStringList() << "\"core\" is the built-in app";
    QTest::newRow("in m.json") << ""
                               << "demo" << QStringList()
                               << "app \"demo\" already exists (apps/demo)";
    QTest::newRow("folder not in m.json")
        << "stray"
        << "stray" << QStringList() << "app \"stray\" already exists (apps/stray)";
    QTest::newRow("blank module") << ""
                                  << "shop" << QStringList{"Sales", " "}
                                  << "a module name of app \"shop\" is blank";
    QTest::newRow("repeated module")
        << ""
        << "shop" << QStringList{"Sales", "Sales "} << "module \"Sales\" is listed twice";
    QTest::newRow("unwritable: apps is a file")
        << "apps"
        << "shop" << QStringList() << "is a file, not a folder";
}

void TestScaffold::createAppRefused()
{
    QFETCH(QString, setup);
    QFETCH(QString, app);
    QFETCH(QStringList, modules);
    QFETCH(QString, message);
    Project project = makeProject();
    if (setup == "stray")
        QVERIFY(QDir().mkpath(root() + "/apps/stray"));
    if (setup == "apps") {
        QVERIFY(QDir(root() + "/apps").removeRecursively());
        QVERIFY(writeFile(root() + "/apps", "a file"));
    }
    const Snapshot before = snapshot(m_dir->path());
    const auto created = fm::core::createApp(project, app, QString(), modules);
    QVERIFY(!created);
    QVERIFY2(created.error().message().contains(message), qPrintable(created.error().message()));
    QCOMPARE(snapshot(m_dir->path()), before);
    QCOMPARE(project.apps(), QStringList{"demo"});
}

// ---- DocTypes

void TestScaffold::createDocType_data()
{
    QTest::addColumn<NewDocTypeOptions>("options");
    QTest::addColumn<QString>("module");
    NewDocTypeOptions plain = doctypeOptions("Support Ticket");
    QTest::newRow("starter") << plain << "Demo";
    NewDocTypeOptions child = doctypeOptions("Order Item");
    child.isChild = true;
    QTest::newRow("child") << child << "Demo";
    NewDocTypeOptions submittable = doctypeOptions("Sales Invoice");
    submittable.isSubmittable = true;
    QTest::newRow("submittable") << submittable << "Demo";
    NewDocTypeOptions custom = doctypeOptions("Book");
    custom.module = QStringLiteral("Demo");
    custom.fields = {field("isbn", "Data"), field("role", "Link", "Role")};
    custom.naming.rule = Naming::Rule::Field;
    custom.naming.field = QStringLiteral("isbn");
    QTest::newRow("fields, naming and module") << custom << "Demo";
}

void TestScaffold::createDocType()
{
    QFETCH(NewDocTypeOptions, options);
    QFETCH(QString, module);
    const Project project = makeProject();
    const auto path = fm::core::createDocType(project, options);
    QVERIFY2(path, path ? "" : qPrintable(path.error().toText()));
    DocType starter = starterDocType(options);
    starter.module = module;
    const QString snake = starter.tableName();
    QCOMPARE(*path, root() + QStringLiteral("/apps/demo/doctypes/%1/%1.json").arg(snake));
    QCOMPARE(readFile(*path), toJsonText(starter)); // the bytes `m new doctype` writes
    QCOMPARE(snapshot(root() + "/apps/demo/doctypes").keys(),
             (QStringList{snake, QStringLiteral("%1/%1.json").arg(snake)}));

    MetaRegistry meta;
    Diagnostics diagnostics;
    QVERIFY(meta.loadApps(project.appDirs(), diagnostics));
    QVERIFY(diagnostics.isEmpty());
    const DocType *loaded = meta.doctype(options.name);
    QVERIFY(loaded);
    QCOMPARE(loaded->app, QStringLiteral("demo"));
    QCOMPARE(loaded->module, module);
    QCOMPARE(loaded->isChild, options.isChild);
    QCOMPARE(loaded->isSubmittable, options.isSubmittable);
    QCOMPARE(loaded->permissions.isEmpty(), options.isChild);
    if (options.isSubmittable)
        QVERIFY(loaded->permissions.first().allows(PermissionAction::Submit));
    QCOMPARE(loaded->fieldnames(), starter.fieldnames());
    QCOMPARE(loaded->naming.rule, options.naming.rule);
}

void TestScaffold::prepareDocTypeWritesNothing()
{
    const Project project = makeProject();
    Diagnostics diagnostics;
    const auto meta = loadProjectMeta(project, diagnostics, QStringLiteral("fix them"));
    QVERIFY(meta);
    const Snapshot before = snapshot(m_dir->path());
    const auto prepared = prepareDocType(project, **meta, doctypeOptions("Book"));
    QVERIFY(prepared);
    QCOMPARE(snapshot(m_dir->path()), before);
    QCOMPARE(prepared->app, QStringLiteral("demo"));
    QCOMPARE(prepared->relativePath, QStringLiteral("doctypes/book/book.json"));
    QCOMPARE(prepared->path, prepared->appDir + "/doctypes/book/book.json");
    QCOMPARE(prepared->doctype.app, QStringLiteral("demo")); // the folder decides
    QCOMPARE(prepared->doctype.location.file, prepared->path);
    QVERIFY(!prepared->doctype.layout.isEmpty()); // as the loader reads it back
    QVERIFY(prepared->warnings.isEmpty());
    QVERIFY(writeDocType(*prepared));
    QCOMPARE(readFile(prepared->path), prepared->text);
}

void TestScaffold::createDocTypeRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<NewDocTypeOptions>("options");
    QTest::addColumn<fm::ErrorCode>("code");
    QTest::addColumn<QString>("message");
    const QString invalid = QStringLiteral("is not a valid DocType name");
    QTest::newRow("lower case") << "" << doctypeOptions("book") << fm::ErrorCode::BadRequest
                                << "\"book\" " + invalid;
    QTest::newRow("punctuation") << "" << doctypeOptions("Book!") << fm::ErrorCode::BadRequest
                                 << invalid;
    QTest::newRow("empty name") << "" << doctypeOptions("") << fm::ErrorCode::BadRequest << invalid;
    QTest::newRow("longer than 64")
        << "" << doctypeOptions("B" + QString(64, u'o')) << fm::ErrorCode::BadRequest << invalid;
    QTest::newRow("no app") << "" << doctypeOptions("Book", "") << fm::ErrorCode::BadRequest
                            << "no app given for the DocType (the project's apps: demo)";
    QTest::newRow("unknown app")
        << "" << doctypeOptions("Book", "nope") << fm::ErrorCode::NotFound
        << "app \"nope\" is not in this project (the project's apps: demo)";
    QTest::newRow("built-in app") << "" << doctypeOptions("Book", "core") << fm::ErrorCode::NotFound
                                  << "\"core\" is the built-in app";
    NewDocTypeOptions module = doctypeOptions("Book");
    module.module = QStringLiteral("Sales");
    QTest::newRow("unknown module")
        << "" << module << fm::ErrorCode::NotFound
        << "module \"Sales\" is not a module of app \"demo\" (its modules: Demo)";
    NewDocTypeOptions both = doctypeOptions("Book");
    both.isChild = both.isSubmittable = true;
    QTest::newRow("child and submittable")
        << "" << both << fm::ErrorCode::BadRequest << "both a child and submittable";
    QTest::newRow("existing DocType")
        << "book" << doctypeOptions("Book") << fm::ErrorCode::Duplicate
        << "DocType \"Book\" already exists (in app \"demo\")";
    QTest::newRow("DocType of core") << "" << doctypeOptions("Role") << fm::ErrorCode::Duplicate
                                     << "DocType \"Role\" already exists (in app \"core\")";
    QTest::newRow("a file where the DocType folder goes")
        << "file" << doctypeOptions("Book") << fm::ErrorCode::Duplicate
        << "apps/demo/doctypes/book already exists";
    NewDocTypeOptions badType = doctypeOptions("Book");
    badType.fields = {field("title", "Data"), field("pages", "Integer")};
    QTest::newRow("invalid DocType: unknown field type")
        << "" << badType << fm::ErrorCode::InvalidMeta
        << "DocType \"Book\" is not valid: unknown fieldtype \"Integer\"; use one of: ";
    NewDocTypeOptions badLink = doctypeOptions("Book");
    badLink.fields = {field("title", "Data"), field("author", "Link", "Autor")};
    QTest::newRow("invalid DocType: Link to an unknown DocType")
        << "" << badLink << fm::ErrorCode::InvalidMeta << "points at DocType \"Autor\"";
    NewDocTypeOptions reserved = doctypeOptions("Book");
    reserved.fields = {field("name", "Data")};
    QTest::newRow("invalid DocType: reserved fieldname")
        << "" << reserved << fm::ErrorCode::InvalidMeta << "\"name\"";
    QTest::newRow("unwritable: doctypes is a file")
        << "doctypes" << doctypeOptions("Book") << fm::ErrorCode::Io << "is a file, not a folder";
}

void TestScaffold::createDocTypeRefused()
{
    QFETCH(QString, setup);
    QFETCH(NewDocTypeOptions, options);
    QFETCH(fm::ErrorCode, code);
    QFETCH(QString, message);
    const Project project = makeProject();
    if (setup == "book")
        QVERIFY(fm::core::createDocType(project, doctypeOptions("Book")));
    if (setup == "file")
        QVERIFY(writeFile(root() + "/apps/demo/doctypes/book", "not a DocType folder"));
    if (setup == "doctypes") {
        QVERIFY(QDir(root() + "/apps/demo/doctypes").removeRecursively());
        QVERIFY(writeFile(root() + "/apps/demo/doctypes", "a file"));
    }
    const Snapshot before = snapshot(m_dir->path());
    const auto path = fm::core::createDocType(project, options);
    QVERIFY(!path);
    QVERIFY2(path.error().message().contains(message), qPrintable(path.error().toText()));
    QCOMPARE(path.error().code(), code);
    if (code == fm::ErrorCode::InvalidMeta) { // every problem as a field error
        QVERIFY(!path.error().fields().isEmpty());
        QVERIFY(path.error().fields().first().field.contains(QLatin1Char(':')));
    }
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestScaffold::createDocTypeInBrokenProject()
{
    const Project project = makeProject();
    QVERIFY(writeFile(root() + "/apps/demo/doctypes/book/book.json", "{\"name\": \"Book\"}"));
    const Snapshot before = snapshot(m_dir->path());
    const auto path = fm::core::createDocType(project, doctypeOptions("Author"));
    QVERIFY(!path);
    QCOMPARE(path.error().code(), fm::ErrorCode::InvalidMeta);
    QVERIFY2(path.error().message().contains("the project's DocTypes have errors, the first: ") &&
                 path.error().message().contains("book.json") &&
                 path.error().message().endsWith("fix them before adding a DocType"),
             qPrintable(path.error().message()));
    QCOMPARE(snapshot(m_dir->path()), before);
}

// ---- sites

void TestScaffold::createSite()
{
    Project project = makeProject();
    QVERIFY(fm::core::createDocType(project, doctypeOptions("Book")));
    const auto site =
        fm::core::createSite(project, QStringLiteral("dev"), QStringLiteral("pw-dev-1"));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toText()));
    QCOMPARE(site->config.name, QStringLiteral("dev"));
    QCOMPARE(site->config.dir, root() + "/sites/dev");
    QCOMPARE(site->config.database.path, root() + "/sites/dev/db.sqlite");
    QVERIFY(site->madeDefault);
    QVERIFY(!site->passwordGenerated);
    QCOMPARE(site->adminPassword, QStringLiteral("pw-dev-1"));
    QVERIFY(site->migration.toText().contains("book: create table book"));
    QCOMPARE(readJson(root() + "/sites/dev/site.json").value("database").toObject(),
             (QJsonObject{{"engine", "sqlite"}, {"path", "db.sqlite"}}));
    QVERIFY(QFileInfo(root() + "/sites/dev/files").isDir());
    const QStringList created = tables(site->config.database.path);
    for (const QString &table : QStringList{"book", "role", "user", "_fm_migration_history"})
        QVERIFY2(created.contains(table), qPrintable(table + " missing: " + created.join(' ')));
    QCOMPARE(project.defaultSite(), QStringLiteral("dev"));
    QCOMPARE(readJson(root() + "/m.json").value("default_site").toString(), QStringLiteral("dev"));

    // The Administrator signs in with the password and is System Manager.
    {
        SiteContext::Options options;
        options.site = QStringLiteral("dev");
        options.loadPlugins = false;
        Diagnostics diagnostics;
        auto context = SiteContext::open(project, options, diagnostics);
        QVERIFY(context);
        const PasswordLogin login((*context)->pool(), (*context)->service());
        const auto admin =
            login.verify(QStringLiteral("Administrator"), QStringLiteral("pw-dev-1"));
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message()));
        QVERIFY(admin->roles.contains(QStringLiteral("System Manager")));
    }

    // A second site, with a generated password, leaves the default alone.
    const auto second = fm::core::createSite(project, QStringLiteral("staging"));
    QVERIFY(second);
    QVERIFY(!second->madeDefault);
    QVERIFY(second->passwordGenerated);
    QCOMPARE(second->adminPassword.size(), 20);
    QCOMPARE(project.defaultSite(), QStringLiteral("dev"));
    QCOMPARE(project.sites(), (QStringList{"dev", "staging"}));
}

void TestScaffold::createSiteRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("message");
    QTest::newRow("capital letter") << ""
                                    << "Dev"
                                    << "\"Dev\" is not a valid site name";
    QTest::newRow("path") << ""
                          << "../dev"
                          << "is not a valid site name";
    QTest::newRow("empty") << ""
                           << ""
                           << "is not a valid site name";
    QTest::newRow("existing site") << "site"
                                   << "dev"
                                   << "site \"dev\" already exists in sites/dev";
    QTest::newRow("DocType with errors") << "broken"
                                         << "dev"
                                         << "the project's DocTypes have errors, the first: ";
    QTest::newRow("unwritable: sites is a file") << "sites"
                                                 << "dev"
                                                 << "is a file, not a folder";
    QTest::newRow("folder with a database that is not one")
        << "garbage"
        << "dev"
        << "setting up the new site \"dev\" failed, so it was not created";
}

void TestScaffold::createSiteRefused()
{
    QFETCH(QString, setup);
    QFETCH(QString, site);
    QFETCH(QString, message);
    Project project = makeProject();
    if (setup == "site")
        QVERIFY(fm::core::createSite(project, QStringLiteral("dev"), QStringLiteral("pw")));
    if (setup == "broken")
        QVERIFY(writeFile(root() + "/apps/demo/doctypes/book/book.json",
                          "{\"name\": \"Book\", \"fields\": [{\"fieldname\": \"Title\"}]}"));
    if (setup == "sites") {
        QVERIFY(QDir(root() + "/sites").removeRecursively());
        QVERIFY(writeFile(root() + "/sites", "a file"));
    }
    if (setup == "garbage") // a folder without site.json: what it holds is kept
        QVERIFY(writeFile(root() + "/sites/dev/db.sqlite", QByteArray(4096, 'x')));
    const Snapshot before = snapshot(m_dir->path());
    const QString defaultSite = project.defaultSite();
    const auto created = fm::core::createSite(project, site, QStringLiteral("pw"));
    QVERIFY(!created);
    QVERIFY2(created.error().message().contains(message), qPrintable(created.error().toText()));
    QCOMPARE(snapshot(m_dir->path()), before);
    QCOMPARE(project.defaultSite(), defaultSite);
}

// The building block: created folders go, changed files come back, new entries of a
// watched folder go; a committed transaction keeps everything.
void TestScaffold::fileTransactionRollsBack()
{
    const QString dir = m_dir->path();
    QVERIFY(writeFile(dir + "/kept.txt", "old"));
    QVERIFY(QDir().mkpath(dir + "/watched"));
    QVERIFY(writeFile(dir + "/watched/there.txt", "there"));
    const Snapshot before = snapshot(dir);
    {
        FileTransaction files;
        QVERIFY(files.makePath(dir + "/a/b/c"));
        QVERIFY(files.write(dir + "/a/b/c/new.txt", "new"));
        QVERIFY(files.write(dir + "/kept.txt", "changed"));
        files.watchFolder(dir + "/watched");
        QVERIFY(writeFile(dir + "/watched/later.txt", "later"));
        QVERIFY(QDir().mkpath(dir + "/watched/sub/deeper"));
        QCOMPARE(readFile(dir + "/kept.txt"), QByteArray("changed"));
    }
    QCOMPARE(snapshot(dir), before);
    {
        FileTransaction files;
        QVERIFY(files.makePath(dir + "/a"));
        QVERIFY(files.write(dir + "/kept.txt", "changed"));
        files.commit();
    }
    QVERIFY(QFileInfo(dir + "/a").isDir());
    QCOMPARE(readFile(dir + "/kept.txt"), QByteArray("changed"));
    FileTransaction blocked;
    const auto refused = blocked.makePath(dir + "/kept.txt/x");
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains("kept.txt is a file, not a folder"));
}

QTEST_GUILESS_MAIN(TestScaffold)
#include "tst_scaffold.moc"
