// SPDX-License-Identifier: MIT
#include "project/sitecopy.h"

#include "data/doctypetable.h"
#include "db/connectionpool.h"
#include "db/migrator.h"
#include "db/schemamapper.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QSet>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace fm::core {

namespace {

struct SitecopyTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::SiteCopy)
};

} // namespace

namespace {

constexpr int kPageRows = 500;

// One DocType's table in copy order. `deferred` are Link columns whose target table is
// copied later (or is the table itself): they go in as NULL, then are set once every
// row exists, so the foreign keys hold at every statement on both engines.
struct TablePlan
{
    DocType doctype;
    TableSpec spec;
    QList<StorageType> storage; // parallel to spec.columns
    QSet<QString> deferred;
};

QString columnList(const Dialect &dialect, const TableSpec &spec)
{
    QStringList quoted;
    for (const ColumnSpec &column : spec.columns)
        quoted << dialect.quote(column.name);
    return quoted.join(QStringLiteral(", "));
}

// Parents before the tables that link to them; a cycle is broken by deferring the
// links that point forward.
Result<QList<TablePlan>> copyOrder(const QList<DocType> &doctypes, const FieldTypeRegistry &types)
{
    QList<TablePlan> pending;
    QSet<QString> tables;
    for (const DocType &doctype : doctypes) {
        TablePlan plan{doctype, SchemaMapper::tableFor(doctype, types), {}, {}};
        for (const ColumnSpec &column : plan.spec.columns)
            plan.storage << column.type;
        tables.insert(plan.spec.name);
        pending << plan;
    }
    QList<TablePlan> ordered;
    QSet<QString> placed;
    auto place = [&](qsizetype index) -> Result<void> {
        TablePlan plan = pending.takeAt(index);
        for (const ForeignKeySpec &key : plan.spec.foreignKeys) {
            if (!tables.contains(key.targetTable) ||
                (key.targetTable != plan.spec.name && placed.contains(key.targetTable)))
                continue;
            for (const ColumnSpec &column : plan.spec.columns) {
                if (column.name == key.column && column.notNull) {
                    return fail(ErrorCode::InvalidState,
                                SitecopyTr::tr("the table %1 cannot be copied: its required "
                                               "column %2 links to %3, which is copied after "
                                               "it; make the Link optional")
                                    .arg(plan.spec.name, key.column, key.targetTable));
                }
            }
            plan.deferred.insert(key.column);
        }
        placed.insert(plan.spec.name);
        ordered << plan;
        return {};
    };
    while (!pending.isEmpty()) {
        qsizetype ready = -1;
        for (qsizetype i = 0; i < pending.size() && ready < 0; ++i) {
            bool parentsPlaced = true;
            for (const ForeignKeySpec &key : pending[i].spec.foreignKeys) {
                if (key.targetTable != pending[i].spec.name && tables.contains(key.targetTable) &&
                    !placed.contains(key.targetTable))
                    parentsPlaced = false;
            }
            if (parentsPlaced)
                ready = i;
        }
        if (auto placedOne = place(ready < 0 ? 0 : ready); !placedOne)
            return fail(placedOne.error());
    }
    return ordered;
}

Result<qint64> countRows(ConnectionPool &pool, const QString &table)
{
    auto count =
        pool.statement(QStringLiteral("SELECT count(*) FROM ") + pool.dialect().quote(table));
    if (!count)
        return fail(count.error());
    if (auto ran = (*count)->exec({}); !ran)
        return fail(ran.error());
    const qint64 rows = (*count)->next() ? (*count)->value(0).toLongLong() : 0;
    (*count)->finish();
    return rows;
}

// Calls `row` with each source row's values (all columns, by name order), a page at a
// time so a large table never sits in memory whole.
template<typename RowFn>
Result<void> forEachRow(ConnectionPool &source, const TablePlan &plan, RowFn &&row)
{
    const Dialect &dialect = source.dialect();
    const QString select = QStringLiteral("SELECT %1 FROM %2")
                               .arg(columnList(dialect, plan.spec), dialect.quote(plan.spec.name));
    const QString order = QStringLiteral(" ORDER BY %1 LIMIT %2")
                              .arg(dialect.quote(QStringLiteral("name")))
                              .arg(kPageRows);
    QVariant after;
    for (;;) {
        auto page =
            after.isValid()
                ? source.statement(
                      select +
                      QStringLiteral(" WHERE %1 > ?1").arg(dialect.quote(QStringLiteral("name"))) +
                      order)
                : source.statement(select + order);
        if (!page)
            return fail(page.error());
        if (auto ran = (*page)->exec(after.isValid() ? QVariantList{after} : QVariantList{}); !ran)
            return fail(ran.error());
        QList<QVariantList> rows;
        while ((*page)->next()) {
            QVariantList values;
            for (int i = 0; i < plan.spec.columns.size(); ++i)
                values << (*page)->value(i);
            rows << values;
        }
        (*page)->finish();
        for (const QVariantList &values : rows) {
            if (auto done = row(values); !done)
                return fail(done.error());
        }
        if (rows.size() < kPageRows)
            return {};
        after = rows.last().first(); // name is the first column
    }
}

// Source value -> canonical document value -> the target engine's value.
QVariant converted(StorageType storage, const QVariant &value)
{
    return toSqlValue(storage, fromSqlValue(storage, value));
}

bool sameValue(StorageType storage, const QVariant &a, const QVariant &b)
{
    const QVariant left = fromSqlValue(storage, a);
    const QVariant right = fromSqlValue(storage, b);
    if (left.isNull() || right.isNull())
        return left.isNull() == right.isNull();
    if (storage == StorageType::Real) {
        const double x = left.toDouble();
        const double y = right.toDouble();
        return std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(x));
    }
    return left == right;
}

