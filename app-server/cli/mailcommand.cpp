// SPDX-License-Identifier: MIT
// `m mail list`: the site's queued e-mails, newest first (without an SMTP server, the
// development mailbox); `m mail send`: queues mails for the sender by hand
// (docs/guide/email.md).
#include "cli/cliutil.h"
#include "mail/emailqueue.h"
#include "mail/emailsending.h"

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
            ctx.err << Cli::tr("error: --limit takes a whole number of at least 1, got \"%1\"")
                           .arg(parser.value(QStringLiteral("limit")))
                    << '\n';
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
        ctx.out << Cli::tr("No e-mail queued on site \"%1\".").arg(site->site().name) << '\n';
        return kExitOk;
    }
    for (const auto &mail : *mails)
        printMail(ctx, mail);
    return kExitOk;
}

// `m mail send [name...] [--pending]`: queues the send jobs of mails by hand, e.g. those
// queued before the site had an SMTP server. The worker sends them.
int sendMail(QCommandLineParser &parser, CommandContext &ctx)
{
    QStringList names = parser.positionalArguments();
    const bool pending = parser.isSet(QStringLiteral("pending"));
    if (names.isEmpty() == !pending) {
        ctx.err << Cli::tr("error: name the mails to send (m mail list shows them), or pass "
                           "--pending for every mail that is Not Sent")
                << '\n';
        return kExitUsage;
    }
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    if (!site->emailDispatcher()) {
        ctx.err << Cli::tr("error: site \"%1\" has no SMTP server; add \"mail\": {\"smtp\": "
                           "{...}, \"from\": ...} to its site.json (docs/guide/email.md)")
                       .arg(site->site().name)
                << '\n';
        return kExitFailure;
    }
    if (pending) {
        fm::core::Query query;
        query.doctype = fm::core::EmailQueue::kDocType;
        query.filters = {
            {QStringLiteral("status"), fm::core::FilterOp::Eq, QStringLiteral("Not Sent")}};
        query.fields = {QStringLiteral("name"), QStringLiteral("send_after")};
        query.limit = -1;
        auto mails = site->service().list(query);
        if (!mails)
            return reportError(ctx, mails.error());
        for (const auto &mail : std::as_const(*mails))
            names << mail.name();
    }
    fm::core::EmailDispatcher &dispatcher = *site->emailDispatcher();
    int queued = 0;
    for (const QString &name : std::as_const(names)) {
        auto mail = site->service().get(fm::core::EmailQueue::kDocType, name);
        if (!mail)
            return reportError(ctx, mail.error());
        const QString status = mail->string(QStringLiteral("status"));
        if (status == u"Sent" || status == u"Sending") {
            ctx.err << Cli::tr("skipped %1: it is %2").arg(name, status) << '\n';
            continue;
        }
        if (status == u"Error") {
            // Error: the job only sends mails that are Not Sent.
            fm::core::Document change(fm::core::EmailQueue::kDocType);
            change.setName(name);
            change.setValue(QStringLiteral("status"), QStringLiteral("Not Sent"));
            if (auto updated = site->service().update(change); !updated)
                return reportError(ctx, updated.error());
            ++queued; // the update queued it (EmailDispatcher)
            continue;
        }
        auto added = dispatcher.queue(name, mail->datetime(QStringLiteral("send_after")));
        if (!added)
            return reportError(ctx, added.error());
        if (*added)
            ++queued;
    }
    ctx.out << Cli::tr("%1 mail(s) queued for sending on site \"%2\"; a worker (m worker) sends "
                       "them.")
                   .arg(queued)
                   .arg(site->site().name)
            << '\n';
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
        parser.addOption({QStringLiteral("limit"),
                          Cli::tr("How many e-mails to show (default %1).").arg(kDefaultLimit),
                          QStringLiteral("n")});
        parser.addOption(
            {QStringLiteral("json"), Cli::tr("Print the Email Queue documents as a JSON array.")});
    };
    list.run = listMail;

    Command send;
    send.words = {QStringLiteral("mail"), QStringLiteral("send")};
    send.summary = Cli::tr("Queue mails for the SMTP sender (by name, or every Not Sent one)");
    send.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addPositionalArgument(QStringLiteral("name"),
                                     Cli::tr("Email Queue documents to send."),
                                     QStringLiteral("[name...]"));
        parser.addOption({QStringLiteral("pending"),
                          Cli::tr("Every mail that is Not Sent (e.g. queued before the "
                                  "site had an SMTP server).")});
    };
    send.run = sendMail;
    return {list, send};
}

} // namespace fm::server
