// SPDX-License-Identifier: MIT
// The demo project examples/helpdesk end to end: its DocTypes load cleanly, migrate,
// its controller plugin enforces the ticket and invoice rules, and demo/data.json
// imports in one transaction.
#include "helpdesksite.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using fm::core::Document;
using fm::core::DocumentService;

namespace {

// "field:code" for each field error, sorted, so rows can name what they expect.
QStringList fieldErrors(const fm::Error &error)
{
    QStringList out;
    for (const fm::FieldError &e : error.fields())
        out << e.field + QLatin1Char(':') + e.code;
    out.sort();
    return out;
}

qint64 countOf(DocumentService &service, const QString &doctype)
{
    fm::core::Query query;
    query.doctype = doctype;
    auto n = service.count(query);
    return n ? *n : -1;
}

// demo/data.json as documents, in file order.
QList<Document> demoDocuments()
{
    QFile file(QStringLiteral(FM_HELPDESK_DIR "/demo/data.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Document> docs;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        docs << Document::fromJson(object.value(QLatin1String("doctype")).toString(), object);
    }
    return docs;
}

} // namespace

class TestHelpdesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void appLoadsCleanly();
    void pluginRegistersControllers();
    void ticketRules_data();
    void ticketRules();
    void ticketRulesOnUpdate();
    void fetchFrom();
    void invoiceSeriesAndTotals();
    void invoiceRules_data();
    void invoiceRules();
    void invoiceSubmitCancelAmend();
    void demoDataImports();
    void demoDataIsAllOrNothing();

private:
    Document ticket(const QVariantMap &changes) const;

    HelpdeskSite m_site;
};

void TestHelpdesk::initTestCase()
{
    QVERIFY(m_site.open());
    DocumentService &s = *m_site.service;
    const QList<Document> fixtures{
        doc("Customer", {{"customer_name", "Acme Corporation"}, {"tier", "Enterprise"}}),
        doc("Customer", {{"customer_name", "Globex"}}),
        doc("Support Agent",
            {{"agent_name", "Maria Lopez"}, {"email", "maria@hd.example"}, {"hourly_rate", 80}}),
        doc("Support Agent",
            {{"agent_name", "Aiko Tanaka"}, {"email", "aiko@hd.example"}, {"active", false}}),
        doc("Support Agent", {{"agent_name", "Nora Quinn"}, {"email", "nora@hd.example"}}),
        doc("Contact", {{"full_name", "Wile E. Coyote"},
                        {"email", "wile@acme.example"},
                        {"customer", "Acme Corporation"}}),
        doc("Contact", {{"full_name", "Hank Scorpio"},
                        {"email", "hank@globex.example"},
                        {"customer", "Globex"}}),
    };
    auto inserted = s.bulkInsert(fixtures);
    QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().toText()));
}

Document TestHelpdesk::ticket(const QVariantMap &changes) const
{
    QVariantMap values{{"subject", "Printer on fire"},
                       {"customer", "Acme Corporation"},
                       {"opened_on", "2026-03-10"}};
    values.insert(changes);
    return doc("Ticket", values);
}

void TestHelpdesk::appLoadsCleanly()
{
    // Not even warnings: the demo is what people copy from.
    for (const auto &d : m_site.diagnostics)
        qWarning().noquote() << d.toString();
    QCOMPARE(m_site.diagnostics.size(), 0);
    const QStringList expected{
        "Contact",       "Customer", "Service Invoice", "Service Invoice Item",
        "Support Agent", "Ticket",   "Ticket Category"};
    QStringList ours;
    for (const QString &name : m_site.meta.doctypeNames()) {
        if (m_site.meta.doctype(name)->app == u"helpdesk")
            ours << name;
    }
    QCOMPARE(ours, expected);
    // A fresh site needs nothing but safe steps.
    QVERIFY(!m_site.migrationPlan.isEmpty());
    QCOMPARE(m_site.migrationPlan.count(fm::core::StepClass::Safe),
             m_site.migrationPlan.steps.size());
}