Result<void> copyRows(ConnectionPool &source, ConnectionPool &target, const TablePlan &plan)
{
    const Dialect &dialect = target.dialect();
    QStringList placeholders;
    for (int i = 1; i <= plan.spec.columns.size(); ++i)
        placeholders << QStringLiteral("?%1").arg(i);
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(dialect.quote(plan.spec.name), columnList(dialect, plan.spec),
                                    placeholders.join(QStringLiteral(", ")));
    return forEachRow(source, plan, [&](const QVariantList &values) -> Result<void> {
        QVariantList out;
        for (int i = 0; i < values.size(); ++i) {
            const bool later = plan.deferred.contains(plan.spec.columns[i].name);
            out << (later ? QVariant() : converted(plan.storage[i], values[i]));
        }
        auto statement = target.statement(insert);
        if (!statement)
            return fail(statement.error());
        auto ran = (*statement)->exec(out);
        if (!ran) {
            return fail(
                ran.error().withContext(SitecopyTr::tr("copying %1 \"%2\"")
                                            .arg(plan.doctype.name, values.first().toString())));
        }
        return {};
    });
}

// The deferred Link columns, now that every row they may point to exists.
Result<void> fillDeferred(ConnectionPool &source, ConnectionPool &target, const TablePlan &plan)
{
    if (plan.deferred.isEmpty())
        return {};
    const Dialect &dialect = target.dialect();
    QStringList sets;
    QList<int> indexes;
    for (int i = 0; i < plan.spec.columns.size(); ++i) {
        if (plan.deferred.contains(plan.spec.columns[i].name)) {
            indexes << i;
            sets << QStringLiteral("%1 = ?%2")
                        .arg(dialect.quote(plan.spec.columns[i].name))
                        .arg(indexes.size());
        }
    }
    const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?%4")
                               .arg(dialect.quote(plan.spec.name), sets.join(QStringLiteral(", ")),
                                    dialect.quote(QStringLiteral("name")))
                               .arg(indexes.size() + 1);
    return forEachRow(source, plan, [&](const QVariantList &values) -> Result<void> {
        QVariantList out;
        bool any = false;
        for (int i : indexes) {
            out << converted(plan.storage[i], values[i]);
            any = any || !out.last().isNull();
        }
        if (!any)
            return {};
        out << values.first();
        auto statement = target.statement(update);
        if (!statement)
            return fail(statement.error());
        if (auto ran = (*statement)->exec(out); !ran)
            return fail(ran.error());
        return {};
    });
}

