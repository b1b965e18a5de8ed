// SPDX-License-Identifier: MIT
// `m`: the Framework M command line. The commands live in cli/; this file only
// picks one and runs it.
#include "cli/command.h"
#include "common/textdistance.h"
#include "i18n/translations.h"

#include <QCoreApplication>

#include <cstdio>
// Whether stdin is a terminal (prompts ask only then): Qt has no API for it.
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace fm::server;

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

void printUsage(QTextStream &out)
{
    out << Cli::tr("Usage: m <command> [options]") << "\n\n"
        << Cli::tr("Framework M %1: metadata-driven business applications.")
               .arg(QStringLiteral(FM_VERSION))
        << "\n\n"
        << Cli::tr("Commands:") << '\n';
    for (const Command &command : allCommands())
        out << "  " << command.words.join(QLatin1Char(' ')).leftJustified(22) << command.summary
            << '\n';
    out << '\n'
        << Cli::tr("Run `m <command> --help` for a command's options.\n"
                   "Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.")
        << '\n';
}

// The command whose words start the positional arguments, preferring the longest match.
const Command *findCommand(const QList<Command> &commands, const QStringList &words)
{
    const Command *best = nullptr;
    for (const Command &command : commands) {
        if (words.mid(0, command.words.size()) == command.words &&
            (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("m"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FM_VERSION));
    // Messages follow the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); the server
    // answers each HTTP request in the language it asks for instead.
    fm::core::Translations::install();
    QTextStream out(stdout), err(stderr), in(stdin);

    const QStringList args = app.arguments().mid(1);
    QStringList words; // leading arguments that are not options
    for (const QString &arg : args) {
        if (arg.startsWith(QLatin1Char('-')))
            break;
        words << arg;
    }
    if (words.isEmpty()) {
        if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
            out << "m " FM_VERSION " (Qt " << qVersion() << ")\n";
            return kExitOk;
        }
        const bool help =
            args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
        printUsage(help ? out : err);
        return help ? kExitOk : kExitUsage;
    }

    const QList<Command> commands = allCommands();
    const Command *command = findCommand(commands, words);
    if (!command) {
        QStringList known;
        for (const Command &c : commands)
            known << c.words.join(QLatin1Char(' '));
        const QString asked = words.mid(0, 2).join(QLatin1Char(' '));
        QString hint = fm::closestMatch(asked, known);
        if (hint.isEmpty())
            hint = fm::closestMatch(words.first(), known);
        err << (hint.isEmpty()
                    ? Cli::tr("error: unknown command \"%1\"").arg(words.join(QLatin1Char(' ')))
                    : Cli::tr("error: unknown command \"%1\"; did you mean \"%2\"?")
                          .arg(words.join(QLatin1Char(' ')), hint))
            << '\n'
            << Cli::tr("Run `m --help` for the list of commands.") << '\n';
        return kExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    if (command->setup)
        command->setup(parser);
    QStringList commandArgs{QStringLiteral("m ") + command->words.join(QLatin1Char(' '))};
    commandArgs += args.mid(command->words.size());
    if (!parser.parse(commandArgs)) {
        err << Cli::tr("error: %1").arg(parser.errorText()) << '\n'
            << Cli::tr("Run `m %1 --help` for its options.")
                   .arg(command->words.join(QLatin1Char(' ')))
            << '\n';
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return kExitOk;
    }
    CommandContext context{parser.positionalArguments(), out, err, in, stdinIsTerminal()};
    return command->run(parser, context);
}
