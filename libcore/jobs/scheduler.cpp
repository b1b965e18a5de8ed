// SPDX-License-Identifier: MIT
#include "jobs/scheduler.h"

#include "data/controllerregistry.h"
#include "data/fieldvalidator.h"
#include "db/connectionpool.h"
#include "db/dialect.h"
#include "db/statement.h"
#include "db/transaction.h"
#include "jobs/cronexpression.h"
#include "jobs/jobqueue.h"
#include "jobs/jobsql.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>

namespace fm::core {

namespace {

QString stamp(const QDateTime &time)
{
    return FieldValidator::canonicalDatetime(time);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// One Scheduled Job row as the scheduler reads it.
struct Row
{
    QString name;
    QString job;
    QString cron;
    QString timeZone;
    QString args;
    QString nextRun;
};

// The next run of `cron` in `zone` after `now`, as stored; an error names what is broken.
Result<QString> nextRun(const QString &cron, const QString &zone, const QDateTime &now)
{
    auto parsed = CronExpression::parse(cron);
    if (!parsed)
        return fail(parsed.error());
    const QTimeZone tz(zone.isEmpty() ? QByteArray("UTC") : zone.toUtf8());
    if (!tz.isValid()) {
        return fail(ErrorCode::Validation,
                    QStringLiteral("\"%1\" is not a known time zone; use an IANA name such as "
                                   "UTC or Europe/Berlin")
                        .arg(zone));
    }
    const auto next = parsed->next(now, tz);
    if (!next)
        return fail(ErrorCode::Validation,
                    QStringLiteral("cron expression \"%1\" has no next run").arg(cron));
    return stamp(*next);
}

} // namespace

struct Scheduler::Private
{
    Private(ConnectionPool &p, const ControllerRegistry &r)
        : pool(p)
        , registry(r)
        , queue(p, r)
    {
        const Dialect &d = p.dialect();
        auto q = [&d](const char *column) {
            return d.quote(QLatin1String(column));
        };
        const QString table = d.quote(QStringLiteral("scheduled_job"));
        const QString live = q("deleted_at") + QStringLiteral(" IS NULL");
        const QString columns =
            QStringList{q("name"), q("job"), q("cron"), q("time_zone"), q("args"), q("next_run")}
                .join(QStringLiteral(", "));
        selectOne =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1").arg(columns, table, q("name"));
        // Enabled and due, or enabled and never given a next run (a row added by hand).
        // The dialect spells "true" (1 on SQLite, TRUE for PostgreSQL's boolean).
        const QString yes = d.literal(true);
        const QString due = QStringLiteral("%1 = %4 AND %2 AND (%3 IS NULL OR %3 <= ?1)")
                                .arg(q("enabled"), live, q("next_run"), yes);
        anyDue = QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1").arg(table, due);
        selectDue = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                        .arg(columns, table, due, q("next_run"));
        insert = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, "
                                "%13) VALUES (?1, ?2, ?3, ?3, ?2, ?1, ?4, ?5, ?6, %14, ?7, ?8)")
                     .arg(table, q("name"), q("owner"), q("creation"), q("modified"),
                          q("modified_by"), q("schedule_name"), q("job"), q("cron"))
                     .arg(q("time_zone"), q("enabled"), q("args"), q("next_run"), yes);
        update = QStringLiteral("UPDATE %1 SET %2 = ?2, %3 = ?3, %4 = ?4, %5 = ?5, %6 = ?6, %7 = "
                                "?7, %8 = %8 + 1 WHERE %9 = ?1")
                     .arg(table, q("job"), q("cron"), q("time_zone"), q("args"), q("next_run"),
                          q("modified"), q("_version"), q("name"));
        // The claim of one due time: it lands only while next_run is still what this
        // tick read, so of several schedulers ticking at once exactly one moves it.
        claim = QStringLiteral("UPDATE %1 SET %2 = ?2, %3 = ?3, %4 = ?3, %5 = %5 + 1 WHERE %6 = "
                               "?1 AND %7 = %9 AND %8 AND %2 IS NOT DISTINCT FROM ?4")
                    .arg(table, q("next_run"), q("last_run"), q("modified"), q("_version"),
                         q("name"), q("enabled"), live, yes);
        setLastJob = QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE %3 = ?1")
                         .arg(table, q("last_job"), q("name"));
    }

    Result<Statement *> run(const QString &text, const QVariantList &values)
    {
        return detail::runSql(pool, QStringLiteral("Scheduled Job"), text, values);
    }

    Result<qint64> change(const QString &text, const QVariantList &values)
    {
        return detail::changeSql(pool, QStringLiteral("Scheduled Job"), text, values);
    }

    Result<QList<Row>> rows(const QString &text, const QVariantList &values)
    {
        auto statement = run(text, values);
        if (!statement)
            return fail(statement.error());
        QList<Row> rows;
        while ((*statement)->next()) {
            Statement &s = **statement;
            rows << Row{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(),
                        s.value(3).toString(), s.value(4).toString(), s.value(5).toString()};
        }
        (*statement)->finish();
        return rows;
    }

