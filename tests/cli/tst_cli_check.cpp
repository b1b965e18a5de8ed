// SPDX-License-Identifier: MIT
// `m check [path]`: every diagnostic with file:line:col, code and hint, the summary, the
// exit code, and what each kind of path checks.
#include "clitestutil.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using fm::test::CliRun;
using fm::test::runM;

namespace {

// "loan" DocType lines: the line and column of each problem are known.
QByteArray loanJson(const QByteArray &extraKey, const QByteArray &linkTarget,
                    const QByteArray &dataOptions)
{
    return "{\n"
           "  \"name\": \"Loan\",\n"
           "  " +
           (extraKey.isEmpty() ? QByteArray("\"label\": \"Loan\"") : extraKey) +
           ",\n"
           "  \"fields\": [\n"
           "    {\"fieldname\": \"book\", \"fieldtype\": \"Link\", \"options\": \"" +
           linkTarget +
           "\"},\n"
           "    {\"fieldname\": \"note\", \"fieldtype\": \"Data\"" +
           dataOptions +
           "}\n"
           "  ]\n"
           "}\n";
}

} // namespace

class TestCliCheck final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wholeProject_data();
    void wholeProject();
    void paths_data();
    void paths();
    void appFieldTypeInSingleFile();

private:
    QString project() const { return m_dir->filePath(QStringLiteral("p")); }
    void writeLoan(const QString &app, const QByteArray &json);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"),
                                   {QStringLiteral("demo"), QStringLiteral("shop")}),
             QString());
    const CliRun run = runM({"new", "doctype", "Book", "--app", "demo"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
}

void TestCliCheck::writeLoan(const QString &app, const QByteArray &json)
{
    QVERIFY(fm::test::writeFile(
        project() + QStringLiteral("/apps/%1/doctypes/loan/loan.json").arg(app), json));
}

void TestCliCheck::wholeProject_data()
{
    QTest::addColumn<QByteArray>("loan"); // empty: no Loan DocType
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // regular expressions, each matching one line of stdout
    const QString file = QStringLiteral("^apps/demo/doctypes/loan/loan\\.json");
    QTest::newRow("clean project") << QByteArray() << 0
                                   << QStringList{"^Checking project \"p\": apps core, demo, shop$",
                                                  "^0 errors, 0 warnings in 19 DocTypes$"};
    QTest::newRow("valid Link to another app's DocType")
        << loanJson({}, "Book", {}) << 0 << QStringList{"^0 errors, 0 warnings in 20 DocTypes$"};
    QTest::newRow("a warning alone does not fail")
        << loanJson({}, "Book", ", \"options\": \"x\"") << 0
        << QStringList{file + ":6:\\d+: warning: Data fields take no \"options\"; it is ignored "
                              "\\[unused-options\\]$",
                       "^    hint: remove \"options\"$", "^0 errors, 1 warning in 20 DocTypes$"};
    QTest::newRow("error in the file")
        << loanJson("\"colour\": \"red\"", "Book", {}) << 1
        << QStringList{file + ":3:3: error: unknown key \"colour\" in DocType \\[unknown-key\\]$",
                       "^    hint: remove it; ", "^1 error, 0 warnings in 20 DocTypes$"};
    QTest::newRow("error between DocTypes")
        << loanJson({}, "Magazine", {}) << 1
        << QStringList{
               file + ":5:\\d+: error: .*\"Magazine\", which does not exist \\[unknown-doctype\\]$",
               "^1 error, 0 warnings in 20 DocTypes$"};
    QTest::newRow("all problems at once")
        << loanJson("\"colour\": \"red\"", "Magazine", ", \"options\": \"x\"") << 1
        << QStringList{"\\[unknown-key\\]$", "\\[unknown-doctype\\]$", "\\[unused-options\\]$",
                       "^2 errors, 1 warning in 20 DocTypes$"};
    QTest::newRow("not JSON") << QByteArray("{\"name\": \"Loan\",") << 1
                              << QStringList{file + ":\\d+:\\d+: error: .*\\[invalid-json\\]$"};
}

void TestCliCheck::wholeProject()
{
    QFETCH(QByteArray, loan);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    if (!loan.isEmpty())
        writeLoan(QStringLiteral("demo"), loan);
    const CliRun run = runM({"check"}, project());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    for (const QString &line : lines) {
        const QRegularExpression re(line, QRegularExpression::MultilineOption);
        QVERIFY2(re.match(run.out).hasMatch(),
                 qPrintable(line + QStringLiteral("\n") + run.describe()));
    }
}

void TestCliCheck::paths_data()
{
    QTest::addColumn<QString>("workDir"); // relative to the temporary folder
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    // Setup for every row: shop's Loan links to a missing DocType and has an unknown key.
    const QString loanFile = QStringLiteral("apps/shop/doctypes/loan/loan.json");
    QTest::newRow("single file: cross-DocType checks skipped")
        << "p" << QStringList{"check", loanFile} << 1 << "out"
        << QStringList{"alone: Link and Table targets", "[unknown-key]",
                       "1 error, 0 warnings in 1 DocType"}
        << QStringList{"[unknown-doctype]"};
    QTest::newRow("app folder: its files only")
        << "p" << QStringList{"check", "apps/shop"} << 1 << "out"
        << QStringList{"Checking app apps/shop", "apps/shop/doctypes/loan/loan.json:3:3",
                       "[unknown-doctype]", "2 errors, 0 warnings in 1 DocType"}
        << QStringList{"apps/demo"};
    QTest::newRow("clean app of a broken project")
        << "p" << QStringList{"check", "apps/demo"} << 0 << "out"
        << QStringList{"0 errors, 0 warnings in 1 DocType"} << QStringList{"loan"};
    QTest::newRow("app folder relative to another working folder")
        << "p/apps" << QStringList{"check", "shop"} << 1 << "out"
        << QStringList{"shop/doctypes/loan/loan.json:3:3"}
        << QStringList{"not an app of a project"};
    QTest::newRow("app outside a project: core only")
        << "" << QStringList{"check", "lone"} << 0 << "out"
        << QStringList{"lone is not an app of a project", "0 errors, 0 warnings in 0 DocTypes"}
        << QStringList{};
    QTest::newRow("project folder")
        << "" << QStringList{"check", "p"} << 1 << "out"
        << QStringList{"Checking project \"p\"", "p/apps/shop/doctypes/loan/loan.json:3:3",
                       "2 errors, 0 warnings in 20 DocTypes"}
        << QStringList{};
    QTest::newRow("--project") << "" << QStringList{"check", "--project", "p"} << 1 << "out"
                               << QStringList{"2 errors, 0 warnings in 20 DocTypes"}
                               << QStringList{};
    QTest::newRow("from a subfolder of the project")
        << "p/apps/demo" << QStringList{"check"} << 1 << "out"
        << QStringList{"/p/apps/shop/doctypes/loan/loan.json:3:3"} << QStringList{"../shop"};
    QTest::newRow("missing path")
        << "p" << QStringList{"check", "nowhere.json"} << 1 << "err"
        << QStringList{"error: nowhere.json is not there; pass a DocType .json file"}
        << QStringList{};
    QTest::newRow("folder that is neither")
        << "p" << QStringList{"check", "sites"} << 1 << "err"
        << QStringList{"sites is none of the things m check reads"} << QStringList{};
    QTest::newRow("outside a project")
        << "" << QStringList{"check"} << 1 << "err" << QStringList{"no Framework M project here"}
        << QStringList{};
    QTest::newRow("two paths") << "p" << QStringList{"check", "a", "b"} << 2 << "err"
                               << QStringList{"takes at most one path"} << QStringList{};
}

void TestCliCheck::paths()
{
    QFETCH(QString, workDir);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stream);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    writeLoan(QStringLiteral("shop"), loanJson("\"colour\": \"red\"", "Magazine", {}));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("lone/doctypes"))));
    QVERIFY(fm::test::writeFile(m_dir->filePath(QStringLiteral("lone/app.json")),
                                "{\"name\": \"lone\"}"));
    const CliRun run = runM(args, QDir(m_dir->path()).filePath(workDir));
    QVERIFY2(run.exitCode == exitCode, run.describe());
    const QString &text = stream == QLatin1String("out") ? run.out : run.err;
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n") + run.describe()));
    for (const QString &part : absent)
        QVERIFY2(!text.contains(part), qPrintable(part + QStringLiteral("\n") + run.describe()));
}

