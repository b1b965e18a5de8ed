// SPDX-License-Identifier: MIT
// `m user add`: users of a site, with their roles and password; `m user api-keys` and
// `m user revoke-key`: their API keys (the same ApiKeys as the REST routes).
#include "auth/apikeys.h"
#include "auth/useraccounts.h"
#include "cli/cliutil.h"
#include "project/sitecontext.h"

namespace fm::server {

namespace {

int addUser(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.err << Cli::tr("error: expected one <email>, got %1").arg(ctx.arguments.size()) << '\n'
                << Cli::tr("Run `m %1 --help` for its options.").arg(QStringLiteral("user add"))
                << '\n';
        return kExitUsage;
    }
    const QString email = ctx.arguments.first();
    const QStringList roles = parser.values(QStringLiteral("role"));
    if (roles.isEmpty()) {
        ctx.err << Cli::tr("error: give the user at least one role with --role <role>, e.g. "
                           "--role \"%1\"")
                       .arg(fm::core::UserAccounts::kSystemManager)
                << '\n';
        return kExitUsage;
    }
    const bool generated = !parser.isSet(QStringLiteral("password"));
    fm::core::NewUser user;
    user.username = email;
    user.email = email;
    user.fullName = parser.value(QStringLiteral("full-name"));
    user.roles = roles;
    user.password = generated ? fm::core::UserAccounts::generatePassword()
                              : parser.value(QStringLiteral("password"));
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    auto saved = fm::core::UserAccounts::add(site->service(), user);
    if (!saved)
        return reportError(ctx, saved.error());
    ctx.out << Cli::tr("Created user %1 with role(s) %2 on site \"%3\".")
                   .arg(email, roles.join(QStringLiteral(", ")), site->site().name)
            << '\n';
    if (generated)
        ctx.out << Cli::tr("Password (shown once, store it now): %1").arg(user.password) << '\n';
    return kExitOk;
}

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

int listKeys(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.err << "error: expected one <user>, got " << ctx.arguments.size()
                << "\nRun `m user api-keys --help` for its options.\n";
        return kExitUsage;
    }
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    fm::core::ApiKeys keys(site->pool(), site->service());
    auto listed = keys.list(ctx.arguments.first());
    if (!listed)
        return reportError(ctx, listed.error());
    if (listed->isEmpty()) {
        ctx.out << ctx.arguments.first() << " has no API keys.\n";
        return kExitOk;
    }
    for (const fm::core::ApiKeyInfo &key : std::as_const(*listed)) {
        ctx.out << key.id << "  key " << key.key << "  created " << stamp(key.created)
                << "  expires " << stamp(key.expires) << (key.expired ? "  (expired)" : "") << '\n';
    }
    return kExitOk;
}

int revokeKey(QCommandLineParser &parser, CommandContext &ctx)
{
    const bool all = parser.isSet(QStringLiteral("all"));
    if (ctx.arguments.size() != (all ? 1 : 2)) {
        ctx.err << "error: expected <user> <key id>, or <user> --all"
                << "\nRun `m user api-keys <user>` to list the ids.\n";
        return kExitUsage;
    }
    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    fm::core::ApiKeys keys(site->pool(), site->service());
    const QString user = ctx.arguments.first();
    if (all) {
        auto revoked = keys.revokeAll(user);
        if (!revoked)
            return reportError(ctx, revoked.error());
        ctx.out << "Revoked " << *revoked << " API key(s) of " << user << ".\n";
        return kExitOk;
    }
    if (auto revoked = keys.revoke(user, ctx.arguments.at(1)); !revoked)
        return reportError(ctx, revoked.error());
    ctx.out << "Revoked API key " << ctx.arguments.at(1) << " of " << user << ".\n";
    return kExitOk;
}

} // namespace

QList<Command> userCommands()
{
    Command add;
    add.words = {QStringLiteral("user"), QStringLiteral("add")};
    add.summary = Cli::tr("Create a user on a site, with roles and a password");
    add.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addPositionalArgument(QStringLiteral("email"),
                                     Cli::tr("E-mail address; also the login name."));
        parser.addOption({QStringLiteral("role"),
                          Cli::tr("A role the user holds (repeat for more); it must "
                                  "exist."),
                          QStringLiteral("role")});
        parser.addOption({QStringLiteral("password"),
                          Cli::tr("The password (default: a generated one, printed "
                                  "once)."),
                          QStringLiteral("password")});
        parser.addOption({QStringLiteral("full-name"), Cli::tr("The user's full name."),
                          QStringLiteral("name")});
    };
    add.run = addUser;

    Command list;
    list.words = {QStringLiteral("user"), QStringLiteral("api-keys")};
    list.summary = QStringLiteral("List a user's API keys (never their secrets)");
    list.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addPositionalArgument(QStringLiteral("user"), QStringLiteral("The user's name."));
    };
    list.run = listKeys;

    Command revoke;
    revoke.words = {QStringLiteral("user"), QStringLiteral("revoke-key")};
    revoke.summary = QStringLiteral("Revoke one API key of a user, or all of them");
    revoke.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addPositionalArgument(QStringLiteral("user"), QStringLiteral("The user's name."));
        parser.addPositionalArgument(QStringLiteral("id"),
                                     QStringLiteral("The key's id, from `m user api-keys`."));
        parser.addOption({QStringLiteral("all"), QStringLiteral("Revoke every key of the user.")});
    };
    revoke.run = revokeKey;
    return {add, list, revoke};
}

} // namespace fm::server
