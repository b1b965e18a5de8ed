// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fm::vcs {

// How a file differs between two states of a repository (HEAD, index, working tree).
enum class ChangeKind { Added, Modified, Deleted, Renamed, TypeChanged, Untracked, Conflicted };

FM_CORE_EXPORT QString changeKindName(ChangeKind kind); // "added", "modified", ...

struct FileChange
{
    QString path;    // relative to the working tree, '/' separated
    QString oldPath; // Renamed: the path before; else empty
    ChangeKind kind = ChangeKind::Modified;

    bool operator==(const FileChange &other) const = default;
};

// The working tree against the index and the index against HEAD, as `git status` shows
// them, and where the current branch stands against its upstream.
struct FM_CORE_EXPORT RepositoryStatus
{
    QString branch; // short name of the current branch; empty when detached
    QString headId; // short id of HEAD's commit; empty when unborn
    bool detached = false;
    bool unborn = false;          // a branch without commits yet
    QString upstream;             // "origin/main", empty when none is set
    int ahead = 0;                // commits on the branch not on its upstream
    int behind = 0;               // and the other way round
    QList<FileChange> staged;     // index vs HEAD
    QList<FileChange> unstaged;   // working tree vs index (tracked files)
    QList<FileChange> untracked;  // new files not in the index
    QList<FileChange> conflicted; // unmerged paths

    bool isClean() const;
    int changeCount() const;
    // "main", "main ↑1 ↓2", "detached at 1a2b3c4", "main (no commits yet)"
    QString describeBranch() const;
};

// Which pair a file diff compares: what `git diff` shows (working tree vs index, new files
// included) or what `git diff --cached` shows (index vs HEAD).
enum class DiffSide { Unstaged, Staged };

struct DiffLine
{
    enum class Kind { Context, Added, Removed, NoNewline };
    Kind kind = Kind::Context;
    QString text; // without the line break
    int oldLine = -1;
    int newLine = -1;
};

struct DiffHunk
{
    QString header; // "@@ -1,3 +1,4 @@ ..."
    int oldStart = 0;
    int oldLines = 0;
    int newStart = 0;
    int newLines = 0;
    QList<DiffLine> lines;
};

struct FM_CORE_EXPORT FileDiff
{
    QString path;
    QString oldPath;
    bool binary = false;
    QList<DiffHunk> hunks;
    QString patch; // the unified diff text, headers included ("diff --git ...")

    bool isEmpty() const { return hunks.isEmpty() && !binary; }
    int addedLines() const;
    int removedLines() const;
};

struct Signature
{
    QString name;
    QString email;

    bool isValid() const { return !name.trimmed().isEmpty() && !email.trimmed().isEmpty(); }
    bool operator==(const Signature &other) const = default;
};

struct CommitInfo
{
    QString id;      // full hex id
    QString shortId; // 7 characters
    QString summary; // the first line of the message
    QString message;
    Signature author;
    QDateTime time; // the author's time
    QStringList parents;
};

struct BranchInfo
{
    QString name;
    bool current = false;
    QString upstream; // "origin/main" or empty
    QString shortId;  // of the commit it points at
    QString summary;  // of that commit
};

} // namespace fm::vcs
