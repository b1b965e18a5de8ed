// SPDX-License-Identifier: MIT
// File diffs as hunks and text, files at a revision, the changes since a revision.
#include "vcs/git_p.h"

#include <QCoreApplication>

namespace fm::vcs {

namespace {

struct GitdiffTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

using namespace detail;

namespace {

DiffLine::Kind lineKind(char origin)
{
    switch (origin) {
    case GIT_DIFF_LINE_ADDITION:
        return DiffLine::Kind::Added;
    case GIT_DIFF_LINE_DELETION:
        return DiffLine::Kind::Removed;
    case GIT_DIFF_LINE_CONTEXT_EOFNL:
    case GIT_DIFF_LINE_ADD_EOFNL:
    case GIT_DIFF_LINE_DEL_EOFNL:
        return DiffLine::Kind::NoNewline;
    default:
        return DiffLine::Kind::Context;
    }
}

Result<FileDiff> readPatch(git_diff *diff, const QString &path)
{
    FileDiff out;
    out.path = path;
    const size_t deltas = git_diff_num_deltas(diff);
    for (size_t i = 0; i < deltas; ++i) {
        git_patch *raw = nullptr;
        if (int rc = git_patch_from_diff(&raw, diff, i); rc < 0)
            return fail(gitError(rc, GitdiffTr::tr("cannot compute the diff of %1").arg(path)));
        Patch patch(raw);
        if (!patch) { // unchanged, or binary without content
            const git_diff_delta *delta = git_diff_get_delta(diff, i);
            out.binary = out.binary || (delta && (delta->flags & GIT_DIFF_FLAG_BINARY));
            continue;
        }
        const git_diff_delta *delta = git_patch_get_delta(patch.get());
        out.path = fromUtf8(delta->new_file.path);
        if (delta->status == GIT_DELTA_RENAMED)
            out.oldPath = fromUtf8(delta->old_file.path);
        out.binary = out.binary || (delta->flags & GIT_DIFF_FLAG_BINARY);
        for (size_t h = 0; h < git_patch_num_hunks(patch.get()); ++h) {
            const git_diff_hunk *rawHunk = nullptr;
            size_t lineCount = 0;
            if (int rc = git_patch_get_hunk(&rawHunk, &lineCount, patch.get(), h); rc < 0)
                return fail(gitError(rc, GitdiffTr::tr("cannot read the diff of %1").arg(path)));
            DiffHunk hunk;
            hunk.header = QString::fromUtf8(rawHunk->header, int(rawHunk->header_len)).trimmed();
            hunk.oldStart = rawHunk->old_start;
            hunk.oldLines = rawHunk->old_lines;
            hunk.newStart = rawHunk->new_start;
            hunk.newLines = rawHunk->new_lines;
            for (size_t l = 0; l < lineCount; ++l) {
                const git_diff_line *rawLine = nullptr;
                if (git_patch_get_line_in_hunk(&rawLine, patch.get(), h, l) < 0)
                    continue;
                DiffLine line;
                line.kind = lineKind(rawLine->origin);
                QString text = QString::fromUtf8(rawLine->content, int(rawLine->content_len));
                while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
                    text.chop(1);
                line.text = text;
                line.oldLine = rawLine->old_lineno;
                line.newLine = rawLine->new_lineno;
                hunk.lines << line;
            }
            out.hunks << hunk;
        }
        git_buf buf = GIT_BUF_INIT;
        if (git_patch_to_buf(&buf, patch.get()) == 0)
            out.patch += QString::fromUtf8(buf.ptr, int(buf.size));
        git_buf_dispose(&buf);
    }
    return out;
}

Result<Tree> treeOf(git_repository *repo, const QString &revision)
{
    git_object *raw = nullptr;
    const QByteArray spec = revision.toUtf8();
    if (int rc = git_revparse_single(&raw, repo, spec.constData()); rc < 0)
        return fail(gitError(rc == GIT_ENOTFOUND ? GIT_ENOTFOUND : rc,
                             GitdiffTr::tr("unknown revision \"%1\"").arg(revision),
                             GitdiffTr::tr("give a branch, a tag, a commit id or HEAD~N")));
    Object object(raw);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_TREE); rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("\"%1\" is not a commit").arg(revision)));
    return Tree(reinterpret_cast<git_tree *>(peeled));
}

Result<QByteArray> blobText(git_repository *repo, const git_oid *id, const QString &path)
{
    git_blob *raw = nullptr;
    if (int rc = git_blob_lookup(&raw, repo, id); rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("cannot read %1 from Git").arg(path)));
    Blob blob(raw);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

ChangeKind kindOf(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED:
        return ChangeKind::Added;
    case GIT_DELTA_DELETED:
        return ChangeKind::Deleted;
    case GIT_DELTA_RENAMED:
        return ChangeKind::Renamed;
    case GIT_DELTA_TYPECHANGE:
        return ChangeKind::TypeChanged;
    case GIT_DELTA_UNTRACKED:
        return ChangeKind::Untracked;
    case GIT_DELTA_CONFLICTED:
        return ChangeKind::Conflicted;
    default:
        return ChangeKind::Modified;
    }
}

