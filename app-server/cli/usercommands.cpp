// SPDX-License-Identifier: MIT
// `m user add`: users of a site, with their roles and password.
#include "auth/useraccounts.h"
#include "cli/cliutil.h"

namespace fm::server {

namespace {

int addUser(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.err << "error: expected one <email>, got " << ctx.arguments.size()
                << "\nRun `m user add --help` for its options.\n";
        return kExitUsage;
    }
    const QString email = ctx.arguments.first();
    const QStringList roles = parser.values(QStringLiteral("role"));
    if (roles.isEmpty()) {
        ctx.err << "error: give the user at least one role with --role <role>, e.g. --role \""
                << fm::core::UserAccounts::kSystemManager << "\"\n";
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
    ctx.out << "Created user " << email << " with role(s) " << roles.join(QStringLiteral(", "))
            << " on site \"" << site->site().name << "\".\n";
    if (generated)
        ctx.out << "Password (shown once, store it now): " << user.password << '\n';
    return kExitOk;
}

} // namespace

QList<Command> userCommands()
{
    Command add;
    add.words = {QStringLiteral("user"), QStringLiteral("add")};
    add.summary = QStringLiteral("Create a user on a site, with roles and a password");
    add.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addPositionalArgument(QStringLiteral("email"),
                                     QStringLiteral("E-mail address; also the login name."));
        parser.addOption({QStringLiteral("role"),
                          QStringLiteral("A role the user holds (repeat for more); it must "
                                         "exist."),
                          QStringLiteral("role")});
        parser.addOption({QStringLiteral("password"),
                          QStringLiteral("The password (default: a generated one, printed "
                                         "once)."),
                          QStringLiteral("password")});
        parser.addOption({QStringLiteral("full-name"), QStringLiteral("The user's full name."),
                          QStringLiteral("name")});
    };
    add.run = addUser;
    return {add};
}

} // namespace fm::server
