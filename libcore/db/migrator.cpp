// SPDX-License-Identifier: MIT
#include "db/migrator.h"

#include "auth/ratelimiter.h"
#include "db/connectionpool.h"
#include "db/migrationplanner.h"
#include "db/renameplanner.h"
#include "db/schemamapper.h"
#include "db/schemasnapshot.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "events/eventoutbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace fm::core {

namespace {

struct MigratorTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Migrator)
};

} // namespace

namespace {

struct LiveSchema
{
    QHash<QString, LiveTable> tables; // DocType tables only, no internal ones
    QStringList internal;             // internal tables that exist
    QString fingerprint;
};

TableSpec historySpec()
{
    return {Migrator::historyTable(),
            {{QStringLiteral("name"), StorageType::Text, true, {}},
             {QStringLiteral("applied_at"), StorageType::Datetime, true, {}},
             {QStringLiteral("forced"), StorageType::Boolean, true, 0},
             {QStringLiteral("steps"), StorageType::Json, true, {}},
             {QStringLiteral("refused"), StorageType::Json, true, {}}},
            {},
            {}};
}

TableSpec snapshotSpec()
{
    return {Migrator::snapshotTable(),
            {{QStringLiteral("name"), StorageType::Text, true, {}},
             {QStringLiteral("doctype"), StorageType::Text, true, {}},
             {QStringLiteral("snapshot"), StorageType::Json, true, {}},
             {QStringLiteral("updated_at"), StorageType::Datetime, true, {}}},
            {},
            {}};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

Result<LiveSchema> loadLive(QSqlDatabase db, const Dialect &dialect)
{
    auto tables = dialect.introspect(db);
    if (!tables)
        return fail(tables.error());
    LiveSchema live;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const LiveTable &table : std::as_const(*tables)) {
        if (table.spec.name.startsWith(Migrator::internalPrefix())) {
            live.internal << table.spec.name;
            continue;
        }
        QJsonObject json = SchemaSnapshot::tableToJson(table.spec);
        json.insert(QStringLiteral("declared"), QJsonArray::fromStringList(table.declaredTypes));
        hash.addData(compact(json).toUtf8());
        live.tables.insert(table.spec.name, table);
    }
    live.fingerprint = QString::fromLatin1(hash.result().toHex());
    return live;
}

Result<QHash<QString, QJsonObject>> loadSnapshots(QSqlDatabase db, const Dialect &dialect,
                                                  const LiveSchema &live)
{
    QHash<QString, QJsonObject> snapshots;
    if (!live.internal.contains(Migrator::snapshotTable()))
        return snapshots;
    auto query = execSql(db, dialect,
                         QStringLiteral("SELECT %1, %2 FROM %3")
                             .arg(dialect.quote(QStringLiteral("name")),
                                  dialect.quote(QStringLiteral("snapshot")),
                                  dialect.quote(Migrator::snapshotTable())));
    if (!query)
        return fail(query.error());
    while (query->next()) {
        snapshots.insert(query->value(0).toString(),
                         QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object());
    }
    return snapshots;
}

Result<void> execAll(QSqlDatabase db, const Dialect &dialect, const QStringList &statements,
                     QStringList &log)
{
    for (const QString &sql : statements) {
        auto done = execSql(db, dialect, sql);
        if (!done)
            return fail(done.error());
        log << sql;
    }
    return {};
}

// New tables in link order: on PostgreSQL a foreign key needs its target table to exist
// (SQLite resolves it on use). The create steps keep their positions in the plan, so renames
// and changes stay where they were; tables that link in a circle keep the plan's order.
QList<MigrationStep> inCreationOrder(QList<MigrationStep> steps)
{
    QList<qsizetype> positions;
    QList<MigrationStep> waiting;
    QSet<QString> created;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind == MigrationStep::Kind::CreateTable) {
            positions << i;
            waiting << steps.at(i);
            created.insert(steps.at(i).table);
        }
    }
    QList<MigrationStep> ordered;
    QSet<QString> placed;
    while (!waiting.isEmpty()) {
        const auto ready =
            std::find_if(waiting.begin(), waiting.end(), [&](const MigrationStep &s) {
                return std::all_of(s.createdTable.foreignKeys.cbegin(),
                                   s.createdTable.foreignKeys.cend(),
                                   [&](const ForeignKeySpec &fk) {
                                       return fk.targetTable == s.table ||
                                              !created.contains(fk.targetTable) ||
                                              placed.contains(fk.targetTable);
                                   });
            });
        const auto next = ready == waiting.end() ? waiting.begin() : ready;
        placed.insert(next->table);
        ordered << *next;
        waiting.erase(next);
    }
    for (qsizetype i = 0; i < positions.size(); ++i)
        steps[positions.at(i)] = ordered.at(i);
    return steps;
}

