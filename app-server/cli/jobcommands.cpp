// SPDX-License-Identifier: MIT
// `m job list|status|enqueue|run|cancel|retry`: the site's background jobs from the
// shell (docs/guide/jobs.md). The rules are fm::core::JobQueue's; `m job run` runs the
// job here, in this process, with the same runner as `m worker`.
#include "auth/userdirectory.h"
#include "cli/cliutil.h"
#include "jobs/jobqueue.h"
#include "jobs/jobrunner.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace fm::server {

namespace {

using fm::core::Job;
using fm::core::JobQueue;

constexpr int kDefaultLimit = 20;

void printJob(CommandContext &ctx, const Job &job)
{
    ctx.out << job.created << "  " << fm::core::jobStatusName(job.status).leftJustified(9) << "  "
            << job.job << "  " << job.id << "  " << Cli::tr("attempts %1").arg(job.attempts);
    if (!job.error.isEmpty())
        ctx.out << "  " << Cli::tr("error: %1").arg(job.error.section(u'\n', 0, 0).left(120));
    ctx.out << '\n';
}

int listJobs(QCommandLineParser &parser, CommandContext &ctx)
{
    fm::core::JobListQuery query;
    query.limit = kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1) {
            ctx.err << Cli::tr("error: --limit takes a whole number of at least 1, got \"%1\"")
                           .arg(parser.value(QStringLiteral("limit")))
                    << '\n';
            return kExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = fm::core::jobStatusFromName(parser.value(QStringLiteral("status")));
        if (!query.status) {
            ctx.err << Cli::tr("error: --status is one of Queued, Running, Succeeded, Failed, "
                               "Cancelled")
                    << '\n';
            return kExitUsage;
        }
    }
    query.queue = parser.value(QStringLiteral("queue"));
    query.job = parser.value(QStringLiteral("job"));
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    JobQueue queue(site->pool(), site->controllers());
    auto jobs = queue.list(query);
    if (!jobs)
        return reportError(ctx, jobs.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Job &job : std::as_const(*jobs))
            array.append(job.toJson());
        printJson(ctx, array);
        return kExitOk;
    }
    if (jobs->isEmpty()) {
        ctx.out << Cli::tr("No job on site \"%1\" matches.").arg(site->site().name) << '\n';
        return kExitOk;
    }
    for (const Job &job : std::as_const(*jobs))
        printJob(ctx, job);
    return kExitOk;
}

// The one positional argument (a job id or name); prints usage when missing.
QString oneArgument(QCommandLineParser &parser, CommandContext &ctx, const QString &usage)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        ctx.err << usage << '\n';
        return {};
    }
    return args.first();
}

int showJob(QCommandLineParser &parser, CommandContext &ctx, const Job &job)
{
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx, job.toJson());
        return kExitOk;
    }
    const QJsonObject json = job.toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().isNull())
            continue;
        QString value =
            it.value().isString() ? it.value().toString()
            : it.value().isObject()
                ? QString::fromUtf8(
                      QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                : QString::fromUtf8(
                      QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                      .chopped(1)
                      .mid(1);
        ctx.out << it.key().leftJustified(14) << value << '\n';
    }
    return kExitOk;
}

int jobStatus(QCommandLineParser &parser, CommandContext &ctx)
{
    const QString id =
        oneArgument(parser, ctx, Cli::tr("error: give one job id (m job list shows them)"));
    if (id.isEmpty())
        return kExitUsage;
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    auto job = JobQueue(site->pool(), site->controllers()).get(id);
    if (!job)
        return reportError(ctx, job.error());
    return showJob(parser, ctx, *job);
}

// Cancel and retry: the same shape, a different queue call.
int changeJob(QCommandLineParser &parser, CommandContext &ctx, bool cancel)
{
    const QString id =
        oneArgument(parser, ctx, Cli::tr("error: give one job id (m job list shows them)"));
    if (id.isEmpty())
        return kExitUsage;
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    JobQueue queue(site->pool(), site->controllers());
    const QString user = fm::core::Principal::kAdministrator;
    auto job = cancel ? queue.cancel(id, user) : queue.retry(id, user);
    if (!job)
        return reportError(ctx, job.error());
    ctx.out << Cli::tr("Job %1 (%2) is now %3.")
                   .arg(job->id, job->job, fm::core::jobStatusName(job->status))
            << '\n';
    return kExitOk;
}

