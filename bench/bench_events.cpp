// SPDX-License-Identifier: MIT
// Events (docs/guide/events.md): what the outbox adds to a write and how fast the relay
// hands events to in-process subscribers (docs/benchmarks.md).

#include "benchsite.h"
#include "data/doctypetable.h"
#include "data/uuid7.h"
#include "db/transaction.h"
#include "events/documentchanges.h"
#include "events/eventoutbox.h"
#include "events/eventrelay.h"

namespace fm::bench {

namespace {

using core::Document;
using core::Event;
using core::EventRelay;
using core::EventSubscription;

// A single insert with a subscriber on another DocType, as `m start` has (the
// permission cache listens to Custom Permission): the outbox row plus the hand-over.
void BM_InsertSingleWithSubscriber(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    QList<Document> docs;
    for (int i = 0; i < 1024; ++i)
        docs << (*site)->order(i);
    qint64 heard = 0;
    const EventSubscription sub = (*site)->service().events().subscribe(
        {QStringLiteral("Custom Permission"), {}}, [&heard](const Event &) { ++heard; });
    qsizetype i = 0;
    for (auto _ : state) {
        auto saved = (*site)->service().insert(docs.at(i++ % docs.size()));
        if (!saved)
            return skipWithError(state, saved.error());
    }
    if (heard != 0)
        return state.SkipWithError("the subscriber heard events of another DocType");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_InsertSingleWithSubscriber)->Unit(benchmark::kMicrosecond);

// The outbox's own share of a write: the changes of a Bench Order and one outbox row,
// 1000 per transaction so BEGIN/COMMIT do not hide it.
void BM_OutboxAppend(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    auto table = (*site)->service().table(QStringLiteral("Bench Order"));
    if (!table)
        return skipWithError(state, table.error());
    Document order = (*site)->order(1);
    order.setName(core::createUuidV7());
    core::EventOutbox outbox((*site)->pool());
    auto db = (*site)->pool().connection();
    if (!db)
        return skipWithError(state, db.error());
    for (auto _ : state) {
        auto tx = core::Transaction::begin(*db, (*site)->pool().dialect(),
                                           core::Transaction::Mode::Write);
        if (!tx)
            return skipWithError(state, tx.error());
        for (int i = 0; i < 1000; ++i) {
            Event event;
            event.id = core::createUuidV7();
            event.doctype = QStringLiteral("Bench Order");
            event.name = order.name();
            event.user = QStringLiteral("Administrator");
            event.version = 1;
            event.time = QStringLiteral("2026-12-07T05:00:00.000Z");
            event.changes = core::documentChanges(**table, nullptr, &order);
            if (auto ok = outbox.append(event); !ok)
                return skipWithError(state, ok.error());
        }
        if (auto ok = tx->commit(); !ok)
            return skipWithError(state, ok.error());
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_OutboxAppend)->Unit(benchmark::kMillisecond);

// Events per second from the outbox to one subscriber: a durable consumer catching up
// on 10 000 committed events (read, parse, dispatch), as after a restart.
void BM_RelayFromOutbox(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    QList<Document> docs;
    for (int i = 0; i < 10000; ++i)
        docs << (*site)->order(i);
    if (auto names = (*site)->service().bulkInsert(docs); !names)
        return skipWithError(state, names.error());
    core::EventOutbox outbox((*site)->pool());
    qint64 heard = 0;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString consumer = QStringLiteral("bench-%1").arg(round++);
        if (auto ok = outbox.setPosition(consumer, 0); !ok)
            return skipWithError(state, ok.error());
        EventRelay relay((*site)->pool());
        const EventSubscription sub = relay.subscribe({}, [&heard](const Event &) { ++heard; });
        if (auto ok = relay.resume(consumer); !ok)
            return skipWithError(state, ok.error());
        state.ResumeTiming();
        auto delivered = relay.deliverPending();
        if (!delivered)
            return skipWithError(state, delivered.error());
        if (*delivered < 10000)
            return state.SkipWithError("the relay delivered fewer events than committed");
    }
    state.SetItemsProcessed(heard);
}
BENCHMARK(BM_RelayFromOutbox)->Unit(benchmark::kMillisecond);

// Events per second handed over after commit (the in-process path: no read) to one
// subscriber that filters on the DocType.
void BM_RelayHandOver(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    EventRelay relay((*site)->pool());
    qint64 heard = 0;
    const EventSubscription sub =
        relay.subscribe({QStringLiteral("Bench Order"), {}}, [&heard](const Event &) { ++heard; });
    Document order = (*site)->order(1);
    auto table = (*site)->service().table(QStringLiteral("Bench Order"));
    if (!table)
        return skipWithError(state, table.error());
    QList<Event> batch(1000);
    for (Event &event : batch) {
        event.doctype = QStringLiteral("Bench Order");
        event.changes = core::documentChanges(**table, nullptr, &order);
    }
    qint64 next = relay.position() + 1;
    for (auto _ : state) {
        for (Event &event : batch)
            event.sequence = next++;
        relay.committed(batch);
    }
    if (heard != state.iterations() * 1000)
        return state.SkipWithError("the subscriber missed events");
    state.SetItemsProcessed(heard);
}
BENCHMARK(BM_RelayHandOver)->Unit(benchmark::kMicrosecond);

} // namespace

} // namespace fm::bench