// Everything apply() does between BEGIN and COMMIT.
class ApplyRun
{
public:
    ApplyRun(QSqlDatabase db, const Dialect &dialect, MigrationReport &report)
        : m_db(std::move(db))
        , m_dialect(dialect)
        , m_report(report)
    {}

    Result<void> run(const MigrationPlan &plan, const QList<MigrationStep> &accepted,
                     const QSet<QString> &refusedTables)
    {
        auto tx = Transaction::begin(m_db, m_dialect, Transaction::Mode::Write);
        if (!tx)
            return fail(tx.error());
        auto live = loadLive(m_db, m_dialect);
        if (!live)
            return fail(live.error());
        if (live->fingerprint != plan.schemaFingerprint) {
            return fail(ErrorCode::InvalidState,
                        MigratorTr::tr("the database schema changed since this plan was made; "
                                       "plan again (m migrate --plan) and apply the new plan"));
        }
        // The framework's own tables, checked again here: the plan may be older.
        for (const TableSpec &spec : Migrator::internalTableSpecs()) {
            if (live->internal.contains(spec.name))
                continue;
            if (auto made =
                    execAll(m_db, m_dialect, m_dialect.createTable(spec), m_report.executedSql);
                !made)
                return made;
            m_report.internalCreated << spec.name;
        }
        if (auto steps = runSteps(inCreationOrder(accepted)); !steps)
            return steps;
        if (auto checked = checkForeignKeys(); !checked)
            return checked;
        if (auto moved = moveSnapshots(); !moved)
            return moved;
        if (auto saved = saveSnapshots(plan, refusedTables, live->tables); !saved)
            return saved;
        if (auto recorded = recordHistory(); !recorded)
            return recorded;
        return tx->commit();
    }

private:
    Result<void> runSteps(const QList<MigrationStep> &accepted)
    {
        QSet<QString> rebuilt;
        for (const MigrationStep &step : accepted) {
            QList<MigrationStep> done{step};
            QStringList sql = step.sql;
            if (step.needsRebuild()) {
                // All rebuild steps of a table become one rebuild of its current shape.
                if (rebuilt.contains(step.table))
                    continue;
                rebuilt.insert(step.table);
                done.clear();
                for (const MigrationStep &other : accepted) {
                    if (other.table == step.table && other.needsRebuild())
                        done << other;
                }
                auto live = loadLive(m_db, m_dialect);
                if (!live)
                    return fail(live.error());
                const TableSpec current = live->tables.value(step.table).spec;
                sql = m_dialect.rebuildTable(current, applyRebuildSteps(current, done));
            }
            if (auto ran = execAll(m_db, m_dialect, sql, m_report.executedSql); !ran) {
                Error error = ran.error();
                return fail(error.withContext(MigratorTr::tr("%1: %2 failed, nothing was migrated")
                                                  .arg(step.table, step.description)));
            }
            if (step.kind == MigrationStep::Kind::RenameTable)
                m_touched.remove(step.renameFrom); // its rows are checked under the new name
            m_touched.insert(step.table);
            m_report.applied << done;
        }
        return {};
    }

    Result<void> checkForeignKeys()
    {
        QStringList problems;
        for (const QString &table : std::as_const(m_touched)) {
            auto violations = m_dialect.foreignKeyViolations(m_db, table);
            if (!violations)
                return fail(violations.error());
            problems << *violations;
        }
        if (problems.isEmpty())
            return {};
        return fail(
            ErrorCode::Validation,
            MigratorTr::tr("the migration would leave links to missing records, so nothing was "
                           "migrated; fix these rows and migrate again:\n  %1")
                .arg(problems.mid(0, 20).join(QStringLiteral("\n  "))));
    }

