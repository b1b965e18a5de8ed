// SPDX-License-Identifier: MIT
// The outbox half of events as a contract: one event per committed change, written in
// the change's own transaction, with what changed (docs/guide/events.md).
#include "testsite.h"

#include "db/sql.h"
#include "events/documentchanges.h"
#include "events/eventoutbox.h"
#include "events/requestscope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace fm::core;
using fm::Result;

namespace {

// Inserts a Tag from inside after_insert (after the outbox row of the document is
// written), then fails when asked to: everything must roll back, events included.
class LateFailure final : public DocumentController
{
public:
    bool fail = false;
    Result<void> afterInsert(HookContext &ctx, const Document &d) override
    {
        auto side = ctx.elevated(QStringLiteral("the test's side write"))
                        .insert(doc("Tag", {{"name", "side-" + d.name()}}));
        if (!side)
            return fm::fail(side.error());
        if (fail)
            return fm::fail(fm::ErrorCode::Validation, QStringLiteral("refused after the write"));
        return {};
    }
};

} // namespace

class TestEventOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eventForEachChange_data();
    void eventForEachChange();
    void eventCarriesRequestIdAndUniqueId();
    void passwordsAreMasked();
    void childRowsAreListed();
    void unchangedValuesOfEveryTypeAreNotListed();
    void rollbackLeavesNoEvent_data();
    void rollbackLeavesNoEvent();
    void missingOutboxRefusesTheWrite();
    void migrateCreatesTheOutboxOnAnOldSite();
    void eventJsonRoundTrip();

private:
    QList<Event> events();
    QString salesOrder(const QString &customer);
    std::unique_ptr<TestSite> site;
    std::shared_ptr<LateFailure> late;
};

void TestEventOutbox::init()
{
    site = std::make_unique<TestSite>();
    late = std::make_shared<LateFailure>();
    site->controllers.registerController("Note", late);
    QVERIFY(site->open());
}

void TestEventOutbox::cleanup()
{
    site.reset();
}

QList<Event> TestEventOutbox::events()
{
    auto all = EventOutbox(*site->pool).after(0, 10000);
    if (!all)
        qWarning().noquote() << all.error().toText();
    return all ? *all : QList<Event>();
}

QString TestEventOutbox::salesOrder(const QString &customer)
{
    Document order = doc("Sales Order", {{"customer", customer}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 2}}));
    auto saved = site->service->insert(order, "alice@example.com");
    if (!saved)
        qWarning().noquote() << saved.error().toText();
    return saved ? saved->name() : QString();
}

void TestEventOutbox::eventForEachChange_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("doctype");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<int>("docstatus");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("oldValue");
    QTest::addColumn<QJsonValue>("newValue");

    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("insert") << "insert"
                            << "insert"
                            << "Customer" << qint64(1) << 0 << "customer_name" << null
                            << QJsonValue("Acme");
    QTest::newRow("update") << "update"
                            << "update"
                            << "Customer" << qint64(2) << 0 << "rating" << QJsonValue(4)
                            << QJsonValue(2);
    QTest::newRow("soft delete") << "soft delete"
                                 << "delete"
                                 << "Customer" << qint64(2) << 0 << "customer_name"
                                 << QJsonValue("Acme") << null;
    QTest::newRow("hard delete") << "hard delete"
                                 << "delete"
                                 << "Customer" << qint64(1) << 0 << "rating" << QJsonValue(4)
                                 << null;
    QTest::newRow("submit") << "submit"
                            << "submit"
                            << "Sales Order" << qint64(2) << 1 << "docstatus" << QJsonValue(0)
                            << QJsonValue(1);
    QTest::newRow("cancel") << "cancel"
                            << "cancel"
                            << "Sales Order" << qint64(3) << 2 << "docstatus" << QJsonValue(1)
                            << QJsonValue(2);
    QTest::newRow("amend") << "amend"
                           << "amend"
                           << "Sales Order" << qint64(1) << 0 << "amended_from" << null
                           << QJsonValue("original");
}

