// SPDX-License-Identifier: MIT
// The relay half of events as a contract: commit order, at least once, filters,
// unsubscribe handles, failing subscribers, durable positions, retention, app plugins,
// and a crash right after a commit (a second process).
#include "testsite.h"

#include "db/sql.h"
#include "events/eventoutbox.h"

#include <QFile>
#include <QProcess>
#include <QThread>

#include <stdexcept>

using namespace fm::core;

class TestEventRelay : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deliversAfterCommitOnly();
    void filters_data();
    void filters();
    void unsubscribeHandle();
    void throwingSubscriberDoesNotStopOthers();
    void commitOrderAcrossThreads();
    void handlerThatCommitsKeepsOrder();
    void changesFromAnotherConnectionArePolled();
    void durableConsumerResumes();
    void newConsumerStartsAtTheEnd();
    void resumeNeedsAName();
    void pruneKeepsWhatIsNotDelivered();
    void pluginSubscribesByDocTypeAndType();
    void crashAfterCommitLosesNothing();

private:
    void insertCustomer(const QString &name);
    QString runHelper(const QStringList &args);
    std::unique_ptr<TestSite> site;
};

void TestEventRelay::init()
{
    site = std::make_unique<TestSite>();
    QVERIFY(site->open());
}

void TestEventRelay::cleanup()
{
    site.reset();
}

void TestEventRelay::insertCustomer(const QString &name)
{
    auto saved = site->service->insert(doc("Customer", {{"customer_name", name}}));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
}

QString TestEventRelay::runHelper(const QStringList &args)
{
    QProcess helper;
    helper.start(FM_EVENT_HELPER, args);
    if (!helper.waitForFinished(30000) || helper.exitCode() != 0) {
        qWarning().noquote() << "helper failed:" << helper.readAllStandardError();
        return QStringLiteral("<failed>");
    }
    return QString::fromUtf8(helper.readAllStandardOutput());
}

void TestEventRelay::deliversAfterCommitOnly()
{
    QStringList seen;
    const EventSubscription sub = site->service->events().subscribe(
        {}, [&](const Event &e) { seen << eventTypeName(e.type) + ' ' + e.name; });
    insertCustomer("Acme");
    QVERIFY(!site->service->insert(doc("Customer", {{"customer_name", "Bad"}, {"rating", 42}})));
    auto failed = site->service->bulkInsert(
        {doc("Customer", {{"customer_name", "One"}}), doc("Tag", {{"description", "no name"}})});
    QVERIFY(!failed);
    QVERIFY(site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 2}})));
    QCOMPARE(seen, QStringList({"insert Acme", "update Acme"}));
    QCOMPARE(site->service->events().position(), EventOutbox(*site->pool).lastSequence().value());
}

void TestEventRelay::filters_data()
{
    QTest::addColumn<QString>("doctype");
    QTest::addColumn<QList<EventType>>("types");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{"insert Customer Acme", "insert Tag red", "update Customer Acme",
                          "delete Tag red"};
    QTest::newRow("everything") << QString() << QList<EventType>() << all;
    QTest::newRow("one DocType") << "Customer" << QList<EventType>()
                                 << QStringList{"insert Customer Acme", "update Customer Acme"};
    QTest::newRow("one type") << QString() << QList<EventType>{EventType::Insert}
                              << QStringList{"insert Customer Acme", "insert Tag red"};
    QTest::newRow("DocType and types")
        << "Tag" << QList<EventType>{EventType::Delete, EventType::Update}
        << QStringList{"delete Tag red"};
    QTest::newRow("no match: unknown DocType") << "Ticket" << QList<EventType>() << QStringList();
    QTest::newRow("no match: type never seen")
        << "Customer" << QList<EventType>{EventType::Submit} << QStringList();
}

void TestEventRelay::filters()
{
    QFETCH(QString, doctype);
    QFETCH(QList<EventType>, types);
    QFETCH(QStringList, expected);
    QStringList seen;
    const EventSubscription sub =
        site->service->events().subscribe(EventFilter{doctype, types}, [&](const Event &e) {
            seen << QStringLiteral("%1 %2 %3").arg(eventTypeName(e.type), e.doctype, e.name);
        });
    insertCustomer("Acme");
    QVERIFY(site->service->insert(doc("Tag", {{"name", "red"}})));
    QVERIFY(site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 2}})));
    QVERIFY(site->service->remove("Tag", "red", DeleteMode::Hard));
    QCOMPARE(seen, expected);
}

void TestEventRelay::unsubscribeHandle()
{
    EventRelay &relay = site->service->events();
    int first = 0;
    int second = 0;
    EventSubscription a = relay.subscribe({}, [&](const Event &) { ++first; });
    {
        const EventSubscription b = relay.subscribe({}, [&](const Event &) { ++second; });
        QCOMPARE(relay.subscriberCount(), 2);
        insertCustomer("One");
    } // b unsubscribes here
    QCOMPARE(relay.subscriberCount(), 1);
    insertCustomer("Two");
    EventSubscription moved = std::move(a);
    QVERIFY(!a.isActive());
    QVERIFY(moved.isActive());
    insertCustomer("Three");
    moved.reset();
    QVERIFY(!moved.isActive());
    QCOMPARE(relay.subscriberCount(), 0);
    insertCustomer("Four");
    QCOMPARE(first, 3);
    QCOMPARE(second, 1);

    // A handle may outlive its relay: resetting it then does nothing.
    EventSubscription orphan;
    {
        EventRelay other(*site->pool);
        orphan = other.subscribe({}, [](const Event &) {});
        QVERIFY(orphan.isActive());
    }
    QVERIFY(!orphan.isActive());
    orphan.reset();
}

