// SPDX-License-Identifier: MIT
#include "jobs/jobsql.h"

#include "db/connectionpool.h"
#include "db/dialect.h"
#include "db/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fm::core::detail {

namespace {

Error missingTable(const QString &table, const Error &error)
{
    if (!error.details().contains(QStringLiteral("missing_table")))
        return error;
    return Error(ErrorCode::Database,
                 QStringLiteral("the %1 table is missing (%2); run `m migrate` to create it")
                     .arg(table, error.message()));
}

} // namespace

Result<Statement *> runSql(ConnectionPool &pool, const QString &table, const QString &text,
                           const QVariantList &values)
{
    auto statement = pool.statement(text);
    if (!statement)
        return fail(missingTable(table, statement.error()));
    if (auto ok = (*statement)->exec(values); !ok)
        return fail(missingTable(table, ok.error()));
    return *statement;
}

Result<qint64> changeSql(ConnectionPool &pool, const QString &table, const QString &text,
                         const QVariantList &values)
{
    auto statement = runSql(pool, table, text, values);
    if (!statement)
        return fail(statement.error());
    const qint64 changed = (*statement)->rowsAffected();
    (*statement)->finish();
    return changed;
}

namespace {

// The order readJob() reads them in.
const QStringList &selectedColumns()
{
    static const QStringList columns{
        "name",          "job",       "status",     "queue",         "priority",   "args",
        "run_as",        "as_system", "unique_key", "run_at",        "timeout",    "max_retries",
        "retry_backoff", "attempts",  "worker",     "lease_expires", "started_at", "finished_at",
        "error",         "result",    "owner",      "creation",      "modified"};
    return columns;
}

QString quotedList(const Dialect &dialect, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << dialect.quote(column);
    return quoted.join(QStringLiteral(", "));
}

QString placeholders(int from, int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?%1").arg(from + i);
    return marks.join(QStringLiteral(", "));
}

QJsonValue jsonFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().at(0);
}

} // namespace

JobSql::JobSql(const Dialect &d)
    : columns(quotedList(d, selectedColumns()))
    , table(d.quote(kJobLogTable))
    , dialect(d)
{
    auto q = [&d](const char *column) {
        return d.quote(QLatin1String(column));
    };
    const QStringList inserted{
        "name",       "owner",  "creation", "modified",    "modified_by",   "job",
        "status",     "queue",  "priority", "args",        "run_as",        "as_system",
        "unique_key", "run_at", "timeout",  "max_retries", "retry_backoff", "attempts"};
    insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                 .arg(table, quotedList(d, inserted), placeholders(1, int(inserted.size())));
    const QString live = q("deleted_at") + QStringLiteral(" IS NULL");
    findActive = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1 AND %4 IN ('Queued', 'Running') "
                                "AND %5 LIMIT 1")
                     .arg(q("name"), table, q("unique_key"), q("status"), live);
    select = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1 AND %4")
                 .arg(columns, table, q("name"), live);
    // The claim itself: status, worker, lease and attempt in one statement.
    const QString take = QStringLiteral("UPDATE %1 SET %2 = 'Running', %3 = ?1, %4 = ?2, %5 = ?3, "
                                        "%6 = ?3, %7 = %7 + 1 WHERE %8 = ")
                             .arg(table, q("status"), q("worker"), q("lease_expires"),
                                  q("started_at"), q("modified"), q("attempts"), q("name"));
    claimById =
        take +
        QStringLiteral("?4 AND %1 = 'Queued' AND %2 RETURNING %3").arg(q("status"), live, columns);
    // A finishing write only lands while this worker still holds this attempt: a job
    // cancelled, or re-queued after its lease expired, is not overwritten.
    const QString held = QStringLiteral("%1 = 'Running' AND %2 = ?%4 AND %3 = ?%5")
                             .arg(q("status"), q("worker"), q("attempts"));
    renew = QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE %3 = ?2 AND ")
                .arg(table, q("lease_expires"), q("name")) +
            held.arg(3).arg(4);
    succeed = QStringLiteral("UPDATE %1 SET %2 = 'Succeeded', %3 = ?1, %4 = ?2, %5 = ?2, "
                             "%6 = NULL, %7 = NULL WHERE %8 = ?3 AND ")
                  .arg(table, q("status"), q("result"), q("finished_at"), q("modified"),
                       q("lease_expires"), q("error"), q("name")) +
              held.arg(4).arg(5);
    failed = QStringLiteral("UPDATE %1 SET %2 = ?1, %3 = ?2, %4 = COALESCE(?3, %4), %5 = ?4, "
                            "%6 = ?5, %7 = NULL WHERE %8 = ?6 AND ")
                 .arg(table, q("status"), q("error"), q("run_at"), q("modified"), q("finished_at"),
                      q("lease_expires"), q("name")) +
             held.arg(7).arg(8);
    release = QStringLiteral("UPDATE %1 SET %2 = 'Queued', %3 = ?1, %4 = ?2, %5 = NULL, "
                             "%6 = %6 - 1 WHERE %7 = ?3 AND ")
                  .arg(table, q("status"), q("error"), q("modified"), q("lease_expires"),
                       q("attempts"), q("name")) +
              held.arg(4).arg(5);
    const QString expired = QStringLiteral("%1 = 'Running' AND %2 < ?1 AND %3")
                                .arg(q("status"), q("lease_expires"), live);
    reapFailed =
        QStringLiteral("UPDATE %1 SET %2 = 'Failed', %3 = ?1, %4 = ?1, %5 = NULL, %6 = 'the "
                       "worker ' || COALESCE(%7, '?') || ' stopped renewing its lease (killed, "
                       "or the job ran past its timeout) on the last allowed attempt' WHERE ")
            .arg(table, q("status"), q("finished_at"), q("modified"), q("lease_expires"),
                 q("error"), q("worker")) +
        expired + QStringLiteral(" AND %1 > %2").arg(q("attempts"), q("max_retries"));
    reapQueued =
        QStringLiteral("UPDATE %1 SET %2 = 'Queued', %3 = ?1, %4 = ?1, %5 = NULL, %6 = 'the "
                       "worker ' || COALESCE(%7, '?') || ' stopped renewing its lease (killed, "
                       "or the job ran past its timeout); queued again' WHERE ")
            .arg(table, q("status"), q("run_at"), q("modified"), q("lease_expires"), q("error"),
                 q("worker")) +
        expired;
    cancel = QStringLiteral("UPDATE %1 SET %2 = 'Cancelled', %3 = ?1, %4 = ?1, %5 = ?2, %6 = NULL "
                            "WHERE %7 = ?3 AND %2 IN ('Queued', 'Running') AND %8")
                 .arg(table, q("status"), q("finished_at"), q("modified"), q("modified_by"),
                      q("lease_expires"), q("name"), live);
    retry = QStringLiteral("UPDATE %1 SET %2 = 'Queued', %3 = ?1, %4 = ?1, %5 = ?2, %6 = 0, "
                           "%7 = NULL, %8 = NULL, %9 = NULL WHERE %10 = ?3 AND %2 IN ('Failed', "
                           "'Cancelled') AND ")
                .arg(table, q("status"), q("run_at"), q("modified"), q("modified_by"),
                     q("attempts"), q("finished_at"), q("error"), q("result"))
                .arg(q("name")) +
            live;
}

