// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/controllerregistry.h"
#include "data/document.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "meta/metaregistry.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

namespace fm::bench {

// A real SQLite site in a temporary folder: the core app and bench/apps/benchapp
// loaded, their tables created by the Migrator, and a few Bench Customers for the
// orders' Link field. Removed with everything in it when destroyed.
class BenchSite final
{
public:
    static fm::Result<std::unique_ptr<BenchSite>> create();
    BenchSite(const BenchSite &) = delete;
    BenchSite &operator=(const BenchSite &) = delete;

    core::DocumentService &service() { return *m_service; }
    core::ConnectionPool &pool() { return *m_pool; }

    // The i-th Bench Order as an API client would send it: ten fields, values
    // spread so that each status holds a quarter of the rows.
    core::Document order(qint64 i) const;
    core::Document ticket(qint64 i) const;

    // Adds `count` Bench Orders through bulkInsert; their names land in orderNames().
    fm::Result<void> addOrders(qint64 count);
    const QStringList &orderNames() const { return m_orderNames; }

    // Adds or drops an index on Bench Order (status, deleted_at, modified) that the
    // DocType does not declare: measures what indexing the soft-delete column next
    // to the filtered field would gain (docs/benchmarks.md, notes).
    fm::Result<void> setWhatIfIndex(bool present);

    // How SQLite runs the query's list (or count) statement: EXPLAIN QUERY PLAN, its
    // steps joined with "; ", shown as the benchmark's label.
    enum class Statement { List, Count };
    fm::Result<QString> queryPlan(const core::Query &query, Statement statement);

    // One site shared by the read benchmarks, filled once with rowCount() orders
    // on first use; released by main() while the QCoreApplication still exists.
    static fm::Result<BenchSite *> filled();
    static void releaseFilled();
    // FM_BENCH_ROWS, default 100000: smaller for profiling runs under callgrind.
    static qint64 rowCount();

private:
    BenchSite() = default;
    fm::Result<void> open();

    // Destroyed bottom-up: the service and the pool's connections before the folder.
    QTemporaryDir m_dir;
    QStringList m_customers;
    QStringList m_orderNames;
    core::MetaRegistry m_meta;
    core::ControllerRegistry m_controllers;
    std::unique_ptr<core::ConnectionPool> m_pool;
    std::unique_ptr<core::DocumentService> m_service;
};

// Marks the running benchmark failed with the error's message; the caller returns.
inline void skipWithError(benchmark::State &state, const fm::Error &error)
{
    state.SkipWithError(error.message().toStdString().c_str());
}

} // namespace fm::bench