// A commit's tree and its first parent's (null for a root commit): the two sides of
// what the commit changed.
struct CommitTrees
{
    Tree parent;
    Tree tree;
};

Result<CommitTrees> commitTrees(git_repository *repo, const QString &revision)
{
    git_object *raw = nullptr;
    const QByteArray spec = revision.toUtf8();
    if (int rc = git_revparse_single(&raw, repo, spec.constData()); rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("unknown revision \"%1\"").arg(revision),
                             GitdiffTr::tr("give a branch, a tag, a commit id or HEAD~N")));
    Object object(raw);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT); rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("\"%1\" is not a commit").arg(revision)));
    Commit commit(reinterpret_cast<git_commit *>(peeled));
    CommitTrees trees;
    git_tree *rawTree = nullptr;
    if (int rc = git_commit_tree(&rawTree, commit.get()); rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("cannot read the files of %1").arg(revision)));
    trees.tree.reset(rawTree);
    if (git_commit_parentcount(commit.get()) > 0) {
        git_commit *rawParent = nullptr;
        if (int rc = git_commit_parent(&rawParent, commit.get(), 0); rc < 0)
            return fail(gitError(rc, GitdiffTr::tr("cannot read the parent of %1").arg(revision)));
        Commit parent(rawParent);
        if (int rc = git_commit_tree(&rawTree, parent.get()); rc < 0)
            return fail(gitError(rc, GitdiffTr::tr("cannot read the parent of %1").arg(revision)));
        trees.parent.reset(rawTree);
    }
    return trees;
}

Result<Diff> commitDiffOf(git_repository *repo, const QString &revision, git_strarray *paths)
{
    auto trees = commitTrees(repo, revision);
    if (!trees)
        return fail(trees.error());
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (paths) {
        options.pathspec = *paths;
        options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    }
    git_diff *raw = nullptr;
    if (int rc =
            git_diff_tree_to_tree(&raw, repo, trees->parent.get(), trees->tree.get(), &options);
        rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("cannot compute the changes of %1").arg(revision)));
    return Diff(raw);
}

// One file's diff on `side`: the working tree against the index (new files included) or
// the index against HEAD; `reverse` turns it around (what undoes it).
Result<Diff> sideDiff(const GitRepository::Private &d, const QString &gitPath, DiffSide side,
                      bool reverse = false)
{
    PathSpec spec({gitPath});
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.pathspec = *spec.get();
    options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH | (reverse ? GIT_DIFF_REVERSE : 0);
    auto index = d.index();
    if (!index)
        return fail(index.error());
    git_diff *raw = nullptr;
    int rc = 0;
    if (side == DiffSide::Unstaged) {
        options.flags |= GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_SHOW_UNTRACKED_CONTENT |
                         GIT_DIFF_RECURSE_UNTRACKED_DIRS;
        rc = git_diff_index_to_workdir(&raw, d.repo.get(), index->get(), &options);
    } else {
        auto head = d.head();
        if (!head)
            return fail(head.error());
        Tree tree;
        if (*head) {
            git_tree *rawTree = nullptr;
            if (rc = git_commit_tree(&rawTree, head->get()); rc < 0)
                return fail(gitError(rc, GitdiffTr::tr("cannot read HEAD's files")));
            tree.reset(rawTree);
        }
        rc = git_diff_tree_to_index(&raw, d.repo.get(), tree.get(), index->get(), &options);
    }
    if (rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("cannot compute the diff of %1").arg(gitPath)));
    return Diff(raw);
}

// Lets only the `wanted`-th hunk of the diff through git_apply.
struct HunkFilter
{
    int wanted = 0;
    int seen = 0;
};

int oneHunk(const git_diff_hunk *, void *payload)
{
    auto *filter = static_cast<HunkFilter *>(payload);
    return filter->seen++ == filter->wanted ? 0 : 1; // 1: skip this hunk
}

} // namespace

Result<QList<FileChange>> GitRepository::commitChanges(const QString &revision) const
{
    auto diff = commitDiffOf(d->repo.get(), revision, nullptr);
    if (!diff)
        return fail(diff.error());
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    git_diff_find_similar(diff->get(), &find); // renames, as `git show` names them
    QList<FileChange> changes;
    for (size_t i = 0; i < git_diff_num_deltas(diff->get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff->get(), i);
        FileChange change;
        change.kind = kindOf(delta->status);
        change.path = fromUtf8(delta->new_file.path);
        if (change.kind == ChangeKind::Renamed)
            change.oldPath = fromUtf8(delta->old_file.path);
        changes << change;
    }
    return changes;
}

Result<FileDiff> GitRepository::commitDiff(const QString &revision, const QString &path) const
{
    const QString gitPath = d->gitPaths({path}).value(0);
    PathSpec spec({gitPath});
    auto diff = commitDiffOf(d->repo.get(), revision, spec.get());
    if (!diff)
        return fail(diff.error());
    return readPatch(diff->get(), gitPath);
}