void TestEventOutbox::eventForEachChange()
{
    QFETCH(QString, action);
    QFETCH(QString, type);
    QFETCH(QString, doctype);
    QFETCH(qint64, version);
    QFETCH(int, docstatus);
    QFETCH(QString, field);
    QFETCH(QJsonValue, oldValue);
    QFETCH(QJsonValue, newValue);

    DocumentService &service = *site->service;
    const QString user = "alice@example.com";
    QVERIFY(service.insert(doc("Customer", {{"customer_name", "Acme"}, {"rating", 4}}), user));
    QString name = "Acme";
    if (action == u"update") {
        QVERIFY(service.update(doc("Customer", {{"name", "Acme"}, {"rating", 2}}), user));
    } else if (action == u"soft delete") {
        QVERIFY(service.remove("Customer", "Acme", DeleteMode::Soft, user));
    } else if (action == u"hard delete") {
        QVERIFY(service.remove("Customer", "Acme", DeleteMode::Hard, user));
    } else if (doctype == u"Sales Order") {
        name = salesOrder("Acme");
        QVERIFY(!name.isEmpty());
        if (action != u"submit")
            QVERIFY(service.submit(doctype, name, user));
        if (action == u"amend")
            QVERIFY(service.cancel(doctype, name, user));
        auto done = action == u"submit"   ? service.submit(doctype, name, user)
                    : action == u"cancel" ? service.cancel(doctype, name, user)
                                          : service.amend(doctype, name, user);
        QVERIFY2(done, done ? "" : qPrintable(done.error().toText()));
        if (action == u"amend") {
            newValue = QJsonValue(name);
            name = done->name();
        }
    }

    const QList<Event> all = events();
    QVERIFY(!all.isEmpty());
    for (qsizetype i = 1; i < all.size(); ++i)
        QCOMPARE(all.at(i).sequence, all.at(i - 1).sequence + 1);
    const Event &event = all.last();
    QCOMPARE(eventTypeName(event.type), type);
    QCOMPARE(event.doctype, doctype);
    QCOMPARE(event.name, name);
    QCOMPARE(event.user, user);
    QCOMPARE(event.version, version);
    QCOMPARE(event.docstatus, docstatus);
    QVERIFY2(QDateTime::fromString(event.time, Qt::ISODateWithMs).isValid(),
             qPrintable(event.time));
    const FieldChange *change = event.change(field);
    QVERIFY2(change, qPrintable(field + " is not among the changes: " +
                                QJsonDocument(event.changesToJson()).toJson()));
    QCOMPARE(change->oldValue, oldValue);
    QCOMPARE(change->newValue, newValue);
    // Stamps are the event's own fields, never changes.
    QVERIFY(!event.change("modified"));
    QVERIFY(!event.change("_version"));
    if (action == u"update")
        QCOMPARE(event.changes.size(), 1); // the name and the other fields did not change
}

void TestEventOutbox::eventCarriesRequestIdAndUniqueId()
{
    {
        const RequestScope scope("req-42");
        QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "A"}})));
    }
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "B"}})));
    const QList<Event> all = events();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).requestId, QStringLiteral("req-42"));
    QCOMPARE(all.at(1).requestId, QString()); // outside a request
    QCOMPARE(all.at(0).user, DocumentService::kAdministrator);
    const QRegularExpression uuid(
        "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$");
    QVERIFY2(uuid.match(all.at(0).id).hasMatch(), qPrintable(all.at(0).id));
    QVERIFY(all.at(0).id != all.at(1).id);
    QVERIFY(all.at(0).sequence < all.at(1).sequence);
}

void TestEventOutbox::passwordsAreMasked()
{
    auto saved = site->service->insert(doc("Note", {{"title", "n"}, {"secret", "hunter2"}}));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    QVERIFY(site->service->update(doc("Note", {{"name", saved->name()}, {"secret", "swordfish"}})));
    QVERIFY(site->service->update(doc("Note", {{"name", saved->name()}, {"title", "m"}})));
    const QList<Event> all = events();
    QList<Event> notes;
    for (const Event &e : all) {
        if (e.doctype == u"Note")
            notes << e;
    }
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.at(0).change("secret")->newValue, QJsonValue(kMaskedValue));
    QCOMPARE(notes.at(1).change("secret")->oldValue, QJsonValue(kMaskedValue));
    QCOMPARE(notes.at(1).change("secret")->newValue, QJsonValue(kMaskedValue));
    QVERIFY(!notes.at(2).change("secret")); // unchanged: not listed
    for (const Event &e : notes) {
        const QByteArray json = QJsonDocument(e.toJson()).toJson();
        QVERIFY(!json.contains("hunter2"));
        QVERIFY(!json.contains("swordfish"));
    }
}

