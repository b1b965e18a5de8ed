// SPDX-License-Identifier: MIT
// `m new doctype`: the files it writes, what it keeps, every refusal, and the
// question it asks on a terminal (run under `script`, which gives m a pseudo-terminal).
#include "clitestutil.h"

#include "meta/doctypeloader.h"
#include "meta/fieldtyperegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using fm::test::CliRun;
using fm::test::runM;

class TestCliDocType final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newDocType_data();
    void newDocType();
    void secondDocTypeKeepsUserCode();
    void refused_data();
    void refused();
    void askForApp_data();
    void askForApp();

private:
    QString project() const { return m_dir->filePath(QStringLiteral("p")); }
    QString app(const QString &path) const
    {
        return project() + QStringLiteral("/apps/demo/") + path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDocType::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"), {QStringLiteral("demo")}),
             QString());
}

void TestCliDocType::newDocType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("snake");
    QTest::addColumn<QString>("className");
    QTest::newRow("one word") << "Book" << QStringList{} << "book"
                              << "BookController";
    QTest::newRow("two words") << "Support Ticket" << QStringList{} << "support_ticket"
                               << "SupportTicketController";
    QTest::newRow("--child") << "Order Item" << QStringList{"--child"} << "order_item"
                             << "OrderItemController";
    QTest::newRow("--submittable")
        << "Sales Invoice" << QStringList{"--submittable"} << "sales_invoice"
        << "SalesInvoiceController";
}

void TestCliDocType::newDocType()
{
    QFETCH(QString, name);
    QFETCH(QStringList, flags);
    QFETCH(QString, snake);
    QFETCH(QString, className);
    const CliRun run =
        runM(QStringList{"new", "doctype", name, "--app", "demo"} + flags, project());
    QVERIFY2(run.exitCode == 0, run.describe());

    const QString folder = QStringLiteral("doctypes/%1/").arg(snake);
    const QStringList files{folder + snake + QStringLiteral(".json"),
                            folder + snake + QStringLiteral("_controller.h"),
                            folder + snake + QStringLiteral("_controller.cpp"),
                            folder + QStringLiteral("test_") + snake + QStringLiteral(".cpp"),
                            QStringLiteral("docs/") + snake + QStringLiteral(".md"),
                            QStringLiteral("CMakeLists.txt"),
                            QStringLiteral("demo_plugin.h"),
                            QStringLiteral("demo_plugin.cpp")};
    for (const QString &file : files) {
        QVERIFY2(QFileInfo::exists(app(file)), qPrintable(file));
        QVERIFY2(run.out.contains(QStringLiteral("created   apps/demo/") + file), run.describe());
    }

    // The DocType file is valid on its own and in the project.
    const fm::core::FieldTypeRegistry types;
    fm::core::Diagnostics diagnostics;
    const auto doctype = fm::core::DocTypeLoader(types).loadFile(app(files.first()), diagnostics);
    QVERIFY(doctype);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    QCOMPARE(doctype->name, name);
    QCOMPARE(doctype->module, QStringLiteral("Demo"));
    QCOMPARE(doctype->isChild, flags.contains(QStringLiteral("--child")));
    QCOMPARE(doctype->isSubmittable, flags.contains(QStringLiteral("--submittable")));
    QCOMPARE(doctype->permissions.isEmpty(), doctype->isChild);
    if (doctype->isSubmittable)
        QVERIFY(doctype->permissions.first().allows(fm::core::PermissionAction::Submit));
    const CliRun check = runM({"check"}, project());
    QVERIFY2(check.exitCode == 0 &&
                 check.out.contains(QStringLiteral("0 errors, 0 warnings in 19 DocTypes")),
             check.describe());

    // The scaffolds are libcodegen's for this DocType, and the plugin registers it.
    const QByteArray header = fm::test::readFile(app(files.at(1)));
    QVERIFY(header.contains("class " + className.toUtf8()));
    QCOMPARE(header.contains("beforeSubmit"), doctype->isSubmittable);
    const QByteArray plugin = fm::test::readFile(app(QStringLiteral("demo_plugin.cpp")));
    QVERIFY(plugin.contains(
        QStringLiteral("#include \"%1%2_controller.h\"").arg(folder, snake).toUtf8()));
    QVERIFY(
        plugin.contains(QStringLiteral("registerController(%1::kDocType").arg(className).toUtf8()));
    QVERIFY(fm::test::readFile(app(QStringLiteral("CMakeLists.txt")))
                .contains("\n    " + snake.toUtf8() + "\n"));
}

