// SPDX-License-Identifier: MIT
// The real `m` program on a temporary project: migrate, doc, import, info and the
// command line's own errors, with their exit codes.
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCliDoc : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_dir.reset(); }
    void usageErrors_data();
    void usageErrors();
    void migratePlanThenApply();
    void migrateRefusesDangerousAndForcesWarnings();
    void insertGetListUpdateDelete();
    void insertRefusals_data();
    void insertRefusals();
    void bulkInsertIsAllOrNothing();
    void staleUpdateConflicts();
    void submitCancelAmend();
    void importAllOrNothing();
    void infoAndSiteErrors();

private:
    Run m(const QStringList &args, const QByteArray &input = {}, const QString &cwd = {});
    void writeFile(const QString &relative, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCliDoc::m(const QStringList &args, const QByteArray &input, const QString &cwd)
{
    QProcess process;
    process.setWorkingDirectory(cwd.isEmpty() ? m_dir->path() : cwd);
    process.start(QStringLiteral(FM_M_BINARY), args);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCliDoc::writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestCliDoc::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(copyTestApp(m_dir->path()));
    writeFile("m.json", R"({"name": "t", "apps": ["testapp"], "default_site": "demo"})");
    writeFile("sites/demo/site.json", R"({"database": {"engine": "sqlite", "path": "db.sqlite"}})");
}

void TestCliDoc::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << "Usage: m <command>";
    QTest::newRow("unknown command") << QStringList{"migrat"} << 2 << "did you mean \"migrate\"";
    QTest::newRow("unknown option")
        << QStringList{"migrate", "--frobnicate"} << 2 << "Unknown option";
    QTest::newRow("too few arguments")
        << QStringList{"doc", "get", "Customer"} << 2 << "expected 2 argument(s)";
    QTest::newRow("too many arguments")
        << QStringList{"doc", "list", "A", "B"} << 2 << "expected 1 argument(s)";
    QTest::newRow("help") << QStringList{"--help"} << 0 << "doc insert";
    QTest::newRow("command help") << QStringList{"doc", "list", "--help"} << 0 << "--filters";
    QTest::newRow("version") << QStringList{"--version"} << 0 << "m 0.";
}

void TestCliDoc::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = m(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((run.out + run.err).contains(message), qPrintable(run.out + run.err));
}

void TestCliDoc::migratePlanThenApply()
{
    Run plan = m({"migrate", "--plan"});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY(plan.out.contains("[safe] create table customer"));
    Run apply = m({"migrate"});
    QCOMPARE(apply.exitCode, 0);
    Run again = m({"migrate"});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("up to date"), qPrintable(again.out));
}

void TestCliDoc::migrateRefusesDangerousAndForcesWarnings()
{
    QCOMPARE(m({"migrate"}).exitCode, 0);
    QCOMPARE(m({"doc", "insert", "Customer", "--data", R"({"customer_name": "Acme", "rating": 4})"})
                 .exitCode,
             0);
    // Rating -> Float widens (warning); removing `website` drops a column (dangerous).
    // Edited as the Studio does: load, change, write back with the DocType writer.
    const QString path = m_dir->filePath("apps/testapp/doctypes/customer/customer.json");
    const fm::core::FieldTypeRegistry types;
    fm::core::Diagnostics diagnostics;
    std::optional<fm::core::DocType> customer =
        fm::core::DocTypeLoader(types).loadFile(path, diagnostics);
    QVERIFY(customer && diagnostics.isEmpty());
    QVERIFY(customer->hasField("rating") && customer->hasField("website"));
    for (fm::core::Field &field : customer->fields) {
        if (field.fieldname == QLatin1String("rating"))
            field.fieldtype = QStringLiteral("Float");
    }
    customer->fields.removeIf(
        [](const fm::core::Field &field) { return field.fieldname == QLatin1String("website"); });
    customer->layout.clear(); // the default one: every field in order
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(fm::core::toJsonText(*customer));
    file.close();

    Run plan = m({"migrate", "--plan"});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains("[warning]") && plan.out.contains("[dangerous]"),
             qPrintable(plan.out));
    Run refused = m({"migrate"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("error:"), qPrintable(refused.err));
    Run forced = m({"migrate", "--force"});
    QCOMPARE(forced.exitCode, 1); // the dangerous drop is still refused
    Run planAfter = m({"migrate", "--plan"});
    QVERIFY(!planAfter.out.contains("[warning]"));
    QVERIFY(planAfter.out.contains("[dangerous]"));
    Run data = m({"doc", "get", "Customer", "Acme"});
    QCOMPARE(data.exitCode, 0);
    QCOMPARE(data.json().value("rating").toDouble(), 4.0);
}

