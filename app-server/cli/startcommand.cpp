// SPDX-License-Identifier: MIT
// `m start`: the HTTP server on one site: /health and /ready here, every API area
// through its module (api/module.h).
#include "api/module.h"
#include "api/services.h"
#include "cli/cliutil.h"
#include "cli/signalwatcher.h"
#include "cli/workercommand.h"
#include "db/commitsignal.h"
#include "db/migrator.h"
#include "events/eventoutbox.h"
#include "http/server.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace fm::server {

namespace {

using http::RequestContext;
using http::Response;

constexpr int kShutdownTimeoutMs = 10000;
constexpr int kRelayPollMs = 200;             // changes committed by other processes
constexpr int kListenRetryTicks = 25;         // LISTEN again every 5 s while it failed
constexpr int kPruneEveryMs = 60 * 60 * 1000; // outbox retention runs hourly
constexpr std::chrono::seconds kEventRetention{7 * 24 * 60 * 60};

Response health(fm::core::SiteContext &site, const RequestContext &)
{
    auto connection = site.pool().connection();
    if (connection) {
        QSqlQuery query(*connection);
        if (query.exec(QStringLiteral("SELECT 1")) && query.next() && query.value(0).toInt() == 1)
            return http::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
    }
    Response response = http::json(
        503, {{QStringLiteral("status"), QStringLiteral("unavailable")},
              {QStringLiteral("message"), QStringLiteral("The database does not answer.")}});
    response.logDetail =
        connection ? QStringLiteral("SELECT 1 failed") : connection.error().toText();
    return response;
}

Response ready(fm::core::SiteContext &site, const RequestContext &context)
{
    fm::core::Migrator migrator(site.pool(), site.meta().fieldTypes());
    // Without the recorded renames: a pending rename still shows as pending steps (a
    // dropped and an added column), and the probe never needs the write transaction
    // that planning a rename takes (docs/adr/0161).
    auto plan = migrator.plan(site.doctypes());
    if (!plan) {
        Response response = http::json(
            503, {{QStringLiteral("status"), QStringLiteral("unavailable")},
                  {QStringLiteral("message"),
                   QStringLiteral("The schema could not be compared with the DocTypes; the "
                                  "server log has the details under request id %1.")
                       .arg(context.requestId)}});
        response.logDetail = plan.error().toText();
        return response;
    }
    if (plan->isEmpty())
        return http::json(200, {{QStringLiteral("status"), QStringLiteral("ready")}});
    return http::json(
        503, {{QStringLiteral("status"), QStringLiteral("migration_pending")},
              {QStringLiteral("pending_steps"), int(plan->pendingCount())},
              {QStringLiteral("message"),
               QStringLiteral("The database schema is behind the DocTypes. Run `m migrate` "
                              "for this site, then check again.")}});
}

int start(QCommandLineParser &parser, CommandContext &ctx)
{
    bool ok = false;
    const QString host = parser.value(QStringLiteral("host"));
    const QHostAddress address(host);
    if (address.isNull()) {
        ctx.err << Cli::tr("error: --host \"%1\" is not an IP address; use e.g. 127.0.0.1 or "
                           "0.0.0.0.")
                       .arg(host)
                << '\n';
        return kExitUsage;
    }
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        ctx.err << Cli::tr("error: --port \"%1\" is not a port number; use 1 to 65535 (0 picks "
                           "a free one).")
                       .arg(parser.value(QStringLiteral("port")))
                << '\n';
        return kExitUsage;
    }
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 1 || threads > 256) {
        ctx.err << Cli::tr("error: --threads \"%1\" is not a thread count; use 1 to 256.")
                       .arg(parser.value(QStringLiteral("threads")))
                << '\n';
        return kExitUsage;
    }

    auto site = openSite(parser, ctx);
    if (!site)
        return kExitFailure;
    // One connection per worker thread, one for this thread (the event relay, /ready's
    // plan) and one for the in-process job worker: a pool_size below that would refuse
    // requests at random, so it is refused here.
    const int poolSize = site->site().database.poolSize;
    const int needed = threads + 1 + (parser.isSet(QStringLiteral("with-worker")) ? 1 : 0);
    if (poolSize > 0 && poolSize < needed) {
        ctx.err << Cli::tr("error: --threads %1 needs %2 database connections (one per thread "
                           "and one for the server itself), but the site's pool_size is %3; "
                           "raise pool_size in site.json or lower --threads.")
                       .arg(threads)
                       .arg(needed)
                       .arg(poolSize)
                << '\n';
        return kExitUsage;
    }
    auto config = api::loadServerConfig(site->site().dir);
    if (!config)
        return reportError(ctx, config.error());
    config->dev = parser.isSet(QStringLiteral("dev"));

    SignalWatcher stopSignals;
    if (auto watching = stopSignals.watch({SIGINT, SIGTERM}); !watching)
        return reportError(ctx, watching.error());
    {
        // In-process subscribers get every committed change; the relay resumes where the
        // last run stopped and polls the outbox for changes other processes commit. A site
        // not migrated yet has no outbox: the server still starts (/ready says why, and
        // writes are refused), and the relay resumes once `m migrate` has run.
        fm::core::EventRelay &events = site->service().events();
        auto resuming = events.resume(QStringLiteral("server"));
        bool resumed = bool(resuming);
        if (!resumed) {
            ctx.err << "warning: events are not delivered yet: " << resuming.error().toText()
                    << " (the server retries every " << kRelayPollMs << " ms)\n";
        }
        auto deliver = [&events, &ctx, &resumed] {
            if (!resumed && !(resumed = bool(events.resume(QStringLiteral("server")))))
                return;
            if (auto delivered = events.deliverPending(); !delivered)
                ctx.err << "warning: events: " << delivered.error().toText() << '\n';
        };
        // Several servers on one PostgreSQL database: another server's commit arrives as
        // a notification within milliseconds (db/commitsignal.h); the poll stays as the
        // fallback (and is all there is on SQLite, or while the listener reconnects).
        std::unique_ptr<fm::core::CommitListener> listener;
        bool listenerWanted = site->pool().dialect().name() != QLatin1String("sqlite");
        auto startListening = [&] {
            auto listening =
                fm::core::CommitListener::listen(site->pool(), fm::core::EventOutbox::channel());
            if (!listening)
                return;
            listenerWanted = false;
            listener = std::move(*listening);
            if (!listener)
                return;
            QObject::connect(listener.get(), &fm::core::CommitListener::notified, qApp, deliver);
            QObject::connect(listener.get(), &fm::core::CommitListener::reconnected, qApp, deliver);
        };
        if (listenerWanted)
            startListening();
        QTimer relayTimer;
        int ticks = 0;
        relayTimer.callOnTimeout([&] {
            // The database was not there at the start: try again every few seconds (a
            // connect may wait for its timeout, which polling every tick would repeat).
            if (listenerWanted && ++ticks % kListenRetryTicks == 0)
                startListening();
            deliver();
        });
        relayTimer.start(kRelayPollMs);
        QTimer pruneTimer;
        pruneTimer.callOnTimeout([&events, &ctx, &resumed] {
            if (!resumed)
                return;
            if (auto pruned = events.prune(kEventRetention); !pruned)
                ctx.err << "warning: events: " << pruned.error().toText() << '\n';
        });
        pruneTimer.start(kPruneEveryMs);
        fm::core::PermissionEngine permissions(site->service());
        fm::core::DocumentAccess access(site->service(), permissions);
        api::Services services{*site, permissions, access, *config};
        http::Server server(threads);
        fm::core::SiteContext &s = *site;
        server.get(QStringLiteral("/health"),
                   [&s](const RequestContext &c) { return health(s, c); });
        server.get(QStringLiteral("/ready"), [&s](const RequestContext &c) { return ready(s, c); });
        server.setMaxBodyBytes(config->maxBodyBytes);
        server.setKeepAliveTimeout(std::chrono::seconds(config->keepAliveSeconds));
        api::installAll(server, services);
        auto listening = server.listen(address, quint16(port));
        if (!listening)
            return reportError(ctx, listening.error());
        const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
                                      ? QLatin1Char('[') + host + QLatin1Char(']')
                                      : host;
        // Development: background jobs run in this process too (`make run`); production
        // runs `m worker` processes beside the servers.
        std::unique_ptr<fm::core::JobWorker> worker;
        if (parser.isSet(QStringLiteral("with-worker"))) {
            worker = std::make_unique<fm::core::JobWorker>(s.pool(), s.service(), s.controllers());
            if (auto started = worker->start(); !started)
                return reportError(ctx, started.error());
        }
        // These two lines stay English whatever the language: the Studio, the tests and
        // scripts read the port from "listening on http://HOST:PORT".
        ctx.out << "Site \"" << site->site().name << "\" listening on http://" << shownHost << ':'
                << *listening << " (" << threads << " worker threads"
                << (worker
                        ? QStringLiteral(", background jobs in process as worker ") + worker->id()
                        : QString())
                << "). Ctrl+C stops.\n";
        ctx.out << "The Desk: http://" << shownHost << ':' << *listening << "/desk\n";
        if (worker)
            describeMail(s, ctx);
        ctx.out.flush();

        QObject::connect(&stopSignals, &SignalWatcher::signalled, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        if (worker)
            stopWorker(*worker, ctx, kExitOk);

        ctx.err << "Stopping: no new connections, waiting up to " << kShutdownTimeoutMs / 1000
                << " s for " << server.inFlight() << " request(s) in flight.\n";
        ctx.err.flush();
        if (!server.shutdown(kShutdownTimeoutMs)) {
            ctx.err << "warning: " << server.inFlight()
                    << " request(s) still running after the timeout; stopping anyway.\n";
        }
    } // the worker threads end here, closing their database connections
    site.reset();
    ctx.err << "Stopped.\n";
    return kExitOk;
}

} // namespace

