// SPDX-License-Identifier: MIT
#include "project/filetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fm::core {

namespace {

struct FiletransactionTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::FileTransaction)
};

} // namespace

namespace {

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                               QDir::System);
}

} // namespace

FileTransaction::~FileTransaction()
{
    if (!m_committed)
        rollback();
}

Result<void> FileTransaction::makePath(const QString &dir)
{
    QString missing;
    for (QFileInfo at(QDir::cleanPath(QFileInfo(dir).absoluteFilePath())); !at.isRoot();
         at = QFileInfo(at.absolutePath())) {
        if (at.exists()) {
            if (!at.isDir())
                return fail(
                    ErrorCode::Io,
                    FiletransactionTr::tr("cannot create %1: %2 is a file, not a folder; move "
                                          "it away")
                        .arg(QDir::toNativeSeparators(dir),
                             QDir::toNativeSeparators(at.absoluteFilePath())));
            break;
        }
        missing = at.absoluteFilePath();
    }
    if (missing.isEmpty())
        return {};
    if (!QDir().mkpath(dir)) {
        QDir(missing).removeRecursively(); // what mkpath made before it failed
        return fail(ErrorCode::Io,
                    FiletransactionTr::tr("cannot create %1; check the permissions of %2")
                        .arg(QDir::toNativeSeparators(dir),
                             QDir::toNativeSeparators(QFileInfo(missing).absolutePath())));
    }
    m_createdDirs << missing;
    return {};
}

Result<void> FileTransaction::remember(const QString &path)
{
    for (const Kept &kept : std::as_const(m_files)) {
        if (kept.path == path)
            return {};
    }
    Kept kept{path, std::nullopt};
    if (QFileInfo(path).isDir())
        return fail(ErrorCode::Io,
                    FiletransactionTr::tr("cannot write %1: it is a folder; move it away")
                        .arg(QDir::toNativeSeparators(path)));
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                        FiletransactionTr::tr("cannot read %1 (%2); check its permissions")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        kept.bytes = file.readAll();
    }
    m_files << kept;
    return {};
}

Result<void> FileTransaction::write(const QString &path, const QByteArray &bytes)
{
    if (auto ok = remember(path); !ok)
        return ok;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io,
                    FiletransactionTr::tr("cannot write %1 (%2); check the folder's permissions")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

void FileTransaction::watchFolder(const QString &dir)
{
    m_watched << Watched{dir, entriesOf(dir)};
}

void FileTransaction::rollback()
{
    m_committed = true; // once
    for (auto it = m_files.crbegin(); it != m_files.crend(); ++it) {
        if (!it->bytes) {
            QFile::remove(it->path);
            continue;
        }
        QSaveFile file(it->path);
        if (file.open(QIODevice::WriteOnly) && file.write(*it->bytes) == it->bytes->size())
            file.commit();
    }
    for (auto it = m_watched.crbegin(); it != m_watched.crend(); ++it) {
        for (const QString &entry : entriesOf(it->dir)) {
            if (it->entries.contains(entry))
                continue;
            const QString path = QDir(it->dir).filePath(entry);
            if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
                QDir(path).removeRecursively();
            else
                QFile::remove(path);
        }
    }
    for (auto it = m_createdDirs.crbegin(); it != m_createdDirs.crend(); ++it)
        QDir(*it).removeRecursively();
}

} // namespace fm::core
