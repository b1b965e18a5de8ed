// SPDX-License-Identifier: MIT
#include "testsite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fm::core;
using fm::FieldError;

class TestDocumentService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertAndGetRoundTrip();
    void childRowsRoundTripInOrder();
    void jsonInput();
    void validationReportsAllErrorsAndWritesNothing();
    void childRowErrorsNamePath();
    void unknownFieldIsAnError();
    void defaultsApplyOnInsert();
    void uniqueIsChecked();
    void linkTargetMustExist();
    void dynamicLinkAndDocTypeLink();
    void fetchFromFillsAndFollowsLink();
    void updateMerges();
    void updateReplacesChildRowsKeepingNames();
    void staleVersionConflicts();
    void softDeleteHidesDocument();
    void hardDeleteRemovesRowAndChildren();
    void hardDeleteRefusedWhenLinked();
    void softDeleteRefusedWhenLinkedByALiveDocument();
    void dynamicLinksStopADeleteToo();
    void hardDeleteTakesTheSharesWithIt();
    void unknownDocTypeAndDocument();
    void childTableCannotBeInsertedAlone();
    void bulkInsertIsAllOrNothing();
    void eventsAfterCommitOnly();

private:
    QString insertCustomer(const QString &name);
    std::unique_ptr<TestSite> site;
};

void TestDocumentService::init()
{
    site = std::make_unique<TestSite>();
    QVERIFY(site->open());
}

void TestDocumentService::cleanup()
{
    site.reset();
}

QString TestDocumentService::insertCustomer(const QString &name)
{
    auto saved = site->service->insert(doc("Customer", {{"customer_name", name}}));
    if (!saved)
        qWarning().noquote() << saved.error().toText();
    return saved ? saved->name() : QString();
}

void TestDocumentService::insertAndGetRoundTrip()
{
    auto saved = site->service->insert(doc("Customer", {{"customer_name", "Acme"},
                                                        {"email", "sales@acme.test"},
                                                        {"credit_limit", 1500.5},
                                                        {"rating", 4},
                                                        {"tier", "Gold"},
                                                        {"code", "ACM"}}),
                                       QStringLiteral("alice@example.com"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    QCOMPARE(saved->name(), QStringLiteral("Acme")); // field:customer_name naming
    QCOMPARE(saved->version(), 1);
    QCOMPARE(saved->owner(), QStringLiteral("alice@example.com"));

    auto loaded = site->service->get("Customer", "Acme");
    QVERIFY(loaded);
    QCOMPARE(loaded->string("email"), QStringLiteral("sales@acme.test"));
    QCOMPARE(loaded->number("credit_limit"), 1500.5);
    QCOMPARE(loaded->integer("rating"), 4);
    QCOMPARE(loaded->value("active"), QVariant(true)); // default
    QCOMPARE(loaded->string("tier"), QStringLiteral("Gold"));
    QCOMPARE(loaded->string("modified_by"), QStringLiteral("alice@example.com"));
    QVERIFY(loaded->datetime("creation").isValid());
    QVERIFY(loaded->value("deleted_at").isNull());
    // by slug too
    QVERIFY(site->service->get("customer", "Acme"));
}

void TestDocumentService::childRowsRoundTripInOrder()
{
    insertCustomer("Acme");
    Document order = doc("Sales Order",
                         {{"customer", "Acme"},
                          {"delivery", "2026-12-01 08:00:00"},
                          {"slot", "08:30"},
                          {"extra", QVariant::fromValue(QJsonValue(QJsonObject{{"gift", true}}))}});
    order.appendChild("items",
                      doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 10}, {"rate", 0.5}}));
    order.appendChild("items", doc("Sales Order Item", {{"item", "Nut"}, {"qty", 20}}));
    order.appendChild("items", doc("Sales Order Item", {{"item", "Washer"}, {"qty", 5}}));
    auto saved = site->service->insert(order);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));

    auto loaded = site->service->get("Sales Order", saved->name());
    QVERIFY(loaded);
    const QList<Document> items = loaded->children("items");
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).string("item"), QStringLiteral("Bolt"));
    QCOMPARE(items.at(1).string("item"), QStringLiteral("Nut"));
    QCOMPARE(items.at(2).string("item"), QStringLiteral("Washer"));
    QCOMPARE(items.at(0).integer("idx"), 1);
    QCOMPARE(items.at(2).integer("idx"), 3);
    QCOMPARE(items.at(0).string("parent"), saved->name());
    QCOMPARE(items.at(0).string("parenttype"), QStringLiteral("Sales Order"));
    QCOMPARE(items.at(0).string("parentfield"), QStringLiteral("items"));
    QCOMPARE(loaded->string("delivery"), QStringLiteral("2026-12-01T08:00:00.000Z"));
    QCOMPARE(loaded->string("slot"), QStringLiteral("08:30:00"));
    QCOMPARE(loaded->value("extra").toJsonValue().toObject().value("gift").toBool(), true);
    const QJsonObject json = loaded->toJson();
    QCOMPARE(json.value("items").toArray().size(), 3);
    QCOMPARE(json.value("items").toArray().at(1).toObject().value("qty").toInt(), 20);
}