// Up to `sampleRows` rows spread evenly by name, compared column by column.
Result<int> compareSample(ConnectionPool &source, ConnectionPool &target, const TablePlan &plan,
                          qint64 rows, int sampleRows)
{
    if (rows == 0 || sampleRows <= 0)
        return 0;
    const qint64 step = std::max<qint64>(1, rows / sampleRows);
    QVariantList names;
    {
        const Dialect &dialect = source.dialect();
        auto all = source.statement(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %1")
                .arg(dialect.quote(QStringLiteral("name")), dialect.quote(plan.spec.name)));
        if (!all)
            return fail(all.error());
        if (auto ran = (*all)->exec({}); !ran)
            return fail(ran.error());
        for (qint64 i = 0; (*all)->next(); ++i) {
            if (i % step == 0 && names.size() < sampleRows)
                names << (*all)->value(0);
        }
        (*all)->finish();
    }
    auto byName = [&](ConnectionPool &pool) {
        const Dialect &dialect = pool.dialect();
        return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1")
            .arg(columnList(dialect, plan.spec), dialect.quote(plan.spec.name),
                 dialect.quote(QStringLiteral("name")));
    };
    for (const QVariant &name : std::as_const(names)) {
        auto from = source.statement(byName(source));
        auto to = target.statement(byName(target));
        if (!from || !to)
            return fail(!from ? from.error() : to.error());
        if (auto ran = (*from)->exec({name}); !ran)
            return fail(ran.error());
        if (auto ran = (*to)->exec({name}); !ran)
            return fail(ran.error());
        if (!(*from)->next() || !(*to)->next()) {
            return fail(ErrorCode::Database,
                        SitecopyTr::tr("the copy is incomplete: %1 \"%2\" is missing in the "
                                       "target; nothing was copied")
                            .arg(plan.doctype.name, name.toString()));
        }
        for (int i = 0; i < plan.spec.columns.size(); ++i) {
            if (!sameValue(plan.storage[i], (*from)->value(i), (*to)->value(i))) {
                return fail(ErrorCode::Database,
                            SitecopyTr::tr("the copy differs from the source: %1 \"%2\", field "
                                           "%3 is %4 in the source but %5 in the target; "
                                           "nothing was copied")
                                .arg(plan.doctype.name, name.toString(), plan.spec.columns[i].name,
                                     (*from)->value(i).toString(), (*to)->value(i).toString()));
            }
        }
        (*from)->finish();
        (*to)->finish();
    }
    return int(names.size());
}

} // namespace

qint64 SiteCopyReport::rows() const
{
    qint64 total = 0;
    for (const SiteCopyTable &table : tables)
        total += table.rows;
    return total;
}

int SiteCopyReport::sampled() const
{
    int total = 0;
    for (const SiteCopyTable &table : tables)
        total += table.sampled;
    return total;
}

QString SiteCopyReport::toText() const
{
    QString text;
    for (const SiteCopyTable &table : tables) {
        if (table.rows == 0 && table.replaced == 0)
            continue;
        text += SitecopyTr::tr("  %1: %2 row(s), %3 compared")
                    .arg(table.doctype)
                    .arg(table.rows)
                    .arg(table.sampled);
        if (table.replaced > 0)
            text += SitecopyTr::tr(" (replaced %1)").arg(table.replaced);
        text += u'\n';
    }
    text += SitecopyTr::tr("%1 row(s) in %2 DocType(s) copied; row counts equal, %3 row(s) "
                           "compared field by field.\n")
                .arg(rows())
                .arg(tables.size())
                .arg(sampled());
    return text;
}

