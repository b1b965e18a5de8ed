// SPDX-License-Identifier: MIT
// `m rename field|doctype` then `m migrate`, end to end on a copy of examples/helpdesk with
// its demo data: the rows keep their values under the new names, indexes and foreign keys
// stay, a teammate's database catches up from the pulled files, and every refusal leaves
// the project as it was.
#include "clitestutil.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using fm::test::CliRun;
using fm::test::runM;

namespace {

// The first column of every row of `sql` on the SQLite file `db`, joined with ",".
QString query(const QString &db, const QString &sql)
{
    QString result;
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        connection.setDatabaseName(db);
        if (!connection.open())
            return QStringLiteral("error: cannot open ") + db;
        QSqlQuery q(connection);
        if (!q.exec(sql))
            result = QStringLiteral("error: ") + sql;
        QStringList rows;
        while (q.next())
            rows << (q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString());
        if (result.isEmpty())
            result = rows.join(u',');
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

} // namespace

class TestCliRename final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void renameField();
    void renameDocType();
    void renameParentOfChildRows();
    void teammatePullsTheRename();
    void dryRunWritesNothing();
    void checkReportsBadRecords();
    void refused_data();
    void refused();

private:
    QString project() const { return m_dir->filePath(QStringLiteral("p")); }
    QString db(const QString &root = {}) const
    {
        return (root.isEmpty() ? project() : root) + QStringLiteral("/sites/demo/db.sqlite");
    }
    QString file(const QString &relative) const { return project() + u'/' + relative; }
    CliRun m(const QStringList &args, const QString &dir = {}) const
    {
        return runM(args, dir.isEmpty() ? project() : dir);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRename::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk/apps"),
                     file(QStringLiteral("apps"))));
    QVERIFY(QFile::copy(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk/m.json"),
                        file(QStringLiteral("m.json"))));
    QFile::setPermissions(file(QStringLiteral("m.json")), QFile::ReadOwner | QFile::WriteOwner);
    CliRun run = m({"new", "site", "demo", "--admin-password", "admin-secret-123"});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = m({"import", QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk/demo/data.json")});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(query(db(), "SELECT count(*) FROM ticket"), QStringLiteral("12"));
}

void TestCliRename::renameField()
{
    const QString subjects = query(db(), "SELECT name || '=' || subject FROM ticket ORDER BY name");
    const QString indexes =
        query(db(), "SELECT name FROM pragma_index_list('ticket') ORDER BY name");
    const QString keys = query(db(), "SELECT \"from\" || '>' || \"table\" FROM "
                                     "pragma_foreign_key_list('ticket') ORDER BY 1");
    QVERIFY(keys.contains(QStringLiteral("category>ticket_category")));

    CliRun run = m({"rename", "field", "Ticket", "subject", "title"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("updated       apps/helpdesk/doctypes/ticket/"
                                             "ticket.json (field subject -> title, layout, "
                                             "title_field, search_fields, views.list, "
                                             "views.calendar)")),
             run.describe());
    QVERIFY(run.out.contains(QStringLiteral("recorded      apps/helpdesk/renames.json")));
    // The controller's "subject" constant is the developer's to change.
    QVERIFY(run.out.contains(QStringLiteral("apps/helpdesk/doctypes/ticket/ticket_controller.h")));
    QVERIFY(run.out.contains(QStringLiteral("m migrate")));
    const QJsonObject ticket =
        QJsonDocument::fromJson(
            fm::test::readFile(file("apps/helpdesk/doctypes/ticket/ticket.json")))
            .object();
    QCOMPARE(ticket.value("title_field").toString(), QStringLiteral("title"));
    QVERIFY(!ticket.contains("app")); // as the file had it
    QCOMPARE(ticket.value("fields").toArray().first().toObject().value("fieldname").toString(),
             QStringLiteral("title"));
    const QJsonArray renames =
        QJsonDocument::fromJson(fm::test::readFile(file("apps/helpdesk/renames.json")))
            .object()
            .value("renames")
            .toArray();
    QCOMPARE(renames.size(), 1);
    QCOMPARE(renames.first().toObject().value("doctype").toString(), QStringLiteral("Ticket"));
    run = m({"check"});
    QVERIFY2(run.exitCode == 0, run.describe());

    run = m({"migrate", "--plan"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("[safe] rename column subject to title")),
             run.describe());
    QVERIFY(!run.out.contains(QStringLiteral("drop column")));
    run = m({"migrate"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(query(db(), "SELECT name || '=' || title FROM ticket ORDER BY name"), subjects);
    QCOMPARE(query(db(), "SELECT count(*) FROM pragma_table_info('ticket') WHERE name = 'subject'"),
             QStringLiteral("0"));
    QCOMPARE(query(db(), "SELECT name FROM pragma_index_list('ticket') ORDER BY name"), indexes);
    QCOMPARE(query(db(), "SELECT \"from\" || '>' || \"table\" FROM "
                         "pragma_foreign_key_list('ticket') ORDER BY 1"),
             keys);
    run = m({"migrate"});
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("up to date")), run.describe());
}

void TestCliRename::renameDocType()
{
    const QString categories = query(db(), "SELECT name FROM ticket_category ORDER BY name");
    const QString links = query(db(), "SELECT name || '>' || category FROM ticket ORDER BY name");
    CliRun run = m({"rename", "doctype", "Ticket Category", "Ticket Topic"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(run.out.contains(QStringLiteral("moved         apps/helpdesk/doctypes/ticket_category "
                                            "-> apps/helpdesk/doctypes/ticket_topic")));
    QVERIFY(run.out.contains(QStringLiteral("apps/helpdesk/doctypes/ticket/ticket.json (options "
                                            "of category)")));
    QVERIFY(QFileInfo::exists(file("apps/helpdesk/doctypes/ticket_topic/ticket_topic.json")));
    QVERIFY(!QFileInfo::exists(file("apps/helpdesk/doctypes/ticket_category")));
    QVERIFY(!QFileInfo::exists(file("apps/helpdesk/doctypes/ticket_topic/ticket_category.json")));
    QVERIFY(fm::test::readFile(file("apps/helpdesk/doctypes/ticket/ticket.json"))
                .contains("\"options\": \"Ticket Topic\""));

    run = m({"migrate"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("rename table ticket_category to ticket_topic")),
             run.describe());
    QCOMPARE(query(db(), "SELECT name FROM ticket_topic ORDER BY name"), categories);
    QCOMPARE(query(db(), "SELECT count(*) FROM sqlite_schema WHERE name = 'ticket_category'"),
             QStringLiteral("0"));
    QCOMPARE(query(db(), "SELECT \"table\" FROM pragma_foreign_key_list('ticket') WHERE "
                         "\"from\" = 'category'"),
             QStringLiteral("ticket_topic"));
    QCOMPARE(query(db(), "SELECT t.name || '>' || c.name FROM ticket t JOIN ticket_topic c ON "
                         "t.category = c.name ORDER BY t.name"),
             links);
    QCOMPARE(query(db(), "SELECT count(*) FROM pragma_foreign_key_check"), QStringLiteral("0"));
    QCOMPARE(query(db(), "SELECT name FROM pragma_index_list('ticket_topic') WHERE origin = 'c' "
                         "ORDER BY name"),
             QStringLiteral("idx_ticket_topic_modified,idx_ticket_topic_owner,"
                            "uq_ticket_topic_category_name"));
    // The document API reads the renamed DocType and its links.
    run = m({"doc", "get", "Ticket Topic", "Billing"});
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Invoices, payments")),
             run.describe());
    run = m({"migrate"});
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("up to date")), run.describe());
}