// An integer option, when given.
bool intOption(QCommandLineParser &parser, CommandContext &ctx, const QString &name,
               std::optional<int> &target)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    target = parser.value(name).toInt(&ok);
    if (!ok) {
        ctx.err
            << Cli::tr("error: --%1 takes a whole number, got \"%2\"").arg(name, parser.value(name))
            << '\n';
        return false;
    }
    return true;
}

// The request `m job enqueue` and `m job run` describe; nullopt after a usage error.
std::optional<fm::core::JobRequest> requestFrom(QCommandLineParser &parser, CommandContext &ctx)
{
    fm::core::JobRequest request;
    request.job = oneArgument(
        parser, ctx, Cli::tr("error: give one job name (e.g. helpdesk.tickets.close_stale)"));
    if (request.job.isEmpty())
        return std::nullopt;
    if (parser.isSet(QStringLiteral("args"))) {
        QJsonParseError error;
        const QJsonDocument args =
            QJsonDocument::fromJson(parser.value(QStringLiteral("args")).toUtf8(), &error);
        if (!args.isObject()) {
            ctx.err << (error.error
                            ? Cli::tr("error: --args takes a JSON object, e.g. '{\"days\": 7}' "
                                      "(%1)")
                                  .arg(error.errorString())
                            : Cli::tr("error: --args takes a JSON object, e.g. '{\"days\": 7}'"))
                    << '\n';
            return std::nullopt;
        }
        request.args = args.object();
    }
    std::optional<int> priority;
    std::optional<int> delay;
    for (const auto &[name, target] : {std::pair{"priority", &priority}, std::pair{"delay", &delay},
                                       std::pair{"timeout", &request.timeoutSeconds},
                                       std::pair{"max-retries", &request.maxRetries},
                                       std::pair{"backoff", &request.retryBackoffSeconds}}) {
        if (!intOption(parser, ctx, QLatin1String(name), *target))
            return std::nullopt;
    }
    request.priority = priority.value_or(0);
    if (delay)
        request.runAt = QDateTime::currentDateTimeUtc().addSecs(*delay);
    request.queue = parser.value(QStringLiteral("queue"));
    request.uniqueKey = parser.value(QStringLiteral("unique-key"));
    request.runAs = parser.value(QStringLiteral("as"));
    request.asSystem = parser.isSet(QStringLiteral("system"));
    request.user = fm::core::Principal::kAdministrator;
    return request;
}

int enqueueJob(QCommandLineParser &parser, CommandContext &ctx)
{
    auto request = requestFrom(parser, ctx);
    if (!request)
        return kExitUsage;
    auto site = openSite(parser, ctx);
    if (!site)
        return kExitFailure;
    auto enqueued = JobQueue(site->pool(), site->controllers()).enqueue(*request);
    if (!enqueued)
        return reportError(ctx, enqueued.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx, enqueued->job.toJson());
        return kExitOk;
    }
    ctx.out << (enqueued->created ? Cli::tr("Queued job %1 (%2, queue %3).")
                                  : Cli::tr("Already active with this unique key: job %1 (%2, "
                                            "queue %3)."))
                   .arg(enqueued->job.id, enqueued->job.job, enqueued->job.queue)
            << '\n';
    return kExitOk;
}

int runJob(QCommandLineParser &parser, CommandContext &ctx)
{
    if (parser.isSet(QStringLiteral("delay"))) {
        ctx.err << Cli::tr("error: m job run runs the job now; use m job enqueue --delay to run "
                           "it later")
                << '\n';
        return kExitUsage;
    }
    auto request = requestFrom(parser, ctx);
    if (!request)
        return kExitUsage;
    auto site = openSite(parser, ctx);
    if (!site)
        return kExitFailure;
    JobQueue queue(site->pool(), site->controllers());
    const int timeout =
        request->timeoutSeconds.value_or(site->controllers().job(request->job)
                                             ? site->controllers().job(request->job)->timeoutSeconds
                                             : 300);
    // No heartbeat renews the lease here, so it covers the whole timeout.
    const auto lease = std::chrono::seconds(timeout) + std::chrono::minutes(1);
    const QString worker = QStringLiteral("m-job-run:%1").arg(QCoreApplication::applicationPid());
    auto claimed = queue.enqueueClaimed(*request, worker, lease);
    if (!claimed)
        return reportError(ctx, claimed.error());
    fm::core::PermissionEngine permissions(site->service());
    fm::core::DocumentAccess access(site->service(), permissions);
    fm::core::UserDirectory users(site->pool(), site->service());
    fm::core::JobRunner runner(queue, site->controllers(), access, users);
    const std::atomic<bool> stop{false};
    auto job = runner.run(*claimed, stop,
                          std::chrono::steady_clock::now() + std::chrono::seconds(timeout));
    if (!job)
        return reportError(ctx, job.error());
    const int shown = showJob(parser, ctx, *job);
    return job->status == fm::core::JobStatus::Succeeded ? shown : kExitFailure;
}

