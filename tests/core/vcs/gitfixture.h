// SPDX-License-Identifier: MIT
// Real repositories for the vcs tests, set up with the `git` program. isolateGitConfig()
// points Git's global configuration at an empty folder (before libgit2 first runs), so
// the author and defaults of the machine running the tests do not leak in.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace fm::test {

inline void isolateGitConfig(const QString &home)
{
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + "/.config").toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qunsetenv("GIT_DIR");
    qunsetenv("GIT_WORK_TREE");
    qunsetenv("GIT_AUTHOR_NAME");
    qunsetenv("GIT_AUTHOR_EMAIL");
    qunsetenv("GIT_COMMITTER_NAME");
    qunsetenv("GIT_COMMITTER_EMAIL");
}

// Runs `git args` in `dir`; returns its standard output, or fails the test with what Git said.
inline QString git(const QString &dir, const QStringList &args, bool *ok = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(30000);
    const bool success = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = success;
    else if (!success)
        qWarning().noquote() << "git" << args.join(' ')
                             << "failed:" << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

inline bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

inline QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A repository on branch main with an author in its own config; `files` committed as
// "initial" when given.
inline bool makeRepository(const QString &dir, const QMap<QString, QByteArray> &files = {},
                           bool withAuthor = true)
{
    QDir().mkpath(dir);
    bool ok = false;
    git(dir, {"init", "-q", "-b", "main"}, &ok);
    if (!ok)
        return false;
    if (withAuthor) {
        git(dir, {"config", "user.name", "Ada Tester"});
        git(dir, {"config", "user.email", "ada@example.com"});
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (!writeText(dir + '/' + it.key(), it.value()))
            return false;
    if (files.isEmpty())
        return true;
    git(dir, {"add", "-A"});
    git(dir,
        {"-c", "user.name=Ada Tester", "-c", "user.email=ada@example.com", "commit", "-q", "-m",
         "initial"},
        &ok);
    return ok;
}

} // namespace fm::test