    Result<Transaction> begin()
    {
        auto db = pool.connection();
        if (!db)
            return fail(db.error());
        return Transaction::begin(*db, pool.dialect(), Transaction::Mode::Write);
    }

    // Says `what` about `row` once per process, not on every tick.
    void warnOnce(const Row &row, const QString &what)
    {
        QMutexLocker lock(&mutex);
        const QString key = row.name + QLatin1Char('\n') + what;
        if (warned.contains(key))
            return;
        warned.insert(key);
        qWarning().noquote()
            << QStringLiteral("scheduler: schedule \"%1\" skipped: %2").arg(row.name, what);
    }

    Result<bool> runDue(const Row &row, const QDateTime &now);

    ConnectionPool &pool;
    const ControllerRegistry &registry;
    JobQueue queue;
    QString selectOne, anyDue, selectDue, insert, update, claim, setLastJob;
    QMutex mutex;
    QSet<QString> warned;
};

// Inside the tick's write transaction: claims the row's due time, then enqueues.
Result<bool> Scheduler::Private::runDue(const Row &row, const QDateTime &now)
{
    if (!registry.job(row.job)) {
        // Another worker, with the app's plugin loaded, will run it.
        warnOnce(row, QStringLiteral("job \"%1\" is not registered in this process").arg(row.job));
        return false;
    }
    auto next = nextRun(row.cron, row.timeZone, now);
    if (!next) {
        warnOnce(row, next.error().message() +
                          QStringLiteral(" (fix the row's cron or time zone in the Desk)"));
        return false;
    }
    const QVariant expected = row.nextRun.isEmpty() ? QVariant() : QVariant(row.nextRun);
    auto claimed = change(claim, {row.name, *next, stamp(now), expected});
    if (!claimed)
        return fail(claimed.error());
    if (*claimed == 0)
        return false; // another scheduler took this due time
    if (row.nextRun.isEmpty())
        return false; // first sight of a row added by hand: scheduled from now on
    JobRequest request;
    request.job = row.job;
    request.args = jsonObject(row.args);
    request.uniqueKey = QStringLiteral("schedule:") + row.name;
    // No user asked for this run: it runs as the system principal, recorded as
    // Administrator (ADR 0223, 0226), so it does not depend on any user account.
    request.asSystem = true;
    auto enqueued = queue.enqueue(request);
    if (!enqueued) {
        Error error = enqueued.error();
        return fail(
            error.withContext(QStringLiteral("enqueueing scheduled job \"%1\"").arg(row.name)));
    }
    if (auto set = change(setLastJob, {row.name, enqueued->job.id}); !set)
        return fail(set.error());
    return enqueued->created;
}

Scheduler::Scheduler(ConnectionPool &pool, const ControllerRegistry &registry)
    : d(std::make_unique<Private>(pool, registry))
{}

Scheduler::~Scheduler() = default;

Result<Scheduler::Synced> Scheduler::sync(const QDateTime &now)
{
    Synced synced;
    const QList<ScheduleDefinition> schedules = d->registry.schedules();
    if (schedules.isEmpty())
        return synced;
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    for (const ScheduleDefinition &schedule : schedules) {
        auto next = nextRun(schedule.cron, schedule.timeZone, now);
        if (!next)
            return fail(next.error()); // registerSchedule checked it: not reached
        auto existing = d->rows(d->selectOne, {schedule.name});
        if (!existing)
            return fail(existing.error());
        const QString args = jsonText(schedule.args);
        if (existing->isEmpty()) {
            if (auto ok = d->change(d->insert,
                                    {schedule.name, QStringLiteral("Administrator"), stamp(now),
                                     schedule.job, schedule.cron, schedule.timeZone, args, *next});
                !ok)
                return fail(ok.error());
            ++synced.created;
            continue;
        }
        const Row &row = existing->first();
        if (row.job == schedule.job && row.cron == schedule.cron &&
            row.timeZone == schedule.timeZone && jsonObject(row.args) == schedule.args)
            continue;
        if (auto ok = d->change(d->update, {schedule.name, schedule.job, schedule.cron,
                                            schedule.timeZone, args, *next, stamp(now)});
            !ok)
            return fail(ok.error());
        ++synced.updated;
    }
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return synced;
}

Result<int> Scheduler::tick(const QDateTime &now)
{
    // A plain read first: most ticks find nothing due and take no write lock.
    {
        auto statement = d->run(d->anyDue, {stamp(now)});
        if (!statement)
            return fail(statement.error());
        const bool due = (*statement)->next();
        (*statement)->finish();
        if (!due)
            return 0;
    }
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    auto due = d->rows(d->selectDue, {stamp(now)});
    if (!due)
        return fail(due.error());
    int enqueued = 0;
    for (const Row &row : std::as_const(*due)) {
        auto ran = d->runDue(row, now);
        if (!ran)
            return fail(ran.error()); // the transaction rolls back: nothing half done
        if (*ran)
            ++enqueued;
    }
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return enqueued;
}

} // namespace fm::core
