// SPDX-License-Identifier: MIT
#include "db/transaction.h"
#include "migrationfixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace fmtest;

class TestMigrator : public QObject
{
    Q_OBJECT

    // Base DocTypes migrated and filled with the base rows.
    static bool prepare(Site &site, const QList<DocType> &doctypes)
    {
        if (!site.isValid() || !site.migrate(doctypes))
            return false;
        for (const QString &sql : baseRows()) {
            if (!site.exec(sql))
                return false;
        }
        return true;
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void freshDatabase()
    {
        Site site;
        QVERIFY(site.isValid());
        DocType child = doctype("Ticket Item", {field("qty", "Int")});
        child.isChild = true;
        QList<DocType> doctypes = baseDocTypes() << child;
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QCOMPARE(stepKinds(plan->steps),
                 (QStringList{"create_table:safe", "create_table:safe", "create_table:safe"}));
        QCOMPARE(plan->count(StepClass::Safe), 3);
        const QJsonObject json = plan->toJson();
        QCOMPARE(json.value("summary").toObject().value("safe").toInt(), 3);
        QCOMPARE(json.value("steps").toArray().at(2).toObject().value("table").toString(),
                 QStringLiteral("ticket_item"));
        QVERIFY(plan->toText().contains(QStringLiteral("CREATE TABLE \"ticket_item\"")));

        auto report = site.migrator().apply(*plan, false);
        QVERIFY(report);
        QCOMPARE(report->applied.size(), 3);
        QVERIFY(!report->hasRefused());
        QCOMPARE(site.query("SELECT group_concat(name) FROM pragma_table_info('ticket_item')"),
                 QStringLiteral("name,owner,creation,modified,modified_by,parent,parenttype,"
                                "parentfield,idx,qty"));
        // Idempotence: nothing left to do, and applying the empty plan records nothing.
        auto again = site.migrator().plan(doctypes);
        QVERIFY(again && again->isEmpty());
        QVERIFY(again->toText().contains(QStringLiteral("nothing to migrate")));
        QVERIFY(site.migrator().apply(*again, false));
        QCOMPARE(site.migrator().history()->size(), 1);
    }

    void forceSemantics_data()
    {
        QTest::addColumn<bool>("force");
        QTest::newRow("without --force the warning is refused") << false;
        QTest::newRow("with --force it is applied") << true;
    }
    void forceSemantics()
    {
        QFETCH(bool, force);
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        fieldOf(doctypes, "Ticket", "hours")->fieldtype = QStringLiteral("Float"); // warning
        doctypeOf(doctypes, "Ticket")->fields << field("notes", "Data");           // safe
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QCOMPARE(stepKinds(plan->steps),
                 (QStringList{"change_column_type:warning", "add_column:safe"}));

        auto report = site.migrator().apply(*plan, force);
        QVERIFY(report);
        QCOMPARE(report->forced, force);
        QCOMPARE(report->applied.size(), force ? 2 : 1);
        QCOMPARE(report->hasRefused(), !force);
        QCOMPARE(site.query("SELECT typeof(hours) FROM ticket WHERE name = 'T1'"),
                 force ? QStringLiteral("real") : QStringLiteral("integer"));
        QCOMPARE(
            site.query("SELECT count(*) FROM pragma_table_info('ticket') WHERE name = 'notes'"),
            QStringLiteral("1"));
        if (!force) {
            QVERIFY(report->refused.first().why.contains(QStringLiteral("--force")));
            QCOMPARE(report->refusalError().code(), ErrorCode::MigrationRefused);
            QVERIFY(report->toText().contains(QStringLiteral("Not applied")));
        }
        auto again = site.migrator().plan(doctypes);
        QVERIFY(again);
        QCOMPARE(stepKinds(again->steps),
                 force ? QStringList{} : QStringList{"change_column_type:warning"});
        auto history = site.migrator().history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().forced, force);
        QCOMPARE(history->last().steps.size(), force ? 2 : 1);
        QCOMPARE(history->last().refused.size(), force ? 0 : 1);
    }