void TestDocumentService::jsonInput()
{
    insertCustomer("Acme");
    const QJsonObject input = QJsonDocument::fromJson(R"({
        "customer": "Acme", "priority": 3,
        "items": [{"item": "Bolt", "qty": "7"}]
    })")
                                  .object();
    auto saved = site->service->insert(Document::fromJson("Sales Order", input));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    QCOMPARE(saved->integer("priority"), 3);
    QCOMPARE(saved->children("items").at(0).integer("qty"), 7);
    QCOMPARE(saved->string("status"), QStringLiteral("Draft"));
}

void TestDocumentService::validationReportsAllErrorsAndWritesNothing()
{
    auto saved = site->service->insert(doc("Customer", {{"email", "nope"},
                                                        {"rating", 9},
                                                        {"tier", "Platinum"},
                                                        {"code", "abcd"},
                                                        {"credit_limit", -5}}));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code(), fm::ErrorCode::Validation);
    QStringList codes;
    for (const FieldError &e : saved.error().fields())
        codes << e.field + ":" + e.code;
    codes.sort();
    QCOMPARE(codes,
             QStringList({"code:too_long", "credit_limit:too_small", "customer_name:required",
                          "email:invalid_email", "rating:too_large", "tier:invalid_option"}));
    Query all;
    all.doctype = "Customer";
    QCOMPARE(*site->service->count(all), 0);
}