Result<void> GitRepository::applyHunk(const QString &path, DiffSide side, int hunk)
{
    const QString gitPath = d->gitPaths({path}).value(0);
    // The staged change turned around: applied to the index, it takes the hunk out.
    auto computed = sideDiff(*d, gitPath, side, side == DiffSide::Staged);
    if (!computed)
        return fail(computed.error());
    Diff diff = std::move(*computed);
    int rc = 0;
    const git_diff_delta *delta =
        git_diff_num_deltas(diff.get()) == 1 ? git_diff_get_delta(diff.get(), 0) : nullptr;
    if (!delta)
        return fail(ErrorCode::NotFound,
                    GitdiffTr::tr("%1 has no %2 changes")
                        .arg(gitPath, side == DiffSide::Unstaged ? GitdiffTr::tr("unstaged")
                                                                 : GitdiffTr::tr("staged")));
    const bool wholeFile = delta->status == GIT_DELTA_ADDED || delta->status == GIT_DELTA_DELETED ||
                           delta->status == GIT_DELTA_UNTRACKED;
    if (delta->flags & GIT_DIFF_FLAG_BINARY || wholeFile)
        return fail(
            ErrorCode::BadRequest,
            GitdiffTr::tr("%1 is new, deleted or binary: stage or unstage it whole").arg(gitPath));
    Patch patch;
    git_patch *rawPatch = nullptr;
    if (rc = git_patch_from_diff(&rawPatch, diff.get(), 0); rc < 0)
        return fail(gitError(rc, GitdiffTr::tr("cannot compute the diff of %1").arg(gitPath)));
    patch.reset(rawPatch);
    const int hunks = patch ? int(git_patch_num_hunks(patch.get())) : 0;
    if (hunk < 0 || hunk >= hunks)
        return fail(ErrorCode::NotFound, GitdiffTr::tr("%1 has no hunk %2 (it has %3); refresh "
                                                       "the diff and try again")
                                             .arg(gitPath)
                                             .arg(hunk + 1)
                                             .arg(hunks));
    HunkFilter filter{hunk, 0};
    git_apply_options apply = GIT_APPLY_OPTIONS_INIT;
    apply.hunk_cb = oneHunk;
    apply.payload = &filter;
    if (rc = git_apply(d->repo.get(), diff.get(), GIT_APPLY_LOCATION_INDEX, &apply); rc < 0)
        return fail(
            gitError(rc, GitdiffTr::tr("cannot apply that hunk of %1 to the index").arg(gitPath)));
    return {};
}

Result<FileDiff> GitRepository::diff(const QString &path, DiffSide side) const
{
    const QString gitPath = d->gitPaths({path}).value(0);
    auto diff = sideDiff(*d, gitPath, side);
    if (!diff)
        return fail(diff.error());
    return readPatch(diff->get(), gitPath);
}

Result<QByteArray> GitRepository::fileAt(const QString &revision, const QString &path) const
{
    auto tree = treeOf(d->repo.get(), revision);
    if (!tree)
        return fail(tree.error());
    const QString gitPath = d->gitPaths({path}).value(0);
    git_tree_entry *raw = nullptr;
    const QByteArray bytes = gitPath.toUtf8();
    if (int rc = git_tree_entry_bypath(&raw, tree->get(), bytes.constData()); rc < 0) {
        git_error_clear();
        return fail(ErrorCode::NotFound, GitdiffTr::tr("%1 is not in %2").arg(gitPath, revision));
    }
    TreeEntry entry(raw);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return fail(ErrorCode::BadRequest,
                    GitdiffTr::tr("%1 is a folder in %2, not a file").arg(gitPath, revision));
    return blobText(d->repo.get(), git_tree_entry_id(entry.get()), gitPath);
}

Result<QByteArray> GitRepository::fileInIndex(const QString &path) const
{
    auto index = d->index();
    if (!index)
        return fail(index.error());
    const QString gitPath = d->gitPaths({path}).value(0);
    const QByteArray bytes = gitPath.toUtf8();
    const git_index_entry *entry = git_index_get_bypath(index->get(), bytes.constData(), 0);
    if (!entry)
        return fail(ErrorCode::NotFound, GitdiffTr::tr("%1 is not staged").arg(gitPath));
    return blobText(d->repo.get(), &entry->id, gitPath);
}

Result<QList<FileChange>> GitRepository::changesSince(const QString &revision) const
{
    auto tree = treeOf(d->repo.get(), revision);
    if (!tree)
        return fail(tree.error());
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS;
    git_diff *raw = nullptr;
    if (int rc = git_diff_tree_to_workdir_with_index(&raw, d->repo.get(), tree->get(), &options);
        rc < 0)
        return fail(
            gitError(rc, GitdiffTr::tr("cannot compare %1 with the working tree").arg(revision)));
    Diff diff(raw);
    QList<FileChange> changes;
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        FileChange change;
        change.kind = kindOf(delta->status);
        change.path = fromUtf8(delta->new_file.path);
        if (change.kind == ChangeKind::Renamed)
            change.oldPath = fromUtf8(delta->old_file.path);
        changes << change;
    }
    return changes;
}

} // namespace fm::vcs