    void dangerousIsNeverApplied()
    {
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        fieldOf(doctypes, "Ticket", "price")->fieldtype = QStringLiteral("Int");
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QCOMPARE(plan->count(StepClass::Dangerous), 1);
        const MigrationStep step = plan->steps.first();
        QVERIFY(step.reason.contains(QStringLiteral("1 row(s) hold a value")));
        QVERIFY(step.manualPath.contains(QStringLiteral("SELECT \"name\", \"price\"")));

        auto report = site.migrator().apply(*plan, true);
        QVERIFY(report);
        QVERIFY(report->applied.isEmpty());
        QCOMPARE(report->refused.size(), 1);
        QVERIFY(report->refused.first().why.startsWith(QStringLiteral("dangerous")));
        QVERIFY(report->refusalError().message().contains(QStringLiteral("change column price")));
        QVERIFY(report->toText().contains(QStringLiteral("by hand")));
        QCOMPARE(site.query("SELECT type FROM pragma_table_info('ticket') WHERE name = 'price'"),
                 QStringLiteral("REAL"));
        QCOMPARE(site.migrator().history()->size(), 1); // nothing applied, nothing recorded

        // Following the manual path (empty the column) turns it into a warning.
        QVERIFY(site.exec("UPDATE ticket SET price = NULL"));
        auto after = site.migrator().plan(doctypes);
        QVERIFY(after);
        QCOMPARE(stepKinds(after->steps), QStringList{"change_column_type:warning"});
    }