void TestEventOutbox::childRowsAreListed()
{
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    const QString name = salesOrder("Acme");
    QVERIFY(!name.isEmpty());
    Document edit = doc("Sales Order", {{"name", name}});
    edit.appendChild("items", doc("Sales Order Item", {{"item", "Nut"}, {"qty", 5}}));
    QVERIFY(site->service->update(edit));
    QVERIFY(site->service->update(doc("Sales Order", {{"name", name}, {"notes", "rush"}})));

    const QList<Event> all = events();
    QCOMPARE(all.size(), 4);
    const FieldChange *inserted = all.at(1).change("items");
    QVERIFY(inserted);
    QCOMPARE(inserted->oldValue, QJsonValue(QJsonValue::Null));
    const QJsonObject firstRow = inserted->newValue.toArray().at(0).toObject();
    QCOMPARE(firstRow.value("item"), QJsonValue("Bolt"));
    QVERIFY(!firstRow.contains("parent")); // standard columns are left out
    QVERIFY(!firstRow.contains("name"));
    const FieldChange *replaced = all.at(2).change("items");
    QVERIFY(replaced);
    QCOMPARE(replaced->oldValue.toArray().at(0).toObject().value("item"), QJsonValue("Bolt"));
    QCOMPARE(replaced->newValue.toArray().at(0).toObject().value("item"), QJsonValue("Nut"));
    QVERIFY(!all.at(3).change("items")); // rows kept as they were
    QVERIFY(all.at(3).change("notes"));
}

void TestEventOutbox::unchangedValuesOfEveryTypeAreNotListed()
{
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Acme"},
                                                   {"email", "a@acme.test"},
                                                   {"credit_limit", 12.5},
                                                   {"rating", 3},
                                                   {"active", true},
                                                   {"tier", "Gold"}})));
    Document order = doc("Sales Order", {{"customer", "Acme"},
                                         {"order_date", "2026-12-07"},
                                         {"delivery", "2026-12-08T10:00:00Z"},
                                         {"slot", "09:30:00"},
                                         {"total", 99.5},
                                         {"extra", QVariantMap{{"gift", true}}},
                                         {"duration", 3600},
                                         {"color", "#ff0000"},
                                         {"discount", 5},
                                         {"priority", 2}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 2}}));
    auto saved = site->service->insert(order);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    QVERIFY(site->service->update(doc("Sales Order", {{"name", saved->name()}, {"notes", "x"}})));
    QVERIFY(site->service->update(
        doc("Customer", {{"name", "Acme"}, {"credit_limit", 12.5}, {"active", 1}})));

    const QList<Event> all = events();
    QCOMPARE(all.size(), 4);
    QStringList orderFields;
    for (const FieldChange &change : all.at(2).changes)
        orderFields << change.field;
    QCOMPARE(orderFields, QStringList{"notes"});
    QVERIFY2(all.at(3).changes.isEmpty(), QJsonDocument(all.at(3).changesToJson()).toJson());
    QCOMPARE(all.at(3).version, 2); // an update that changes nothing is still an event

    // The outbox writes the changes' text itself (common/jsontext.h, ADR 0274): byte for
    // byte what QJsonDocument prints for them, with values of every type and child rows.
    // PostgreSQL keeps the column as jsonb, which stores the value, not the text: there
    // the value read back must be the same.
    auto db = site->pool->connection();
    QVERIFY(db);
    auto stored = fm::core::execSql(*db, site->pool->dialect(),
                                    QStringLiteral("SELECT changes FROM _fm_event_outbox "
                                                   "ORDER BY seq"));
    QVERIFY(stored);
    qsizetype row = 0;
    while (stored->next()) {
        QVERIFY(row < all.size());
        const QByteArray expected =
            QJsonDocument(all.at(row).changesToJson()).toJson(QJsonDocument::Compact);
        const QByteArray text = stored->value(0).toString().toUtf8();
        if (testdb::isPostgres())
            QCOMPARE(QJsonDocument::fromJson(text), QJsonDocument::fromJson(expected));
        else
            QCOMPARE(text, expected);
        ++row;
    }
    QCOMPARE(row, all.size());
}

void TestEventOutbox::rollbackLeavesNoEvent_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("bulk insert, second document invalid") << "bulk";
    QTest::newRow("after_insert hook fails after the outbox write") << "hook";
    QTest::newRow("validation fails before anything is written") << "validation";
}

