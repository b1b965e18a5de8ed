// SPDX-License-Identifier: MIT
// One row per migration step kind and class: the plan classifies the change, apply
// (with --force) runs what it may, and the data is still there afterwards.
#include "migrationfixture.h"

#include <QRegularExpression>

#include <functional>

using namespace fmtest;

namespace {

using Mutation = std::function<void(QList<DocType> &)>;

struct Case
{
    const char *name;
    QStringList extraRows; // SQL run after the base rows, before the change
    Mutation change;
    QStringList steps; // expected "kind:class"
    QString check;     // SQL whose first column, joined with ",", must equal `data`
    QString data;
};

const QString kTickets =
    QStringLiteral("SELECT name || '=' || coalesce(%1, 'NULL') FROM ticket ORDER BY name");
const QString kTyped = QStringLiteral(
    "SELECT name || '=' || coalesce(%1, 'NULL') || ':' || typeof(%1) FROM ticket ORDER BY name");
const QString kWithForeignKey =
    QStringLiteral("SELECT name || '=' || coalesce(%1, 'NULL') FROM ticket UNION ALL "
                   "SELECT 'fk=' || count(*) FROM pragma_foreign_key_list('ticket') WHERE \"from\" "
                   "= '%1' ORDER BY 1");

void setType(QList<DocType> &d, const char *fieldname, const char *type, const char *options = "")
{
    Field *f = fieldOf(d, "Ticket", fieldname);
    f->fieldtype = type;
    f->options = options;
    f->length.reset();
}

const QList<Case> &cases()
{
    static const QList<Case> list{
        {"create table",
         {},
         [](auto &d) { d << doctype("Note", {field("body", "Text")}); },
         {"create_table:safe"},
         "SELECT count(*) FROM note",
         "0"},
        {"add nullable column",
         {},
         [](auto &d) { doctypeOf(d, "Ticket")->fields << field("notes", "Data"); },
         {"add_column:safe"},
         kTickets.arg("notes"),
         "T1=NULL,T2=NULL"},
        {"add column with default back-fills",
         {},
         [](auto &d) {
             Field f = field("status", "Select", "Open\nClosed");
             f.defaultValue = QStringLiteral("Open");
             doctypeOf(d, "Ticket")->fields << f;
         },
         {"add_column:safe"},
         kTickets.arg("status"),
         "T1=Open,T2=Open"},
        {"add required column with default",
         {},
         [](auto &d) {
             Field f = field("priority", "Int");
             f.required = true;
             f.defaultValue = 2;
             doctypeOf(d, "Ticket")->fields << f;
         },
         {"add_column:warning"},
         kTyped.arg("priority"),
         "T1=2:integer,T2=2:integer"},
        {"add required column without default",
         {},
         [](auto &d) {
             Field f = field("email", "Data");
             f.required = true;
             doctypeOf(d, "Ticket")->fields << f;
         },
         {"add_column:warning"},
         kTickets.arg("email"),
         "T1=NULL,T2=NULL"},
        {"add required column to an empty table",
         {"DELETE FROM ticket"},
         [](auto &d) {
             Field f = field("email", "Data");
             f.required = true;
             doctypeOf(d, "Ticket")->fields << f;
         },
         {"add_column:safe"},
         "SELECT count(*) FROM ticket",
         "0"},
        {"add link column",
         {},
         [](auto &d) { doctypeOf(d, "Ticket")->fields << field("project", "Link", "Customer"); },
         {"add_column:safe"},
         kWithForeignKey.arg("project"),
         "T1=NULL,T2=NULL,fk=1"},
        {"add index",
         {},
         [](auto &d) {
             doctypeOf(d, "Ticket")->indexes << IndexDef{QString(), {"subject"}, false};
         },
         {"create_index:safe"},
         kTickets.arg("subject"),
         "T1=Printer jammed,T2=Fax"},
        {"add unique over distinct values",
         {},
         [](auto &d) { fieldOf(d, "Ticket", "subject")->unique = true; },
         {"create_index:warning"},
         "SELECT count(*) FROM pragma_index_list('ticket') WHERE name = 'uq_ticket_subject'",
         "1"},
        {"add unique over duplicates",
         {"UPDATE ticket SET subject = 'Fax'"},
         [](auto &d) { fieldOf(d, "Ticket", "subject")->unique = true; },
         {"create_index:dangerous"},
         kTickets.arg("subject"),
         "T1=Fax,T2=Fax"},
        {"add unique over an empty column",
         {"UPDATE ticket SET customer = NULL"},
         [](auto &d) { fieldOf(d, "Ticket", "customer")->unique = true; },
         {"create_index:safe"},
         "SELECT count(*) FROM pragma_index_list('ticket') WHERE name = 'uq_ticket_customer'",
         "1"},
        {"drop index",
         {},
         [](auto &d) { doctypeOf(d, "Ticket")->indexes.clear(); },
         {"drop_index:safe"},
         kTickets.arg("hours"),
         "T1=3,T2=NULL"},
        {"drop unique",
         {},
         [](auto &d) { fieldOf(d, "Ticket", "code")->unique = false; },
         {"drop_index:safe"},
         "SELECT count(*) FROM pragma_index_list('ticket') WHERE name = 'uq_ticket_code'",
         "0"},
        {"widen Int to Float",
         {},
         [](auto &d) { setType(d, "hours", "Float"); },
         {"change_column_type:warning"},
         kTyped.arg("hours"),
         "T1=3.0:real,T2=NULL:null"},
        {"widen number to Text",
         {},
         [](auto &d) { setType(d, "hours", "Data"); },
         {"change_column_type:warning"},
         kTyped.arg("hours"),
         "T1=3:text,T2=NULL:null"},
        {"narrow Float to Int",
         {},
         [](auto &d) { setType(d, "price", "Int"); },
         {"change_column_type:dangerous"},
         kTyped.arg("price"),
         "T1=2.5:real,T2=NULL:null"},
        {"narrow Text to Int",
         {},
         [](auto &d) { setType(d, "subject", "Int"); },
         {"change_column_type:dangerous"},
         kTyped.arg("subject"),
         "T1=Printer jammed:text,T2=Fax:text"},
        {"narrow an empty column",
         {"UPDATE ticket SET price = NULL"},
         [](auto &d) { setType(d, "price", "Int"); },
         {"change_column_type:warning"},
         "SELECT type FROM pragma_table_info('ticket') WHERE name = 'price'",
         "INTEGER"},
        {"drop column",
         {},
         [](auto &d) { doctypeOf(d, "Ticket")->fields.removeAt(3); },
         {"drop_index:safe", "drop_column:dangerous"},
         kTickets.arg("code"),
         "T1=A1,T2=A2"},
        {"drop table",
         {},
         [](auto &d) { d.removeAt(1); },
         {"drop_table:dangerous"},
         "SELECT count(*) FROM ticket",
         "2"},
        {"add foreign key",
         {},
         [](auto &d) { setType(d, "customer", "Link", "Customer"); },
         {"add_foreign_key:warning"},
         kWithForeignKey.arg("customer"),
         "T1=C1,T2=NULL,fk=1"},
        {"add foreign key over dangling links",
         {"UPDATE ticket SET customer = 'C9' WHERE name = 'T2'"},
         [](auto &d) { setType(d, "customer", "Link", "Customer"); },
         {"add_foreign_key:dangerous"},
         kWithForeignKey.arg("customer"),
         "T1=C1,T2=C9,fk=0"},
        {"drop foreign key",
         {},
         [](auto &d) { setType(d, "account", "Data"); },
         {"drop_foreign_key:warning"},
         kWithForeignKey.arg("account"),
         "T1=C1,T2=NULL,fk=0"},
        {"narrow length below values",
         {},
         [](auto &d) { fieldOf(d, "Ticket", "subject")->length = 5; },
         {"narrow_length:dangerous"},
         kTickets.arg("subject"),
         "T1=Printer jammed,T2=Fax"},
        {"narrow length, values fit",
         {},
         [](auto &d) { fieldOf(d, "Ticket", "subject")->length = 20; },
         {},
         kTickets.arg("subject"),
         "T1=Printer jammed,T2=Fax"},
        {"same storage, other type",
         {},
         [](auto &d) { setType(d, "code", "Select", "A1\nA2"); },
         {},
         kTickets.arg("code"),
         "T1=A1,T2=A2"},
        {"becomes submittable",
         {},
         [](auto &d) { doctypeOf(d, "Ticket")->isSubmittable = true; },
         {"add_column:safe", "add_column:safe"},
         kTickets.arg("docstatus"),
         "T1=0,T2=0"},
    };
    return list;
}

} // namespace

