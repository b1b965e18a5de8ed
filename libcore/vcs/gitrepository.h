// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "vcs/gittypes.h"

#include <QByteArray>

#include <memory>

namespace fm::vcs {

// One Git repository (libgit2 behind it): status, file diffs, staging, commits, branches
// and the log, each failure an fm::Error whose message says what to do next. Move-only;
// one instance belongs to one thread at a time (libgit2's rule), so background work opens
// its own (opening is cheap). docs/adr/0210.
class FM_CORE_EXPORT GitRepository final
{
public:
    // The repository whose working tree is exactly `path`.
    static Result<GitRepository> open(const QString &path);
    // The repository `path` (a file or folder) is in, looking upwards like `git` does.
    static Result<GitRepository> discover(const QString &path);
    // A new repository with a working tree at `path` (made when missing).
    static Result<GitRepository> init(const QString &path);

    GitRepository(GitRepository &&other) noexcept;
    GitRepository &operator=(GitRepository &&other) noexcept;
    ~GitRepository();

    QString workdir() const;                         // absolute, without a trailing '/'
    QString relativePath(const QString &path) const; // a path under workdir() as Git names it

    Result<RepositoryStatus> status() const;
    // One file's diff on `side`; an unchanged file gives an empty FileDiff.
    Result<FileDiff> diff(const QString &path, DiffSide side) const;
    // The file as committed in `revision` ("HEAD", a branch, an id, "HEAD~2"); NotFound
    // when the revision or the file in it does not exist.
    Result<QByteArray> fileAt(const QString &revision, const QString &path) const;
    // The file as staged; NotFound when it is not in the index.
    Result<QByteArray> fileInIndex(const QString &path) const;
    // The files that differ between `revision` and the working tree (staged or not,
    // new files included): what `git diff REV` and `git status` together show.
    Result<QList<FileChange>> changesSince(const QString &revision) const;

    // Stages files as they are in the working tree (deleted ones as deletions; a
    // conflicted file as resolved).
    Result<void> stage(const QStringList &paths);
    // Puts the index entries of `paths` back to HEAD's, keeping the working tree.
    Result<void> unstage(const QStringList &paths);
    // Throws away the unstaged changes of `paths`: tracked files go back to the index,
    // untracked ones are deleted. Callers confirm with the user first.
    Result<void> discard(const QStringList &paths);

    // The author from Git's configuration (user.name, user.email); an error saying how to
    // set it when there is none.
    Result<Signature> defaultSignature() const;
    // Writes user.name and user.email: to the user's global Git configuration
    // (~/.gitconfig, so every repository has it) or to this repository's own.
    enum class ConfigScope { Global, Repository };
    Result<void> setDefaultSignature(const Signature &author, ConfigScope scope);
    // Commits the index on the current branch; returns the new commit's id. `author`
    // defaults to defaultSignature(). Refuses an empty message, nothing staged and
    // unresolved conflicts.
    Result<QString> commit(const QString &message, const Signature &author = {});
    // Replaces the last commit by one with the index's content and `message` (the old
    // message when empty), keeping its author.
    Result<QString> amend(const QString &message);
    Result<CommitInfo> headCommit() const;

    Result<QList<BranchInfo>> branches() const; // local branches, sorted by name
    // A branch at HEAD (or at `startPoint`); switches to it when `switchTo`.
    Result<void> createBranch(const QString &name, bool switchTo = false,
                              const QString &startPoint = {});
    // Checks the branch out; refused, naming the files, when that would overwrite changes.
    Result<void> switchBranch(const QString &name);
    // Deletes a local branch; refuses the current one and (unless `force`) one whose
    // commits are not in the current branch.
    Result<void> deleteBranch(const QString &name, bool force = false);

    // Checks a commit out without a branch (HEAD detached), to look at it as it was;
    // refused, naming the files, when that would overwrite changes. switchBranch() goes
    // back.
    Result<void> checkoutDetached(const QString &revision);

    // The commits of the current branch, newest first.
    Result<QList<CommitInfo>> log(int maxCount = 200) const;
    // What a commit changed against its first parent (everything, for a root commit).
    Result<QList<FileChange>> commitChanges(const QString &revision) const;
    Result<FileDiff> commitDiff(const QString &revision, const QString &path) const;

    // Stages one hunk of a file's unstaged diff (`side` Unstaged; `hunk` indexes
    // diff(path, Unstaged).hunks), or takes one hunk of its staged diff out of the index
    // (`side` Staged), as `git add -p` and `git reset -p` do for that hunk. A new or binary
    // file is staged whole instead.
    Result<void> applyHunk(const QString &path, DiffSide side, int hunk);

    struct Private; // opaque: the libgit2 handles (vcs/git_p.h)

private:
    friend class GitSync; // remotes, pull and conflicts (vcs/gitremote.h) work on d
    explicit GitRepository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace fm::vcs
