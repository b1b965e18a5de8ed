// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace fm::server {

// The words of `m` for people (messages, errors, help), translated in context "m":
// Cli::tr("..."). The language follows LANGUAGE, LC_ALL, LC_MESSAGES or LANG.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(m)
};

// Exit codes of `m`: 0 success, 1 the command failed (bad input, validation, refused
// migration, errors in DocTypes), 2 the command line itself is wrong.
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

// What a command gets: its arguments after the command words, and the streams.
struct CommandContext
{
    QStringList arguments; // e.g. for `m doc get Ticket T-1`: {"Ticket", "T-1"} after parsing
    QTextStream &out;      // results (JSON for the doc commands)
    QTextStream &err;      // messages for people
    QTextStream &in;       // input (JSON documents, prompts)
    bool interactive;      // stdin is a terminal
};

// One `m` command. Commands register themselves in a static table (see commands.cpp);
// each lives in its own file under app-server/cli/.
struct Command
{
    QStringList words; // {"doc", "insert"}
    QString summary;   // one line for `m --help`
    // Adds the command's options and positional arguments to the parser.
    std::function<void(QCommandLineParser &)> setup;
    // Runs after parsing; returns an ExitCode.
    std::function<int(QCommandLineParser &, CommandContext &)> run;
};

// Every command `m` knows, in the order `m --help` lists them.
QList<Command> allCommands();

// Adds the options every site-scoped command takes (--project, --site).
void addSiteOptions(QCommandLineParser &parser);

} // namespace fm::server