void TestEventOutbox::rollbackLeavesNoEvent()
{
    QFETCH(QString, how);
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Kept"}})));
    const QList<Event> before = events();
    QCOMPARE(before.size(), 1);

    if (how == u"bulk") {
        auto failed = site->service->bulkInsert(
            {doc("Customer", {{"customer_name", "One"}}),
             doc("Customer", {{"customer_name", "Two"}, {"rating", 99}})});
        QVERIFY(!failed);
        QVERIFY(!site->service->get("Customer", "One"));
    } else if (how == u"hook") {
        late->fail = true;
        auto failed = site->service->insert(doc("Note", {{"title", "doomed"}}));
        QVERIFY(!failed);
        QVERIFY(failed.error().message().contains("refused after the write"));
        QVERIFY(!site->service->get("Tag", "side-doomed"));
    } else {
        QVERIFY(
            !site->service->insert(doc("Customer", {{"customer_name", "Bad"}, {"rating", 42}})));
    }
    const QList<Event> after = events();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().id, before.first().id);

    // The sequence carries on without a gap: the rolled-back rows handed out nothing.
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Next"}})));
    QCOMPARE(events().last().sequence, before.first().sequence + 1);
}

void TestEventOutbox::missingOutboxRefusesTheWrite()
{
    auto db = site->pool->connection();
    QVERIFY(db);
    QVERIFY(execSql(*db, site->pool->dialect(), "DROP TABLE _fm_event_outbox"));
    auto saved = site->service->insert(doc("Customer", {{"customer_name", "Acme"}}));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message().contains("run `m migrate`"),
             qPrintable(saved.error().toText()));
    QVERIFY(!site->service->get("Customer", "Acme")); // the change went with its event
}

void TestEventOutbox::migrateCreatesTheOutboxOnAnOldSite()
{
    auto db = site->pool->connection();
    QVERIFY(db);
    QVERIFY(execSql(*db, site->pool->dialect(), "DROP TABLE _fm_event_outbox"));
    QVERIFY(execSql(*db, site->pool->dialect(), "DROP TABLE _fm_event_cursor"));
    QList<DocType> doctypes;
    for (const QString &name : site->meta.doctypeNames())
        doctypes << *site->meta.doctype(name);
    Migrator migrator(*site->pool, site->meta.fieldTypes());
    auto plan = migrator.plan(doctypes);
    QVERIFY(plan);
    // No DocType changed; the outbox tables are what the plan holds (ADR 0253).
    QVERIFY(plan->steps.isEmpty());
    QCOMPARE(plan->internalTables, (QStringList{EventOutbox::table(), EventOutbox::cursorTable()}));
    QVERIFY(migrator.apply(*plan, false));
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    QCOMPARE(events().size(), 1);
}

void TestEventOutbox::eventJsonRoundTrip()
{
    Event event;
    event.changes = {{"a", QJsonValue(1), QJsonValue(2)}, {"b", QJsonValue::Null, QJsonValue("x")}};
    QCOMPARE(Event::changesFromJson(event.changesToJson()), event.changes);
    // Written out of field order (not as documentChanges() makes them), the outbox still
    // stores the sorted JSON.
    Event unsorted;
    unsorted.id = QStringLiteral("e1");
    unsorted.type = EventType::Update;
    unsorted.doctype = QStringLiteral("Tag");
    unsorted.name = QStringLiteral("t");
    unsorted.time = QStringLiteral("2026-12-07 23:00:00");
    unsorted.changes = {{"z", QJsonValue(1), QJsonValue(2)},
                        {"a", QJsonValue::Null, QJsonValue("x\n\u00e9")}};
    QVERIFY(EventOutbox(*site->pool).append(unsorted));
    const QList<Event> read = events();
    QVERIFY(!read.isEmpty());
    QCOMPARE(read.last().changes.size(), 2);
    QCOMPARE(read.last().changes.first().field, QStringLiteral("a"));
    QCOMPARE(read.last().changes.first().newValue, QJsonValue(QString::fromUtf8("x\n\u00e9")));
    const QJsonObject json = event.toJson();
    for (const char *key : {"id", "sequence", "type", "doctype", "name", "user", "version",
                            "docstatus", "time", "changes", "request_id"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    for (const char *name : {"insert", "update", "delete", "submit", "cancel", "amend", "rename"})
        QCOMPARE(eventTypeName(*eventTypeFromName(QLatin1String(name))), QLatin1String(name));
    QVERIFY(!eventTypeFromName("created")); // the old names are gone
    QVERIFY(!eventTypeFromName(""));
}

QTEST_GUILESS_MAIN(TestEventOutbox)
#include "tst_eventoutbox.moc"
