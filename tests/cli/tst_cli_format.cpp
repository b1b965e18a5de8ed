// SPDX-License-Identifier: MIT
// `m format [path] [--check]`: DocType files rewritten in the canonical form, files with
// errors left alone, --check changing nothing, the path forms of `m check`, and the
// shipped example project and core app already canonical.
#include "clitestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using fm::test::CliRun;
using fm::test::readFile;
using fm::test::runM;
using fm::test::snapshot;

namespace {

// Valid, but written by hand: several keys on a line, an explicit default, CRLF.
const QByteArray kLoose =
    "{\"$schema\": \"../../../../schema.json\", \"format_version\": 1, \"name\": \"Loan\",\r\n"
    "  \"is_child\": false,\r\n"
    "  \"fields\": [{\"fieldname\": \"book\", \"fieldtype\": \"Link\", \"options\": "
    "\"Book\", \"required\": true},\r\n"
    "    {\"fieldname\": \"note\", \"fieldtype\": \"Data\", \"label\": \"Note\"}],\r\n"
    "  \"permissions\": [{\"read\": true, \"role\": \"Librarian\"}]}\r\n";

// kLoose in the canonical form: "$schema" and "format_version" kept, the default
// "is_child": false left out, one member per line, LF.
const QByteArray kCanonical = R"({
  "$schema": "../../../../schema.json",
  "format_version": 1,
  "name": "Loan",
  "fields": [
    {
      "fieldname": "book",
      "fieldtype": "Link",
      "options": "Book",
      "required": true
    },
    {
      "fieldname": "note",
      "fieldtype": "Data",
      "label": "Note"
    }
  ],
  "permissions": [
    {
      "role": "Librarian",
      "read": true
    }
  ]
}
)";

// An unknown key: the loader reports an error at line 1.
const QByteArray kBroken =
    "{\"name\": \"Fine\", \"colour\": \"red\", \"fields\": [{\"fieldname\": \"a\", "
    "\"fieldtype\": \"Data\"}]}";

} // namespace

class TestCliFormat final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void formatsAndChecks();
    void errorsLeaveTheFileAlone();
    void warningsDoNotStopIt();
    void paths_data();
    void paths();
    void shippedFilesAreCanonical_data();
    void shippedFilesAreCanonical();
    void exampleProjectPassesCheck();