void TestDocumentService::childRowErrorsNamePath()
{
    insertCustomer("Acme");
    Document order = doc("Sales Order", {{"customer", "Acme"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    order.appendChild("items", doc("Sales Order Item", {{"qty", 0}}));
    auto saved = site->service->insert(order);
    QVERIFY(!saved);
    QStringList fields;
    for (const FieldError &e : saved.error().fields())
        fields << e.field + ":" + e.code;
    fields.sort();
    QCOMPARE(fields.join(","),
             QStringList({"items[1].item:required", "items[1].qty:too_small"}).join(","));

    auto empty = site->service->insert(doc("Sales Order", {{"customer", "Acme"}}));
    QVERIFY(!empty);
    QCOMPARE(empty.error().fields().value(0).field, QStringLiteral("items"));
    QCOMPARE(empty.error().fields().value(0).code, QStringLiteral("required"));
}

void TestDocumentService::unknownFieldIsAnError()
{
    auto saved =
        site->service->insert(doc("Customer", {{"customer_name", "Acme"}, {"emial", "x@y.z"}}));
    QVERIFY(!saved);
    QCOMPARE(saved.error().fields().size(), 1);
    QCOMPARE(saved.error().fields().at(0).code, QStringLiteral("unknown_field"));
    QVERIFY(saved.error().fields().at(0).message.contains("did you mean \"email\""));
    // server-managed values are ignored, not errors
    auto ok = site->service->insert(
        doc("Customer", {{"customer_name", "Acme"}, {"owner", "mallory"}}), "alice");
    QVERIFY(ok);
    QCOMPARE(ok->owner(), QStringLiteral("alice"));
}

void TestDocumentService::defaultsApplyOnInsert()
{
    insertCustomer("Acme");
    Document order = doc("Sales Order", {{"customer", "Acme"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    auto saved = site->service->insert(order);
    QVERIFY(saved);
    QCOMPARE(saved->string("order_date"), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(saved->string("status"), QStringLiteral("Draft"));
    QCOMPARE(saved->docstatus(), 0);
}

void TestDocumentService::uniqueIsChecked()
{
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Acme"}, {"code", "ACM"}})));
    auto second = site->service->insert(doc("Customer", {{"customer_name", "Acme"}}));
    QVERIFY(!second);
    QCOMPARE(second.error().code(), fm::ErrorCode::Duplicate);
    QCOMPARE(second.error().fields().value(0).code, QStringLiteral("duplicate"));
    QCOMPARE(second.error().fields().value(0).field, QStringLiteral("customer_name"));
}

void TestDocumentService::linkTargetMustExist()
{
    Document order = doc("Sales Order", {{"customer", "Ghost"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    auto saved = site->service->insert(order);
    QVERIFY(!saved);
    QCOMPARE(saved.error().fields().value(0).field, QStringLiteral("customer"));
    QCOMPARE(saved.error().fields().value(0).code, QStringLiteral("link_not_found"));
    // a soft-deleted target is gone for new links
    insertCustomer("Gone");
    QVERIFY(site->service->remove("Customer", "Gone"));
    order.setValue("customer", "Gone");
    auto again = site->service->insert(order);
    QVERIFY(!again);
    QCOMPARE(again.error().fields().value(0).code, QStringLiteral("link_not_found"));
}

void TestDocumentService::dynamicLinkAndDocTypeLink()
{
    insertCustomer("Acme");
    QVERIFY(site->service->insert(doc("Tag", {{"name", "urgent"}})));
    Document note =
        doc("Note", {{"title", "Call back"}, {"ref_doctype", "Customer"}, {"ref_name", "Acme"}});
    note.setValue("tags", QVariant::fromValue(
                              QJsonValue(QJsonArray{"urgent"}))); // TableMultiSelect as values
    auto saved = site->service->insert(note);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    QCOMPARE(saved->children("tags").value(0).string("tag"), QStringLiteral("urgent"));

    Document bad = doc("Note", {{"title", "x"}, {"ref_doctype", "Nothing"}, {"ref_name", "Acme"}});
    auto refused = site->service->insert(bad);
    QVERIFY(!refused);
    QStringList fields;
    for (const FieldError &e : refused.error().fields())
        fields << e.field + ":" + e.code;
    QVERIFY2(fields.contains("ref_doctype:link_not_found"), qPrintable(fields.join(',')));

    Document wrongName =
        doc("Note", {{"title", "x"}, {"ref_doctype", "Customer"}, {"ref_name", "Nobody"}});
    auto refused2 = site->service->insert(wrongName);
    QVERIFY(!refused2);
    QCOMPARE(refused2.error().fields().value(0).field, QStringLiteral("ref_name"));
}

void TestDocumentService::fetchFromFillsAndFollowsLink()
{
    insertCustomer("Acme");
    insertCustomer("Globex");
    Document order = doc("Sales Order", {{"customer", "Acme"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    auto saved = site->service->insert(order);
    QVERIFY(saved);
    QCOMPARE(saved->string("customer_name"), QStringLiteral("Acme"));
    auto moved = site->service->update(
        doc("Sales Order", {{"name", saved->name()}, {"customer", "Globex"}}));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().toText()));
    QCOMPARE(moved->string("customer_name"), QStringLiteral("Globex"));
    QCOMPARE(site->service->get("Sales Order", saved->name())->string("customer_name"),
             QStringLiteral("Globex"));
}

void TestDocumentService::updateMerges()
{
    QVERIFY(site->service->insert(
        doc("Customer", {{"customer_name", "Acme"}, {"email", "a@acme.test"}})));
    auto updated = site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 5}}), "bob");
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().toText()));
    QCOMPARE(updated->string("email"), QStringLiteral("a@acme.test")); // untouched
    QCOMPARE(updated->integer("rating"), 5);
    QCOMPARE(updated->version(), 2);
    QCOMPARE(updated->string("modified_by"), QStringLiteral("bob"));
    QCOMPARE(updated->owner(), QStringLiteral("Administrator"));

    auto invalid = site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 50}}));
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code(), fm::ErrorCode::Validation);
    QCOMPARE(site->service->get("Customer", "Acme")->integer("rating"), 5); // nothing written

    auto nameless = site->service->update(doc("Customer", {{"rating", 1}}));
    QVERIFY(!nameless);
    QCOMPARE(nameless.error().code(), fm::ErrorCode::BadRequest);
}

void TestDocumentService::updateReplacesChildRowsKeepingNames()
{
    insertCustomer("Acme");
    Document order = doc("Sales Order", {{"customer", "Acme"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    order.appendChild("items", doc("Sales Order Item", {{"item", "Nut"}, {"qty", 2}}));
    auto saved = site->service->insert(order);
    QVERIFY(saved);
    const Document nut = saved->children("items").at(1);

    Document changes = doc("Sales Order", {{"name", saved->name()}});
    Document keptNut = doc("Sales Order Item", {{"name", nut.name()}, {"item", "Nut"}, {"qty", 3}});
    changes.setChildren("items",
                        {keptNut, doc("Sales Order Item", {{"item", "Screw"}, {"qty", 4}})});
    auto updated = site->service->update(changes);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().toText()));
    auto loaded = site->service->get("Sales Order", saved->name());
    const QList<Document> items = loaded->children("items");
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).name(), nut.name());
    QCOMPARE(items.at(0).integer("qty"), 3);
    QCOMPARE(items.at(0).string("creation"), nut.string("creation"));
    QCOMPARE(items.at(1).string("item"), QStringLiteral("Screw"));

    // an update that does not mention the table leaves its rows alone
    auto touched =
        site->service->update(doc("Sales Order", {{"name", saved->name()}, {"notes", "x"}}));
    QVERIFY(touched);
    QCOMPARE(site->service->get("Sales Order", saved->name())->children("items").size(), 2);
}