class TestMigrationSteps : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void step_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << i;
    }
    void step()
    {
        QFETCH(int, index);
        const Case &c = cases().at(index);
        Site site;
        QVERIFY(site.isValid());
        QList<DocType> doctypes = baseDocTypes();
        auto created = site.migrate(doctypes);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        for (const QString &sql : baseRows() + c.extraRows)
            QVERIFY2(site.exec(sql), qPrintable(sql));

        c.change(doctypes);
        auto plan = site.migrator().plan(doctypes);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
        QCOMPARE(stepKinds(plan->steps), c.steps);
        for (const MigrationStep &step : std::as_const(plan->steps)) {
            QVERIFY(!step.description.isEmpty());
            QVERIFY2(!step.sql.isEmpty(), qPrintable(step.description));
            if (step.classification != StepClass::Safe)
                QVERIFY2(!step.reason.isEmpty(), qPrintable(step.description));
            if (step.classification == StepClass::Dangerous)
                QVERIFY2(!step.manualPath.isEmpty(), qPrintable(step.description));
        }

        auto report = site.migrator().apply(*plan, true);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        QStringList dangerous;
        for (const QString &kind : c.steps) {
            if (kind.endsWith(QLatin1String(":dangerous")))
                dangerous << kind;
        }
        QCOMPARE(report->refused.size(), dangerous.size());
        QCOMPARE(report->applied.size(), c.steps.size() - dangerous.size());

        // Data survived, and planning again leaves only what was refused.
        QCOMPARE(site.query(c.check), c.data);
        auto again = site.migrator().plan(doctypes);
        QVERIFY(again);
        QCOMPARE(stepKinds(again->steps), dangerous);
        QCOMPARE(site.query(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationSteps)
#include "tst_migrationsteps.moc"