void TestEventRelay::throwingSubscriberDoesNotStopOthers()
{
    EventRelay &relay = site->service->events();
    QStringList seen;
    const EventSubscription thrower = relay.subscribe(
        {}, [](const Event &) { throw std::runtime_error("disk on fire"); }, "thrower");
    const EventSubscription unknown = relay.subscribe({}, [](const Event &) { throw 7; });
    const EventSubscription after = relay.subscribe({}, [&](const Event &e) { seen << e.name; });
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("subscriber thrower failed on insert Customer Acme.*"
                                            "disk on fire; the other subscribers still get it"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("subscriber \\(unnamed\\) failed on insert Customer "
                                            "Acme.*an unknown exception"));
    insertCustomer("Acme");
    QCOMPARE(seen, QStringList{"Acme"});
    QCOMPARE(relay.handlerFailures(), 2);
    QCOMPARE(relay.position(), EventOutbox(*site->pool).lastSequence().value());
}

void TestEventRelay::commitOrderAcrossThreads()
{
    constexpr int kThreads = 4;
    constexpr int kEach = 40;
    QList<qint64> sequences;
    QSet<QString> ids;
    const EventSubscription sub = site->service->events().subscribe({}, [&](const Event &e) {
        sequences << e.sequence; // handlers run one at a time: no lock needed here
        ids.insert(e.id);
    });
    QList<QThread *> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([this, t, &failures] {
            for (int i = 0; i < kEach; ++i) {
                auto saved = site->service->insert(
                    doc("Customer", {{"customer_name", QStringLiteral("C%1-%2").arg(t).arg(i)}}));
                if (!saved)
                    ++failures;
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(sequences.size(), kThreads * kEach);
    QCOMPARE(ids.size(), kThreads * kEach); // no event twice
    for (qsizetype i = 1; i < sequences.size(); ++i)
        QCOMPARE(sequences.at(i), sequences.at(i - 1) + 1); // commit order, no gap
}

void TestEventRelay::handlerThatCommitsKeepsOrder()
{
    QStringList seen;
    const EventSubscription sub = site->service->events().subscribe({}, [&](const Event &e) {
        seen << e.doctype + ' ' + e.name;
        if (e.doctype == u"Customer" && e.type == EventType::Insert) {
            // A reaction committed from inside delivery comes after the current batch.
            QVERIFY(site->service->insert(doc("Tag", {{"name", "tag-" + e.name}})));
        }
    });
    auto names = site->service->bulkInsert(
        {doc("Customer", {{"customer_name", "A"}}), doc("Customer", {{"customer_name", "B"}})});
    QVERIFY(names);
    QCOMPARE(seen, QStringList({"Customer A", "Customer B", "Tag tag-A", "Tag tag-B"}));
}

void TestEventRelay::changesFromAnotherConnectionArePolled()
{
    QStringList seen;
    const EventSubscription sub =
        site->service->events().subscribe({}, [&](const Event &e) { seen << e.name; });
    // Another service over its own pool: what another process would commit.
    auto otherPool = ConnectionPool::open(site->pool->config());
    QVERIFY(otherPool);
    DocumentService other(**otherPool, site->meta, site->controllers);
    QVERIFY(other.insert(doc("Customer", {{"customer_name", "Remote"}})));
    QVERIFY(seen.isEmpty()); // not this service's commit
    insertCustomer("Local"); // a gap before it: the relay reads the outbox
    QCOMPARE(seen, QStringList({"Remote", "Local"}));
    QVERIFY(other.insert(doc("Customer", {{"customer_name", "Remote2"}})));
    auto delivered = site->service->events().deliverPending();
    QVERIFY(delivered);
    QCOMPARE(*delivered, 1);
    QCOMPARE(seen.last(), QStringLiteral("Remote2"));
    QCOMPARE(*site->service->events().deliverPending(), 0);
}

void TestEventRelay::durableConsumerResumes()
{
    QStringList seen;
    {
        EventRelay relay(*site->pool);
        const EventSubscription sub = relay.subscribe({}, [&](const Event &e) { seen << e.name; });
        QVERIFY(relay.resume("mailer"));
        QCOMPARE(relay.consumer(), QStringLiteral("mailer"));
        insertCustomer("A");
        insertCustomer("B");
        QCOMPARE(*relay.deliverPending(), 2);
    } // stores its position
    insertCustomer("C");
    {
        EventRelay relay(*site->pool);
        const EventSubscription sub = relay.subscribe({}, [&](const Event &e) { seen << e.name; });
        QVERIFY(relay.resume("mailer"));
        QCOMPARE(*relay.deliverPending(), 1);
    }
    QCOMPARE(seen, QStringList({"A", "B", "C"}));
    auto stored = EventOutbox(*site->pool).position("mailer");
    QVERIFY(stored && *stored);
    QCOMPARE(**stored, EventOutbox(*site->pool).lastSequence().value());
}

void TestEventRelay::newConsumerStartsAtTheEnd()
{
    insertCustomer("Before");
    EventRelay relay(*site->pool);
    QStringList seen;
    const EventSubscription sub = relay.subscribe({}, [&](const Event &e) { seen << e.name; });
    QVERIFY(relay.resume("fresh"));
    QCOMPARE(*relay.deliverPending(), 0);
    insertCustomer("After");
    QCOMPARE(*relay.deliverPending(), 1);
    QCOMPARE(seen, QStringList{"After"});
}

void TestEventRelay::resumeNeedsAName()
{
    EventRelay relay(*site->pool);
    auto resumed = relay.resume("  ");
    QVERIFY(!resumed);
    QCOMPARE(resumed.error().code(), fm::ErrorCode::BadRequest);
    QCOMPARE(relay.consumer(), QString());
}

void TestEventRelay::pruneKeepsWhatIsNotDelivered()
{
    EventOutbox outbox(*site->pool);
    EventRelay slow(*site->pool);
    QVERIFY(slow.resume("slow")); // at the end: nothing delivered past this point
    insertCustomer("A");
    insertCustomer("B");
    insertCustomer("C");
    auto db = site->pool->connection();
    QVERIFY(db);
    QVERIFY(execSql(*db, site->pool->dialect(),
                    "UPDATE _fm_event_outbox SET time = '2020-01-01T00:00:00.000Z'"));
    EventRelay &relay = site->service->events();
    QVERIFY(relay.resume("server"));
    QVERIFY(relay.deliverPending());

    // "slow" has seen none of the three: retention keeps them all.
    auto pruned = relay.prune(std::chrono::hours(24));
    QVERIFY2(pruned, pruned ? "" : qPrintable(pruned.error().toText()));
    QCOMPARE(*pruned, 0);
    QCOMPARE(outbox.after(0, 100)->size(), 3);

    // Once every consumer is past them, old events go, but the newest always stays.
    QCOMPARE(*slow.deliverPending(), 3);
    QVERIFY(slow.savePosition());
    pruned = relay.prune(std::chrono::hours(24));
    QVERIFY(pruned);
    QCOMPARE(*pruned, 2);
    const QList<Event> left = *outbox.after(0, 100);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, QStringLiteral("C"));
    insertCustomer("D"); // the sequence carries on after the kept row
    QCOMPARE(outbox.after(0, 100)->last().sequence, left.first().sequence + 1);
}

void TestEventRelay::pluginSubscribesByDocTypeAndType()
{
    site.reset();
    site = std::make_unique<TestSite>();
    QTemporaryDir dir;
    const QString log = dir.filePath("plugin.log");
    qputenv("FM_EVENT_PLUGIN_LOG", log.toUtf8());
    QVERIFY(site->open({TestSite::testApp()}, {FM_EVENT_PLUGIN}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("eventplugin.throws failed on insert "
                                                          "Customer Acme.*out of coffee"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("eventplugin.throws failed on insert Tag red"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("eventplugin.throws failed on update Customer Acme"));
    insertCustomer("Acme");
    QVERIFY(site->service->insert(doc("Tag", {{"name", "red"}})));
    QVERIFY(site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 3}})));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Customer Acme\n")); // not the Tag, not the update
    QCOMPARE(site->service->events().handlerFailures(), 3);
}

void TestEventRelay::crashAfterCommitLosesNothing()
{
    // The SQLite file or the PostgreSQL URL: the helper takes either.
    const fm::core::DatabaseConfig &config = site->pool->config();
    const QString db = config.engine == u"postgresql" ? config.url : config.path;
    // The consumer exists before the crash: a first run stores its position.
    QCOMPARE(runHelper({"relay", db, "crash-test"}), QString());

    QProcess writer;
    writer.start(FM_EVENT_HELPER, {"write", db, "Acme"});
    QVERIFY(writer.waitForStarted());
    QByteArray out;
    while (!out.contains("committed") && writer.waitForReadyRead(30000))
        out += writer.readAllStandardOutput();
    QVERIFY2(out.contains("committed"), out + writer.readAllStandardError());
    QVERIFY(out.contains("delivered in-process Acme"));
    writer.kill(); // SIGKILL: no destructor, no position stored
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    QVERIFY(site->service->get("Customer", "Acme")); // the commit stands
    // A relay in a new process delivers the event, once.
    QCOMPARE(runHelper({"relay", db, "crash-test"}), QStringLiteral("insert Customer Acme\n"));
    QCOMPARE(runHelper({"relay", db, "crash-test"}), QString());
}

QTEST_GUILESS_MAIN(TestEventRelay)
#include "tst_eventrelay.moc"
