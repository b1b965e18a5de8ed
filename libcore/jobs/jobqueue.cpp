// SPDX-License-Identifier: MIT
#include "jobs/jobqueue.h"

#include "data/controllerregistry.h"
#include "data/fieldvalidator.h"
#include "data/uuid7.h"
#include "db/connectionpool.h"
#include "db/transaction.h"
#include "jobs/jobsql.h"

#include <QCoreApplication>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace fm::core {

namespace {

struct JobqueueTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::JobQueue)
};

using detail::JobSql;

constexpr std::chrono::seconds kMaxBackoff{60 * 60};

QString stamp(const QDateTime &time)
{
    return FieldValidator::canonicalDatetime(time);
}

QString nowText()
{
    return stamp(QDateTime::currentDateTimeUtc());
}

QString inText(std::chrono::milliseconds from)
{
    return stamp(QDateTime::currentDateTimeUtc().addMSecs(from.count()));
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

Error notFound(const QString &id)
{
    return Error(
        ErrorCode::NotFound,
        JobqueueTr::tr("there is no job \"%1\"; `m job list` shows the site's jobs").arg(id));
}

FieldError fieldError(const QString &field, const QString &message)
{
    return FieldError{field, QStringLiteral("invalid"), message};
}

} // namespace

struct JobQueue::Private
{
    Private(ConnectionPool &p, const ControllerRegistry &r)
        : pool(p)
        , registry(r)
        , sql(p.dialect())
    {}

    // Runs `sql` with `values` on this thread's connection; the statement, positioned
    // on its first row when there is one.
    Result<Statement *> run(const QString &text, const QVariantList &values)
    {
        return detail::runSql(pool, detail::kJobLogDocType, text, values);
    }

    // How many rows `text` changed.
    Result<qint64> change(const QString &text, const QVariantList &values)
    {
        return detail::changeSql(pool, detail::kJobLogDocType, text, values);
    }

    // The job a statement returned, if any.
    Result<std::optional<Job>> one(const QString &text, const QVariantList &values)
    {
        auto statement = run(text, values);
        if (!statement)
            return fail(statement.error());
        std::optional<Job> job;
        if ((*statement)->next())
            job = detail::readJob(**statement);
        (*statement)->finish();
        return job;
    }

    Result<Transaction> begin()
    {
        auto db = pool.connection();
        if (!db)
            return fail(db.error());
        return Transaction::begin(*db, pool.dialect(), Transaction::Mode::Write);
    }

    Result<void> check(const JobRequest &request, const JobDefinition &definition) const;

    ConnectionPool &pool;
    const ControllerRegistry &registry;
    JobSql sql;
};

