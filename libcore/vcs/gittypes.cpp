// SPDX-License-Identifier: MIT
#include "vcs/gittypes.h"

#include <QCoreApplication>

namespace fm::vcs {

namespace {

struct GittypesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return GittypesTr::tr("added");
    case ChangeKind::Modified:
        return GittypesTr::tr("modified");
    case ChangeKind::Deleted:
        return GittypesTr::tr("deleted");
    case ChangeKind::Renamed:
        return GittypesTr::tr("renamed");
    case ChangeKind::TypeChanged:
        return GittypesTr::tr("type changed");
    case ChangeKind::Untracked:
        return GittypesTr::tr("untracked");
    case ChangeKind::Conflicted:
        return GittypesTr::tr("conflicted");
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
        return GittypesTr::tr("detached at %1").arg(headId);
    if (unborn)
        return GittypesTr::tr("%1 (no commits yet)").arg(branch);
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