void TestHelpdesk::pluginRegistersControllers()
{
    QCOMPARE(m_site.controllers.loadedPlugins(), QStringList{"helpdesk"});
    QVERIFY(m_site.controllers.controller("Ticket"));
    QVERIFY(m_site.controllers.controller("Service Invoice"));
    QVERIFY(!m_site.controllers.controller("Customer"));
}

void TestHelpdesk::ticketRules_data()
{
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QStringList>("errors"); // empty: the ticket is saved

    QTest::newRow("open without resolution") << QVariantMap{{"status", "Open"}} << QStringList{};
    QTest::newRow("replied without resolution")
        << QVariantMap{{"status", "Replied"}} << QStringList{};
    QTest::newRow("resolved with resolution")
        << QVariantMap{{"status", "Resolved"}, {"resolution", "Unplugged it."}} << QStringList{};
    QTest::newRow("closed with resolution")
        << QVariantMap{{"status", "Closed"}, {"resolution", "Replaced the printer."}}
        << QStringList{};
    QTest::newRow("resolved without resolution")
        << QVariantMap{{"status", "Resolved"}} << QStringList{"resolution:required_for_status"};
    QTest::newRow("closed with blank resolution")
        << QVariantMap{{"status", "Closed"}, {"resolution", "  \n "}}
        << QStringList{"resolution:required_for_status"};
    QTest::newRow("due on opening day") << QVariantMap{{"due_on", "2026-03-10"}} << QStringList{};
    QTest::newRow("due after opening") << QVariantMap{{"due_on", "2026-03-20"}} << QStringList{};
    QTest::newRow("due before opening")
        << QVariantMap{{"due_on", "2026-03-09"}} << QStringList{"due_on:before_opened_on"};
    QTest::newRow("two problems at once")
        << QVariantMap{{"status", "Closed"}, {"due_on", "2026-01-01"}}
        << QStringList{"due_on:before_opened_on", "resolution:required_for_status"};
    QTest::newRow("active agent") << QVariantMap{{"assigned_to", "Maria Lopez"}} << QStringList{};
    QTest::newRow("inactive agent")
        << QVariantMap{{"assigned_to", "Aiko Tanaka"}} << QStringList{"assigned_to:agent_inactive"};
    QTest::newRow("contact of the customer")
        << QVariantMap{{"contact", "wile@acme.example"}} << QStringList{};
    QTest::newRow("contact of another customer")
        << QVariantMap{{"contact", "hank@globex.example"}}
        << QStringList{"contact:contact_of_other_customer"};
    // The framework's own checks still come first: the hook never sees a bad status.
    QTest::newRow("unknown status")
        << QVariantMap{{"status", "Pending"}} << QStringList{"status:invalid_option"};
}

void TestHelpdesk::ticketRules()
{
    QFETCH(QVariantMap, changes);
    QFETCH(QStringList, errors);
    DocumentService &s = *m_site.service;
    const qint64 before = countOf(s, "Ticket");

    auto saved = s.insert(ticket(changes));
    if (errors.isEmpty()) {
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
        QCOMPARE(countOf(s, "Ticket"), before + 1);
        return;
    }
    QVERIFY(!saved);
    QCOMPARE(saved.error().code(), fm::ErrorCode::Validation);
    QCOMPARE(fieldErrors(saved.error()), errors);
    QCOMPARE(countOf(s, "Ticket"), before);
}