Result<void> JobQueue::Private::check(const JobRequest &request,
                                      const JobDefinition &definition) const
{
    static const QRegularExpression queueName(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    QList<FieldError> errors;
    if (!request.queue.isEmpty() && !queueName.match(request.queue).hasMatch()) {
        errors << fieldError(QStringLiteral("queue"),
                             JobqueueTr::tr("a queue name is 1 to 64 letters, digits, '_', '.' "
                                            "or '-'"));
    }
    if (request.timeoutSeconds && *request.timeoutSeconds < 1)
        errors << fieldError(QStringLiteral("timeout"),
                             JobqueueTr::tr("the timeout is a number of seconds, at least 1"));
    if (request.maxRetries && *request.maxRetries < 0)
        errors << fieldError(QStringLiteral("max_retries"),
                             JobqueueTr::tr("retries are a count, 0 or more"));
    if (request.retryBackoffSeconds && *request.retryBackoffSeconds < 0)
        errors << fieldError(QStringLiteral("retry_backoff"),
                             JobqueueTr::tr("the backoff is a number of seconds, 0 or more"));
    if (request.user.isEmpty())
        errors << fieldError(QStringLiteral("user"),
                             JobqueueTr::tr("a job needs the user who enqueues it"));
    if (request.uniqueKey.size() > 255)
        errors << fieldError(QStringLiteral("unique_key"),
                             JobqueueTr::tr("a unique key has at most 255 characters"));
    if (!errors.isEmpty()) {
        return fail(
            ErrorCode::Validation,
            JobqueueTr::tr("job \"%1\" was not enqueued: its options are invalid").arg(request.job),
            errors);
    }
    if (definition.checkArgs) {
        if (auto ok = definition.checkArgs(request.args); !ok) {
            Error error = ok.error();
            return fail(ErrorCode::Validation,
                        JobqueueTr::tr("job \"%1\" was not enqueued: its arguments are invalid: "
                                       "%2")
                            .arg(request.job, error.message()),
                        error.fields());
        }
    }
    return {};
}

JobQueue::JobQueue(ConnectionPool &pool, const ControllerRegistry &registry)
    : d(std::make_unique<Private>(pool, registry))
{}

JobQueue::~JobQueue() = default;

Result<JobQueue::Enqueued> JobQueue::enqueue(const JobRequest &request)
{
    const JobDefinition *definition = d->registry.job(request.job);
    if (!definition) {
        const QStringList known = d->registry.jobNames();
        return fail(
            ErrorCode::NotFound,
            known.isEmpty()
                ? JobqueueTr::tr("job \"%1\" is not registered; no job is registered (an app "
                                 "registers its jobs from its plugin with "
                                 "ControllerRegistry::registerJob)")
                      .arg(request.job)
                : JobqueueTr::tr("job \"%1\" is not registered; registered jobs: %2 (an app "
                                 "registers its jobs from its plugin with "
                                 "ControllerRegistry::registerJob)")
                      .arg(request.job, known.join(QStringLiteral(", "))));
    }
    if (auto ok = d->check(request, *definition); !ok)
        return fail(ok.error());

    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    // Under the write lock, so a concurrent enqueue of the same key waits for this one.
    if (!request.uniqueKey.isEmpty()) {
        auto active = d->run(d->sql.findActive, {request.uniqueKey});
        if (!active)
            return fail(active.error());
        const QString existing = (*active)->next() ? (*active)->value(0).toString() : QString();
        (*active)->finish();
        if (!existing.isEmpty()) {
            auto job = get(existing);
            if (!job)
                return fail(job.error());
            if (auto done = tx->commit(); !done)
                return fail(done.error());
            return Enqueued{*job, false};
        }
    }
    const QString id = createUuidV7();
    const QString now = nowText();
    const QString runAs = request.runAs.isEmpty() ? request.user : request.runAs;
    const QString runAt = request.runAt.isValid()
                              ? stamp(std::max(request.runAt, QDateTime::currentDateTimeUtc()))
                              : now;
    const QVariantList values{id,
                              request.user,
                              now,
                              now,
                              request.user,
                              request.job,
                              jobStatusName(JobStatus::Queued),
                              request.queue.isEmpty() ? definition->queue : request.queue,
                              request.priority,
                              jsonText(request.args),
                              runAs,
                              request.asSystem ? 1 : 0,
                              request.uniqueKey.isEmpty() ? QVariant() : request.uniqueKey,
                              runAt,
                              request.timeoutSeconds.value_or(definition->timeoutSeconds),
                              request.maxRetries.value_or(definition->maxRetries),
                              request.retryBackoffSeconds.value_or(definition->retryBackoffSeconds),
                              0};
    if (auto inserted = d->change(d->sql.insert, values); !inserted)
        return fail(inserted.error());
    auto job = get(id);
    if (!job)
        return fail(job.error());
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    if (request.asSystem) {
        qInfo().noquote() << QStringLiteral("jobs: %1 enqueued %2 (%3) to run as the system "
                                            "principal")
                                 .arg(request.user, request.job, id);
    }
    return Enqueued{*job, true};
}

Result<Job> JobQueue::get(const QString &id)
{
    auto job = d->one(d->sql.select, {id});
    if (!job)
        return fail(job.error());
    if (!*job)
        return fail(notFound(id));
    return **job;
}

Result<QList<Job>> JobQueue::list(const JobListQuery &query)
{
    QVariantList values;
    if (query.status)
        values << jobStatusName(*query.status);
    if (!query.queue.isEmpty())
        values << query.queue;
    if (!query.job.isEmpty())
        values << query.job;
    values << qint64(query.limit < 0 ? -1 : query.limit) << qint64(std::max(0, query.offset));
    auto statement = d->run(
        d->sql.list(query.status.has_value(), !query.queue.isEmpty(), !query.job.isEmpty(), false),
        values);
    if (!statement)
        return fail(statement.error());
    QList<Job> jobs;
    while ((*statement)->next())
        jobs << detail::readJob(**statement);
    (*statement)->finish();
    return jobs;
}

Result<qint64> JobQueue::count(const JobListQuery &query)
{
    QVariantList values;
    if (query.status)
        values << jobStatusName(*query.status);
    if (!query.queue.isEmpty())
        values << query.queue;
    if (!query.job.isEmpty())
        values << query.job;
    auto statement = d->run(
        d->sql.list(query.status.has_value(), !query.queue.isEmpty(), !query.job.isEmpty(), true),
        values);
    if (!statement)
        return fail(statement.error());
    const qint64 total = (*statement)->next() ? (*statement)->value(0).toLongLong() : 0;
    (*statement)->finish();
    return total;
}

Result<Job> JobQueue::cancel(const QString &id, const QString &user)
{
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    auto job = get(id);
    if (!job)
        return fail(job.error());
    if (!job->isActive()) {
        // One sentence per state, so that a language can word each.
        const QString message =
            job->status == JobStatus::Succeeded
                ? JobqueueTr::tr(
                      "job %1 (%2) has already succeeded; only a queued or running job can be "
                      "cancelled")
            : job->status == JobStatus::Failed
                ? JobqueueTr::tr(
                      "job %1 (%2) has already failed; only a queued or running job can be "
                      "cancelled (retry it to run it again)")
                : JobqueueTr::tr(
                      "job %1 (%2) has already been cancelled; only a queued or running job "
                      "can be cancelled (retry it to run it again)");
        return fail(ErrorCode::InvalidState, message.arg(id, job->job));
    }
    if (auto changed = d->change(d->sql.cancel, {nowText(), user, id}); !changed)
        return fail(changed.error());
    auto cancelled = get(id);
    if (!cancelled)
        return fail(cancelled.error());
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return *cancelled;
}

Result<Job> JobQueue::retry(const QString &id, const QString &user)
{
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    auto job = get(id);
    if (!job)
        return fail(job.error());
    if (job->status != JobStatus::Failed && job->status != JobStatus::Cancelled) {
        return fail(ErrorCode::InvalidState,
                    JobqueueTr::tr("job %1 (%2) is %3; only a failed or cancelled job can be "
                                   "retried")
                        .arg(id, job->job, jobStatusName(job->status).toLower()));
    }
    if (auto changed = d->change(d->sql.retry, {nowText(), user, id}); !changed)
        return fail(changed.error());
    auto queued = get(id);
    if (!queued)
        return fail(queued.error());
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return *queued;
}

Result<std::optional<Job>> JobQueue::claim(const QString &worker, const QStringList &queues,
                                           std::chrono::milliseconds lease)
{
    QVariantList values{worker, inText(lease), nowText()};
    for (const QString &queue : queues)
        values << queue;
    // An idle worker looks with a plain read first, so it does not take the write lock
    // (and hold up the site's writers) several times a second for nothing.
    auto due = d->run(d->sql.anyDue(int(queues.size())), values);
    if (!due)
        return fail(due.error());
    const bool anything = (*due)->next();
    (*due)->finish();
    if (!anything)
        return std::optional<Job>();
    // BEGIN IMMEDIATE first: in WAL mode a statement that starts reading and then writes
    // fails at once (no busy wait) when another connection committed in between.
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    auto job = d->one(d->sql.claim(int(queues.size())), values);
    if (!job)
        return fail(job.error());
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return *job;
}

Result<std::optional<Job>> JobQueue::claimJob(const QString &id, const QString &worker,
                                              std::chrono::milliseconds lease)
{
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    auto job = d->one(d->sql.claimById, {worker, inText(lease), nowText(), id});
    if (!job)
        return fail(job.error());
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return *job;
}

Result<Job> JobQueue::enqueueClaimed(const JobRequest &request, const QString &worker,
                                     std::chrono::milliseconds lease)
{
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    auto enqueued = enqueue(request); // joins this transaction (a savepoint)
    if (!enqueued)
        return fail(enqueued.error());
    if (!enqueued->created) {
        return fail(ErrorCode::InvalidState,
                    JobqueueTr::tr("job %1 with unique key \"%2\" is already %3; wait for it or "
                                   "cancel it first")
                        .arg(enqueued->job.id, request.uniqueKey,
                             jobStatusName(enqueued->job.status).toLower()));
    }
    auto claimed = claimJob(enqueued->job.id, worker, lease);
    if (!claimed)
        return fail(claimed.error());
    if (!*claimed)
        return fail(ErrorCode::Internal,
                    JobqueueTr::tr("a job just enqueued could not be claimed"));
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return **claimed;
}

Result<bool> JobQueue::renew(const Job &job, std::chrono::milliseconds lease)
{
    auto changed = d->change(d->sql.renew, {inText(lease), job.id, job.worker, job.attempts});
    if (!changed)
        return fail(changed.error());
    return *changed == 1;
}

Result<bool> JobQueue::succeed(const Job &job, const QJsonValue &result)
{
    auto changed =
        d->change(d->sql.succeed, {jsonText(result), nowText(), job.id, job.worker, job.attempts});
    if (!changed)
        return fail(changed.error());
    return *changed == 1;
}

Result<bool> JobQueue::failAttempt(Job &job, const QString &error, bool retryable)
{
    const QString now = nowText();
    const bool again = retryable && job.attempts <= job.maxRetries;
    QVariant runAt;
    QVariant finishedAt;
    if (again) {
        runAt = stamp(QDateTime::currentDateTimeUtc().addSecs(
            backoff(job.retryBackoffSeconds, job.attempts).count()));
    } else {
        finishedAt = now;
    }
    const JobStatus status = again ? JobStatus::Queued : JobStatus::Failed;
    auto changed = d->change(d->sql.failed, {jobStatusName(status), error, runAt, now, finishedAt,
                                             job.id, job.worker, job.attempts});
    if (!changed)
        return fail(changed.error());
    if (*changed != 1)
        return false;
    job.status = status;
    job.error = error;
    if (again)
        job.runAt = runAt.toString();
    return true;
}

Result<bool> JobQueue::release(const Job &job, const QString &why)
{
    auto changed = d->change(d->sql.release, {why, nowText(), job.id, job.worker, job.attempts});
    if (!changed)
        return fail(changed.error());
    return *changed == 1;
}

Result<qint64> JobQueue::requeueExpired()
{
    auto tx = d->begin();
    if (!tx)
        return fail(tx.error());
    const QString now = nowText();
    auto failed = d->change(d->sql.reapFailed, {now});
    if (!failed)
        return fail(failed.error());
    auto queued = d->change(d->sql.reapQueued, {now});
    if (!queued)
        return fail(queued.error());
    if (auto done = tx->commit(); !done)
        return fail(done.error());
    return *failed + *queued;
}

std::chrono::seconds JobQueue::backoff(int baseSeconds, int attempt)
{
    if (baseSeconds <= 0)
        return std::chrono::seconds(0);
    const int doublings = std::clamp(attempt - 1, 0, 20);
    const qint64 wait = qint64(baseSeconds) << doublings;
    return std::min(std::chrono::seconds(wait), kMaxBackoff);
}

} // namespace fm::core
