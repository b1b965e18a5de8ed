// SPDX-License-Identifier: MIT
#include "server/serverlogentry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fm::studio::serverlog {

namespace {

using Level = ServerLogEntry::Level;

Level levelFromStatus(int status)
{
    if (status >= 500)
        return Level::Error;
    if (status >= 400)
        return Level::Warning;
    return Level::Info;
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
    }
    return {};
}

} // namespace

Level levelFromName(const QString &level)
{
    const QString name = level.trimmed().toLower();
    if (name == QLatin1String("debug") || name == QLatin1String("trace"))
        return Level::Debug;
    if (name == QLatin1String("warning") || name == QLatin1String("warn"))
        return Level::Warning;
    if (name == QLatin1String("error") || name == QLatin1String("critical") ||
        name == QLatin1String("fatal"))
        return Level::Error;
    return Level::Info;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

ServerLogEntry parseLine(const QString &line, const QDateTime &time)
{
    ServerLogEntry entry;
    entry.time = time;
    entry.origin = QStringLiteral("server");
    const QString text = line.trimmed();
    if (text.startsWith(QLatin1Char('{'))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            const QJsonObject object = document.object();
            entry.request = true;
            entry.method = object.value(QLatin1String("method")).toString();
            entry.path = object.value(QLatin1String("path")).toString();
            entry.status = object.value(QLatin1String("status")).toInt(-1);
            entry.durationMs = object.value(QLatin1String("duration_ms")).toDouble(-1);
            entry.user = object.value(QLatin1String("user")).toString();
            entry.requestId = object.value(QLatin1String("request_id")).toString();
            entry.message = firstString(object, {"detail", "message", "msg"});
            const QString level = object.value(QLatin1String("level")).toString();
            entry.level = level.isEmpty() ? levelFromStatus(entry.status) : levelFromName(level);
            return entry;
        }
    }
    entry.message = line;
    if (text.startsWith(QLatin1String("error:")))
        entry.level = Level::Error;
    else if (text.startsWith(QLatin1String("warning:")))
        entry.level = Level::Warning;
    return entry;
}

QStringList takeLines(QByteArray &buffer)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', start)) {
        QByteArray line = buffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines << QString::fromUtf8(line);
        start = end + 1;
    }
    buffer.remove(0, start);
    return lines;
}

} // namespace fm::studio::serverlog