void TestHelpdesk::ticketRulesOnUpdate()
{
    DocumentService &s = *m_site.service;
    auto agent = s.insert(
        doc("Support Agent", {{"agent_name", "Leaving Soon"}, {"email", "leaving@hd.example"}}));
    QVERIFY2(agent, agent ? "" : qPrintable(agent.error().toText()));
    auto saved =
        s.insert(ticket({{"assigned_to", "Leaving Soon"}, {"contact", "wile@acme.example"}}));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    const QString name = saved->name();

    Document close(QStringLiteral("Ticket"));
    close.setName(name);
    close.setValue("status", "Closed");
    auto refused = s.update(close);
    QVERIFY(!refused);
    QCOMPARE(fieldErrors(refused.error()), QStringList{"resolution:required_for_status"});
    QCOMPARE(s.get("Ticket", name)->string("status"), QStringLiteral("Open"));

    // The agent leaves; the ticket stays editable because its assignment did not change.
    Document leave(QStringLiteral("Support Agent"));
    leave.setName("Leaving Soon");
    leave.setValue("active", false);
    QVERIFY(s.update(leave));
    close.setValue("resolution", "Fixed the toner.");
    auto closed = s.update(close);
    QVERIFY2(closed, closed ? "" : qPrintable(closed.error().toText()));
    QCOMPARE(closed->string("status"), QStringLiteral("Closed"));

    // Moving the ticket to another customer rechecks the contact it keeps.
    Document move(QStringLiteral("Ticket"));
    move.setName(name);
    move.setValue("customer", "Globex");
    auto moved = s.update(move);
    QVERIFY(!moved);
    QCOMPARE(fieldErrors(moved.error()), QStringList{"contact:contact_of_other_customer"});

    // Reassigning to the inactive agent is refused, to an active one accepted.
    Document reassign(QStringLiteral("Ticket"));
    reassign.setName(name);
    reassign.setValue("assigned_to", "Aiko Tanaka");
    auto inactive = s.update(reassign);
    QVERIFY(!inactive);
    QCOMPARE(fieldErrors(inactive.error()), QStringList{"assigned_to:agent_inactive"});
    reassign.setValue("assigned_to", "Maria Lopez");
    QVERIFY(s.update(reassign));
}

void TestHelpdesk::fetchFrom()
{
    DocumentService &s = *m_site.service;
    // A value the client sends for a fetched field is replaced by the linked one.
    auto saved = s.insert(ticket({{"customer_name", "Someone Else"}}));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    QCOMPARE(s.get("Ticket", saved->name())->string("customer_name"),
             QStringLiteral("Acme Corporation"));

    Document move(QStringLiteral("Ticket"));
    move.setName(saved->name());
    move.setValue("customer", "Globex");
    auto moved = s.update(move);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().toText()));
    QCOMPARE(s.get("Ticket", saved->name())->string("customer_name"), QStringLiteral("Globex"));

    auto contact = s.get("Contact", "hank@globex.example");
    QVERIFY(contact);
    QCOMPARE(contact->string("customer_name"), QStringLiteral("Globex"));
}

void TestHelpdesk::invoiceSeriesAndTotals()
{
    DocumentService &s = *m_site.service;
    auto billed = s.insert(ticket({{"assigned_to", "Maria Lopez"}}));
    QVERIFY(billed);
    Document invoice = doc("Service Invoice", {{"customer", "Acme Corporation"}});
    invoice.setChildren("items",
                        {
                            doc("Service Invoice Item", {{"description", "Diagnosis"},
                                                         {"ticket", billed->name()},
                                                         {"agent", "Maria Lopez"},
                                                         {"hours", 1.5}}),
                            doc("Service Invoice Item",
                                {{"description", "On-site visit"}, {"hours", 2}, {"rate", 99.99}}),
                        });
    auto first = s.insert(invoice);
    QVERIFY2(first, first ? "" : qPrintable(first.error().toText()));
    auto second = s.insert(invoice);
    QVERIFY(second);

    const QString year = QString::number(QDate::currentDate().year());
    const QRegularExpression series(QStringLiteral("^INV-%1-(\\d{4})$").arg(year));
    const auto m1 = series.match(first->name());
    const auto m2 = series.match(second->name());
    QVERIFY2(m1.hasMatch(), qPrintable(first->name()));
    QVERIFY2(m2.hasMatch(), qPrintable(second->name()));
    QCOMPARE(m2.captured(1).toInt(), m1.captured(1).toInt() + 1);

    auto stored = s.get("Service Invoice", first->name());
    QVERIFY(stored);
    const QList<Document> lines = stored->children("items");
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).number("rate"), 80.0); // the agent's hourly rate
    QCOMPARE(lines.at(0).number("amount"), 120.0);
    QCOMPARE(lines.at(1).number("amount"), 199.98);
    QCOMPARE(stored->number("total_hours"), 3.5);
    QCOMPARE(stored->number("total"), 319.98);
    QCOMPARE(stored->string("customer_name"), QStringLiteral("Acme Corporation"));
    QCOMPARE(stored->docstatus(), 0);

    // Changing the lines recomputes the totals on update.
    Document edit(QStringLiteral("Service Invoice"));
    edit.setName(first->name());
    edit.setChildren("items", {doc("Service Invoice Item",
                                   {{"description", "Call"}, {"hours", 0.25}, {"rate", 60}})});
    auto edited = s.update(edit);
    QVERIFY2(edited, edited ? "" : qPrintable(edited.error().toText()));
    QCOMPARE(s.get("Service Invoice", first->name())->number("total"), 15.0);
}

