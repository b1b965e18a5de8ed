// SPDX-License-Identifier: MIT
// Scoped delivery of document events (events/scopedpubsub.h) over a real SQLite site
// with the permission test app: each connection hears only the documents its user may
// read (rules, if_owner, shares), with only the fields it may read (permlevel); a slow
// connection gets merged updates, then is dropped with a reason, never an unbounded queue.
#include "permsite.h"

#include "events/scopedpubsub.h"

#include <QTest>

using namespace fm::core;
using perm::PermSite;

class TestScopedPubSub : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deliversOnlyWhatEachUserMayRead();
    void fieldsAboveTheLevelAreLeftOut();
    void aShareOpensTheDocument();
    void oneDocumentTopic();
    void softDeleteReachesTheOwner();
    void topicsAreBounded();
    void slowConnectionIsCoalescedThenDropped();
    void nobodyListeningCostsNothing();

private:
    // Events a subscriber holds once the dispatcher is done.
    QList<Event> drained(LiveSubscriber &subscriber)
    {
        if (!pubsub->waitIdle(10000))
            qWarning() << "the dispatcher did not finish";
        return subscriber.take();
    }
    static QStringList names(const QList<Event> &events)
    {
        QStringList out;
        for (const Event &event : events)
            out << eventTypeName(event.type) + u' ' + event.name;
        return out;
    }
    std::shared_ptr<LiveSubscriber> listen(const QString &user, const QStringList &roles,
                                           const LiveTopic &topic = {QStringLiteral("Ticket"), {}})
    {
        auto subscriber = pubsub->connect(PermSite::user(user, roles), [this] { ++notified; });
        if (!subscriber->subscribe(topic))
            qWarning() << "subscribing failed";
        return subscriber;
    }

    std::unique_ptr<PermSite> site;
    std::unique_ptr<ScopedPubSub> pubsub;
    std::atomic<int> notified{0};
};

void TestScopedPubSub::init()
{
    site = std::make_unique<PermSite>();
    QVERIFY(site->open());
    pubsub = std::make_unique<ScopedPubSub>(site->service(), *site->engine);
    notified = 0;
}

void TestScopedPubSub::cleanup()
{
    pubsub.reset();
    site.reset();
}

void TestScopedPubSub::deliversOnlyWhatEachUserMayRead()
{
    auto alice = listen("alice", {perm::kAgent});
    auto bob = listen("bob", {perm::kAgent});
    auto carol = listen("carol", {perm::kManager});
    auto dave = listen("dave", {perm::kAuditor});
    auto eve = listen("eve", {}); // no rule on Ticket at all

    const QString mine = site->ticket("alice");
    const QString theirs = site->ticket("bob");
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());

    QCOMPARE(names(drained(*alice)), QStringList{"insert " + mine});
    QCOMPARE(names(drained(*bob)), QStringList{"insert " + theirs});
    QCOMPARE(names(drained(*carol)), (QStringList{"insert " + mine, "insert " + theirs}));
    QCOMPARE(names(drained(*dave)), (QStringList{"insert " + mine, "insert " + theirs}));
    QVERIFY(drained(*eve).isEmpty());
    QCOMPARE(pubsub->withheld(), 4); // bob and eve of mine, alice and eve of theirs
    QVERIFY(notified.load() > 0);
}

void TestScopedPubSub::fieldsAboveTheLevelAreLeftOut()
{
    auto alice = listen("alice", {perm::kAgent}); // level 1: read
    auto dave = listen("dave", {perm::kAuditor}); // level 0 only
    QVERIFY(!site->ticket("alice", "printer").isEmpty());

    const QList<Event> forAlice = drained(*alice);
    QCOMPARE(forAlice.size(), 1);
    QVERIFY(forAlice.first().change("internal_note"));
    QCOMPARE(forAlice.first().change("internal_note")->newValue.toString(), "secret");
    const QList<Event> forDave = drained(*dave);
    QCOMPARE(forDave.size(), 1);
    QCOMPARE(forDave.first().change("subject")->newValue.toString(), "printer");
    QVERIFY2(!forDave.first().change("internal_note"), "a permlevel 1 value reached an auditor");
    QVERIFY(!forDave.first().toJson().value("changes").toObject().contains("internal_note"));
}

void TestScopedPubSub::aShareOpensTheDocument()
{
    const QString ticket = site->ticket("alice");
    auto bob = listen("bob", {perm::kAgent});
    auto update = [&] {
        Document changes("Ticket");
        changes.setName(ticket);
        changes.setValue("priority", qint64(2));
        QVERIFY(site->service().update(changes, "alice"));
    };
    update();
    QVERIFY(drained(*bob).isEmpty());
    QVERIFY(!site->share("Ticket", ticket, "bob", true, false).isEmpty());
    update();
    QCOMPARE(names(drained(*bob)), QStringList{"update " + ticket});
}