void TestCliDocType::secondDocTypeKeepsUserCode()
{
    CliRun run = runM({"new", "doctype", "Book", "--app", "demo"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    // User code outside the generated regions, and a controller body the user wrote.
    const QByteArray plugin =
        fm::test::readFile(app(QStringLiteral("demo_plugin.cpp"))) + "\n// mine: keep me\n";
    QVERIFY(fm::test::writeFile(app(QStringLiteral("demo_plugin.cpp")), plugin));
    const QByteArray cmake =
        "# mine: first line\n" + fm::test::readFile(app(QStringLiteral("CMakeLists.txt")));
    QVERIFY(fm::test::writeFile(app(QStringLiteral("CMakeLists.txt")), cmake));
    const QByteArray controller =
        fm::test::readFile(app(QStringLiteral("doctypes/book/book_controller.cpp")))
            .replace("return {};", "return {}; // mine");
    QVERIFY(
        fm::test::writeFile(app(QStringLiteral("doctypes/book/book_controller.cpp")), controller));

    run = runM({"new", "doctype", "Author", "--app", "demo"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("updated   apps/demo/demo_plugin.cpp")),
             run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("updated   apps/demo/CMakeLists.txt")),
             run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("unchanged apps/demo/demo_plugin.h")), run.describe());
    const QByteArray newPlugin = fm::test::readFile(app(QStringLiteral("demo_plugin.cpp")));
    QVERIFY(newPlugin.endsWith("\n// mine: keep me\n"));
    QVERIFY(newPlugin.contains("registerController(AuthorController::kDocType"));
    QVERIFY(newPlugin.contains("registerController(BookController::kDocType"));
    const QByteArray newCMake = fm::test::readFile(app(QStringLiteral("CMakeLists.txt")));
    QVERIFY(newCMake.startsWith("# mine: first line\n"));
    QVERIFY(newCMake.contains("    author\n    book\n"));
    QCOMPARE(fm::test::readFile(app(QStringLiteral("doctypes/book/book_controller.cpp"))),
             controller);
}

void TestCliDocType::refused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString invalid = QStringLiteral("is not a valid DocType name");
    QTest::newRow("lower case") << "" << QStringList{"book", "--app", "demo"} << 1
                                << "\"book\" " + invalid;
    QTest::newRow("punctuation") << "" << QStringList{"Book!", "--app", "demo"} << 1 << invalid;
    QTest::newRow("two spaces") << "" << QStringList{"Sales  Order", "--app", "demo"} << 1
                                << invalid;
    QTest::newRow("longer than 64")
        << "" << QStringList{"B" + QString(64, u'o'), "--app", "demo"} << 1 << invalid;
    QTest::newRow("unknown app")
        << "" << QStringList{"Book", "--app", "nope"} << 1
        << "app \"nope\" is not in this project (the project's apps: demo)";
    QTest::newRow("built-in app") << "" << QStringList{"Book", "--app", "core"} << 1
                                  << "\"core\" is the built-in app";
    QTest::newRow("existing DocType") << "book" << QStringList{"Book", "--app", "demo"} << 1
                                      << "DocType \"Book\" already exists (in app \"demo\")";
    QTest::newRow("DocType of core") << "" << QStringList{"Role", "--app", "demo"} << 1
                                     << "DocType \"Role\" already exists (in app \"core\")";
    QTest::newRow("a file where the DocType folder goes")
        << "file" << QStringList{"Book", "--app", "demo"} << 1
        << "apps/demo/doctypes/book already exists";
    QTest::newRow("no --app and no terminal")
        << "" << QStringList{"Book"} << 1 << "error: cannot tell which app: pass --app <name>\n";
    QTest::newRow("--child with --submittable")
        << "" << QStringList{"Book", "--app", "demo", "--child", "--submittable"} << 2
        << "exclude each other";
    QTest::newRow("no name") << "" << QStringList{"--app", "demo"} << 2 << "missing DocType name";
    QTest::newRow("two names") << "" << QStringList{"Book", "Author", "--app", "demo"} << 2
                               << "expected one DocType name";
    QTest::newRow("broken markers in the app's CMakeLists.txt")
        << "markers" << QStringList{"Author", "--app", "demo"} << 1
        << "/p/apps/demo/CMakeLists.txt: line ";
    QTest::newRow("project with a broken DocType")
        << "broken" << QStringList{"Author", "--app", "demo"} << 1
        << "the project's DocTypes have errors";
    QTest::newRow("outside a project")
        << "outside" << QStringList{"Book", "--app", "demo"} << 1 << "no Framework M project here";
}