Result<SiteCopyReport> copySiteData(ConnectionPool &source, ConnectionPool &target,
                                    const QList<DocType> &doctypes, const FieldTypeRegistry &types,
                                    const SiteCopyOptions &options)
{
    Migrator sourceSchema(source, types);
    auto sourcePlan = sourceSchema.plan(doctypes);
    if (!sourcePlan)
        return fail(sourcePlan.error().withContext(SitecopyTr::tr("reading the site's schema")));
    if (!sourcePlan->isEmpty()) {
        return fail(ErrorCode::InvalidState,
                    SitecopyTr::tr("the site's database is behind its DocTypes (%1 pending "
                                   "step(s)); run `m migrate` for the site, then copy")
                        .arg(sourcePlan->pendingCount()));
    }
    auto order = copyOrder(doctypes, types);
    if (!order)
        return fail(order.error());

    // A target that holds documents is refused unless replacing was asked for: a copy
    // never mixes two sites' rows.
    Migrator targetSchema(target, types);
    auto targetPlan = targetSchema.plan(doctypes);
    if (!targetPlan)
        return fail(targetPlan.error().withContext(SitecopyTr::tr("reading the target's schema")));
    SiteCopyReport report;
    QStringList occupied;
    {
        auto db = target.connection();
        if (!db)
            return fail(db.error());
        auto live = target.dialect().introspect(*db);
        if (!live)
            return fail(live.error());
        QSet<QString> existing;
        for (const LiveTable &table : *live)
            existing.insert(table.spec.name);
        for (const TablePlan &plan : *order) {
            SiteCopyTable row{plan.doctype.name, plan.spec.name, 0, 0, 0};
            if (existing.contains(plan.spec.name)) {
                auto rows = countRows(target, plan.spec.name);
                if (!rows)
                    return fail(rows.error());
                row.replaced = *rows;
                if (*rows > 0)
                    occupied << QStringLiteral("%1 (%2)").arg(plan.doctype.name).arg(*rows);
            }
            report.tables << row;
        }
    }
    if (!occupied.isEmpty() && !options.replace) {
        return fail(ErrorCode::InvalidState,
                    SitecopyTr::tr("the target database already holds documents: %1; copy into "
                                   "an empty database, or pass --replace to delete them first")
                        .arg(occupied.join(QStringLiteral(", "))));
    }
    if (!targetPlan->isEmpty()) {
        auto applied = targetSchema.apply(*targetPlan, false);
        if (!applied)
            return fail(applied.error().withContext(SitecopyTr::tr("migrating the target")));
        if (applied->hasRefused())
            return fail(applied->refusalError());
    }

    auto sourceDb = source.connection();
    auto targetDb = target.connection();
    if (!sourceDb || !targetDb)
        return fail(!sourceDb ? sourceDb.error() : targetDb.error());
    // One snapshot of the source; one transaction on the target, committed only after
    // the checks.
    auto reading = Transaction::begin(*sourceDb, source.dialect(), Transaction::Mode::Read);
    if (!reading)
        return fail(reading.error());
    auto writing = Transaction::begin(*targetDb, target.dialect(), Transaction::Mode::Write);
    if (!writing)
        return fail(writing.error());
    const Dialect &dialect = target.dialect();
    if (!occupied.isEmpty()) {
        for (const TablePlan &plan : std::as_const(*order)) {
            for (const QString &column : plan.deferred) {
                auto cleared =
                    execSql(*targetDb, dialect,
                            QStringLiteral("UPDATE %1 SET %2 = NULL")
                                .arg(dialect.quote(plan.spec.name), dialect.quote(column)));
                if (!cleared)
                    return fail(cleared.error());
            }
        }
        for (auto it = order->crbegin(); it != order->crend(); ++it) {
            auto deleted = execSql(*targetDb, dialect,
                                   QStringLiteral("DELETE FROM ") + dialect.quote(it->spec.name));
            if (!deleted)
                return fail(deleted.error());
        }
    }
    for (const TablePlan &plan : std::as_const(*order)) {
        if (auto copied = copyRows(source, target, plan); !copied)
            return fail(copied.error());
    }
    for (const TablePlan &plan : std::as_const(*order)) {
        if (auto filled = fillDeferred(source, target, plan); !filled)
            return fail(filled.error());
    }
    for (qsizetype i = 0; i < order->size(); ++i) {
        const TablePlan &plan = order->at(i);
        auto from = countRows(source, plan.spec.name);
        auto to = countRows(target, plan.spec.name);
        if (!from || !to)
            return fail(!from ? from.error() : to.error());
        if (*from != *to) {
            return fail(ErrorCode::Database,
                        SitecopyTr::tr("the copy is incomplete: %1 has %2 row(s) in the source "
                                       "but %3 in the target; nothing was copied")
                            .arg(plan.doctype.name)
                            .arg(*from)
                            .arg(*to));
        }
        auto sampled = compareSample(source, target, plan, *from, options.sampleRows);
        if (!sampled)
            return fail(sampled.error());
        report.tables[i].rows = *from;
        report.tables[i].sampled = *sampled;
    }
    if (auto committed = writing->commit(); !committed)
        return fail(committed.error());
    reading->rollback();
    return report;
}

} // namespace fm::core