void TestDocumentService::staleVersionConflicts()
{
    insertCustomer("Acme");
    QVERIFY(
        site->service->update(doc("Customer", {{"name", "Acme"}, {"_version", 1}, {"rating", 2}})));
    auto stale =
        site->service->update(doc("Customer", {{"name", "Acme"}, {"_version", 1}, {"rating", 3}}));
    QVERIFY(!stale);
    QCOMPARE(stale.error().code(), fm::ErrorCode::VersionConflict);
    QCOMPARE(stale.error().details().value("current_version").toLongLong(), 2);
    QCOMPARE(site->service->get("Customer", "Acme")->integer("rating"), 2);
    QVERIFY(
        site->service->update(doc("Customer", {{"name", "Acme"}, {"_version", 2}, {"rating", 3}})));
}

void TestDocumentService::softDeleteHidesDocument()
{
    insertCustomer("Acme");
    QVERIFY(site->service->remove("Customer", "Acme"));
    auto gone = site->service->get("Customer", "Acme");
    QVERIFY(!gone);
    QCOMPARE(gone.error().code(), fm::ErrorCode::NotFound);
    auto kept = site->service->get("Customer", "Acme", true);
    QVERIFY(kept);
    QVERIFY(!kept->string("deleted_at").isEmpty());
    QCOMPARE(kept->version(), 2);
    Query all;
    all.doctype = "Customer";
    QCOMPARE(*site->service->count(all), 0);
    all.includeDeleted = true;
    QCOMPARE(*site->service->count(all), 1);
    auto twice = site->service->remove("Customer", "Acme");
    QVERIFY(!twice);
    QCOMPARE(twice.error().code(), fm::ErrorCode::NotFound);
}

void TestDocumentService::hardDeleteRemovesRowAndChildren()
{
    insertCustomer("Acme");
    Document order = doc("Sales Order", {{"customer", "Acme"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    auto saved = site->service->insert(order);
    QVERIFY(saved);
    QVERIFY(site->service->remove("Sales Order", saved->name(), DeleteMode::Hard));
    QVERIFY(!site->service->get("Sales Order", saved->name(), true));
    Query items;
    items.doctype = "Sales Order Item";
    QCOMPARE(*site->service->count(items), 0);
}

void TestDocumentService::hardDeleteRefusedWhenLinked()
{
    insertCustomer("Acme");
    Document order = doc("Sales Order", {{"customer", "Acme"}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    QVERIFY(site->service->insert(order));
    auto refused = site->service->remove("Customer", "Acme", DeleteMode::Hard);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), fm::ErrorCode::InvalidState);
    QVERIFY(refused.error().message().contains("Sales Order"));
    QVERIFY(site->service->get("Customer", "Acme"));
}

// Issue 12: a soft delete (the default) of a document others link to is refused too,
// naming the DocType and field, not the linking document the caller may not read.
void TestDocumentService::softDeleteRefusedWhenLinkedByALiveDocument()
{
    insertCustomer("Acme");
    Document draft = doc("Sales Order", {{"customer", "Acme"}});
    draft.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    auto order = site->service->insert(draft);
    QVERIFY2(order, order ? "" : qPrintable(order.error().toText()));
    auto refused = site->service->remove("Customer", "Acme");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), fm::ErrorCode::InvalidState);
    QVERIFY2(refused.error().message().contains("a Sales Order links to it through \"customer\""),
             qPrintable(refused.error().message()));
    QVERIFY(!refused.error().message().contains(order->name()));
    QVERIFY(site->service->get("Customer", "Acme"));

    // A deleted order no longer holds the soft delete back, but still the hard one (it
    // could be restored and would point at nothing).
    QVERIFY(site->service->remove("Sales Order", order->name()));
    auto hard = site->service->remove("Customer", "Acme", DeleteMode::Hard);
    QVERIFY(!hard);
    QVERIFY(site->service->get("Customer", "Acme"));
    QVERIFY(site->service->remove("Customer", "Acme"));
}

void TestDocumentService::dynamicLinksStopADeleteToo()
{
    insertCustomer("Acme");
    insertCustomer("Globex");
    QVERIFY(site->service->insert(
        doc("Note", {{"title", "Call back"}, {"ref_doctype", "Customer"}, {"ref_name", "Acme"}})));
    for (DeleteMode mode : {DeleteMode::Soft, DeleteMode::Hard}) {
        auto refused = site->service->remove("Customer", "Acme", mode);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains("a Note links to it through \"ref_name\""),
                 qPrintable(refused.error().message()));
    }
    // The same name under another DocType is not a reference to this one.
    QVERIFY(site->service->remove("Customer", "Globex", DeleteMode::Hard));
}