void addJobOptions(QCommandLineParser &parser)
{
    addSiteOptions(parser);
    parser.addPositionalArgument(QStringLiteral("job"), Cli::tr("The registered job, e.g. "
                                                                "helpdesk.tickets.close_stale."));
    parser.addOption({QStringLiteral("args"), Cli::tr("The job's arguments, a JSON object."),
                      QStringLiteral("json")});
    parser.addOption({QStringLiteral("as"),
                      Cli::tr("Run with this user's permissions (default: Administrator)."),
                      QStringLiteral("user")});
    parser.addOption(
        {QStringLiteral("system"), Cli::tr("Run as the system principal (full rights; logged).")});
    parser.addOption(
        {QStringLiteral("timeout"), Cli::tr("Seconds before it is stopped."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("max-retries"), Cli::tr("Retries after a failed attempt."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("backoff"),
                      Cli::tr("Seconds before the first retry (doubling after)."),
                      QStringLiteral("s")});
    parser.addOption({QStringLiteral("unique-key"),
                      Cli::tr("While a job with this key is queued or running, return it "
                              "instead of adding one."),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("queue"), Cli::tr("The queue (default: the job's)."),
                      QStringLiteral("queue")});
    parser.addOption({QStringLiteral("priority"), Cli::tr("Higher runs first (default 0)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("delay"),
                      Cli::tr("Seconds to wait before it is due (m job enqueue only)."),
                      QStringLiteral("s")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the job as JSON.")});
}

Command command(QStringList words, const QString &summary,
                std::function<void(QCommandLineParser &)> setup,
                std::function<int(QCommandLineParser &, CommandContext &)> run)
{
    Command c;
    c.words = std::move(words);
    c.summary = summary;
    c.setup = std::move(setup);
    c.run = std::move(run);
    return c;
}

} // namespace

QList<Command> jobCommands()
{
    const QString job = QStringLiteral("job");
    auto idOnly = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addPositionalArgument(QStringLiteral("id"), Cli::tr("The job's id."));
        parser.addOption({QStringLiteral("json"), Cli::tr("Print the job as JSON.")});
    };
    return {
        command(
            {job, QStringLiteral("list")}, Cli::tr("Show background jobs, newest first"),
            [](QCommandLineParser &parser) {
                addSiteOptions(parser);
                parser.addOption({QStringLiteral("status"),
                                  Cli::tr("Only Queued, Running, Succeeded, Failed "
                                          "or Cancelled jobs."),
                                  QStringLiteral("status")});
                parser.addOption({QStringLiteral("queue"), Cli::tr("Only this queue."),
                                  QStringLiteral("queue")});
                parser.addOption({QStringLiteral("job"), Cli::tr("Only this job function."),
                                  QStringLiteral("name")});
                parser.addOption({QStringLiteral("limit"),
                                  Cli::tr("How many (default %1).").arg(kDefaultLimit),
                                  QStringLiteral("n")});
                parser.addOption({QStringLiteral("json"), Cli::tr("Print the jobs as JSON.")});
            },
            listJobs),
        command({job, QStringLiteral("status")}, Cli::tr("Show one job"), idOnly, jobStatus),
        command({job, QStringLiteral("enqueue")},
                Cli::tr("Queue a job for a worker (m worker, m start --with-worker)"),
                addJobOptions, enqueueJob),
        command({job, QStringLiteral("run")},
                Cli::tr("Run a job now, in this process, recorded in the Job Log"), addJobOptions,
                runJob),
        command({job, QStringLiteral("cancel")}, Cli::tr("Cancel a queued or running job"), idOnly,
                [](QCommandLineParser &parser, CommandContext &ctx) {
                    return changeJob(parser, ctx, true);
                }),
        command({job, QStringLiteral("retry")}, Cli::tr("Queue a failed or cancelled job again"),
                idOnly,
                [](QCommandLineParser &parser, CommandContext &ctx) {
                    return changeJob(parser, ctx, false);
                }),
    };
}

} // namespace fm::server
