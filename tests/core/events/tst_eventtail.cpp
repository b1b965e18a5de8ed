// SPDX-License-Identifier: MIT
// EventTail, what `m events tail` reads: where it starts (the last N events, optionally of
// one DocType; after a sequence; at a time), paging with a limit, following new commits,
// and a site without an outbox.
#include "events/eventoutbox.h"
#include "events/eventtail.h"
#include "testsite.h"

#include <QThread>

using namespace fm;
using namespace fm::core;

class TestEventTail : public QObject
{
    Q_OBJECT

    TestSite m_site;
    QStringList m_customers;

    static QStringList names(const QList<Event> &events)
    {
        QStringList out;
        for (const Event &event : events) {
            // Notes are named by UUID: their title tells them apart.
            const FieldChange *title = event.change(QStringLiteral("title"));
            out << event.doctype + u'/' +
                       (event.doctype == u"Note" && title ? title->newValue.toString()
                                                          : event.name);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_site.open());
        // Five customers and one note between them: six events, in this order.
        for (const char *name : {"A", "B", "C"})
            QVERIFY(m_site.service->insert(doc("Customer", {{"customer_name", name}})));
        QVERIFY(m_site.service->insert(doc("Note", {{"title", "N"}})));
        for (const char *name : {"D", "E"})
            QVERIFY(m_site.service->insert(doc("Customer", {{"customer_name", name}})));
    }

    void startsWithTheLastEvents()
    {
        EventTail tail(*m_site.pool, {QString(), std::nullopt, QDateTime(), 3});
        QVERIFY(tail.start());
        auto events = tail.read();
        QVERIFY(events);
        QCOMPARE(names(*events), (QStringList{"Note/N", "Customer/D", "Customer/E"}));
        QVERIFY(events->at(0).sequence < events->at(1).sequence);
    }

    void filtersOneDocType()
    {
        EventTail tail(*m_site.pool, {QStringLiteral("Customer"), std::nullopt, QDateTime(), 3});
        QVERIFY(tail.start());
        auto events = tail.read();
        QVERIFY(events);
        QCOMPARE(names(*events), (QStringList{"Customer/C", "Customer/D", "Customer/E"}));
        // More than there are: all of them.
        EventTail all(*m_site.pool, {QStringLiteral("Customer"), std::nullopt, QDateTime(), 50});
        QVERIFY(all.start());
        QCOMPARE(all.read()->size(), 5);
        // None: only what comes next.
        EventTail none(*m_site.pool, {QStringLiteral("Customer"), std::nullopt, QDateTime(), 0});
        QVERIFY(none.start());
        QCOMPARE(none.read()->size(), 0);
    }

    void startsAfterASequenceAndPages()
    {
        EventOutbox outbox(*m_site.pool);
        auto first = outbox.after(0, 1);
        QVERIFY(first && first->size() == 1);
        EventTail tail(*m_site.pool, {QString(), first->first().sequence, QDateTime(), 0});
        QVERIFY(tail.start());
        auto page = tail.read(2);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().sequence, first->first().sequence + 1);
        auto rest = tail.read();
        QVERIFY(rest);
        // Nothing skipped between the pages.
        QCOMPARE(rest->first().sequence, page->last().sequence + 1);
        QCOMPARE(names(*rest).last(), QStringLiteral("Customer/E"));
    }

    void startsAtATimeAndFollows()
    {
        QThread::msleep(20); // a later millisecond than every event so far
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QThread::msleep(20);
        QVERIFY(m_site.service->insert(doc("Customer", {{"customer_name", "F"}})));
        EventTail tail(*m_site.pool, {QString(), std::nullopt, since, 10});
        QVERIFY(tail.start());
        QCOMPARE(names(*tail.read()), QStringList{"Customer/F"});
        QCOMPARE(tail.read()->size(), 0);
        QVERIFY(m_site.service->insert(doc("Customer", {{"customer_name", "G"}})));
        QCOMPARE(names(*tail.read()), QStringList{"Customer/G"});

        // A time after everything: from the end.
        EventTail later(*m_site.pool,
                        {QString(), std::nullopt, QDateTime::currentDateTimeUtc().addDays(1), 10});
        QVERIFY(later.start());
        QCOMPARE(later.read()->size(), 0);
    }

    void aSiteWithoutAnOutboxSaysMigrate()
    {
        QTemporaryDir dir;
        const DatabaseConfig config = testdb::config(dir.path(), QStringLiteral("empty.sqlite"));
        auto pool = ConnectionPool::open(config);
        QVERIFY(pool);
        EventTail tail(**pool, {});
        auto started = tail.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message().contains(QStringLiteral("m migrate")),
                 qPrintable(started.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestEventTail)
#include "tst_eventtail.moc"
