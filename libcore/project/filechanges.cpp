// SPDX-License-Identifier: MIT
#include "project/filechanges.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fm::core {

namespace {

struct FilechangesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::FileChanges)
};

} // namespace

namespace {

fm::Error ioError(const QString &message)
{
    return fm::Error(fm::ErrorCode::Io, message);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *why = file.errorString();
    return false;
}

} // namespace

void FileChanges::moveFolder(const QString &from, const QString &to)
{
    m_moves << Move{QDir::cleanPath(from), QDir::cleanPath(to)};
}

void FileChanges::write(const QString &path, const QByteArray &bytes)
{
    m_writes << Write{QDir::cleanPath(path), bytes};
}

void FileChanges::remove(const QString &path)
{
    m_removals << QDir::cleanPath(path);
}

void FileChanges::expect(const QString &path, const QByteArray &bytes)
{
    m_expected << Write{QDir::cleanPath(path), bytes};
}

bool FileChanges::touches(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    for (const Move &move : m_moves) {
        if (clean == move.from || clean.startsWith(move.from + u'/'))
            return true;
    }
    for (const Write &write : m_writes) {
        if (beforeMoves(write.path) == clean)
            return true;
    }
    for (const QString &removal : m_removals) {
        if (beforeMoves(removal) == clean)
            return true;
    }
    return false;
}

QString FileChanges::beforeMoves(const QString &path) const
{
    for (const Move &move : m_moves) {
        if (path == move.to || path.startsWith(move.to + u'/'))
            return move.from + path.mid(move.to.size());
    }
    return path;
}

fm::Result<void> FileChanges::check() const
{
    for (const Write &expected : m_expected) {
        QFile file(expected.path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != expected.bytes) {
            return fm::fail(
                ioError(FilechangesTr::tr("%1 has changed since (or is gone)").arg(expected.path)));
        }
    }
    for (const Move &move : m_moves) {
        if (!QFileInfo(move.from).isDir())
            return fm::fail(ioError(FilechangesTr::tr("%1 is not a folder").arg(move.from)));
        if (QFileInfo::exists(move.to)) {
            return fm::fail(
                ioError(FilechangesTr::tr("%1 already exists; move it away first").arg(move.to)));
        }
        const QFileInfo parent(QFileInfo(move.to).absolutePath());
        if (!parent.isDir() || !parent.isWritable())
            return fm::fail(ioError(FilechangesTr::tr("cannot create %1: its folder is not "
                                                      "writable")
                                        .arg(move.to)));
    }
    for (const Write &write : m_writes) {
        const QFileInfo before(beforeMoves(write.path));
        if (before.exists() && (!before.isFile() || !before.isWritable()))
            return fm::fail(ioError(FilechangesTr::tr("cannot write %1: it is not a writable file")
                                        .arg(before.filePath())));
        const QFileInfo folder(before.absolutePath());
        if (!folder.isDir() || !folder.isWritable())
            return fm::fail(
                ioError(FilechangesTr::tr("cannot write %1: its folder is missing or not "
                                          "writable")
                            .arg(write.path)));
    }
    for (const QString &path : m_removals) {
        const QFileInfo before(beforeMoves(path));
        if (!before.isFile() || !QFileInfo(before.absolutePath()).isWritable())
            return fm::fail(ioError(FilechangesTr::tr("cannot remove %1").arg(before.filePath())));
    }
    return {};
}

fm::Result<FileChanges> FileChanges::apply() const
{
    if (auto checked = check(); !checked)
        return tl::make_unexpected(checked.error());
    QList<Move> moved;
    QList<Write> replaced; // the bytes each written file had, to put back
    QStringList created;
    const auto failed = [&](const QString &what) {
        undo(moved, replaced, created);
        return fm::fail(ioError(what + FilechangesTr::tr("; nothing was changed")));
    };
    for (const Move &move : std::as_const(m_moves)) {
        if (!QDir().rename(move.from, move.to))
            return failed(FilechangesTr::tr("cannot move %1 to %2").arg(move.from, move.to));
        moved << move;
    }
    // Removed files are written back on undo, so keep their bytes too.
    QList<Write> originals;
    for (const QString &path : std::as_const(m_removals)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failed(FilechangesTr::tr("cannot read %1: %2").arg(path, file.errorString()));
        originals << Write{path, file.readAll()};
    }
    for (const Write &write : std::as_const(m_writes)) {
        QFile old(write.path);
        const bool existed = old.exists();
        if (existed && !old.open(QIODevice::ReadOnly))
            return failed(
                FilechangesTr::tr("cannot read %1: %2").arg(write.path, old.errorString()));
        const QByteArray before = existed ? old.readAll() : QByteArray();
        QString why;
        if (!writeFile(write.path, write.bytes, &why))
            return failed(FilechangesTr::tr("cannot write %1: %2").arg(write.path, why));
        if (existed)
            replaced << Write{write.path, before};
        else
            created << write.path;
    }
    for (const Write &original : std::as_const(originals)) {
        if (!QFile::remove(original.path))
            return failed(FilechangesTr::tr("cannot remove %1").arg(original.path));
        replaced << original;
    }
    return inverse(replaced, created);
}

// The undo runs its moves first too: the folders go back, then the files, named where
// they are once the folders are back, get their old bytes.
FileChanges FileChanges::inverse(const QList<Write> &replaced, const QStringList &created) const
{
    FileChanges undo;
    for (auto it = m_moves.crbegin(); it != m_moves.crend(); ++it)
        undo.moveFolder(it->to, it->from);
    for (const Write &write : m_writes)
        undo.expect(write.path, write.bytes);
    for (const Write &old : replaced)
        undo.write(beforeMoves(old.path), old.bytes);
    for (const QString &path : created)
        undo.remove(beforeMoves(path));
    return undo;
}

void FileChanges::undo(const QList<Move> &moved, const QList<Write> &replaced,
                       const QStringList &created) const
{
    QString ignored;
    for (const QString &path : created)
        QFile::remove(path);
    for (auto it = replaced.crbegin(); it != replaced.crend(); ++it)
        writeFile(it->path, it->bytes, &ignored);
    for (auto it = moved.crbegin(); it != moved.crend(); ++it)
        QDir().rename(it->to, it->from);
}

} // namespace fm::core