QList<Command> startCommands()
{
    Command command;
    command.words = {QStringLiteral("start")};
    command.summary = Cli::tr("Run the HTTP server on the site");
    command.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addOption({QStringLiteral("host"),
                          Cli::tr("Address to listen on (default 127.0.0.1; 0.0.0.0 "
                                  "for every interface)."),
                          QStringLiteral("address"), QStringLiteral("127.0.0.1")});
        parser.addOption({QStringLiteral("port"),
                          Cli::tr("Port to listen on (default 8000; 0 picks a free one)."),
                          QStringLiteral("port"), QStringLiteral("8000")});
        parser.addOption({QStringLiteral("threads"),
                          Cli::tr("Worker threads for request handlers (default: the "
                                  "number of cores, at least 2)."),
                          QStringLiteral("n"),
                          QString::number(qMax(2, QThread::idealThreadCount()))});
        parser.addOption({QStringLiteral("with-worker"),
                          Cli::tr("Also run background jobs in this process (one at a "
                                  "time, every queue), for development; production runs "
                                  "m worker beside the server.")});
        parser.addOption({QStringLiteral("dev"),
                          Cli::tr("Development mode: the dev mailbox and other "
                                  "development routes are served (never in production).")});
    };
    command.run = start;
    return {command};
}

} // namespace fm::server
