// SPDX-License-Identifier: MIT
#include "benchsite.h"

#include "data/querycompiler.h"
#include "db/migrator.h"
#include "db/sql.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fm::bench {

namespace {

constexpr int kCustomers = 100;
constexpr qint64 kBulkChunk = 10000;

const QStringList &statuses()
{
    static const QStringList values{QStringLiteral("Open"), QStringLiteral("Pending"),
                                    QStringLiteral("Closed"), QStringLiteral("Cancelled")};
    return values;
}

} // namespace

fm::Result<std::unique_ptr<BenchSite>> BenchSite::create()
{
    std::unique_ptr<BenchSite> site(new BenchSite);
    if (auto ok = site->open(); !ok)
        return fm::fail(ok.error());
    return site;
}

fm::Result<void> BenchSite::open()
{
    if (!m_dir.isValid())
        return fm::fail(ErrorCode::Io,
                        QStringLiteral("cannot create a temporary folder; check TMPDIR"));
    core::Diagnostics diagnostics;
    if (!m_meta.loadApps({QStringLiteral(FM_BENCH_APPS_DIR "/benchapp")}, diagnostics)) {
        QStringList lines;
        for (const auto &d : diagnostics)
            lines << d.toString();
        return fm::fail(ErrorCode::BadRequest,
                        QStringLiteral("bench/apps/benchapp does not load:\n") + lines.join(u'\n'));
    }
    core::DatabaseConfig config;
    config.path = m_dir.filePath(QStringLiteral("bench.sqlite"));
    auto pool = core::ConnectionPool::open(config);
    if (!pool)
        return fm::fail(pool.error());
    m_pool = std::move(*pool);

    QList<core::DocType> doctypes;
    for (const QString &name : m_meta.doctypeNames())
        doctypes << *m_meta.doctype(name);
    core::Migrator migrator(*m_pool, m_meta.fieldTypes());
    auto plan = migrator.plan(doctypes);
    if (!plan)
        return fm::fail(plan.error());
    if (auto applied = migrator.apply(*plan, false); !applied)
        return fm::fail(applied.error());

    m_service = std::make_unique<core::DocumentService>(*m_pool, m_meta, m_controllers);
    QList<core::Document> customers;
    for (int i = 0; i < kCustomers; ++i) {
        core::Document customer(QStringLiteral("Bench Customer"));
        customer.setValue(QStringLiteral("customer_name"), QStringLiteral("Customer %1").arg(i));
        customers << customer;
    }
    auto names = m_service->bulkInsert(customers);
    if (!names)
        return fm::fail(names.error());
    m_customers = *names;
    return {};
}

core::Document BenchSite::order(qint64 i) const
{
    core::Document doc(QStringLiteral("Bench Order"));
    doc.setValue(QStringLiteral("subject"),
                 QStringLiteral("Order number %1 for the benchmark").arg(i));
    doc.setValue(QStringLiteral("customer"), m_customers.at(int(i % m_customers.size())));
    doc.setValue(QStringLiteral("status"), statuses().at(int(i % statuses().size())));
    doc.setValue(QStringLiteral("priority"), qint64(1 + i % 5));
    doc.setValue(QStringLiteral("amount"), double(i % 10000) * 1.25);
    doc.setValue(QStringLiteral("order_date"),
                 QDate(2025, 1, 1).addDays(i % 365).toString(Qt::ISODate));
    doc.setValue(QStringLiteral("due"), QStringLiteral("2025-06-30T12:00:00.000Z"));
    doc.setValue(QStringLiteral("paid"), i % 3 == 0);
    doc.setValue(QStringLiteral("email"), QStringLiteral("buyer%1@example.com").arg(i % 1000));
    doc.setValue(QStringLiteral("notes"), QStringLiteral("Deliver to the back door; call first."));
    return doc;
}

core::Document BenchSite::ticket(qint64 i) const
{
    core::Document doc(QStringLiteral("Bench Ticket"));
    doc.setValue(QStringLiteral("subject"), QStringLiteral("Ticket %1").arg(i));
    doc.setValue(QStringLiteral("priority"), qint64(i % 5));
    return doc;
}

fm::Result<void> BenchSite::addOrders(qint64 count)
{
    const qint64 first = m_orderNames.size();
    for (qint64 start = 0; start < count; start += kBulkChunk) {
        QList<core::Document> docs;
        for (qint64 i = start; i < std::min(count, start + kBulkChunk); ++i)
            docs << order(first + i);
        auto names = m_service->bulkInsert(docs);
        if (!names)
            return fm::fail(names.error());
        m_orderNames << *names;
    }
    return {};
}

fm::Result<void> BenchSite::setWhatIfIndex(bool present)
{
    auto db = m_pool->connection();
    if (!db)
        return fm::fail(db.error());
    const QString sql = present ? QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON bench_order "
                                                 "(status, deleted_at, modified)")
                                : QStringLiteral("DROP INDEX IF EXISTS %1");
    auto done = core::execSql(*db, m_pool->dialect(), sql.arg(QLatin1String("bench_whatif_index")));
    if (!done)
        return fm::fail(done.error());
    return {};
}

fm::Result<QString> BenchSite::queryPlan(const core::Query &query, Statement statement)
{
    auto table = m_service->table(query.doctype);
    if (!table)
        return fm::fail(table.error());
    const core::QueryCompiler compiler(**table, m_pool->dialect());
    auto sql = statement == Statement::List ? compiler.select(query) : compiler.count(query);
    if (!sql)
        return fm::fail(sql.error());
    auto db = m_pool->connection();
    if (!db)
        return fm::fail(db.error());
    QSqlQuery explain(*db);
    explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql->sql);
    for (int i = 0; i < sql->values.size(); ++i)
        explain.bindValue(i, sql->values.at(i));
    if (!explain.exec())
        return fm::fail(ErrorCode::Database, explain.lastError().text());
    QStringList steps;
    while (explain.next())
        steps << explain.value(3).toString(); // the "detail" column
    return steps.join(QStringLiteral("; "));
}

qint64 BenchSite::rowCount()
{
    bool ok = false;
    const qint64 rows = qEnvironmentVariable("FM_BENCH_ROWS").toLongLong(&ok);
    return ok && rows > 0 ? rows : 100000;
}

namespace {
std::unique_ptr<BenchSite> g_filled;
}

fm::Result<BenchSite *> BenchSite::filled()
{
    if (g_filled)
        return g_filled.get();
    auto site = create();
    if (!site)
        return fm::fail(site.error());
    if (auto ok = (*site)->addOrders(rowCount()); !ok)
        return fm::fail(ok.error().withContext(QStringLiteral("filling the shared site")));
    g_filled = std::move(*site);
    return g_filled.get();
}

void BenchSite::releaseFilled()
{
    g_filled.reset();
}

} // namespace fm::bench
