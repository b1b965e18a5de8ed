// SPDX-License-Identifier: MIT
// `m user add`: users of a site, with their roles and password.
#include "auth/useraccounts.h"
#include "cli/cliutil.h"

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
    return {add};
}

} // namespace fm::server