void TestScopedPubSub::oneDocumentTopic()
{
    const QString first = site->ticket("alice");
    const QString second = site->ticket("alice");
    auto carol = listen("carol", {perm::kManager}, {QStringLiteral("Ticket"), first});
    for (const QString &name : {first, second}) {
        Document changes("Ticket");
        changes.setName(name);
        changes.setValue("subject", "changed");
        QVERIFY(site->service().update(changes));
    }
    QCOMPARE(names(drained(*carol)), QStringList{"update " + first});
    carol->unsubscribe({QStringLiteral("Ticket"), first});
    Document again("Ticket");
    again.setName(first);
    again.setValue("subject", "again");
    QVERIFY(site->service().update(again));
    QVERIFY(drained(*carol).isEmpty());
}

void TestScopedPubSub::softDeleteReachesTheOwner()
{
    const QString ticket = site->ticket("alice");
    auto alice = listen("alice", {perm::kAgent});
    auto bob = listen("bob", {perm::kAgent});
    QVERIFY(site->service().remove("Ticket", ticket, DeleteMode::Soft, "alice"));
    QCOMPARE(names(drained(*alice)), QStringList{"delete " + ticket});
    QVERIFY(drained(*bob).isEmpty());
}

void TestScopedPubSub::topicsAreBounded()
{
    ScopedPubSub small(site->service(), *site->engine, LiveLimits{8, 4, 100, 2});
    auto subscriber = small.connect(PermSite::user("alice", {perm::kAgent}), {});
    QVERIFY(subscriber->subscribe({"Ticket", "a"}));
    QVERIFY(subscriber->subscribe({"Ticket", "b"}));
    QVERIFY(subscriber->subscribe({"Ticket", "b"})); // held already: no new topic
    auto third = subscriber->subscribe({"Ticket", "c"});
    QVERIFY(!third);
    QCOMPARE(third.error().code(), fm::ErrorCode::BadRequest);
    QVERIFY(third.error().message().contains("2 topics"));
    QCOMPARE(subscriber->topics().size(), 2);
}

void TestScopedPubSub::slowConnectionIsCoalescedThenDropped()
{
    pubsub =
        std::make_unique<ScopedPubSub>(site->service(), *site->engine, LiveLimits{6, 2, 10000, 10});
    auto carol = listen("carol", {perm::kManager});
    const QString a = site->ticket("alice");
    const QString b = site->ticket("alice");
    // Ten updates of one ticket while nobody reads: merged into one, with the first old
    // and the last new value.
    for (int i = 1; i <= 10; ++i) {
        Document changes("Ticket");
        changes.setName(a);
        changes.setValue("priority", qint64(i));
        QVERIFY(site->service().update(changes));
    }
    QVERIFY(pubsub->waitIdle(10000));
    QVERIFY(carol->overloaded().isEmpty());
    QVERIFY(carol->coalesced() >= 8);
    const QList<Event> events = carol->take();
    QCOMPARE(names(events), (QStringList{"insert " + a, "insert " + b, "update " + a}));
    const FieldChange *priority = events.last().change("priority");
    QVERIFY(priority);
    QVERIFY(priority->oldValue.isNull());
    QCOMPARE(priority->newValue.toInteger(), 10);

    // Inserts do not merge: past six waiting events the connection is dropped.
    for (int i = 0; i < 7; ++i)
        QVERIFY(!site->ticket("alice").isEmpty());
    QVERIFY(pubsub->waitIdle(10000));
    QVERIFY2(carol->overloaded().contains("overloaded"), qPrintable(carol->overloaded()));
    QVERIFY(carol->take().isEmpty());
    QVERIFY(!site->ticket("alice").isEmpty());
    QVERIFY(drained(*carol).isEmpty()); // nothing is queued after the drop
}

void TestScopedPubSub::nobodyListeningCostsNothing()
{
    QVERIFY(!site->ticket("alice").isEmpty());
    QVERIFY(pubsub->waitIdle(10000));
    QCOMPARE(pubsub->delivered(), 0);
    QCOMPARE(pubsub->withheld(), 0);
    auto carol = listen("carol", {perm::kManager});
    pubsub->disconnect(carol);
    QCOMPARE(pubsub->connectionCount(), 0);
    QVERIFY(!site->ticket("alice").isEmpty());
    QVERIFY(drained(*carol).isEmpty());
}

QTEST_GUILESS_MAIN(TestScopedPubSub)
#include "tst_scopedpubsub.moc"
