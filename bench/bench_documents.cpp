// SPDX-License-Identifier: MIT
// Write and read paths of DocumentService on a real SQLite file (docs/benchmarks.md).

#include "benchsite.h"
#include "db/transaction.h"

#include <algorithm>
#include <optional>
#include <random>

namespace fm::bench {

namespace {

using core::Document;

// Documents built before timing starts, so the figures measure the service only.
QList<Document> prebuiltOrders(const BenchSite &site, int count)
{
    QList<Document> docs;
    docs.reserve(count);
    for (int i = 0; i < count; ++i)
        docs << site.order(i);
    return docs;
}

// The list the Desk asks for most: one status, newest first, first page.
core::Query openOrders()
{
    core::Query query;
    query.doctype = QStringLiteral("Bench Order");
    query.filters << core::Filter{QStringLiteral("status"), core::FilterOp::Eq,
                                  QStringLiteral("Open")};
    query.orderBy << core::OrderBy{QStringLiteral("modified"), true};
    query.limit = 20;
    return query;
}

// Each insert is its own transaction (BEGIN IMMEDIATE ... COMMIT), as an API call.
void BM_InsertSingle(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    const QList<Document> docs = prebuiltOrders(**site, 1024);
    qsizetype i = 0;
    for (auto _ : state) {
        auto saved = (*site)->service().insert(docs.at(i++ % docs.size()));
        if (!saved)
            return skipWithError(state, saved.error());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_InsertSingle)->Unit(benchmark::kMicrosecond);

// state.range(0) documents per bulkInsert call, all in one transaction.
void BM_BulkInsert(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    const QList<Document> docs = prebuiltOrders(**site, int(state.range(0)));
    for (auto _ : state) {
        auto names = (*site)->service().bulkInsert(docs);
        if (!names)
            return skipWithError(state, names.error());
        if (names->size() != docs.size())
            return state.SkipWithError("bulkInsert returned fewer names than documents");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_BulkInsert)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Names in random order so the reads are not served by a warm run of neighbours.
void BM_GetByName(benchmark::State &state)
{
    auto site = BenchSite::filled();
    if (!site)
        return skipWithError(state, site.error());
    if (auto ok = (*site)->setWhatIfIndex(false); !ok)
        return skipWithError(state, ok.error());
    QStringList names = (*site)->orderNames();
    std::shuffle(names.begin(), names.end(), std::mt19937(42));
    const QString doctype = QStringLiteral("Bench Order");
    qsizetype i = 0;
    for (auto _ : state) {
        const QString &name = names.at(i++ % names.size());
        auto doc = (*site)->service().get(doctype, name);
        if (!doc)
            return skipWithError(state, doc.error());
        if (doc->name() != name)
            return state.SkipWithError("get returned another document than the one asked for");
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["rows"] = double(names.size());
}
BENCHMARK(BM_GetByName)->Unit(benchmark::kMicrosecond);

// Checked once before timing: 20 rows, all of the status, newest first.
bool checkOpenOrders(benchmark::State &state, const QList<Document> &rows, qint64 total)
{
    const qint64 expected = std::min<qint64>(20, total);
    if (rows.size() != expected) {
        state.SkipWithError("the filtered list did not return a full page");
        return false;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).string(QStringLiteral("status")) != u"Open" ||
            (i > 0 && rows.at(i).string(QStringLiteral("modified")) >
                          rows.at(i - 1).string(QStringLiteral("modified")))) {
            state.SkipWithError("the filtered list is not filtered by status or not newest first");
            return false;
        }
    }
    return true;
}

// Arguments: columns 1 = only those of a list view instead of every column;
// whatif_index 1 = with the index of setWhatIfIndex().
void BM_ListFilteredSorted(benchmark::State &state)
{
    auto site = BenchSite::filled();
    if (!site)
        return skipWithError(state, site.error());
    if (auto ok = (*site)->setWhatIfIndex(state.range(1) == 1); !ok)
        return skipWithError(state, ok.error());
    core::Query query = openOrders();
    if (state.range(0) == 1) {
        query.fields = QStringList{QStringLiteral("subject"), QStringLiteral("customer"),
                                   QStringLiteral("status"), QStringLiteral("modified")};
    }
    auto first = (*site)->service().list(query);
    if (!first)
        return skipWithError(state, first.error());
    if (!checkOpenOrders(state, *first, (BenchSite::rowCount() + 3) / 4))
        return;
    if (auto plan = (*site)->queryPlan(query, BenchSite::Statement::List))
        state.SetLabel(plan->toStdString());
    for (auto _ : state) {
        auto rows = (*site)->service().list(query);
        if (!rows)
            return skipWithError(state, rows.error());
        benchmark::DoNotOptimize(rows->size());
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["rows"] = double((*site)->orderNames().size());
}
BENCHMARK(BM_ListFilteredSorted)
    ->ArgNames({"list_view_columns", "whatif_index"})
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->Unit(benchmark::kMicrosecond);

// The total the Desk shows beside the same list; whatif_index as above. `cached:0`
// counts in SQL every time (inside a read transaction, where the count cache never
// answers); `cached:1` is a repeated total served by data/countcache.h.
void BM_CountFiltered(benchmark::State &state)
{
    auto site = BenchSite::filled();
    if (!site)
        return skipWithError(state, site.error());
    if (auto ok = (*site)->setWhatIfIndex(state.range(0) == 1); !ok)
        return skipWithError(state, ok.error());
    core::Query query = openOrders();
    query.orderBy.clear();
    auto first = (*site)->service().count(query);
    if (!first)
        return skipWithError(state, first.error());
    if (*first != (BenchSite::rowCount() + 3) / 4)
        return state.SkipWithError("count of Open orders is not a quarter of the rows");
    if (auto plan = (*site)->queryPlan(query, BenchSite::Statement::Count))
        state.SetLabel(plan->toStdString());
    std::optional<core::Transaction> uncached;
    if (state.range(1) == 0) {
        auto db = (*site)->pool().connection();
        if (!db)
            return skipWithError(state, db.error());
        auto begun =
            core::Transaction::begin(*db, (*site)->pool().dialect(), core::Transaction::Mode::Read);
        if (!begun)
            return skipWithError(state, begun.error());
        uncached.emplace(std::move(*begun));
    }
    for (auto _ : state) {
        auto total = (*site)->service().count(query);
        if (!total)
            return skipWithError(state, total.error());
        benchmark::DoNotOptimize(*total);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["matching"] = double(*first);
}
BENCHMARK(BM_CountFiltered)
    ->ArgNames({"whatif_index", "cached"})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->Unit(benchmark::kMicrosecond);

} // namespace

} // namespace fm::bench
