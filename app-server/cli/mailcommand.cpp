// SPDX-License-Identifier: MIT
// `m mail list`: the site's queued e-mails, newest first. Until a sender exists this is
// the development mailbox (docs/guide/email.md).
#include "cli/cliutil.h"
#include "mail/emailqueue.h"

#include <QJsonArray>

namespace fm::server {

namespace {

constexpr int kDefaultLimit = 20;

void printMail(CommandContext &ctx, const fm::core::Document &mail)
{
    const QDateTime created = mail.datetime(QStringLiteral("creation"));
    ctx.out << created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << " UTC  "
            << mail.string(QStringLiteral("status")) << "  "
            << mail.string(QStringLiteral("recipient")) << "  "
            << mail.string(QStringLiteral("subject")) << "  (" << mail.name() << ")\n";
    const QStringList lines = mail.string(QStringLiteral("body")).split(u'\n');
    for (const QString &line : lines)
        ctx.out << (line.isEmpty() ? QString() : QStringLiteral("    ") + line) << '\n';
}

int listMail(QCommandLineParser &parser, CommandContext &ctx)
{
    int limit = kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            ctx.err << "error: --limit takes a whole number of at least 1, got \""
                    << parser.value(QStringLiteral("limit")) << "\"\n";
            return kExitUsage;
        }
    }
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    auto mails = fm::core::EmailQueue(site->service()).latest(limit);
    if (!mails)
        return reportError(ctx, mails.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &mail : *mails)
            array.append(mail.toJson());
        printJson(ctx, array);
        return kExitOk;
    }
    if (mails->isEmpty()) {
        ctx.out << "No e-mail queued on site \"" << site->site().name << "\".\n";
        return kExitOk;
    }
    for (const auto &mail : *mails)
        printMail(ctx, mail);
    return kExitOk;
}

} // namespace

QList<Command> mailCommands()
{
    Command list;
    list.words = {QStringLiteral("mail"), QStringLiteral("list")};
    list.summary = Cli::tr("Show the queued e-mails, newest first (the dev mailbox)");
    list.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addOption(
            {QStringLiteral("limit"),
             QStringLiteral("How many e-mails to show (default %1).").arg(kDefaultLimit),
             QStringLiteral("n")});
        parser.addOption(
            {QStringLiteral("json"), Cli::tr("Print the Email Queue documents as a JSON array.")});
    };
    list.run = listMail;
    return {list};
}

} // namespace fm::server