// A field type from app.json is known when one file of that app is checked alone.
void TestCliCheck::appFieldTypeInSingleFile()
{
    const QString manifest = project() + QStringLiteral("/apps/shop/app.json");
    QVERIFY(fm::test::writeFile(manifest,
                                "{\"name\": \"shop\", \"depends_on\": [\"core\"], \"field_types\": "
                                "[{\"name\": \"Isbn\", \"base\": \"Data\"}]}"));
    writeLoan(QStringLiteral("shop"), "{\"name\": \"Loan\", \"fields\": [{\"fieldname\": \"isbn\", "
                                      "\"fieldtype\": \"Isbn\"}]}");
    CliRun run = runM({"check", "apps/shop/doctypes/loan/loan.json"}, project());
    QVERIFY2(run.exitCode == 0 &&
                 run.out.contains(QStringLiteral("0 errors, 0 warnings in 1 DocType")),
             run.describe());
    // The negative: a type nobody defines.
    writeLoan(QStringLiteral("shop"), "{\"name\": \"Loan\", \"fields\": [{\"fieldname\": \"isbn\", "
                                      "\"fieldtype\": \"Isbm\"}]}");
    run = runM({"check", "apps/shop/doctypes/loan/loan.json"}, project());
    QVERIFY2(run.exitCode == 1 && run.out.contains(QStringLiteral("\"Isbm\"")), run.describe());
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
