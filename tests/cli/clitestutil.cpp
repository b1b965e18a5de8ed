// SPDX-License-Identifier: MIT
#include "clitestutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace fm::test {

QByteArray CliRun::describe() const
{
    return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3")
        .arg(exitCode)
        .arg(out, err)
        .toUtf8();
}

CliRun runM(const QStringList &args, const QString &workDir, const QByteArray &input)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(QStringLiteral(FM_M_BINARY), args);
    CliRun run;
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(dir).relativeFilePath(path);
        entries.insert(relative,
                       it.fileInfo().isDir() ? QByteArrayLiteral("<dir>") : readFile(path));
    }
    return entries;
}

QString makeProject(const QString &dir, const QString &name, const QStringList &apps)
{
    const CliRun created = runM({QStringLiteral("new"), QStringLiteral("project"), name}, dir);
    if (created.exitCode != 0)
        return QString::fromUtf8(created.describe());
    for (const QString &app : apps) {
        const CliRun added =
            runM({QStringLiteral("new"), QStringLiteral("app"), app}, QDir(dir).filePath(name));
        if (added.exitCode != 0)
            return QString::fromUtf8(added.describe());
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace fm::test