void TestCliRename::renameParentOfChildRows()
{
    const QString items = query(db(), "SELECT count(*) FROM service_invoice_item");
    QVERIFY(items.toInt() > 0);
    CliRun run = m({"rename", "doctype", "Service Invoice", "Support Invoice"});
    QVERIFY2(run.exitCode == 0, run.describe());
    // Its controller and test moved with the folder but keep their names and classes.
    QVERIFY2(run.out.contains(QStringLiteral(
                 "apps/helpdesk/doctypes/support_invoice/service_invoice_controller.h")),
             run.describe());
    QVERIFY(run.out.contains(QStringLiteral("apps/helpdesk/CMakeLists.txt")));
    QVERIFY(QFileInfo::exists(
        file("apps/helpdesk/doctypes/support_invoice/service_invoice_controller.cpp")));
    run = m({"migrate"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(query(db(), "SELECT DISTINCT parenttype FROM service_invoice_item"),
             QStringLiteral("Support Invoice"));
    QCOMPARE(query(db(), "SELECT count(*) FROM service_invoice_item i JOIN support_invoice p ON "
                         "i.parent = p.name"),
             items);
}

void TestCliRename::teammatePullsTheRename()
{
    // The teammate's clone, with its own database at the old schema.
    const QString mate = m_dir->filePath(QStringLiteral("mate"));
    QVERIFY(copyTree(project(), mate));
    const QString subjects = query(db(mate), "SELECT subject FROM ticket ORDER BY name");

    CliRun run = m({"rename", "field", "Ticket", "subject", "title"});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = m({"rename", "doctype", "Ticket Category", "Ticket Topic"});
    QVERIFY2(run.exitCode == 0, run.describe());

    // git pull: the teammate gets the project's files, not its database.
    QVERIFY(QDir(mate + QStringLiteral("/apps")).removeRecursively());
    QVERIFY(copyTree(file(QStringLiteral("apps")), mate + QStringLiteral("/apps")));
    run = m({"migrate", "--plan"}, mate);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(run.out.contains(QStringLiteral("rename column subject to title")));
    QVERIFY(run.out.contains(QStringLiteral("rename table ticket_category to ticket_topic")));
    QVERIFY2(!run.out.contains(QStringLiteral("dangerous]")), run.describe());
    run = m({"migrate"}, mate);
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(query(db(mate), "SELECT title FROM ticket ORDER BY name"), subjects);
    QCOMPARE(query(db(mate), "SELECT count(*) FROM ticket t JOIN ticket_topic c ON "
                             "t.category = c.name"),
             QStringLiteral("12"));
    run = m({"migrate"}, mate);
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("up to date")), run.describe());
}

