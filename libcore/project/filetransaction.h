// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fm::core {

// Writes a group of files and folders so that they can all be taken back: unless
// commit() is called, the destructor removes every folder it created, every file it
// created and restores every file it changed. The scaffolding functions use it so that
// a refusal half-way leaves the project as it was.
class FM_CORE_EXPORT FileTransaction final
{
public:
    FileTransaction() = default;
    ~FileTransaction();
    FileTransaction(const FileTransaction &) = delete;
    FileTransaction &operator=(const FileTransaction &) = delete;

    // Creates `dir` and its missing parents; the topmost created one is removed on
    // rollback. Fails, naming the file in the way, when a part of the path is a file.
    Result<void> makePath(const QString &dir);
    // Replaces `path` atomically (QSaveFile), remembering what it held.
    Result<void> write(const QString &path, const QByteArray &bytes);
    // Remembers `path` before other code (Project::addApp, say) changes or creates it.
    Result<void> remember(const QString &path);
    // Remembers what `dir` holds: on rollback, whatever appeared in it goes.
    void watchFolder(const QString &dir);

    void commit() { m_committed = true; }
    void rollback();

private:
    struct Kept
    {
        QString path;
        std::optional<QByteArray> bytes; // nullopt: the file did not exist
    };
    struct Watched
    {
        QString dir;
        QStringList entries;
    };
    QStringList m_createdDirs;
    QList<Kept> m_files;
    QList<Watched> m_watched;
    bool m_committed = false;
};

} // namespace fm::core
