// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "vcs/gittypes.h"

#include <QString>
#include <QStringList>

namespace fm::studio::git {

// What the Git dock shows of one file: its text diff on one side and, for a DocType
// file, the same change described in DocType terms.
struct FileView
{
    QString path;
    vcs::DiffSide side = vcs::DiffSide::Unstaged;
    vcs::FileDiff diff;
    bool isDocType = false;
    QStringList doctypeLines; // empty when the DocType did not change
    QString error;            // why the diff or the description could not be made
    bool conflicted = false;  // diff.patch is then the file as it is, with its markers
};

// The dock's header and list: status, branches, the last commit's message (for Amend).
struct Snapshot
{
    QString workdir;
    vcs::RepositoryStatus status;
    QList<vcs::BranchInfo> branches;
    QString lastMessage;
    QString remote;       // the remote fetch, pull and push use ("origin"); empty: none
    QString remoteUrl;    // its URL: the keychain key of its credential
    QString mergeMessage; // .git/MERGE_MSG while a merge waits for its commit
};

// These run on a worker thread: each opens its own repository (libgit2's objects belong to
// one thread) from `root`, a folder inside the working tree.
Result<Snapshot> loadSnapshot(const QString &root);
FileView loadFileView(const QString &root, const QString &path, vcs::DiffSide side);

// The History dock's questions: the current branch's commits, what one changed, one file
// of it (described in DocType terms for a DocType file).
Result<QList<vcs::CommitInfo>> loadHistory(const QString &root, int maxCount);
Result<QList<vcs::FileChange>> loadCommitFiles(const QString &root, const QString &commit);
FileView loadCommitFileView(const QString &root, const QString &commit, const QString &path);
// A conflicted file: its text with the conflict markers (a diff against either side would
// show only half of it).
FileView loadConflictView(const QString &root, const QString &path);

} // namespace fm::studio::git