void TestCliRename::dryRunWritesNothing()
{
    const auto before = fm::test::snapshot(project());
    const CliRun run = m({"rename", "doctype", "Ticket Category", "Ticket Topic", "--dry-run"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(run.out.contains(QStringLiteral("Would rename DocType \"Ticket Category\" to "
                                            "\"Ticket Topic\" (dry run: nothing was written)")));
    QVERIFY(
        run.out.contains(QStringLiteral("would move    apps/helpdesk/doctypes/ticket_category")));
    QVERIFY(run.out.contains(QStringLiteral("would record  apps/helpdesk/renames.json")));
    QCOMPARE(fm::test::snapshot(project()), before);
}

void TestCliRename::checkReportsBadRecords()
{
    CliRun run = m({"rename", "field", "Ticket", "subject", "title"});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = m({"check", "apps/helpdesk/renames.json"});
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("1 rename")), run.describe());
    QByteArray text = fm::test::readFile(file("apps/helpdesk/renames.json"));
    text.replace("\"to\": \"title\"", "\"to\": \"Title\"");
    QVERIFY(fm::test::writeFile(file("apps/helpdesk/renames.json"), text));
    for (const QStringList &args :
         {QStringList{"check"}, QStringList{"check", "apps/helpdesk/renames.json"}}) {
        run = m(args);
        QVERIFY2(run.exitCode == 1, run.describe());
        QVERIFY2(run.out.contains(QStringLiteral("apps/helpdesk/renames.json:4:")) &&
                     run.out.contains(QStringLiteral("[invalid-fieldname]")),
                 run.describe());
    }
}

