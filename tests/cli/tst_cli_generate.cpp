// SPDX-License-Identifier: MIT
// `m generate`: what it creates, updates and leaves alone, user code kept byte for byte,
// the --app/--doctype selection, refusals, and a file with broken markers.
#include "clitestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using fm::test::CliRun;
using fm::test::runM;

namespace {

const QByteArray kBookWithStatus = R"({
  "name": "Book",
  "module": "Demo",
  "fields": [
    {"fieldname": "title", "fieldtype": "Data", "label": "Title", "required": true},
    {"fieldname": "status", "fieldtype": "Select", "options": "Draft\nPublished"}
  ]
}
)";

} // namespace

class TestCliGenerate final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void upToDate();
    void regenerationKeepsUserCode();
    void handWrittenDocType();
    void selectDocType_data();
    void selectDocType();
    void refused_data();
    void refused();
    void brokenMarkers();

private:
    QString project() const { return m_dir->filePath(QStringLiteral("p")); }
    QString demo(const QString &path) const
    {
        return project() + QStringLiteral("/apps/demo/") + path;
    }
    CliRun generate(const QStringList &args = {}) const
    {
        return runM(QStringList{QStringLiteral("generate")} + args, project());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliGenerate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"),
                                   {QStringLiteral("demo"), QStringLiteral("shop")}),
             QString());
    const CliRun run = runM({"new", "doctype", "Book", "--app", "demo"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
}

// Right after `m new doctype` everything is up to date.
void TestCliGenerate::upToDate()
{
    const auto before = fm::test::snapshot(project());
    const CliRun run = generate();
    QVERIFY2(run.exitCode == 0, run.describe());
    for (const char *line :
         {"unchanged apps/demo/doctypes/book/book_controller.h\n",
          "unchanged apps/demo/doctypes/book/book_controller.cpp\n",
          "unchanged apps/demo/doctypes/book/test_book.cpp\n", "unchanged apps/demo/docs/book.md\n",
          "unchanged apps/demo/CMakeLists.txt\n", "unchanged apps/demo/demo_plugin.h\n",
          "unchanged apps/demo/demo_plugin.cpp\n",
          "App \"shop\" has no DocTypes; nothing to generate.\n",
          "0 created, 0 updated, 7 unchanged\n"})
        QVERIFY2(run.out.contains(QLatin1String(line)),
                 qPrintable(QLatin1String(line) + run.describe()));
    QCOMPARE(fm::test::snapshot(project()), before);

    // A deleted file comes back.
    QVERIFY(QFile::remove(demo(QStringLiteral("docs/book.md"))));
    const CliRun again = generate();
    QVERIFY2(again.exitCode == 0 &&
                 again.out.contains(QStringLiteral("created   apps/demo/docs/book.md\n")) &&
                 again.out.endsWith(QStringLiteral("1 created, 0 updated, 6 unchanged\n")),
             again.describe());
    QCOMPARE(fm::test::snapshot(project()), before);
}

void TestCliGenerate::regenerationKeepsUserCode()
{
    QVERIFY(fm::test::writeFile(demo(QStringLiteral("doctypes/book/book.json")), kBookWithStatus));
    const QByteArray header =
        fm::test::readFile(demo(QStringLiteral("doctypes/book/book_controller.h"))) +
        "// mine: after the class\n";
    QVERIFY(fm::test::writeFile(demo(QStringLiteral("doctypes/book/book_controller.h")), header));
    const QByteArray page =
        fm::test::readFile(demo(QStringLiteral("docs/book.md"))) + "\nMy own notes.\n";
    QVERIFY(fm::test::writeFile(demo(QStringLiteral("docs/book.md")), page));
    const QByteArray source =
        fm::test::readFile(demo(QStringLiteral("doctypes/book/book_controller.cpp")));

    const CliRun run = generate({"--app", "demo"});
    QVERIFY2(run.exitCode == 0, run.describe());
    for (const char *line :
         {"updated   apps/demo/doctypes/book/book_controller.h\n",
          "updated   apps/demo/doctypes/book/test_book.cpp\n", "updated   apps/demo/docs/book.md\n",
          "unchanged apps/demo/doctypes/book/book_controller.cpp\n",
          "0 created, 3 updated, 4 unchanged\n"})
        QVERIFY2(run.out.contains(QLatin1String(line)),
                 qPrintable(QLatin1String(line) + run.describe()));
    QVERIFY2(!run.out.contains(QStringLiteral("shop")), run.describe());
    const QByteArray newHeader =
        fm::test::readFile(demo(QStringLiteral("doctypes/book/book_controller.h")));
    QVERIFY(newHeader.contains("kStatus"));
    QVERIFY(newHeader.contains("Published"));
    QVERIFY(newHeader.endsWith("// mine: after the class\n"));
    const QByteArray newPage = fm::test::readFile(demo(QStringLiteral("docs/book.md")));
    QVERIFY(newPage.contains("status"));
    QVERIFY(newPage.endsWith("\nMy own notes.\n"));
    QCOMPARE(fm::test::readFile(demo(QStringLiteral("doctypes/book/book_controller.cpp"))), source);
}

// A DocType written by hand (or in the Studio) gets its scaffolds on the next generate.
void TestCliGenerate::handWrittenDocType()
{
    QVERIFY(fm::test::writeFile(project() + QStringLiteral("/apps/shop/doctypes/loan/loan.json"),
                                "{\"name\": \"Loan\", \"fields\": [{\"fieldname\": \"book\", "
                                "\"fieldtype\": \"Link\", \"options\": \"Book\"}]}"));
    const auto demoBefore = fm::test::snapshot(project() + QStringLiteral("/apps/demo"));
    const CliRun run = generate({"--app", "shop"});
    QVERIFY2(run.exitCode == 0 &&
                 run.out.contains(QStringLiteral("7 created, 0 updated, 0 unchanged")),
             run.describe());
    for (const char *file : {"doctypes/loan/loan_controller.h", "doctypes/loan/loan_controller.cpp",
                             "doctypes/loan/test_loan.cpp", "docs/loan.md", "CMakeLists.txt",
                             "shop_plugin.h", "shop_plugin.cpp"})
        QVERIFY2(QFileInfo::exists(project() + QStringLiteral("/apps/shop/") + QLatin1String(file)),
                 file);
    QVERIFY(fm::test::readFile(project() + QStringLiteral("/apps/shop/shop_plugin.cpp"))
                .contains("registerController(LoanController::kDocType"));
    QCOMPARE(fm::test::snapshot(project() + QStringLiteral("/apps/demo")), demoBefore);
}

void TestCliGenerate::selectDocType_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--doctype by name") << QStringList{"--doctype", "Author"};
    QTest::newRow("--doctype by table name") << QStringList{"--doctype", "author"};
    QTest::newRow("--doctype with its --app")
        << QStringList{"--doctype", "Author", "--app", "demo"};
}