void TestCliDoc::insertGetListUpdateDelete()
{
    QCOMPARE(m({"migrate"}).exitCode, 0);
    Run inserted = m({"doc", "insert", "Customer"}, R"({"customer_name": "Acme", "tier": "Gold"})");
    QCOMPARE(inserted.exitCode, 0);
    QCOMPARE(inserted.json().value("name").toString(), QStringLiteral("Acme"));
    QVERIFY(inserted.json().contains("email")); // every column, null when unset
    QCOMPARE(m({"doc", "insert", "Customer", "--data",
                R"({"customer_name": "Globex", "rating": 2})", "--user", "bob"})
                 .exitCode,
             0);

    Run got = m({"doc", "get", "customer", "Globex"});
    QCOMPARE(got.exitCode, 0);
    QCOMPARE(got.json().value("owner").toString(), QStringLiteral("bob"));

    Run listed = m({"doc", "list", "Customer", "--filters", R"([["tier", "=", "Gold"]])",
                    "--fields", R"(["tier"])"});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().value("total").toInt(), 1);
    QCOMPARE(listed.json().value("data").toArray().at(0).toObject().value("name").toString(),
             QStringLiteral("Acme"));
    Run ordered =
        m({"doc", "list", "Customer", "--order-by", "name desc", "--limit", "1", "--offset", "1"});
    QCOMPARE(ordered.json().value("data").toArray().at(0).toObject().value("name").toString(),
             QStringLiteral("Acme"));
    QCOMPARE(ordered.json().value("total").toInt(), 2);
    Run badFilter = m({"doc", "list", "Customer", "--filters", R"([["tier", "~", 1]])"});
    QCOMPARE(badFilter.exitCode, 1);
    QVERIFY(badFilter.err.contains("unknown operator"));
    Run badLimit = m({"doc", "list", "Customer", "--limit", "many"});
    QCOMPARE(badLimit.exitCode, 1);

    Run updated = m({"doc", "update", "Customer", "Acme", "--data", R"({"rating": 5})"});
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.json().value("rating").toInt(), 5);
    QCOMPARE(updated.json().value("tier").toString(), QStringLiteral("Gold"));

    QCOMPARE(m({"doc", "delete", "Customer", "Acme"}).exitCode, 0);
    Run gone = m({"doc", "get", "Customer", "Acme"});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains("does not exist"));
    QCOMPARE(m({"doc", "get", "Customer", "Acme", "--deleted"}).exitCode, 0);
    QCOMPARE(m({"doc", "delete", "Customer", "Acme", "--hard"}).exitCode, 0);
    QCOMPARE(m({"doc", "get", "Customer", "Acme", "--deleted"}).exitCode, 1);
}

void TestCliDoc::insertRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid values")
        << QStringList{"doc", "insert", "Customer"}
        << QByteArray(R"({"customer_name": "X", "rating": 40, "emial": "a"})")
        << "rating: Rating must be at most 5 [too_large]";
    QTest::newRow("unknown field hint")
        << QStringList{"doc", "insert", "Customer"}
        << QByteArray(R"({"customer_name": "X", "emial": "a"})") << "did you mean \"email\"";
    QTest::newRow("broken json") << QStringList{"doc", "insert", "Customer"}
                                 << QByteArray(R"({"customer_name": )") << "not valid JSON";
    QTest::newRow("empty input") << QStringList{"doc", "insert", "Customer"} << QByteArray()
                                 << "it is empty";
    QTest::newRow("not an object")
        << QStringList{"doc", "insert", "Customer"} << QByteArray("42") << "must be a JSON object";
    QTest::newRow("unknown doctype")
        << QStringList{"doc", "insert", "Custmer"} << QByteArray(R"({"customer_name": "X"})")
        << "did you mean \"Customer\"";
}

void TestCliDoc::insertRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QCOMPARE(m({"migrate"}).exitCode, 0);
    Run run = m(args, input);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m({"doc", "list", "Customer"}).json().value("total").toInt(), 0);
}

void TestCliDoc::bulkInsertIsAllOrNothing()
{
    QCOMPARE(m({"migrate"}).exitCode, 0);
    Run ok =
        m({"doc", "insert", "Customer"}, R"([{"customer_name": "A"}, {"customer_name": "B"}])");
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.json().value("names").toArray().size(), 2);
    Run bad = m({"doc", "insert", "Customer"},
                R"([{"customer_name": "C"}, {"customer_name": "D", "rating": 9}])");
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("document 2 of 2"));
    QCOMPARE(m({"doc", "list", "Customer"}).json().value("total").toInt(), 2);
}

