// SPDX-License-Identifier: MIT
// `m events tail`: the site's committed events as they happen, like `tail -f` on the
// outbox (docs/guide/events.md). It only reads: it is not a consumer and moves no cursor.
#include "cli/cliutil.h"
#include "cli/signalwatcher.h"
#include "events/eventtail.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>
#include <QTimer>

#include <optional>

namespace fm::server {

namespace {

constexpr int kDefaultLast = 10;
constexpr int kDefaultPollMs = 200; // what `m start` uses for other processes' changes

void printEvent(CommandContext &ctx, const fm::core::Event &event, bool json)
{
    if (json) {
        ctx.out << QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact))
                << '\n';
        return;
    }
    QStringList fields;
    for (const fm::core::FieldChange &change : event.changes)
        fields << change.field;
    ctx.out << '#' << event.sequence << "  " << event.time << "  "
            << fm::core::eventTypeName(event.type) << "  " << event.doctype << "  " << event.name
            << "  by " << (event.user.isEmpty() ? QStringLiteral("?") : event.user) << "  v"
            << event.version;
    if (!fields.isEmpty())
        ctx.out << "  [" << fields.join(QStringLiteral(", ")) << ']';
    if (!event.requestId.isEmpty())
        ctx.out << "  request " << event.requestId;
    ctx.out << '\n';
}

// A whole number option within [min, max], when given; nullopt after printing the error.
std::optional<qint64> numberOption(QCommandLineParser &parser, CommandContext &ctx,
                                   const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        ctx.err << "error: --" << name << " takes a whole number from " << min << " to " << max
                << ", got \"" << parser.value(name) << "\"\n";
        return std::nullopt;
    }
    return value;
}

int tail(QCommandLineParser &parser, CommandContext &ctx)
{
    fm::core::EventTailOptions options;
    options.doctype = parser.value(QStringLiteral("doctype"));
    const bool limited = parser.isSet(QStringLiteral("limit"));
    const auto limit = numberOption(parser, ctx, QStringLiteral("limit"), kDefaultLast, 0, 1000000);
    const auto pollMs =
        numberOption(parser, ctx, QStringLiteral("poll-ms"), kDefaultPollMs, 10, 60000);
    if (!limit || !pollMs)
        return kExitUsage;
    options.last = int(*limit);
    if (parser.isSet(QStringLiteral("since"))) {
        const QString since = parser.value(QStringLiteral("since")).trimmed();
        bool isNumber = false;
        const qint64 sequence = since.toLongLong(&isNumber);
        if (isNumber && sequence >= 0) {
            options.afterSequence = sequence;
        } else {
            options.since = QDateTime::fromString(since, Qt::ISODateWithMs);
            if (!options.since.isValid()) {
                ctx.err << "error: --since takes an event sequence (e.g. 120: the events after "
                           "it) or a UTC time in ISO 8601 (e.g. 2026-12-07T08:00:00Z), got \""
                        << since << "\"\n";
                return kExitUsage;
            }
            if (options.since.timeSpec() == Qt::LocalTime)
                options.since.setTimeZone(QTimeZone::utc()); // the outbox's times are UTC
        }
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool follow = !parser.isSet(QStringLiteral("no-follow"));

    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    if (!options.doctype.isEmpty() && !site->meta().doctype(options.doctype)) {
        ctx.err << "error: DocType \"" << options.doctype << "\" does not exist on site \""
                << site->site().name << "\"; `m info` lists them\n";
        return kExitUsage;
    }
    fm::core::EventTail reader(site->pool(), options);
    if (auto started = reader.start(); !started)
        return reportError(ctx, started.error());
    // With --since, --limit is a page: at most that many from the start, then (when
    // following) the rest as it comes, so nothing in between is skipped.
    auto backlog = reader.read(
        limited && (options.afterSequence || options.since.isValid()) ? int(*limit) : -1);
    if (!backlog)
        return reportError(ctx, backlog.error());
    for (const fm::core::Event &event : std::as_const(*backlog))
        printEvent(ctx, event, json);
    ctx.out.flush();
    if (!follow)
        return kExitOk;

    SignalWatcher stopSignals;
    if (auto watching = stopSignals.watch({SIGINT, SIGTERM}); !watching)
        return reportError(ctx, watching.error());
    int exitCode = kExitOk;
    QTimer poll;
    poll.callOnTimeout([&] {
        auto events = reader.read();
        if (!events) {
            reportError(ctx, events.error());
            exitCode = kExitFailure;
            QCoreApplication::quit();
            return;
        }
        for (const fm::core::Event &event : std::as_const(*events))
            printEvent(ctx, event, json);
        ctx.out.flush();
    });
    poll.start(int(*pollMs));
    QObject::connect(&stopSignals, &SignalWatcher::signalled, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

QList<Command> eventsCommands()
{
    Command command;
    command.words = {QStringLiteral("events"), QStringLiteral("tail")};
    command.summary = QStringLiteral("Show the site's events as they are committed (like tail -f)");
    command.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addOption({QStringLiteral("doctype"), QStringLiteral("Only events of this DocType."),
                          QStringLiteral("name")});
        parser.addOption(
            {QStringLiteral("since"),
             QStringLiteral("Start after this event sequence, or at this UTC time (ISO 8601), "
                            "instead of with the last events."),
             QStringLiteral("seq|time")});
        parser.addOption(
            {QStringLiteral("limit"),
             QStringLiteral("How many past events to show first (default %1; 0: none). With "
                            "--since: at most this many from there.")
                 .arg(kDefaultLast),
             QStringLiteral("n")});
        parser.addOption(
            {QStringLiteral("json"), QStringLiteral("One event per line as JSON (the webhooks' and "
                                                    "events guide's shape).")});
        parser.addOption({QStringLiteral("no-follow"),
                          QStringLiteral("Print what is there and stop instead of waiting for "
                                         "new events.")});
        parser.addOption(
            {QStringLiteral("poll-ms"),
             QStringLiteral("How often to look for new events (default %1).").arg(kDefaultPollMs),
             QStringLiteral("ms")});
    };
    command.run = tail;
    return {command};
}

} // namespace fm::server