void TestCliGenerate::selectDocType()
{
    QFETCH(QStringList, args);
    const CliRun author = runM({"new", "doctype", "Author", "--app", "demo"}, project());
    QVERIFY2(author.exitCode == 0, author.describe());
    QVERIFY(QFile::remove(demo(QStringLiteral("docs/author.md"))));
    QVERIFY(QFile::remove(demo(QStringLiteral("docs/book.md"))));
    const CliRun run = generate(args);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("created   apps/demo/docs/author.md")),
             run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("unchanged apps/demo/demo_plugin.cpp")),
             run.describe());
    QVERIFY2(!run.out.contains(QStringLiteral("book")), run.describe());
    QVERIFY(!QFileInfo::exists(demo(QStringLiteral("docs/book.md"))));
    // The plugin still registers both: --doctype narrows the files, not the app.
    const QByteArray plugin = fm::test::readFile(demo(QStringLiteral("demo_plugin.cpp")));
    QVERIFY(plugin.contains("BookController::kDocType") &&
            plugin.contains("AuthorController::kDocType"));
}

void TestCliGenerate::refused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown app") << "" << QStringList{"--app", "nope"} << 1
                                 << "app \"nope\" is not in this project";
    QTest::newRow("built-in app") << "" << QStringList{"--app", "core"} << 1
                                  << "\"core\" is the built-in app";
    QTest::newRow("unknown DocType")
        << "" << QStringList{"--doctype", "Bok"} << 1
        << "no DocType \"Bok\" in this project; did you mean \"Book\"?";
    QTest::newRow("DocType of core") << "" << QStringList{"--doctype", "Role"} << 1
                                     << "DocType \"Role\" belongs to the built-in app core";
    QTest::newRow("DocType of another app")
        << "" << QStringList{"--doctype", "Book", "--app", "shop"} << 1
        << "DocType \"Book\" belongs to app \"demo\", not to \"shop\"; pass --app demo";
    QTest::newRow("an argument") << "" << QStringList{"book"} << 2 << "takes no arguments";
    QTest::newRow("DocType with errors")
        << "broken" << QStringList{} << 1 << "the project's DocTypes have errors";
    QTest::newRow("project without apps")
        << "noapps" << QStringList{} << 1 << "the project has no apps";
}

void TestCliGenerate::refused()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (setup == QLatin1String("broken"))
        QVERIFY(fm::test::writeFile(demo(QStringLiteral("doctypes/book/book.json")),
                                    "{\"name\": \"Book\"}"));
    if (setup == QLatin1String("noapps"))
        QVERIFY(fm::test::writeFile(project() + QStringLiteral("/m.json"),
                                    "{\"name\": \"p\", \"apps\": []}"));
    const auto before = fm::test::snapshot(m_dir->path());
    const CliRun run = generate(args);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QCOMPARE(fm::test::snapshot(m_dir->path()), before);
}

void TestCliGenerate::brokenMarkers()
{
    const QString headerPath = demo(QStringLiteral("doctypes/book/book_controller.h"));
    QByteArray header = fm::test::readFile(headerPath);
    const qsizetype end = header.indexOf("// fm:generated:end");
    QVERIFY(end > 0);
    header.remove(end, header.indexOf('\n', end) - end + 1);
    QVERIFY(fm::test::writeFile(headerPath, header));
    QVERIFY(fm::test::writeFile(demo(QStringLiteral("doctypes/book/book.json")), kBookWithStatus));

    const CliRun run = generate();
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("error: ") + QDir::toNativeSeparators(headerPath) +
                              QStringLiteral(": ")),
             run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("0 created, 2 updated, 4 unchanged, 1 failed")),
             run.describe());
    QCOMPARE(fm::test::readFile(headerPath), header);
    // The other files were still brought up to date.
    QVERIFY2(run.out.contains(QStringLiteral("updated   apps/demo/doctypes/book/test_book.cpp")),
             run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("updated   apps/demo/docs/book.md")), run.describe());
}

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cli_generate.moc"