// Issue 12: shares of a hard-deleted document go with it, so a new document given the
// same name does not inherit them; a soft delete keeps them for a restore.
void TestDocumentService::hardDeleteTakesTheSharesWithIt()
{
    insertCustomer("Acme");
    auto share = [&](const QString &user) {
        return site->service->insert(doc("Document Share", {{"share_doctype", "Customer"},
                                                            {"share_name", "Acme"},
                                                            {"user", user},
                                                            {"read", true}}));
    };
    for (const QString &user : {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}) {
        auto added = site->service->insert(
            doc("User", {{"username", user}, {"email", user}, {"full_name", user}}));
        QVERIFY2(added, added ? "" : qPrintable(added.error().toText()));
        auto shared = share(user);
        QVERIFY2(shared, shared ? "" : qPrintable(shared.error().toText()));
    }
    Query shares;
    shares.doctype = "Document Share";
    QCOMPARE(*site->service->count(shares), 2);
    QVERIFY(site->service->remove("Customer", "Acme"));
    QCOMPARE(*site->service->count(shares), 2);
    QVERIFY(site->service->remove("Customer", "Acme", DeleteMode::Hard));
    shares.includeDeleted = true;
    QCOMPARE(*site->service->count(shares), 0);
    insertCustomer("Acme");
    QCOMPARE(*site->service->count(shares), 0);
}

void TestDocumentService::unknownDocTypeAndDocument()
{
    auto noType = site->service->insert(doc("Custmer", {{"customer_name", "x"}}));
    QVERIFY(!noType);
    QCOMPARE(noType.error().code(), fm::ErrorCode::NotFound);
    QVERIFY(noType.error().message().contains("did you mean \"Customer\""));
    auto noDoc = site->service->get("Customer", "Nobody");
    QVERIFY(!noDoc);
    QCOMPARE(noDoc.error().code(), fm::ErrorCode::NotFound);
    auto noUpdate = site->service->update(doc("Customer", {{"name", "Nobody"}, {"rating", 1}}));
    QCOMPARE(noUpdate.error().code(), fm::ErrorCode::NotFound);
}

void TestDocumentService::childTableCannotBeInsertedAlone()
{
    auto saved = site->service->insert(doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code(), fm::ErrorCode::BadRequest);
}

void TestDocumentService::bulkInsertIsAllOrNothing()
{
    QList<Document> docs;
    for (int i = 0; i < 50; ++i)
        docs << doc("Customer", {{"customer_name", QStringLiteral("C%1").arg(i)}});
    auto names = site->service->bulkInsert(docs);
    QVERIFY(names);
    QCOMPARE(names->size(), 50);
    QCOMPARE(names->at(7), QStringLiteral("C7"));

    QList<Document> broken{doc("Customer", {{"customer_name", "D1"}}),
                           doc("Customer", {{"customer_name", "D2"}, {"rating", 99}})};
    auto failed = site->service->bulkInsert(broken);
    QVERIFY(!failed);
    QVERIFY(failed.error().message().contains("document 2 of 2"));
    QVERIFY(!site->service->get("Customer", "D1"));
}

void TestDocumentService::eventsAfterCommitOnly()
{
    QStringList events;
    const EventSubscription subscription =
        site->service->events().subscribe({}, [&](const Event &e) {
            events << eventTypeName(e.type) + ":" + e.doctype + ":" + e.name;
        });
    insertCustomer("Acme");
    QVERIFY(site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 1}})));
    QVERIFY(!site->service->insert(doc("Customer", {{"customer_name", "Bad"}, {"rating", 42}})));
    QVERIFY(site->service->remove("Customer", "Acme"));
    QCOMPARE(events,
             QStringList({"insert:Customer:Acme", "update:Customer:Acme", "delete:Customer:Acme"}));
}

QTEST_GUILESS_MAIN(TestDocumentService)
#include "tst_documentservice.moc"