void TestHelpdesk::invoiceRules_data()
{
    QTest::addColumn<QVariantMap>("line");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("rate given") << QVariantMap{{"rate", 50}} << QStringList{};
    QTest::newRow("rate from agent") << QVariantMap{{"agent", "Maria Lopez"}} << QStringList{};
    QTest::newRow("no rate, no agent") << QVariantMap{} << QStringList{"items[0].rate:required"};
    QTest::newRow("agent without a rate")
        << QVariantMap{{"agent", "Nora Quinn"}} << QStringList{"items[0].rate:required"};
    QTest::newRow("ticket of the customer")
        << QVariantMap{{"rate", 50}, {"ticket", "own"}} << QStringList{};
    QTest::newRow("ticket of another customer")
        << QVariantMap{{"rate", 50}, {"ticket", "other"}}
        << QStringList{"items[0].ticket:ticket_of_other_customer"};
    QTest::newRow("too few hours")
        << QVariantMap{{"rate", 50}, {"hours", 0.1}} << QStringList{"items[0].hours:too_small"};
}

void TestHelpdesk::invoiceRules()
{
    QFETCH(QVariantMap, line);
    QFETCH(QStringList, errors);
    DocumentService &s = *m_site.service;
    if (line.contains("ticket")) {
        const bool own = line.value("ticket").toString() == u"own";
        auto t = s.insert(ticket({{"customer", own ? "Acme Corporation" : "Globex"}}));
        QVERIFY(t);
        line.insert("ticket", t->name());
    }
    QVariantMap values{{"description", "Work"}, {"hours", 1}};
    values.insert(line);
    Document invoice = doc("Service Invoice", {{"customer", "Acme Corporation"}});
    invoice.setChildren("items", {doc("Service Invoice Item", values)});
    const qint64 before = countOf(s, "Service Invoice");

    auto saved = s.insert(invoice);
    if (errors.isEmpty()) {
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
        QVERIFY(saved->number("total") > 0);
        return;
    }
    QVERIFY(!saved);
    QCOMPARE(saved.error().code(), fm::ErrorCode::Validation);
    QCOMPARE(fieldErrors(saved.error()), errors);
    QCOMPARE(countOf(s, "Service Invoice"), before);
}