QString JobSql::due(int queueCount) const
{
    auto q = [this](const char *column) {
        return dialect.quote(QLatin1String(column));
    };
    QString due = QStringLiteral("%1 = 'Queued' AND %2 <= ?3 AND %3 IS NULL")
                      .arg(q("status"), q("run_at"), q("deleted_at"));
    if (queueCount > 0)
        due += QStringLiteral(" AND %1 IN (%2)").arg(q("queue"), placeholders(4, queueCount));
    return due;
}

QString JobSql::anyDue(int queueCount) const
{
    return QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1").arg(table, due(queueCount));
}

QString JobSql::claim(int queueCount) const
{
    auto q = [this](const char *column) {
        return dialect.quote(QLatin1String(column));
    };
    // Due, live, in the worker's queues. Two steps so both use the index (status,
    // priority, run_at): the highest priority due, then the longest due within it; one
    // ORDER BY priority DESC, run_at would sort every queued row on each claim.
    const QString next =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4 = (SELECT %4 FROM %2 WHERE %3 ORDER "
                       "BY %4 DESC LIMIT 1) ORDER BY %5, %1 LIMIT 1%6")
            .arg(q("name"), table, due(queueCount), q("priority"), q("run_at"),
                 dialect.skipLocked());
    return QStringLiteral("UPDATE %1 SET %2 = 'Running', %3 = ?1, %4 = ?2, %5 = ?3, %6 = ?3, "
                          "%7 = %7 + 1 WHERE %8 = (%9) RETURNING %10")
        .arg(table, q("status"), q("worker"), q("lease_expires"), q("started_at"), q("modified"),
             q("attempts"), q("name"), next)
        .arg(columns);
}

QString JobSql::list(bool byStatus, bool byQueue, bool byJob, bool count) const
{
    QStringList where{dialect.quote(QStringLiteral("deleted_at")) + QStringLiteral(" IS NULL")};
    int next = 1;
    for (const auto &[set, column] :
         {std::pair{byStatus, "status"}, std::pair{byQueue, "queue"}, std::pair{byJob, "job"}}) {
        if (set)
            where
                << QStringLiteral("%1 = ?%2").arg(dialect.quote(QLatin1String(column))).arg(next++);
    }
    const QString filter = where.join(QStringLiteral(" AND "));
    if (count)
        return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, filter);
    return QStringLiteral(
               "SELECT %1 FROM %2 WHERE %3 ORDER BY %4 DESC, %5 DESC LIMIT ?%6 OFFSET ?%7")
        .arg(columns, table, filter, dialect.quote(QStringLiteral("creation")),
             dialect.quote(QStringLiteral("name")))
        .arg(next)
        .arg(next + 1);
}

Job readJob(const Statement &row)
{
    Job job;
    int c = 0;
    auto text = [&row, &c] {
        return row.value(c++).toString();
    };
    auto integer = [&row, &c] {
        return row.value(c++).toLongLong();
    };
    job.id = text();
    job.job = text();
    job.status = jobStatusFromName(text()).value_or(JobStatus::Queued);
    job.queue = text();
    job.priority = integer();
    job.args = jsonFromText(text()).toObject();
    job.runAs = text();
    job.asSystem = integer() != 0;
    job.uniqueKey = text();
    job.runAt = text();
    job.timeoutSeconds = int(integer());
    job.maxRetries = int(integer());
    job.retryBackoffSeconds = int(integer());
    job.attempts = int(integer());
    job.worker = text();
    job.leaseExpires = text();
    job.startedAt = text();
    job.finishedAt = text();
    job.error = text();
    job.result = jsonFromText(text());
    job.enqueuedBy = text();
    job.created = text();
    job.modified = text();
    return job;
}

} // namespace fm::core::detail
