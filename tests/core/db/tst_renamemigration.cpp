// SPDX-License-Identifier: MIT
// Recorded renames migrate as renames on a real SQLite file: rows, indexes and foreign
// keys stay (checked with PRAGMA), names stored in rows follow, the snapshot table ends
// consistent, applying twice does nothing, and conflicts are refused.
#include "migrationfixture.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace fmtest;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, minute), Qt::UTC);
}

RenameRecord renamedField(const QString &doctype, const QString &from, const QString &to,
                          int minute = 0)
{
    RenameRecord r;
    r.kind = RenameRecord::Kind::Field;
    r.doctype = doctype;
    r.from = from;
    r.to = to;
    r.at = at(minute);
    return r;
}

RenameRecord renamedDocType(const QString &from, const QString &to, int minute = 0)
{
    RenameRecord r;
    r.kind = RenameRecord::Kind::DocType;
    r.from = from;
    r.to = to;
    r.at = at(minute);
    return r;
}

void renameFieldIn(QList<DocType> &doctypes, const QString &doctype, const QString &from,
                   const QString &to)
{
    fieldOf(doctypes, doctype, from)->fieldname = to;
    for (IndexDef &index : doctypeOf(doctypes, doctype)->indexes)
        index.fields.replaceInStrings(QRegularExpression(QStringLiteral("^%1$").arg(from)), to);
}

void renameDocTypeIn(QList<DocType> &doctypes, const QString &from, const QString &to)
{
    for (DocType &d : doctypes) {
        if (d.name == from)
            d.name = to;
        for (Field &f : d.fields) {
            if (f.options == from)
                f.options = to;
        }
    }
}

} // namespace

class TestRenameMigration : public QObject
{
    Q_OBJECT

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

    // plan + apply; the plan's step kinds in `kinds`.
    static Result<MigrationReport> migrate(Site &site, const QList<DocType> &doctypes,
                                           const QList<RenameRecord> &renames,
                                           QStringList *kinds = nullptr)
    {
        auto plan = site.migrator().plan(doctypes, renames);
        if (!plan)
            return fail(plan.error());
        if (kinds)
            *kinds = stepKinds(plan->steps);
        auto report = site.migrator().apply(*plan, false);
        if (!report)
            qInfo().noquote() << plan->toText() << report.error().toText();
        return report;
    }

    static QJsonObject snapshot(Site &site, const QString &table)
    {
        return QJsonDocument::fromJson(
                   site.query(QStringLiteral("SELECT snapshot FROM _fm_schema_snapshot WHERE "
                                             "name = '%1'")
                                  .arg(table))
                       .toUtf8())
            .object();
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void renameColumn_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("values"); // of the column, by name
        QTest::addColumn<QString>("index");  // index list of ticket after, "" = unchanged
        QTest::newRow("plain") << "subject"
                               << "title"
                               << "Printer jammed,Fax"
                               << "";
        QTest::newRow("indexed") << "hours"
                                 << "effort"
                                 << "3,NULL"
                                 << "idx_ticket_effort";
        QTest::newRow("unique") << "code"
                                << "reference"
                                << "A1,A2"
                                << "uq_ticket_reference";
        QTest::newRow("link") << "account"
                              << "client_account"
                              << "C1,NULL"
                              << "";
    }

