// SPDX-License-Identifier: MIT
#include "vcs/gittypes.h"

namespace fm::vcs {

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Modified:
        return QStringLiteral("modified");
    case ChangeKind::Deleted:
        return QStringLiteral("deleted");
    case ChangeKind::Renamed:
        return QStringLiteral("renamed");
    case ChangeKind::TypeChanged:
        return QStringLiteral("type changed");
    case ChangeKind::Untracked:
        return QStringLiteral("untracked");
    case ChangeKind::Conflicted:
        return QStringLiteral("conflicted");
    }
    return {};
}

bool RepositoryStatus::isClean() const
{
    return changeCount() == 0;
}

int RepositoryStatus::changeCount() const
{
    return int(staged.size() + unstaged.size() + untracked.size() + conflicted.size());
}

QString RepositoryStatus::describeBranch() const
{
    if (detached)
        return QStringLiteral("detached at %1").arg(headId);
    if (unborn)
        return QStringLiteral("%1 (no commits yet)").arg(branch);
    QString text = branch;
    if (ahead > 0)
        text += QStringLiteral(" \u2191%1").arg(ahead);
    if (behind > 0)
        text += QStringLiteral(" \u2193%1").arg(behind);
    return text;
}

int FileDiff::addedLines() const
{
    int n = 0;
    for (const DiffHunk &hunk : hunks)
        for (const DiffLine &line : hunk.lines)
            n += line.kind == DiffLine::Kind::Added ? 1 : 0;
    return n;
}

int FileDiff::removedLines() const
{
    int n = 0;
    for (const DiffHunk &hunk : hunks)
        for (const DiffLine &line : hunk.lines)
            n += line.kind == DiffLine::Kind::Removed ? 1 : 0;
    return n;
}

} // namespace fm::vcs
