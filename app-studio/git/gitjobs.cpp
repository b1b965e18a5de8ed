// SPDX-License-Identifier: MIT
#include "git/gitjobs.h"

#include "meta/doctypediff.h"
#include "vcs/gitremote.h"
#include "vcs/gitrepository.h"

#include <QDir>
#include <QFile>

namespace fm::studio::git {

namespace {

// The renames recorded in the working tree for the app a DocType file belongs to.
QList<core::RenameRecord> renamesFor(const QString &workdir, const QString &path)
{
    const qsizetype at = path.indexOf(QStringLiteral("/doctypes/"));
    if (at < 0)
        return {};
    const QString appDir = QDir(workdir).filePath(path.left(at));
    core::Diagnostics ignored;
    return core::RenameLog::read(core::RenameLog::pathIn(appDir), QDir(appDir).dirName(), ignored);
}

QByteArray workingFile(const QString &workdir, const QString &path)
{
    QFile file(QDir(workdir).filePath(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Fills the DocType-terms lines of `view` (or its error) from the file's two versions.
void describeDocType(FileView &view, const QString &workdir, const QByteArray &before,
                     const QByteArray &after)
{
    auto described =
        core::diffDocTypeTexts(before, after, view.path, renamesFor(workdir, view.path));
    if (!described)
        view.error = described.error().message();
    else
        view.doctypeLines = described->lines();
}

} // namespace

Result<Snapshot> loadSnapshot(const QString &root)
{
    auto repo = vcs::GitRepository::discover(root);
    if (!repo)
        return fail(repo.error());
    auto status = repo->status();
    if (!status)
        return fail(status.error());
    Snapshot snapshot;
    snapshot.workdir = repo->workdir();
    snapshot.status = *status;
    snapshot.branches = repo->branches().value_or(QList<vcs::BranchInfo>());
    if (auto head = repo->headCommit())
        snapshot.lastMessage = head->message;
    vcs::GitSync sync(*repo);
    if (auto remote = sync.defaultRemote()) {
        snapshot.remote = *remote;
        for (const vcs::RemoteInfo &info : sync.remotes().value_or(QList<vcs::RemoteInfo>()))
            if (info.name == *remote)
                snapshot.remoteUrl = info.url;
    }
    if (!snapshot.status.conflicted.isEmpty() ||
        QFile::exists(QDir(snapshot.workdir).filePath(QStringLiteral(".git/MERGE_HEAD")))) {
        // Git's own message for the merge, without its "# Conflicts:" comment lines.
        QStringList lines;
        const QString text =
            QString::fromUtf8(workingFile(snapshot.workdir, QStringLiteral(".git/MERGE_MSG")));
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1Char('#')))
                lines << line;
        snapshot.mergeMessage = lines.join(QLatin1Char('\n')).trimmed();
    }
    return snapshot;
}

FileView loadConflictView(const QString &root, const QString &path)
{
    FileView view;
    view.path = path;
    view.conflicted = true;
    auto repo = vcs::GitRepository::discover(root);
    if (!repo) {
        view.error = repo.error().message();
        return view;
    }
    view.diff.path = path;
    view.diff.patch = QString::fromUtf8(workingFile(repo->workdir(), path));
    return view;
}

FileView loadFileView(const QString &root, const QString &path, vcs::DiffSide side)
{
    FileView view;
    view.path = path;
    view.side = side;
    auto repo = vcs::GitRepository::discover(root);
    if (!repo) {
        view.error = repo.error().message();
        return view;
    }
    auto diff = repo->diff(path, side);
    if (!diff) {
        view.error = diff.error().message();
        return view;
    }
    view.diff = *diff;
    view.isDocType = core::isDocTypePath(path);
    if (!view.isDocType)
        return view;
    // Staged: HEAD -> index. Unstaged: index (else HEAD) -> working tree.
    QByteArray before;
    QByteArray after;
    if (side == vcs::DiffSide::Staged) {
        before = repo->fileAt(QStringLiteral("HEAD"), path).value_or(QByteArray());
        after = repo->fileInIndex(path).value_or(QByteArray());
    } else {
        auto staged = repo->fileInIndex(path);
        before =
            staged ? *staged : repo->fileAt(QStringLiteral("HEAD"), path).value_or(QByteArray());
        after = workingFile(repo->workdir(), path);
    }
    describeDocType(view, repo->workdir(), before, after);
    return view;
}

Result<QList<vcs::CommitInfo>> loadHistory(const QString &root, int maxCount)
{
    auto repo = vcs::GitRepository::discover(root);
    if (!repo)
        return fail(repo.error());
    if (auto status = repo->status(); status && status->unborn)
        return QList<vcs::CommitInfo>();
    return repo->log(maxCount);
}

Result<QList<vcs::FileChange>> loadCommitFiles(const QString &root, const QString &commit)
{
    auto repo = vcs::GitRepository::discover(root);
    if (!repo)
        return fail(repo.error());
    return repo->commitChanges(commit);
}

FileView loadCommitFileView(const QString &root, const QString &commit, const QString &path)
{
    FileView view;
    view.path = path;
    auto repo = vcs::GitRepository::discover(root);
    if (!repo) {
        view.error = repo.error().message();
        return view;
    }
    auto diff = repo->commitDiff(commit, path);
    if (!diff) {
        view.error = diff.error().message();
        return view;
    }
    view.diff = *diff;
    view.isDocType = core::isDocTypePath(path);
    if (!view.isDocType)
        return view;
    // A root commit has no parent: everything in it is new.
    const QByteArray before =
        repo->fileAt(commit + QStringLiteral("^"), path).value_or(QByteArray());
    const QByteArray after = repo->fileAt(commit, path).value_or(QByteArray());
    describeDocType(view, repo->workdir(), before, after);
    return view;
}

} // namespace fm::studio::git