    // Renamed tables and columns take their snapshots along, so that a table whose
    // other steps were refused keeps a snapshot under its new names.
    Result<void> moveSnapshots()
    {
        bool renamed = false;
        for (const MigrationStep &step : std::as_const(m_report.applied)) {
            renamed = renamed || step.kind == MigrationStep::Kind::RenameTable ||
                      step.kind == MigrationStep::Kind::RenameColumn;
        }
        if (!renamed)
            return {};
        auto existing = loadSnapshots(m_db, m_dialect, {{}, {Migrator::snapshotTable()}, {}});
        if (!existing)
            return fail(existing.error());
        QHash<QString, QJsonObject> after = *existing;
        for (const MigrationStep &step : std::as_const(m_report.applied))
            SchemaSnapshot::applyRename(after, step);
        const QString table = m_dialect.quote(Migrator::snapshotTable());
        const QString name = m_dialect.quote(QStringLiteral("name"));
        QStringList keys = existing->keys() + after.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (existing->value(key) == after.value(key))
                continue;
            auto removed =
                execSql(m_db, m_dialect,
                        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, name), {key});
            if (!removed)
                return fail(removed.error());
            if (!after.contains(key))
                continue;
            auto inserted = execSql(m_db, m_dialect,
                                    QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?)").arg(table),
                                    {key, SchemaSnapshot::doctypeName(after.value(key)),
                                     compact(after.value(key)), now()});
            if (!inserted)
                return fail(inserted.error());
        }
        return {};
    }

    // A table with a refused step keeps its old snapshot, so the next plan shows the
    // refused change again instead of taking it as done.
    Result<void> saveSnapshots(const MigrationPlan &plan, const QSet<QString> &refusedTables,
                               const QHash<QString, LiveTable> &liveBefore)
    {
        const QString table = m_dialect.quote(Migrator::snapshotTable());
        const QString name = m_dialect.quote(QStringLiteral("name"));
        auto existing = loadSnapshots(m_db, m_dialect, {{}, {Migrator::snapshotTable()}, {}});
        if (!existing)
            return fail(existing.error());
        for (auto it = plan.snapshots.cbegin(); it != plan.snapshots.cend(); ++it) {
            if (refusedTables.contains(it.key()) || existing->value(it.key()) == it.value())
                continue;
            auto removed =
                execSql(m_db, m_dialect,
                        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, name), {it.key()});
            auto inserted =
                removed ? execSql(m_db, m_dialect,
                                  QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?)").arg(table),
                                  {it.key(), SchemaSnapshot::doctypeName(it.value()),
                                   compact(it.value()), now()})
                        : removed;
            if (!inserted)
                return fail(inserted.error());
        }
        // Snapshots of tables dropped by hand are stale.
        for (auto it = existing->cbegin(); it != existing->cend(); ++it) {
            if (plan.snapshots.contains(it.key()) || liveBefore.contains(it.key()))
                continue;
            auto removed =
                execSql(m_db, m_dialect,
                        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, name), {it.key()});
            if (!removed)
                return fail(removed.error());
        }
        return {};
    }

    Result<void> recordHistory()
    {
        if (m_report.applied.isEmpty())
            return {};
        const QString table = m_dialect.quote(Migrator::historyTable());
        auto rows = execSql(m_db, m_dialect, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!rows || !rows->next())
            return fail(
                rows ? Error(ErrorCode::Database, MigratorTr::tr("cannot count history rows"))
                     : rows.error());
        const QJsonObject json = m_report.toJson();
        auto inserted = execSql(
            m_db, m_dialect, QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?, ?)").arg(table),
            {QStringLiteral("%1").arg(rows->value(0).toLongLong() + 1, 6, 10, QLatin1Char('0')),
             now(), m_report.forced ? 1 : 0, compact(json.value(QStringLiteral("applied"))),
             compact(json.value(QStringLiteral("refused")))});
        if (!inserted)
            return fail(inserted.error());
        return {};
    }

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    MigrationReport &m_report;
    QSet<QString> m_touched;
};

} // namespace

Migrator::Migrator(ConnectionPool &pool, const FieldTypeRegistry &types)
    : m_pool(pool)
    , m_types(types)
{}

QString Migrator::historyTable()
{
    return QStringLiteral("_fm_migration_history");
}

QString Migrator::snapshotTable()
{
    return QStringLiteral("_fm_schema_snapshot");
}

QString Migrator::internalPrefix()
{
    return QStringLiteral("_fm_");
}

QList<TableSpec> Migrator::internalTableSpecs()
{
    return QList<TableSpec>{historySpec(), snapshotSpec()} + EventOutbox::tableSpecs() +
           QList<TableSpec>{RateLimiter::tableSpec()};
}