    void failingStepRollsBackEverything()
    {
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        doctypes.prepend(doctype("Note", {field("body", "Text")})); // safe: new table, runs first
        fieldOf(doctypes, "Ticket", "hours")->fieldtype = "Float";  // warning: rebuild
        fieldOf(doctypes, "Ticket", "subject")->unique = true; // warning: values are distinct now
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QCOMPARE(stepKinds(plan->steps),
                 (QStringList{"create_table:safe", "change_column_type:warning",
                              "create_index:warning"}));
        // Data changes after planning: the unique index cannot be built any more.
        QVERIFY(site.exec("UPDATE ticket SET subject = 'Fax'"));

        auto report = site.migrator().apply(*plan, true);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), ErrorCode::Duplicate);
        QVERIFY2(report.error().message().contains(QStringLiteral("nothing was migrated")),
                 qPrintable(report.error().message()));
        QCOMPARE(site.query("SELECT count(*) FROM sqlite_schema WHERE name = 'note'"),
                 QStringLiteral("0"));
        QCOMPARE(site.query("SELECT typeof(hours) FROM ticket WHERE name = 'T1'"),
                 QStringLiteral("integer"));
        QCOMPARE(site.migrator().history()->size(), 1);
        QCOMPARE(site.query("PRAGMA foreign_keys"), QStringLiteral("1"));
        QCOMPARE(Transaction::depth(site.pool().connection()->connectionName()), 0);
    }

    // A framework table added after a site's last migration (or dropped) is planned on
    // its own, created by apply() without a history entry, and then the plan is empty.
    void missingInternalTableIsPlanned()
    {
        Site site;
        const QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        QVERIFY(site.migrator().plan(doctypes)->isEmpty());
        QVERIFY(site.exec("DROP TABLE _fm_rate_limit"));
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QVERIFY(!plan->isEmpty());
        QVERIFY(plan->steps.isEmpty());
        QCOMPARE(plan->internalTables, QStringList{"_fm_rate_limit"});
        QCOMPARE(plan->pendingCount(), 1);
        QVERIFY2(plan->toText().contains("Framework tables to create: _fm_rate_limit."),
                 qPrintable(plan->toText()));
        QCOMPARE(plan->toJson().value("internal_tables").toArray().size(), 1);

        auto report = site.migrator().apply(*plan, false);
        QVERIFY(report);
        QCOMPARE(report->internalCreated, QStringList{"_fm_rate_limit"});
        QVERIFY(report->toText().contains("Created framework tables: _fm_rate_limit."));
        QCOMPARE(site.query("SELECT count(*) FROM sqlite_schema WHERE name IN "
                            "('_fm_rate_limit', '_fm_rate_limit_key')"),
                 QStringLiteral("2"));
        QCOMPARE(site.migrator().history()->size(), 1);
        QVERIFY(site.migrator().plan(doctypes)->isEmpty());
    }

    // ... and when a step of the same plan fails, the framework table is not created
    // either: one transaction.
    void missingInternalTableRollsBackWithAFailingStep()
    {
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        QVERIFY(site.exec("DROP TABLE _fm_rate_limit"));
        fieldOf(doctypes, "Ticket", "subject")->unique = true; // warning: unique index
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QCOMPARE(plan->internalTables, QStringList{"_fm_rate_limit"});
        QVERIFY(site.exec("UPDATE ticket SET subject = 'Fax'"));
        auto report = site.migrator().apply(*plan, true);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), ErrorCode::Duplicate);
        QCOMPARE(site.query("SELECT count(*) FROM sqlite_schema WHERE name = '_fm_rate_limit'"),
                 QStringLiteral("0"));
        QCOMPARE(site.migrator().plan(doctypes)->internalTables, QStringList{"_fm_rate_limit"});
    }

    void brokenLinksRollBack()
    {
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        setLink(doctypes);
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QCOMPARE(stepKinds(plan->steps), QStringList{"add_foreign_key:warning"});
        QVERIFY(site.exec("UPDATE ticket SET customer = 'Nobody' WHERE name = 'T2'"));
        auto report = site.migrator().apply(*plan, true);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), ErrorCode::Validation);
        QVERIFY(report.error().message().contains(
            QStringLiteral("links to a missing customer record")));
        QCOMPARE(site.query("SELECT count(*) FROM pragma_foreign_key_list('ticket') WHERE \"from\" "
                            "= 'customer'"),
                 QStringLiteral("0"));
    }

    void stalePlanIsRefused()
    {
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        doctypeOf(doctypes, "Ticket")->fields << field("notes", "Data");
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QVERIFY(site.exec("ALTER TABLE ticket ADD COLUMN notes TEXT"));
        auto report = site.migrator().apply(*plan, false);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), ErrorCode::InvalidState);
        QVERIFY(report.error().message().contains(QStringLiteral("plan again")));
    }

    void liveSchemaWithoutSnapshot()
    {
        // Tables migrated before (or snapshots lost): the live schema decides.
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        QVERIFY(site.exec("DELETE FROM _fm_schema_snapshot"));
        auto plan = site.migrator().plan(doctypes);
        QVERIFY(plan && plan->isEmpty());
        // Type names come from the declared types then.
        fieldOf(doctypes, "Ticket", "hours")->fieldtype = "Float";
        plan = site.migrator().plan(doctypes);
        QVERIFY(plan);
        QCOMPARE(plan->steps.first().description,
                 QStringLiteral("change column hours from integer to Float"));
        // A dropped DocType is only noticed for tables with a snapshot.
        doctypes.removeAt(1);
        plan = site.migrator().plan(doctypes);
        QVERIFY(plan && plan->isEmpty());
    }

    void applyInsideTransactionIsRefused()
    {
        Site site;
        QVERIFY(site.isValid());
        auto plan = site.migrator().plan(baseDocTypes());
        QVERIFY(plan);
        auto tx = Transaction::begin(*site.pool().connection(), site.pool().dialect(),
                                     Transaction::Mode::Write);
        QVERIFY(tx);
        auto report = site.migrator().apply(*plan, false);
        QVERIFY(!report);
        QVERIFY(report.error().message().contains(QStringLiteral("inside another transaction")));
    }

    void historyRows()
    {
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(site.isValid());
        QCOMPARE(site.migrator().history()->size(), 0); // no history table yet
        QVERIFY(site.migrate(doctypes, false));
        doctypeOf(doctypes, "Ticket")->fields << field("notes", "Data");
        QVERIFY(site.migrate(doctypes, false));
        QVERIFY(site.migrate(doctypes, false)); // nothing to do: no row

        auto history = site.migrator().history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).id, QStringLiteral("000001"));
        QCOMPARE(history->at(1).id, QStringLiteral("000002"));
        QVERIFY(history->at(0).appliedAt.isValid());
        QVERIFY(history->at(0).appliedAt <= history->at(1).appliedAt);
        QCOMPARE(history->at(0).steps.size(), 2);
        const QJsonObject step = history->at(1).steps.first().toObject();
        QCOMPARE(step.value("kind").toString(), QStringLiteral("add_column"));
        QCOMPARE(step.value("class").toString(), QStringLiteral("safe"));
        QCOMPARE(step.value("sql").toArray().first().toString(),
                 QStringLiteral("ALTER TABLE \"ticket\" ADD COLUMN \"notes\" TEXT"));
    }

private:
    static void setLink(QList<DocType> &doctypes)
    {
        Field *f = fieldOf(doctypes, "Ticket", "customer");
        f->fieldtype = QStringLiteral("Link");
        f->options = QStringLiteral("Customer");
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