void TestCliRename::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("setup"); // what to put in the project first
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, QStringList args, const char *setup, int code,
                        const char *error) {
        QTest::newRow(name) << args << QString::fromLatin1(setup) << code
                            << QString::fromUtf8(error);
    };
    row("unknown doctype", {"field", "Tiket", "subject", "title"}, "", 1,
        "no DocType \"Tiket\" in the project; did you mean \"Ticket\"?");
    row("unknown field", {"field", "Ticket", "subjct", "title"}, "", 1,
        "DocType \"Ticket\" has no field \"subjct\"; did you mean \"subject\"?");
    row("field taken", {"field", "Ticket", "subject", "status"}, "", 1,
        "already has a field \"status\"");
    row("invalid fieldname", {"field", "Ticket", "subject", "Title"}, "", 1,
        "\"Title\" is not a valid fieldname");
    row("reserved fieldname", {"field", "Ticket", "subject", "owner"}, "", 1,
        "\"owner\" is a standard column");
    row("same name", {"field", "Ticket", "subject", "subject"}, "", 1, "already has that name");
    row("core field", {"field", "User", "email", "mail"}, "", 1, "built-in app core");
    row("core doctype", {"doctype", "User", "Person"}, "", 1, "built-in app core");
    row("doctype taken", {"doctype", "Ticket Category", "Ticket"}, "", 1,
        "taken by DocType \"Ticket\"");
    row("invalid doctype name", {"doctype", "Ticket Category", "ticket topic"}, "", 1,
        "is not a valid DocType name");
    row("reserved doctype name", {"doctype", "Ticket Category", "DocType"}, "", 1,
        "\"DocType\" is reserved");
    row("folder taken", {"doctype", "Ticket Category", "Ticket Topic"}, "folder", 1,
        "ticket_topic already exists");
    row("bad renames.json", {"field", "Ticket", "subject", "title"}, "renames", 1,
        "invalid-rename-kind");
    row("extension names it", {"doctype", "Ticket Category", "Ticket Topic"}, "extension", 1,
        "apps/crm/extensions/ticket_category.json extends \"Ticket Category\"");
    row("extension field in the way", {"field", "Ticket Category", "description", "notes"},
        "extension", 1, "names field \"description\" or \"notes\"");
    row("missing argument", {"field", "Ticket", "subject"}, "", 2, "expected 3 arguments");
    row("extra argument", {"doctype", "A", "B", "C"}, "", 2, "expected 2 arguments");
}

void TestCliRename::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    if (setup == QLatin1String("folder")) {
        // A file where the moved folder would go: the DocTypes load, the move cannot.
        QVERIFY(fm::test::writeFile(file("apps/helpdesk/doctypes/ticket_topic"), "x"));
    } else if (setup == QLatin1String("renames")) {
        QVERIFY(fm::test::writeFile(
            file("apps/helpdesk/renames.json"),
            "{\n  \"renames\": [\n    {\"at\": \"2026-03-01T09:30:00Z\", \"kind\": \"column\", "
            "\"from\": \"a\", \"to\": \"b\"}\n  ]\n}\n"));
    } else if (setup == QLatin1String("extension")) {
        QVERIFY(fm::test::writeFile(file("apps/crm/app.json"),
                                    "{\"name\": \"crm\", \"depends_on\": [\"helpdesk\"]}\n"));
        QVERIFY(fm::test::writeFile(
            file("apps/crm/extensions/ticket_category.json"),
            "{\"extends\": \"Ticket Category\", \"fields\": [{\"fieldname\": \"crm_code\", "
            "\"fieldtype\": \"Data\", \"insert_after\": \"description\"}]}\n"));
        QJsonObject config = QJsonDocument::fromJson(fm::test::readFile(file("m.json"))).object();
        config.insert("apps", QJsonArray{"helpdesk", "crm"});
        QVERIFY(fm::test::writeFile(file("m.json"), QJsonDocument(config).toJson()));
        const CliRun check = m({"check"});
        QVERIFY2(check.exitCode == 0, check.describe());
    }
    const auto before = fm::test::snapshot(project());
    const CliRun run = m(QStringList{"rename"} + args);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(error), run.describe());
    QVERIFY2(fm::test::snapshot(project()) == before, "the refused rename changed files");
}

QTEST_GUILESS_MAIN(TestCliRename)
#include "tst_cli_rename.moc"
