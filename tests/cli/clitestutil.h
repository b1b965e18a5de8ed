// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fm::test {

// What one run of `m` did.
struct CliRun
{
    int exitCode = -1; // -1: it did not start or crashed
    QString out;
    QString err;

    // For QVERIFY2: the exit code and both streams.
    QByteArray describe() const;
};

// Runs the `m` under test with `args` in `workDir`; its standard input is `input`, then
// end of file, so it never sees a terminal.
CliRun runM(const QStringList &args, const QString &workDir, const QByteArray &input = {});

// Every file and folder under `dir` (relative path -> bytes; folders map to "<dir>"),
// to prove that a refused command changed nothing.
QMap<QString, QByteArray> snapshot(const QString &dir);

// `dir`/`name` made with `m new project` and `m new app` for each app; empty on
// success, else what failed.
QString makeProject(const QString &dir, const QString &name, const QStringList &apps);

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace fm::test