private:
    QString project() const { return m_dir->filePath(QStringLiteral("p")); }
    QString loanPath(const QString &app = QStringLiteral("shop")) const
    {
        return project() + QStringLiteral("/apps/%1/doctypes/loan/loan.json").arg(app);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliFormat::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"),
                                   {QStringLiteral("demo"), QStringLiteral("shop")}),
             QString());
    const CliRun run = runM({"new", "doctype", "Book", "--app", "demo"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
}

void TestCliFormat::formatsAndChecks()
{
    // What `m new doctype` writes is canonical already.
    CliRun run = runM({"format", "--check"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("1 DocType file: 0 to reformat, 1 already canonical, 0 left "
                              "unchanged"),
             run.describe());

    QVERIFY(fm::test::writeFile(loanPath(), kLoose));
    const auto before = snapshot(project());
    run = runM({"format", "--check"}, project());
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.out.contains("would reformat apps/shop/doctypes/loan/loan.json\n"),
             run.describe());
    QVERIFY2(!run.out.contains("book.json"), run.describe());
    QVERIFY2(run.out.contains("2 DocType files: 1 to reformat, 1 already canonical"),
             run.describe());
    QCOMPARE(snapshot(project()), before); // --check changes nothing

    run = runM({"format"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("formatted apps/shop/doctypes/loan/loan.json\n"), run.describe());
    QVERIFY2(run.out.contains("2 DocType files: 1 formatted, 1 already canonical, 0 left "
                              "unchanged"),
             run.describe());
    QCOMPARE(readFile(loanPath()), kCanonical);
    // QSaveFile left no temporary file behind.
    QCOMPARE(QFileInfo(loanPath()).dir().entryList(QDir::Files), QStringList{"loan.json"});

    // Formatting again changes nothing, and --check agrees.
    const auto after = snapshot(project());
    run = runM({"format"}, project());
    QVERIFY2(run.exitCode == 0 && run.out.contains("0 formatted, 2 already canonical"),
             run.describe());
    QCOMPARE(snapshot(project()), after);
    run = runM({"format", "--check"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    // The formatted file means the same: `m check` is clean.
    run = runM({"check"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
}

void TestCliFormat::errorsLeaveTheFileAlone()
{
    QVERIFY(fm::test::writeFile(loanPath(), kLoose));
    const QString broken = project() + QStringLiteral("/apps/demo/doctypes/fine/fine.json");
    QVERIFY(fm::test::writeFile(broken, kBroken));
    for (const QString &mode : {QStringLiteral("--check"), QString()}) {
        QStringList args{"format"};
        if (!mode.isEmpty())
            args << mode;
        const CliRun run = runM(args, project());
        QVERIFY2(run.exitCode == 1, run.describe());
        QVERIFY2(run.out.contains("apps/demo/doctypes/fine/fine.json:1:"), run.describe());
        QVERIFY2(run.out.contains("error: unknown key \"colour\" in DocType [unknown-key]"),
                 run.describe());
        QVERIFY2(run.out.contains("left unchanged apps/demo/doctypes/fine/fine.json: it has "
                                  "errors; fix them first"),
                 run.describe());
        QVERIFY2(run.out.contains("3 DocType files: 1 "), run.describe());
        QVERIFY2(run.out.contains("1 already canonical, 1 left unchanged"), run.describe());
        QCOMPARE(readFile(broken), kBroken);
    }
    // The valid file beside it was formatted all the same.
    QCOMPARE(readFile(loanPath()), kCanonical);
    // Not JSON at all.
    QVERIFY(fm::test::writeFile(broken, "{\"name\": "));
    const CliRun run = runM({"format", "apps/demo/doctypes/fine/fine.json"}, project());
    QVERIFY2(run.exitCode == 1 && run.out.contains("[invalid-json]"), run.describe());
    QCOMPARE(readFile(broken), QByteArray("{\"name\": "));
}

// A warning (options on a Data field) is no reason to refuse, and the options stay.
void TestCliFormat::warningsDoNotStopIt()
{
    QVERIFY(fm::test::writeFile(loanPath(), "{\"name\": \"Loan\", \"fields\": [{\"fieldname\": "
                                            "\"note\", \"fieldtype\": \"Data\", \"options\": "
                                            "\"x\"}]}"));
    const CliRun run = runM({"format", "apps/shop"}, project());
    QVERIFY2(run.exitCode == 0 && run.out.contains("1 formatted"), run.describe());
    QVERIFY2(!run.out.contains("warning"), run.describe());
    QCOMPARE(readFile(loanPath()), QByteArray("{\n"
                                              "  \"name\": \"Loan\",\n"
                                              "  \"fields\": [\n"
                                              "    {\n"
                                              "      \"fieldname\": \"note\",\n"
                                              "      \"fieldtype\": \"Data\",\n"
                                              "      \"options\": \"x\"\n"
                                              "    }\n"
                                              "  ]\n"
                                              "}\n"));
}

void TestCliFormat::paths_data()
{
    QTest::addColumn<QString>("workDir"); // relative to the temporary folder
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");  // in stdout, or stderr when the exit is not 0/1
    QTest::addColumn<QStringList>("formatted"); // apps whose loan.json is rewritten
    // Setup for every row: demo and shop each have a loose Loan.
    const QString demo = QStringLiteral("would reformat apps/demo/doctypes/loan/loan.json");
    QTest::newRow("project around the working folder")
        << "p" << QStringList{"format"} << 0 << QStringList{"3 DocType files: 2 formatted"}
        << QStringList{"demo", "shop"};
    QTest::newRow("from a subfolder of the project")
        << "p/apps/demo" << QStringList{"format"} << 0
        << QStringList{"formatted doctypes/loan/loan.json", "/p/apps/shop/doctypes/loan/loan.json"}
        << QStringList{"demo", "shop"};
    QTest::newRow("project folder") << "" << QStringList{"format", "p"} << 0
                                    << QStringList{"formatted p/apps/demo/doctypes/loan/loan.json"}
                                    << QStringList{"demo", "shop"};
    QTest::newRow("--project") << "" << QStringList{"format", "--project", "p"} << 0
                               << QStringList{"2 formatted"} << QStringList{"demo", "shop"};
    QTest::newRow("app folder: its files only")
        << "p" << QStringList{"format", "apps/shop"} << 0
        << QStringList{"formatted apps/shop/doctypes/loan/loan.json", "1 DocType file: 1 formatted"}
        << QStringList{"shop"};
    QTest::newRow("app folder relative to another working folder")
        << "p/apps" << QStringList{"format", "demo"} << 0
        << QStringList{"formatted demo/doctypes/loan/loan.json", "2 DocType files: 1 formatted"}
        << QStringList{"demo"};
    QTest::newRow("one file") << "p" << QStringList{"format", "apps/demo/doctypes/loan/loan.json"}
                              << 0 << QStringList{"1 DocType file: 1 formatted"}
                              << QStringList{"demo"};
    QTest::newRow("--check with a file")
        << "p" << QStringList{"format", "--check", "apps/demo/doctypes/loan/loan.json"} << 1
        << QStringList{demo, "1 DocType file: 1 to reformat"} << QStringList{};
    QTest::newRow("missing path")
        << "p" << QStringList{"format", "nowhere.json"} << 1
        << QStringList{"error: nowhere.json is not there; pass a DocType .json file"}
        << QStringList{};
    QTest::newRow("folder that is neither")
        << "p" << QStringList{"format", "sites"} << 1
        << QStringList{"sites is none of the things m format reads"} << QStringList{};
    QTest::newRow("outside a project")
        << "" << QStringList{"format"} << 1 << QStringList{"no Framework M project here"}
        << QStringList{};
    QTest::newRow("two paths") << "p" << QStringList{"format", "a", "b"} << 2
                               << QStringList{"takes at most one path"} << QStringList{};
    QTest::newRow("unknown option") << "p" << QStringList{"format", "--dry-run"} << 2
                                    << QStringList{"dry-run"} << QStringList{};
}

void TestCliFormat::paths()
{
    QFETCH(QString, workDir);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, formatted);
    const QStringList apps{QStringLiteral("demo"), QStringLiteral("shop")};
    for (const QString &app : apps)
        QVERIFY(fm::test::writeFile(loanPath(app), kLoose));
    const CliRun run = runM(args, QDir(m_dir->path()).filePath(workDir));
    QVERIFY2(run.exitCode == exitCode, run.describe());
    for (const QString &part : expected)
        QVERIFY2(run.out.contains(part) || run.err.contains(part),
                 qPrintable(part + QStringLiteral("\n") + run.describe()));
    for (const QString &app : apps) {
        QCOMPARE(readFile(loanPath(app)) == kCanonical, formatted.contains(app));
        if (!formatted.contains(app))
            QCOMPARE(readFile(loanPath(app)), kLoose);
    }
}

// The repository's own DocTypes, read in place: --check changes nothing.
void TestCliFormat::shippedFilesAreCanonical_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("core app") << QStringLiteral(FM_SOURCE_DIR "/resources/apps/core");
    QTest::newRow("helpdesk project") << QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk");
}

void TestCliFormat::shippedFilesAreCanonical()
{
    QFETCH(QString, path);
    const CliRun run = runM({"format", "--check", path}, m_dir->path());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(" 0 to reformat,") && run.out.contains(" 0 left unchanged"),
             run.describe());
    QVERIFY2(!run.out.contains(": 0 to reformat, 0 already"), run.describe()); // files found
}

// The reformatted demo project still loads without a problem.
void TestCliFormat::exampleProjectPassesCheck()
{
    const CliRun run = runM({"check"}, QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"));
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("0 errors, 0 warnings in ")), run.describe());
}

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cli_format.moc"