void TestCliDocType::refused()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (setup == QLatin1String("book") || setup == QLatin1String("markers") ||
        setup == QLatin1String("broken")) {
        const CliRun run = runM({"new", "doctype", "Book", "--app", "demo"}, project());
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    if (setup == QLatin1String("file"))
        QVERIFY(fm::test::writeFile(app(QStringLiteral("doctypes/book")), "not a DocType folder"));
    if (setup == QLatin1String("markers")) {
        const QByteArray cmake = fm::test::readFile(app(QStringLiteral("CMakeLists.txt")));
        QVERIFY(cmake.contains("# fm:generated:end doctypes\n"));
        QVERIFY(
            fm::test::writeFile(app(QStringLiteral("CMakeLists.txt")),
                                QByteArray(cmake).replace("# fm:generated:end doctypes\n", "")));
    }
    if (setup == QLatin1String("broken"))
        QVERIFY(fm::test::writeFile(app(QStringLiteral("doctypes/book/book.json")),
                                    "{\"name\": \"Book\"}"));
    const QString workDir = setup == QLatin1String("outside") ? m_dir->path() : project();
    const auto before = fm::test::snapshot(m_dir->path());
    const CliRun run = runM(QStringList{"new", "doctype"} + args, workDir);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QCOMPARE(fm::test::snapshot(m_dir->path()), before);
}

void TestCliDocType::askForApp_data()
{
    QTest::addColumn<QStringList>("moreApps");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("chosen"); // app that got the DocType, empty: none
    QTest::addColumn<QString>("output");
    QTest::newRow("the only app is the default") << QStringList{} << QByteArray("\n") << 0 << "demo"
                                                 << "[demo]";
    QTest::newRow("by number") << QStringList{"shop"} << QByteArray("2\n") << 0 << "shop"
                               << "2. shop";
    QTest::newRow("by name") << QStringList{"shop"} << QByteArray("demo\n") << 0 << "demo"
                             << "1. demo";
    QTest::newRow("no default with two apps") << QStringList{"shop"} << QByteArray("\n") << 1 << ""
                                              << "is none of the apps listed";
    QTest::newRow("number out of range") << QStringList{"shop"} << QByteArray("3\n") << 1 << ""
                                         << "\"3\" is none of the apps listed";
    QTest::newRow("unknown name") << QStringList{} << QByteArray("crm\n") << 1 << ""
                                  << "\"crm\" is none of the apps";
}

void TestCliDocType::askForApp()
{
    QFETCH(QStringList, moreApps);
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(QString, chosen);
    QFETCH(QString, output);
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux `script` is not installed: without it the test cannot give m a terminal");
    for (const QString &name : moreApps) {
        const CliRun run = runM({"new", "app", name}, project());
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    // script runs m on a pseudo-terminal, so isatty(stdin) is true; -e returns m's exit code.
    QProcess process;
    process.setWorkingDirectory(project());
    process.start(script, {QStringLiteral("-qec"),
                           QStringLiteral("'%1' new doctype Book").arg(QStringLiteral(FM_M_BINARY)),
                           QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted());
    process.write(answer);
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == exitCode, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Which app gets DocType \"Book\"?")), qPrintable(text));
    QVERIFY2(text.contains(output), qPrintable(text));
    for (const QString &name : QStringList{QStringLiteral("demo")} + moreApps) {
        QCOMPARE(QFileInfo::exists(project() +
                                   QStringLiteral("/apps/%1/doctypes/book/book.json").arg(name)),
                 name == chosen);
    }
}

QTEST_GUILESS_MAIN(TestCliDocType)
#include "tst_cli_doctype.moc"
