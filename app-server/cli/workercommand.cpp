// SPDX-License-Identifier: MIT
// `m worker`: runs background jobs of the site on threads of this process until SIGTERM
// or Ctrl+C (docs/guide/jobs.md). Any number of workers, on any machines that reach the
// site's database, share the queue: each job is claimed by one of them with a lease.
#include "cli/workercommand.h"

#include "cli/cliutil.h"
#include "cli/signalwatcher.h"

#include <QCoreApplication>

#include <cstdlib>

namespace fm::server {

std::optional<fm::core::JobWorkerOptions> workerOptions(const QCommandLineParser &parser,
                                                        CommandContext &ctx)
{
    fm::core::JobWorkerOptions options;
    for (const QString &queue :
         parser.value(QStringLiteral("queues")).split(u',', Qt::SkipEmptyParts))
        options.queues << queue.trimmed();
    struct IntFlag
    {
        const char *name;
        int min;
        int max;
        int *target;
    };
    int concurrency = options.concurrency;
    int leaseSeconds = int(options.lease.count() / 1000);
    int pollMs = int(options.poll.count());
    for (const IntFlag &flag : {IntFlag{"concurrency", 1, 64, &concurrency},
                                IntFlag{"lease-seconds", 1, 3600, &leaseSeconds},
                                IntFlag{"poll-ms", 10, 60000, &pollMs}}) {
        const QString name = QLatin1String(flag.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < flag.min || value > flag.max) {
            ctx.err << "error: --" << name << " takes a whole number from " << flag.min << " to "
                    << flag.max << ", got \"" << parser.value(name) << "\"\n";
            return std::nullopt;
        }
        *flag.target = value;
    }
    options.concurrency = concurrency;
    options.lease = std::chrono::seconds(leaseSeconds);
    options.poll = std::chrono::milliseconds(pollMs);
    return options;
}

void describeMail(fm::core::SiteContext &site, CommandContext &ctx)
{
    const fm::core::MailSettings &mail = site.mail();
    if (!mail.sends()) {
        ctx.out << "Mail: no SMTP server in site.json; queued mails stay in the mailbox.\n";
        return;
    }
    ctx.out << "Mail: sent through " << mail.smtp->host << ':' << mail.smtp->port << " as "
            << mail.from << ".\n";
    if (auto password = mail.smtp->password(); !password)
        ctx.err << "warning: mail: " << password.error().toText()
                << " (mails fail and are retried until this is fixed)\n";
}

void stopWorker(fm::core::JobWorker &worker, CommandContext &ctx, int exitCode, int graceSeconds)
{
    ctx.err << "Stopping the worker: letting " << worker.running() << " running job(s) finish "
            << "(up to " << graceSeconds << " s).\n";
    ctx.err.flush();
    const int released = worker.stop(std::chrono::seconds(graceSeconds));
    if (released > 0) {
        ctx.err << "warning: " << released
                << " job(s) did not finish in time; they were released to the queue and run "
                   "again elsewhere.\n";
        ctx.out.flush();
        ctx.err.flush();
        std::_Exit(exitCode);
    }
}

namespace {

int work(QCommandLineParser &parser, CommandContext &ctx)
{
    auto options = workerOptions(parser, ctx);
    if (!options)
        return kExitUsage;
    options->schedule = !parser.isSet(QStringLiteral("no-scheduler"));
    int grace = kWorkerGraceSeconds;
    if (parser.isSet(QStringLiteral("grace-seconds"))) {
        bool ok = false;
        grace = parser.value(QStringLiteral("grace-seconds")).toInt(&ok);
        if (!ok || grace < 0 || grace > 3600) {
            ctx.err << "error: --grace-seconds takes a whole number from 0 to 3600, got \""
                    << parser.value(QStringLiteral("grace-seconds")) << "\"\n";
            return kExitUsage;
        }
    }
    auto site = openSite(parser, ctx);
    if (!site)
        return kExitFailure;
    // As `m start` does for its threads: a pool too small for the job threads would fail
    // jobs at random, so it is refused here.
    const int poolSize = site->site().database.poolSize;
    const int needed = options->concurrency + 2;
    if (poolSize > 0 && poolSize < needed) {
        ctx.err << Cli::tr("error: --concurrency %1 needs %2 database connections (one per job "
                           "thread, one for the lease heartbeat and the scheduler, one for the "
                           "worker itself), but the site's pool_size is %3; raise pool_size in "
                           "site.json or lower --concurrency.")
                       .arg(options->concurrency)
                       .arg(needed)
                       .arg(poolSize)
                << '\n';
        return kExitUsage;
    }
    SignalWatcher stopSignals;
    if (auto watching = stopSignals.watch({SIGINT, SIGTERM}); !watching)
        return reportError(ctx, watching.error());
    {
        fm::core::JobWorker worker(site->pool(), site->service(), site->controllers(), *options);
        if (auto started = worker.start(); !started)
            return reportError(ctx, started.error());
        const QStringList jobs = site->controllers().jobNames();
        ctx.out << "Worker " << worker.id() << " on site \"" << site->site().name << "\": queues "
                << (options->queues.isEmpty() ? QStringLiteral("(all)")
                                              : options->queues.join(QStringLiteral(", ")))
                << ", " << options->concurrency << " at a time, lease "
                << options->lease.count() / 1000 << " s; " << jobs.size()
                << " job function(s) registered"
                << (jobs.isEmpty() ? QString()
                                   : QStringLiteral(": ") + jobs.join(QStringLiteral(", ")))
                << "; scheduler "
                << (options->schedule ? QStringLiteral("on (%1 schedule(s) declared by apps)")
                                            .arg(site->controllers().schedules().size())
                                      : QStringLiteral("off"))
                << ". Ctrl+C stops.\n";
        describeMail(*site, ctx);
        ctx.out.flush();
        QObject::connect(&stopSignals, &SignalWatcher::signalled, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        stopWorker(worker, ctx, kExitOk, grace);
        ctx.err << "Worker stopped after " << worker.finished() << " job(s).\n";
    }
    site.reset();
    return kExitOk;
}

} // namespace

QList<Command> workerCommands()
{
    Command command;
    command.words = {QStringLiteral("worker")};
    command.summary = Cli::tr("Run background jobs of the site until stopped");
    command.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addOption({QStringLiteral("queues"),
                          Cli::tr("Comma-separated queues to take jobs from (default: "
                                  "every queue)."),
                          QStringLiteral("a,b")});
        parser.addOption({QStringLiteral("concurrency"),
                          Cli::tr("Jobs run at the same time, each on its own thread "
                                  "(default 1)."),
                          QStringLiteral("n")});
        parser.addOption({QStringLiteral("lease-seconds"),
                          Cli::tr("How long a claimed job stays this worker's without a "
                                  "renewal (default 30): after a crash, its jobs run "
                                  "again once this has passed."),
                          QStringLiteral("s")});
        parser.addOption({QStringLiteral("grace-seconds"),
                          Cli::tr("On SIGTERM or Ctrl+C, how long running jobs may finish "
                                  "before they are released to the queue (default %1).")
                              .arg(kWorkerGraceSeconds),
                          QStringLiteral("s")});
        parser.addOption({QStringLiteral("poll-ms"),
                          Cli::tr("Wait between looks at an empty queue (default 250)."),
                          QStringLiteral("ms")});
        parser.addOption({QStringLiteral("no-scheduler"),
                          Cli::tr("Do not enqueue scheduled jobs (Scheduled Job) from this "
                                  "worker; by default every worker does, and each due "
                                  "run is enqueued once.")});
    };
    command.run = work;
    return {command};
}

} // namespace fm::server