void TestHelpdesk::invoiceSubmitCancelAmend()
{
    DocumentService &s = *m_site.service;
    Document invoice = doc("Service Invoice", {{"customer", "Globex"}});
    invoice.setChildren("items", {doc("Service Invoice Item",
                                      {{"description", "Setup"}, {"hours", 2}, {"rate", 45}})});
    auto draft = s.insert(invoice);
    QVERIFY(draft);
    const QString name = draft->name();

    auto submitted = s.submit("Service Invoice", name);
    QVERIFY2(submitted, submitted ? "" : qPrintable(submitted.error().toText()));
    QCOMPARE(s.get("Service Invoice", name)->docstatus(), 1);

    Document edit(QStringLiteral("Service Invoice"));
    edit.setName(name);
    edit.setValue("notes", "changed my mind");
    auto refused = s.update(edit);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), fm::ErrorCode::DocumentSubmitted);
    QVERIFY(!s.submit("Service Invoice", name)); // already submitted
    QVERIFY(!s.amend("Service Invoice", name));  // only cancelled ones

    auto cancelled = s.cancel("Service Invoice", name);
    QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().toText()));
    QCOMPARE(s.get("Service Invoice", name)->docstatus(), 2);

    auto amended = s.amend("Service Invoice", name);
    QVERIFY2(amended, amended ? "" : qPrintable(amended.error().toText()));
    QCOMPARE(amended->name(), name + QStringLiteral("-1"));
    QCOMPARE(amended->docstatus(), 0);
    QCOMPARE(amended->string("amended_from"), name);
    QCOMPARE(amended->number("total"), 90.0);
    QCOMPARE(amended->children("items").size(), 1);

    // An invoice worth nothing is refused at submit, and stays a draft.
    Document gratis = doc("Service Invoice", {{"customer", "Globex"}});
    gratis.setChildren("items", {doc("Service Invoice Item",
                                     {{"description", "Goodwill"}, {"hours", 1}, {"rate", 0}})});
    auto zero = s.insert(gratis);
    QVERIFY(zero);
    auto refusedSubmit = s.submit("Service Invoice", zero->name());
    QVERIFY(!refusedSubmit);
    QCOMPARE(fieldErrors(refusedSubmit.error()), QStringList{"total:zero_total"});
    QCOMPARE(s.get("Service Invoice", zero->name())->docstatus(), 0);
}

void TestHelpdesk::demoDataImports()
{
    HelpdeskSite site;
    QVERIFY(site.open());
    const QList<Document> docs = demoDocuments();
    QVERIFY(!docs.isEmpty());
    auto names = site.service->bulkInsert(docs);
    QVERIFY2(names, names ? "" : qPrintable(names.error().toText()));
    QCOMPARE(names->size(), docs.size());

    const QList<QPair<QString, qint64>> counts{{"Ticket Category", 4}, {"Support Agent", 3},
                                               {"Customer", 5},        {"Contact", 6},
                                               {"Ticket", 12},         {"Service Invoice", 2}};
    for (const auto &[doctype, expected] : counts)
        QCOMPARE(countOf(*site.service, doctype), expected);

    // Invoice lines point at tickets by their series names, so those must be stable.
    QCOMPARE(site.service->get("Ticket", "TKT-00001")->string("subject"),
             QStringLiteral("Cannot log in after password reset"));
    QCOMPARE(site.service->get("Ticket", "TKT-00012")->string("customer_name"),
             QStringLiteral("Acme Corporation"));
    // Acme: 1.5 h x 85 (Maria's rate) + 6 h x 70 (Jonas's rate) + 1 h x 120.
    QCOMPARE(site.service->get("Service Invoice", names->at(names->size() - 2))->number("total"),
             667.5);
    QCOMPARE(site.service->get("Service Invoice", names->last())->number("total"), 52.5);
}

void TestHelpdesk::demoDataIsAllOrNothing()
{
    HelpdeskSite site;
    QVERIFY(site.open());
    QList<Document> docs = demoDocuments();
    // Break the last ticket: Closed without a resolution.
    int lastTicket = -1;
    for (int i = 0; i < docs.size(); ++i) {
        if (docs.at(i).doctype() == u"Ticket")
            lastTicket = i;
    }
    QVERIFY(lastTicket > 0);
    docs[lastTicket].setValue("status", "Closed");
    docs[lastTicket].remove("resolution");

    auto names = site.service->bulkInsert(docs);
    QVERIFY(!names);
    QCOMPARE(fieldErrors(names.error()), QStringList{"resolution:required_for_status"});
    QVERIFY2(names.error().message().contains(QStringLiteral("nothing was saved")),
             qPrintable(names.error().message()));
    QCOMPARE(countOf(*site.service, "Customer"), 0);
    QCOMPARE(countOf(*site.service, "Ticket"), 0);
}

QTEST_GUILESS_MAIN(TestHelpdesk)
#include "tst_helpdesk.moc"