void TestCliDoc::staleUpdateConflicts()
{
    QCOMPARE(m({"migrate"}).exitCode, 0);
    QCOMPARE(m({"doc", "insert", "Customer", "--data", R"({"customer_name": "Acme"})"}).exitCode,
             0);
    QCOMPARE(m({"doc", "update", "Customer", "Acme", "--data", R"({"_version": 1, "rating": 1})"})
                 .exitCode,
             0);
    Run stale =
        m({"doc", "update", "Customer", "Acme", "--data", R"({"_version": 1, "rating": 2})"});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains("changed since you read it"), qPrintable(stale.err));
}

void TestCliDoc::submitCancelAmend()
{
    QCOMPARE(m({"migrate"}).exitCode, 0);
    QCOMPARE(m({"doc", "insert", "Customer", "--data", R"({"customer_name": "Acme"})"}).exitCode,
             0);
    Run order = m({"doc", "insert", "Sales Order"},
                  R"({"customer": "Acme", "items": [{"item": "Bolt", "qty": 3}]})");
    QCOMPARE(order.exitCode, 0);
    const QString name = order.json().value("name").toString();
    QVERIFY(name.startsWith("SO-"));
    QCOMPARE(order.json().value("customer_name").toString(), QStringLiteral("Acme")); // fetch_from
    QCOMPARE(m({"doc", "cancel", "Sales Order", name}).exitCode, 1); // a draft cannot be cancelled
    QCOMPARE(m({"doc", "submit", "Sales Order", name}).json().value("docstatus").toInt(), 1);
    Run edit = m({"doc", "update", "Sales Order", name, "--data", R"({"notes": "x"})"});
    QCOMPARE(edit.exitCode, 1);
    QVERIFY(edit.err.contains("cannot be edited"));
    QCOMPARE(m({"doc", "cancel", "Sales Order", name}).json().value("docstatus").toInt(), 2);
    Run amended = m({"doc", "amend", "Sales Order", name});
    QCOMPARE(amended.exitCode, 0);
    QCOMPARE(amended.json().value("name").toString(), name + "-1");
    QCOMPARE(amended.json().value("items").toArray().size(), 1);
}

void TestCliDoc::importAllOrNothing()
{
    QCOMPARE(m({"migrate"}).exitCode, 0);
    writeFile("good.json", R"([{"doctype": "Customer", "customer_name": "Acme"},
        {"doctype": "Sales Order", "customer": "Acme", "items": [{"item": "Bolt", "qty": 1}]}])");
    Run ok = m({"import", "good.json"});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains("Imported 2 document(s)") && ok.out.contains("Sales Order: 1"),
             qPrintable(ok.out));

    writeFile("bad.json", R"([{"doctype": "Customer", "customer_name": "Globex"},
        {"doctype": "Sales Order", "customer": "Nobody", "items": [{"item": "Bolt", "qty": 1}]}])");
    Run bad = m({"import", "bad.json"});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("document 2 of 2") && bad.err.contains("link_not_found"),
             qPrintable(bad.err));
    QCOMPARE(m({"doc", "get", "Customer", "Globex"}).exitCode, 1); // nothing of it stayed

    writeFile("nodoctype.json", R"([{"customer_name": "X"}])");
    Run missing = m({"import", "nodoctype.json"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("has no \"doctype\""));
    writeFile("object.json", R"({"doctype": "Customer"})");
    QCOMPARE(m({"import", "object.json"}).exitCode, 1);
    Run absent = m({"import", "absent.json"});
    QCOMPARE(absent.exitCode, 1);
    QVERIFY(absent.err.contains("cannot read"));
}

void TestCliDoc::infoAndSiteErrors()
{
    Run info = m({"info"});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains("Apps: core, testapp") && info.out.contains("pending step"),
             qPrintable(info.out));
    QCOMPARE(m({"migrate"}).exitCode, 0);
    QVERIFY(m({"info"}).out.contains("Schema: up to date"));
    Run wrongSite = m({"doc", "list", "Customer", "--site", "nope"});
    QCOMPARE(wrongSite.exitCode, 1);
    QVERIFY(wrongSite.err.contains("site \"nope\" does not exist"));
    QTemporaryDir elsewhere;
    Run outside = m({"migrate"}, {}, elsewhere.path());
    QCOMPARE(outside.exitCode, 1);
    QVERIFY(outside.err.contains("no Framework M project here"));
    Run byOption = m({"doc", "list", "Customer", "--project", m_dir->path()}, {}, elsewhere.path());
    QCOMPARE(byOption.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliDoc)
#include "tst_cli_doc.moc"
