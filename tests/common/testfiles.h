// SPDX-License-Identifier: MIT
#pragma once

// Copying shipped test inputs into a temporary project.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

// Copies every file under `source` to `target` (made writable: sources may be read-only
// in a checkout); false when a file cannot be copied.
inline bool copyTree(const QString &source, const QString &target)
{
    const QDir from(source);
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(target).filePath(from.relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).path());
        if (!QFile::copy(file, to))
            return false;
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

// The app most tests use (tests/core/data/input/apps/testapp) into <project>/apps/testapp.
inline bool copyTestApp(const QString &project)
{
    return copyTree(QStringLiteral(FM_SOURCE_DIR "/tests/core/data/input/apps/testapp"),
                    QDir(project).filePath(QStringLiteral("apps/testapp")));
}