    void renameColumn()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, values);
        QFETCH(QString, index);
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        renameFieldIn(doctypes, "Ticket", from, to);
        const QList<RenameRecord> renames{renamedField("Ticket", from, to)};

        auto plan = site.migrator().plan(doctypes, renames);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
        const QStringList kinds = stepKinds(plan->steps);
        QCOMPARE(kinds.first(), QStringLiteral("rename_column:safe"));
        QVERIFY2(!kinds.contains(QStringLiteral("drop_column:dangerous")),
                 qPrintable(kinds.join(' ')));
        QVERIFY(!kinds.contains(QStringLiteral("add_column:safe")));
        QVERIFY2(plan->count(StepClass::Dangerous) + plan->count(StepClass::Warning) == 0,
                 qPrintable(plan->toText()));
        QVERIFY(plan->toText().contains(
            QStringLiteral("ALTER TABLE \"ticket\" RENAME COLUMN \"%1\" TO \"%2\"").arg(from, to)));
        // Planning ran the rename in a transaction it rolled back.
        QCOMPARE(site.query(QStringLiteral("SELECT count(*) FROM pragma_table_info('ticket') "
                                           "WHERE name = '%1'")
                                .arg(from)),
                 QStringLiteral("1"));

        auto report = site.migrator().apply(*plan, false);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        QVERIFY(!report->hasRefused());
        QCOMPARE(site.query(QStringLiteral("SELECT %1 FROM ticket ORDER BY name").arg(to)), values);
        QCOMPARE(site.query(QStringLiteral("SELECT count(*) FROM pragma_table_info('ticket') "
                                           "WHERE name = '%1'")
                                .arg(from)),
                 QStringLiteral("0"));
        const QString indexes = site.query("SELECT name FROM pragma_index_list('ticket') "
                                           "WHERE origin = 'c' ORDER BY name");
        if (!index.isEmpty())
            QVERIFY2(indexes.split(',').contains(index), qPrintable(indexes));
        QCOMPARE(indexes.split(',').size(), 4); // owner, modified, hours, code: none lost
        QCOMPARE(site.query("SELECT \"from\" || '>' || \"table\" FROM "
                            "pragma_foreign_key_list('ticket')"),
                 (from == "account" ? to : QStringLiteral("account")) +
                     QStringLiteral(">customer"));
        const QJsonObject fields = snapshot(site, "ticket").value("fields").toObject();
        QVERIFY(fields.contains(to) && !fields.contains(from));
        // Applying again, or a second plan, does nothing.
        auto again = site.migrator().plan(doctypes, renames);
        QVERIFY(again);
        QVERIFY2(again->isEmpty(), qPrintable(again->toText()));
        QVERIFY(!site.migrator().apply(*plan, false)); // the schema moved on
        QCOMPARE(site.migrator().history()->size(), 2);
    }

    void renameTable()
    {
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        renameDocTypeIn(doctypes, "Customer", "Client");
        QStringList kinds;
        auto report = migrate(site, doctypes, {renamedDocType("Customer", "Client")}, &kinds);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        QVERIFY(!report->hasRefused());
        // The rename, then the indexes named after the table; the foreign key of ticket
        // follows the table by itself (no table rebuild).
        QCOMPARE(kinds, (QStringList{"rename_table:safe", "drop_index:safe", "drop_index:safe",
                                     "create_index:safe", "create_index:safe"}));
        QCOMPARE(site.query("SELECT customer_name FROM client"), QStringLiteral("Acme"));
        QCOMPARE(site.query("SELECT count(*) FROM sqlite_schema WHERE name = 'customer'"),
                 QStringLiteral("0"));
        QCOMPARE(site.query("SELECT \"table\" FROM pragma_foreign_key_list('ticket')"),
                 QStringLiteral("client"));
        QCOMPARE(site.query("SELECT c.customer_name FROM ticket t JOIN client c ON "
                            "t.account = c.name"),
                 QStringLiteral("Acme"));
        QCOMPARE(site.query("SELECT name FROM pragma_index_list('client') WHERE origin = 'c' "
                            "ORDER BY name"),
                 QStringLiteral("idx_client_modified,idx_client_owner"));
        // Foreign keys are enforced against the renamed table.
        QVERIFY(!site.exec("INSERT INTO ticket (name, code, account) VALUES ('T9', 'A9', 'nope')"));
        QVERIFY(site.exec("UPDATE client SET name = 'C2' WHERE name = 'C1'"));
        QCOMPARE(site.query("SELECT account FROM ticket WHERE name = 'T1'"), QStringLiteral("C2"));
        // The snapshot moved with the table.
        QCOMPARE(site.query("SELECT name || ':' || doctype FROM _fm_schema_snapshot ORDER BY name"),
                 QStringLiteral("client:Client,ticket:Ticket"));
        QCOMPARE(snapshot(site, "ticket")
                     .value("fields")
                     .toObject()
                     .value("account")
                     .toObject()
                     .value("options"),
                 QJsonValue("Client"));
        auto again = site.migrator().plan(doctypes, {renamedDocType("Customer", "Client")});
        QVERIFY(again && again->isEmpty());
    }

    void storedNames()
    {
        // A parent with a Table field, a Link to "DocType" and a Single: names in rows.
        Site site;
        DocType item = doctype("Order Item", {field("qty", "Int")});
        item.isChild = true;
        DocType order = doctype("Order", {field("items", "Table", "Order Item")});
        DocType note = doctype("Note", {field("ref_type", "Link", "DocType"),
                                        field("ref_name", "DynamicLink", "ref_type")});
        DocType settings = doctype("Shop Settings", {field("currency", "Data")});
        settings.isSingle = true;
        QList<DocType> doctypes{item, order, note, settings};
        QVERIFY(site.migrate(doctypes));
        for (const char *sql :
             {"INSERT INTO \"order\" (name) VALUES ('O1')",
              "INSERT INTO order_item (name, parent, parenttype, parentfield, idx, qty) VALUES "
              "('I1', 'O1', 'Order', 'items', 1, 2), ('I2', 'O1', 'Order', 'items', 2, 5)",
              "INSERT INTO note (name, ref_type, ref_name) VALUES ('N1', 'Order', 'O1'), "
              "('N2', 'Shop Settings', 'Shop Settings'), ('N3', 'Note', 'N1')",
              "INSERT INTO shop_settings (name, currency) VALUES ('Shop Settings', 'EUR')"}) {
            QVERIFY(site.exec(QString::fromLatin1(sql)));
        }
        const QList<RenameRecord> renames{
            renamedDocType("Order", "Purchase", 1),
            renamedField("Purchase", "items", "lines", 2),
            renamedDocType("Order Item", "Purchase Line", 3),
            renamedDocType("Shop Settings", "Store Settings", 4),
        };
        renameDocTypeIn(doctypes, "Order", "Purchase");
        renameFieldIn(doctypes, "Purchase", "items", "lines");
        renameDocTypeIn(doctypes, "Order Item", "Purchase Line");
        renameDocTypeIn(doctypes, "Shop Settings", "Store Settings");
        QStringList kinds;
        auto report = migrate(site, doctypes, renames, &kinds);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        QVERIFY(!report->hasRefused());
        QCOMPARE(kinds.mid(0, 4), (QStringList{"rename_table:safe", "update_rows:safe",
                                               "rename_table:safe", "rename_table:safe"}));
        QCOMPARE(site.query("SELECT parenttype || '.' || parentfield || '=' || qty FROM "
                            "purchase_line ORDER BY idx"),
                 QStringLiteral("Purchase.lines=2,Purchase.lines=5"));
        QCOMPARE(site.query("SELECT ref_type FROM note ORDER BY name"),
                 QStringLiteral("Purchase,Store Settings,Note"));
        QCOMPARE(site.query("SELECT name || '=' || currency FROM store_settings"),
                 QStringLiteral("Store Settings=EUR"));
        const QString history = site.query("SELECT steps FROM _fm_migration_history ORDER BY name "
                                           "DESC LIMIT 1");
        QVERIFY2(history.contains(QStringLiteral(
                     "UPDATE \\\"order_item\\\" SET \\\"parenttype\\\" = 'Purchase'")),
                 qPrintable(history));
        auto again = site.migrator().plan(doctypes, renames);
        QVERIFY(again && again->isEmpty());
    }

    void chainsAndOlderDatabases()
    {
        // subject -> title -> headline, then Ticket -> Case: a database at any older state
        // catches up, and one already there does nothing.
        const QList<RenameRecord> renames{
            renamedField("Ticket", "subject", "title", 1),
            renamedField("Ticket", "title", "headline", 2),
            renamedDocType("Ticket", "Case", 3),
        };
        QList<DocType> latest = baseDocTypes();
        renameFieldIn(latest, "Ticket", "subject", "headline");
        renameDocTypeIn(latest, "Ticket", "Case");

        Site old;
        QVERIFY(prepare(old, baseDocTypes()));
        QStringList kinds;
        QVERIFY(migrate(old, latest, renames, &kinds));
        QCOMPARE(kinds.mid(0, 3),
                 (QStringList{"rename_column:safe", "rename_column:safe", "rename_table:safe"}));
        QCOMPARE(old.query("SELECT headline FROM \"case\" ORDER BY name"),
                 QStringLiteral("Printer jammed,Fax"));

        Site middle; // already at "title", table still ticket
        QList<DocType> atTitle = baseDocTypes();
        renameFieldIn(atTitle, "Ticket", "subject", "title");
        QVERIFY(middle.migrate(atTitle));
        QVERIFY(middle.exec("INSERT INTO ticket (name, title, code) VALUES ('T1', 'Kept', 'A1')"));
        QVERIFY(migrate(middle, latest, renames, &kinds));
        QCOMPARE(kinds.mid(0, 2), (QStringList{"rename_column:safe", "rename_table:safe"}));
        QCOMPARE(middle.query("SELECT headline FROM \"case\""), QStringLiteral("Kept"));

        Site fresh; // created after the renames: nothing to rename
        QVERIFY(migrate(fresh, latest, renames, &kinds));
        QVERIFY(!kinds.contains(QStringLiteral("rename_table:safe")));
        QVERIFY(!kinds.contains(QStringLiteral("rename_column:safe")));

        // A database whose table is ahead of a field record (renamed first, then the
        // field): the field record finds the table under the DocType's later name.
        Site ahead;
        QList<DocType> caseWithSubject = baseDocTypes();
        renameDocTypeIn(caseWithSubject, "Ticket", "Case");
        QVERIFY(ahead.migrate(caseWithSubject));
        QVERIFY(
            ahead.exec("INSERT INTO \"case\" (name, subject, code) VALUES ('K1', 'Ahead', 'A1')"));
        QVERIFY(migrate(ahead, latest, renames, &kinds));
        QCOMPARE(ahead.query("SELECT headline FROM \"case\""), QStringLiteral("Ahead"));
    }

    void conflicts()
    {
        // Both columns exist: refused with both counts, nothing changes.
        Site site;
        QList<DocType> both = baseDocTypes();
        doctypeOf(both, "Ticket")->fields << field("title", "Data");
        QVERIFY(prepare(site, both));
        QList<DocType> wanted = baseDocTypes();
        renameFieldIn(wanted, "Ticket", "subject", "title");
        auto plan = site.migrator().plan(wanted, {renamedField("Ticket", "subject", "title")});
        QVERIFY(plan);
        const MigrationStep &step = plan->steps.first();
        QCOMPARE(MigrationStep::kindName(step.kind), QStringLiteral("rename_column"));
        QCOMPARE(step.classification, StepClass::Dangerous);
        QVERIFY2(step.reason.contains(QStringLiteral("both columns exist: subject holds 2 "
                                                     "value(s) and title holds 0")),
                 qPrintable(step.reason));
        QVERIFY(step.manualPath.contains(QStringLiteral("DROP COLUMN \"title\"")));
        auto report = site.migrator().apply(*plan, false);
        QVERIFY(report && report->hasRefused());
        QCOMPARE(site.query("SELECT subject FROM ticket ORDER BY name"),
                 QStringLiteral("Printer jammed,Fax"));
        // The manual path works: drop the empty column, migrate again.
        QVERIFY(site.exec("ALTER TABLE ticket DROP COLUMN title"));
        QVERIFY(migrate(site, wanted, {renamedField("Ticket", "subject", "title")}));
        QCOMPARE(site.query("SELECT title FROM ticket ORDER BY name"),
                 QStringLiteral("Printer jammed,Fax"));

        // Both tables exist.
        Site tables;
        QList<DocType> twice = baseDocTypes()
                               << doctype("Client", {field("customer_name", "Data")});
        QVERIFY(prepare(tables, twice));
        QList<DocType> renamed = baseDocTypes();
        renameDocTypeIn(renamed, "Customer", "Client");
        auto tablePlan = tables.migrator().plan(renamed, {renamedDocType("Customer", "Client")});
        QVERIFY(tablePlan);
        QCOMPARE(stepKinds(tablePlan->steps).first(), QStringLiteral("rename_table:dangerous"));
        QVERIFY(tablePlan->steps.first().reason.contains(
            QStringLiteral("customer has 1 row(s) and client has 0 row(s)")));
        auto refused = tables.migrator().apply(*tablePlan, false);
        QVERIFY(refused && refused->hasRefused());
        QCOMPARE(tables.query("SELECT customer_name FROM customer"), QStringLiteral("Acme"));
    }

    void snapshotFollowsWhenOtherStepsAreRefused()
    {
        // The table is renamed, and a field dropped in the same change is refused: the
        // snapshot row moves to the new name and keeps the dropped field.
        Site site;
        QList<DocType> doctypes = baseDocTypes();
        QVERIFY(prepare(site, doctypes));
        renameDocTypeIn(doctypes, "Ticket", "Case");
        renameFieldIn(doctypes, "Case", "subject", "title");
        doctypeOf(doctypes, "Case")->fields.removeIf([](const Field &f) {
            return f.fieldname == QLatin1String("price");
        });
        const QList<RenameRecord> renames{renamedDocType("Ticket", "Case", 1),
                                          renamedField("Case", "subject", "title", 2)};
        auto report = migrate(site, doctypes, renames);
        QVERIFY(report && report->hasRefused());
        QCOMPARE(site.query("SELECT name || ':' || doctype FROM _fm_schema_snapshot ORDER BY name"),
                 QStringLiteral("case:Case,customer:Customer"));
        const QJsonObject fields = snapshot(site, "case").value("fields").toObject();
        QVERIFY(fields.contains("title") && fields.contains("price") &&
                !fields.contains("subject"));
        QCOMPARE(snapshot(site, "case").value("table").toString(), QStringLiteral("case"));
        // Still refused, and only the refused step is left.
        auto again = site.migrator().plan(doctypes, renames);
        QVERIFY(again);
        QVERIFY2(stepKinds(again->steps) == QStringList{"drop_column:dangerous"},
                 qPrintable(again->toText()));
    }
};

QTEST_GUILESS_MAIN(TestRenameMigration)
#include "tst_renamemigration.moc"
