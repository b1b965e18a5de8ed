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
            ctx.err << Cli::tr("error: --%1 takes a whole number from %2 to %3, got \"%4\"")
                           .arg(name)
                           .arg(flag.min)
                           .arg(flag.max)
                           .arg(parser.value(name))
                    << '\n';
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
        ctx.out << Cli::tr("Mail: no SMTP server in site.json; queued mails stay in the mailbox.")
                << '\n';
        return;
    }
    ctx.out << Cli::tr("Mail: sent through %1:%2 as %3.")
                   .arg(mail.smtp->host)
                   .arg(mail.smtp->port)
                   .arg(mail.from)
            << '\n';
    if (auto password = mail.smtp->password(); !password)
        ctx.err << Cli::tr("warning: mail: %1 (mails fail and are retried until this is fixed)")
                       .arg(password.error().toText())
                << '\n';
}

void stopWorker(fm::core::JobWorker &worker, CommandContext &ctx, int exitCode, int graceSeconds)
{
    ctx.err << Cli::tr("Stopping the worker: letting %n running job(s) finish (up to %1 s).",
                       nullptr, worker.running())
                   .arg(graceSeconds)
            << '\n';
    ctx.err.flush();
    const int released = worker.stop(std::chrono::seconds(graceSeconds));
    if (released > 0) {
        ctx.err << Cli::tr("warning: %n job(s) did not finish in time; they were released to the "
                           "queue and run again elsewhere.",
                           nullptr, released)
                << '\n';
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
            ctx.err << Cli::tr("error: --grace-seconds takes a whole number from 0 to 3600, got "
                               "\"%1\"")
                           .arg(parser.value(QStringLiteral("grace-seconds")))
                    << '\n';
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
        // One sentence in parts a language can word: queues, functions, scheduler.
        const QString queues = options->queues.isEmpty()
                                   ? Cli::tr("(all)", "every job queue")
                                   : options->queues.join(QStringLiteral(", "));
        const QString functions =
            jobs.isEmpty() ? Cli::tr("%n job function(s) registered", nullptr, int(jobs.size()))
                           : Cli::tr("%n job function(s) registered: %1", nullptr, int(jobs.size()))
                                 .arg(jobs.join(QStringLiteral(", ")));
        const QString scheduler =
            options->schedule ? Cli::tr("scheduler on (%n schedule(s) declared by apps)", nullptr,
                                        int(site->controllers().schedules().size()))
                              : Cli::tr("scheduler off");
        ctx.out << Cli::tr("Worker %1 on site \"%2\": queues %3, %4 at a time, lease %5 s; %6; "
                           "%7. Ctrl+C stops.")
                       .arg(worker.id(), site->site().name, queues)
                       .arg(options->concurrency)
                       .arg(options->lease.count() / 1000)
                       .arg(functions, scheduler)
                << '\n';
        describeMail(*site, ctx);
        ctx.out.flush();
        QObject::connect(&stopSignals, &SignalWatcher::signalled, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        stopWorker(worker, ctx, kExitOk, grace);
        ctx.err << Cli::tr("Worker stopped after %n job(s).", nullptr, int(worker.finished()))
                << '\n';
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
