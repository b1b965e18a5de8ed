// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace fm::studio {

// One row of the Server log: a request line of `m start` (JSON on standard error, see
// app-server/http/server.cpp logRequest), any other line of the server as plain text, or
// a line from another part of the Studio.
struct ServerLogEntry
{
    enum class Level { Debug, Info, Warning, Error };
    enum class Source { Server, Studio };

    QDateTime time; // when the Studio read it (the server's own lines carry no time)
    Level level = Level::Info;
    Source source = Source::Server;
    QString origin;       // "server", or the Studio part that sent it ("preview", ...)
    bool request = false; // a parsed JSON request line: the columns below are set
    QString method;
    QString path;
    int status = -1;
    double durationMs = -1;
    QString user;
    QString requestId;
    QString message; // plain lines: the text; request lines: the server's detail, if any
};

// Turns the server's output into entries. Pure functions: tested on real lines.
namespace serverlog {

// A line of the server (without its newline). JSON objects become request entries; the
// level is the object's "level" when present, else from the status (5xx error, 4xx
// warning, else info). Other lines are plain; "error: " and "warning: " prefixes (what
// `m` prints) set their level.
ServerLogEntry parseLine(const QString &line, const QDateTime &time);

// `level` as addStudioLine() gets it: "debug", "info", "warning" (or "warn"), "error";
// anything else is info.
ServerLogEntry::Level levelFromName(const QString &level);
QString levelName(ServerLogEntry::Level level); // "info", ...

// Whole lines of `buffer`, removed from it; a partial last line stays for the next read.
QStringList takeLines(QByteArray &buffer);

} // namespace serverlog

} // namespace fm::studio