Result<MigrationPlan> Migrator::plan(const QList<DocType> &doctypes,
                                     const QList<RenameRecord> &renames)
{
    auto db = m_pool.connection();
    if (!db)
        return fail(db.error());
    const Dialect &dialect = m_pool.dialect();
    const RenamePlanner renamer(*db, dialect, doctypes, m_types);
    MigrationPlan plan;
    // A read transaction: every check below sees the same data. When a recorded rename
    // is pending, a write one instead: the renames run in it so that the rest of the
    // plan sees the renamed schema, and it is rolled back at the end.
    std::optional<Transaction> tx;
    Result<LiveSchema> live = fail(ErrorCode::Internal, QString());
    Result<RenamePlanner::Outcome> renamed = RenamePlanner::Outcome();
    for (const auto mode : {Transaction::Mode::Read, Transaction::Mode::Write}) {
        tx.reset();
        auto begun = Transaction::begin(*db, dialect, mode);
        if (!begun)
            return fail(begun.error());
        tx.emplace(std::move(*begun));
        live = loadLive(*db, dialect);
        if (!live)
            return fail(live.error());
        if (renames.isEmpty())
            break;
        renamed = renamer.plan(renames, live->tables.values(), mode == Transaction::Mode::Write);
        if (!renamed)
            return fail(renamed.error());
        if (!renamed->needsWrite)
            break;
    }
    plan.schemaFingerprint = live->fingerprint;
    for (const TableSpec &spec : internalTableSpecs()) {
        if (!live->internal.contains(spec.name))
            plan.internalTables << spec.name;
    }
    auto snapshots = loadSnapshots(*db, dialect, *live);
    if (!snapshots)
        return fail(snapshots.error());
    plan.steps = renamed->steps;
    for (const MigrationStep &step : std::as_const(plan.steps)) {
        if (step.classification != StepClass::Dangerous)
            SchemaSnapshot::applyRename(*snapshots, step);
    }
    if (!plan.steps.isEmpty()) {
        live = loadLive(*db, dialect);
        if (!live)
            return fail(live.error());
    }

    const MigrationPlanner planner(*db, dialect, live->tables);
    for (const DocType &doctype : doctypes) {
        const TableSpec wanted = SchemaMapper::tableFor(doctype, m_types);
        plan.snapshots.insert(wanted.name, SchemaSnapshot::build(doctype, wanted, m_types));
        if (!live->tables.contains(wanted.name)) {
            auto step = planner.createTable(wanted);
            if (!step)
                return fail(step.error());
            plan.steps << *step;
            continue;
        }
        auto steps = planner.diffTable(doctype, wanted, live->tables.value(wanted.name),
                                       snapshots->value(wanted.name));
        if (!steps)
            return fail(steps.error());
        plan.steps << *steps;
    }
    QStringList gone;
    for (auto it = snapshots->cbegin(); it != snapshots->cend(); ++it) {
        if (!plan.snapshots.contains(it.key()) && live->tables.contains(it.key()))
            gone << it.key();
    }
    gone.sort();
    for (const QString &table : std::as_const(gone)) {
        auto step = planner.dropTable(live->tables.value(table));
        if (!step)
            return fail(step.error());
        plan.steps << *step;
    }
    tx->rollback();
    return plan;
}

Result<MigrationReport> Migrator::apply(const MigrationPlan &plan, bool force)
{
    auto db = m_pool.connection();
    if (!db)
        return fail(db.error());
    if (Transaction::depth(db->connectionName()) > 0) {
        return fail(ErrorCode::Internal,
                    MigratorTr::tr("a migration cannot run inside another transaction; apply it "
                                   "before opening one on this thread"));
    }
    const Dialect &dialect = m_pool.dialect();
    MigrationReport report;
    report.forced = force;
    QList<MigrationStep> accepted;
    QSet<QString> refusedTables;
    for (const MigrationStep &step : plan.steps) {
        if (step.classification == StepClass::Dangerous) {
            report.refused << RefusedStep{
                step, QStringLiteral("dangerous, never applied by m migrate: %1").arg(step.reason)};
        } else if (step.classification == StepClass::Warning && !force) {
            report.refused << RefusedStep{
                step, QStringLiteral("warning, applied only with --force: %1").arg(step.reason)};
        } else {
            accepted << step;
            continue;
        }
        refusedTables.insert(step.table);
    }

    if (auto off = dialect.beginSchemaChange(*db); !off)
        return fail(off.error());
    auto ran = ApplyRun(*db, dialect, report).run(plan, accepted, refusedTables);
    auto on = dialect.endSchemaChange(*db);
    if (!ran)
        return fail(ran.error());
    if (!on)
        return fail(on.error());
    return report;
}

Result<QList<MigrationHistoryEntry>> Migrator::history()
{
    auto db = m_pool.connection();
    if (!db)
        return fail(db.error());
    const Dialect &dialect = m_pool.dialect();
    auto live = loadLive(*db, dialect);
    if (!live)
        return fail(live.error());
    QList<MigrationHistoryEntry> entries;
    if (!live->internal.contains(historyTable()))
        return entries;
    auto query =
        execSql(*db, dialect,
                QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                    .arg(dialect.quote(historyTable()), dialect.quote(QStringLiteral("name"))));
    if (!query)
        return fail(query.error());
    while (query->next()) {
        MigrationHistoryEntry entry;
        entry.id = query->value(0).toString();
        entry.appliedAt = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs);
        entry.forced = query->value(2).toInt() != 0;
        entry.steps = QJsonDocument::fromJson(query->value(3).toString().toUtf8()).array();
        entry.refused = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).array();
        entries << entry;
    }
    return entries;
}

} // namespace fm::core
