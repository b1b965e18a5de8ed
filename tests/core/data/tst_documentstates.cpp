// SPDX-License-Identifier: MIT
#include "testsite.h"

#include <QSqlQuery>

using namespace fm::core;
using fm::FieldError;

// Submit, cancel and amend of a submittable DocType (Sales Order).
class TestDocumentStates : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void submitLocksDocument();
    void cancelThenAmend();
    void amendOfAmendmentCountsUp();
    void amendNameKeepsPercentSigns();
    void wrongStateIsRefused_data();
    void wrongStateIsRefused();
    void notSubmittable();

private:
    QString draft();
    std::unique_ptr<TestSite> site;
};

void TestDocumentStates::init()
{
    site = std::make_unique<TestSite>();
    QVERIFY(site->open());
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Acme"}})));
}

void TestDocumentStates::cleanup()
{
    site.reset();
}

QString TestDocumentStates::draft()
{
    Document order = doc("Sales Order", {{"customer", "Acme"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 2}}));
    auto saved = site->service->insert(order);
    return saved ? saved->name() : QString();
}

void TestDocumentStates::submitLocksDocument()
{
    const QString name = draft();
    auto submitted = site->service->submit("Sales Order", name);
    QVERIFY(submitted);
    QCOMPARE(submitted->docstatus(), 1);
    QCOMPARE(submitted->version(), 2);
    auto edit = site->service->update(doc("Sales Order", {{"name", name}, {"notes", "late"}}));
    QVERIFY(!edit);
    QCOMPARE(edit.error().code(), fm::ErrorCode::DocumentSubmitted);
    auto del = site->service->remove("Sales Order", name);
    QVERIFY(!del);
    QCOMPARE(del.error().code(), fm::ErrorCode::DocumentSubmitted);
    QCOMPARE(site->service->get("Sales Order", name)->docstatus(), 1);
}

void TestDocumentStates::cancelThenAmend()
{
    const QString name = draft();
    QVERIFY(site->service->submit("Sales Order", name));
    auto cancelled = site->service->cancel("Sales Order", name);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->docstatus(), 2);
    auto amended = site->service->amend("Sales Order", name);
    QVERIFY2(amended, amended ? "" : qPrintable(amended.error().toText()));
    QCOMPARE(amended->name(), name + "-1");
    QCOMPARE(amended->docstatus(), 0);
    QCOMPARE(amended->string("amended_from"), name);
    QCOMPARE(amended->children("items").size(), 1);
    QCOMPARE(amended->children("items").at(0).integer("qty"), 2);
    QVERIFY(amended->children("items").at(0).name() !=
            cancelled->children("items").value(0).name());
    // the original stays cancelled and readable
    QCOMPARE(site->service->get("Sales Order", name)->docstatus(), 2);
    // a second amend of the same original gets the next number
    auto again = site->service->amend("Sales Order", name);
    QVERIFY(again);
    QCOMPARE(again->name(), name + "-2");
}

void TestDocumentStates::amendOfAmendmentCountsUp()
{
    const QString name = draft();
    QVERIFY(site->service->submit("Sales Order", name));
    QVERIFY(site->service->cancel("Sales Order", name));
    const QString first = site->service->amend("Sales Order", name)->name();
    QVERIFY(site->service->submit("Sales Order", first));
    QVERIFY(site->service->cancel("Sales Order", first));
    auto second = site->service->amend("Sales Order", first);
    QVERIFY(second);
    QCOMPARE(second->name(), name + "-2");
    QCOMPARE(second->string("amended_from"), first);
}

// Names are user data: "SO-%1" amends to "SO-%1-1", not to a name with the number
// substituted into it (an arg() chain did that; issue 12 item 9).
void TestDocumentStates::amendNameKeepsPercentSigns()
{
    const QString name = draft();
    QVERIFY(site->service->submit("Sales Order", name));
    QVERIFY(site->service->cancel("Sales Order", name));
    const QString odd = QStringLiteral("SO-%1%2");
    {
        auto db = site->pool->connection();
        QVERIFY(db);
        QSqlQuery rename(*db);
        QVERIFY(rename.prepare("UPDATE sales_order SET name = ? WHERE name = ?"));
        rename.addBindValue(odd);
        rename.addBindValue(name);
        QVERIFY(rename.exec() && rename.numRowsAffected() == 1);
        QSqlQuery children(*db);
        QVERIFY(children.prepare("UPDATE sales_order_item SET parent = ? WHERE parent = ?"));
        children.addBindValue(odd);
        children.addBindValue(name);
        QVERIFY(children.exec());
    }
    auto amended = site->service->amend("Sales Order", odd);
    QVERIFY2(amended, amended ? "" : qPrintable(amended.error().toText()));
    QCOMPARE(amended->name(), QStringLiteral("SO-%1%2-1"));
    QCOMPARE(amended->string("amended_from"), odd);
}

void TestDocumentStates::wrongStateIsRefused_data()
{
    QTest::addColumn<int>("reach"); // 0 draft, 1 submitted, 2 cancelled
    QTest::addColumn<QString>("action");
    QTest::newRow("cancel draft") << 0 << "cancel";
    QTest::newRow("amend draft") << 0 << "amend";
    QTest::newRow("submit submitted") << 1 << "submit";
    QTest::newRow("amend submitted") << 1 << "amend";
    QTest::newRow("submit cancelled") << 2 << "submit";
    QTest::newRow("cancel cancelled") << 2 << "cancel";
}

void TestDocumentStates::wrongStateIsRefused()
{
    QFETCH(int, reach);
    QFETCH(QString, action);
    const QString name = draft();
    if (reach >= 1)
        QVERIFY(site->service->submit("Sales Order", name));
    if (reach >= 2)
        QVERIFY(site->service->cancel("Sales Order", name));
    auto result = action == "submit"   ? site->service->submit("Sales Order", name)
                  : action == "cancel" ? site->service->cancel("Sales Order", name)
                                       : site->service->amend("Sales Order", name);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), fm::ErrorCode::InvalidState);
    QCOMPARE(site->service->get("Sales Order", name)->docstatus(), reach);
}

void TestDocumentStates::notSubmittable()
{
    auto result = site->service->submit("Customer", "Acme");
    QVERIFY(!result);
    QCOMPARE(result.error().code(), fm::ErrorCode::InvalidState);
    QVERIFY(result.error().message().contains("is_submittable"));
}

QTEST_GUILESS_MAIN(TestDocumentStates)
#include "tst_documentstates.moc"
