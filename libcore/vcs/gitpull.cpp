// SPDX-License-Identifier: MIT
// Pull (fetch, then fast-forward or merge with a merge commit) and resolving conflicts.
#include "vcs/gitremote_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fm::vcs {

namespace {

struct GitpullTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

using namespace detail;

namespace {

int collectOverwritten(git_checkout_notify_t, const char *path, const git_diff_file *,
                       const git_diff_file *, const git_diff_file *, void *payload)
{
    static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
    return 0;
}

Error wouldOverwrite(QStringList files)
{
    files.removeDuplicates();
    git_error_clear();
    const QString list =
        files.isEmpty() ? GitpullTr::tr("files you changed") : files.join(QStringLiteral(", "));
    return Error(ErrorCode::InvalidState,
                 GitpullTr::tr("cannot pull: it would overwrite your uncommitted changes to "
                               "%1; commit (or discard) them first, then pull again")
                     .arg(list))
        .withDetail(QStringLiteral("files"), files);
}

QStringList conflictedPaths(git_index *index)
{
    QStringList out;
    git_index_conflict_iterator *rawIterator = nullptr;
    if (git_index_conflict_iterator_new(&rawIterator, index) < 0)
        return out;
    std::unique_ptr<git_index_conflict_iterator, Deleter<&git_index_conflict_iterator_free>>
        iterator(rawIterator);
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    while (git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get()) == 0) {
        const git_index_entry *any = ours ? ours : (theirs ? theirs : ancestor);
        if (any)
            out << fromUtf8(any->path);
    }
    git_error_clear();
    out.removeDuplicates();
    return out;
}

} // namespace

Result<PullResult> GitSync::pull()
{
    git_repository *repo = m_repo.d->repo.get();
    if (git_repository_state(repo) != GIT_REPOSITORY_STATE_NONE)
        return fail(ErrorCode::InvalidState,
                    GitpullTr::tr("a merge is in progress: resolve the conflicted files and "
                                  "commit, then pull again"));
    auto index = m_repo.d->index();
    if (!index)
        return fail(index.error());
    if (git_index_has_conflicts(index->get()))
        return fail(ErrorCode::InvalidState,
                    GitpullTr::tr("there are unresolved conflicts: resolve them and commit, "
                                  "then pull again"));
    git_reference *rawHead = nullptr;
    int rc = git_repository_head(&rawHead, repo);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND)
        return fail(ErrorCode::InvalidState,
                    GitpullTr::tr("the branch has no commits yet: clone the project instead, "
                                  "or commit and push first"));
    if (rc < 0)
        return fail(gitError(rc, GitpullTr::tr("cannot read HEAD")));
    Reference head(rawHead);
    if (!git_reference_is_branch(head.get()))
        return fail(ErrorCode::InvalidState,
                    GitpullTr::tr("HEAD is detached: switch to a branch, then pull"));
    const QString branch = fromUtf8(git_reference_shorthand(head.get()));

    // The upstream, or <remote>/<branch> when none is set yet (set once it exists).
    auto remoteName = defaultRemote();
    if (!remoteName)
        return fail(remoteName.error());
    if (auto fetched = fetch(*remoteName); !fetched)
        return fail(fetched.error());
    PullResult result;
    git_reference *rawUpstream = nullptr;
    bool setUpstream = false;
    if (git_branch_upstream(&rawUpstream, head.get()) < 0) {
        const QByteArray name = (*remoteName + QLatin1Char('/') + branch).toUtf8();
        if (git_branch_lookup(&rawUpstream, repo, name.constData(), GIT_BRANCH_REMOTE) < 0) {
            git_error_clear();
            return fail(ErrorCode::NotFound,
                        GitpullTr::tr("%1 has no branch \"%2\" to pull from: push this "
                                      "branch first")
                            .arg(*remoteName, branch));
        }
        setUpstream = true;
    }
    Reference upstream(rawUpstream);
    result.upstream = fromUtf8(git_reference_shorthand(upstream.get()));
    // Made the upstream only once the pull went through: a refused pull changes nothing.
    const auto done = [&]() -> Result<PullResult> {
        if (setUpstream) {
            const QByteArray name = result.upstream.toUtf8();
            if (int set = git_branch_set_upstream(head.get(), name.constData()); set < 0)
                return fail(gitError(set, GitpullTr::tr("cannot set %1 as the upstream of %2")
                                              .arg(result.upstream, branch)));
        }
        return result;
    };

    git_annotated_commit *rawTheirs = nullptr;
    if (rc = git_annotated_commit_from_ref(&rawTheirs, repo, upstream.get()); rc < 0)
        return fail(gitError(rc, GitpullTr::tr("cannot read %1").arg(result.upstream)));
    AnnotatedCommit theirs(rawTheirs);
    const git_annotated_commit *heads[] = {theirs.get()};
    git_merge_analysis_t analysis = GIT_MERGE_ANALYSIS_NONE;
    git_merge_preference_t preference = GIT_MERGE_PREFERENCE_NONE;
    if (rc = git_merge_analysis_for_ref(&analysis, &preference, repo, head.get(), heads, 1); rc < 0)
        return fail(
            gitError(rc, GitpullTr::tr("cannot compare %1 with %2").arg(branch, result.upstream)));
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE) {
        result.kind = PullResult::Kind::UpToDate;
        return done();
    }

    QStringList overwritten;
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    // SAFE keeps uncommitted changes the pull does not touch and refuses to overwrite the
    // others (nothing is written then): no uncommitted work is ever lost to a pull.
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
    checkout.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    checkout.notify_cb = collectOverwritten;
    checkout.notify_payload = &overwritten;

    if (analysis & GIT_MERGE_ANALYSIS_FASTFORWARD) {
        const git_oid *target = git_annotated_commit_id(theirs.get());
        git_object *rawTarget = nullptr;
        if (rc = git_object_lookup(&rawTarget, repo, target, GIT_OBJECT_COMMIT); rc < 0)
            return fail(gitError(rc, GitpullTr::tr("cannot read %1").arg(result.upstream)));
        Object object(rawTarget);
        if (rc = git_checkout_tree(repo, object.get(), &checkout); rc < 0) {
            if (rc == GIT_ECONFLICT || !overwritten.isEmpty())
                return fail(wouldOverwrite(overwritten));
            return fail(gitError(rc, GitpullTr::tr("cannot check out %1").arg(result.upstream)));
        }
        git_reference *moved = nullptr;
        const QByteArray message = "pull: fast-forward to " + result.upstream.toUtf8();
        if (rc = git_reference_set_target(&moved, head.get(), target, message.constData()); rc < 0)
            return fail(gitError(rc, GitpullTr::tr("cannot move %1 forward").arg(branch)));
        Reference movedRef(moved);
        result.kind = PullResult::Kind::FastForward;
        result.commitId = fullId(target);
        return done();
    }

    // Histories without a common commit are not merged, as `git pull` refuses them: that is
    // almost always the wrong remote or a repository made twice.
    git_oid base;
    const git_oid *ours = git_reference_target(head.get());
    if (ours &&
        git_merge_base(&base, repo, ours, git_annotated_commit_id(theirs.get())) == GIT_ENOTFOUND) {
        git_error_clear();
        return fail(ErrorCode::InvalidState,
                    GitpullTr::tr("cannot pull: %1 and %2 have no commit in common (unrelated "
                                  "histories); check that the remote is the right repository")
                        .arg(branch, result.upstream));
    }
    // A real merge makes a commit: an author is needed before anything changes.
    if (auto author = m_repo.defaultSignature(); !author)
        return fail(author.error());
    git_merge_options merge = GIT_MERGE_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_ALLOW_CONFLICTS;
    if (rc = git_merge(repo, heads, 1, &merge, &checkout); rc < 0) {
        // libgit2 removes its merge state again when the merge fails.
        if (rc == GIT_ECONFLICT || !overwritten.isEmpty())
            return fail(wouldOverwrite(overwritten));
        return fail(gitError(rc, GitpullTr::tr("cannot merge %1").arg(result.upstream)));
    }
    auto merged = m_repo.d->index();
    if (!merged)
        return fail(merged.error());
    if (git_index_has_conflicts(merged->get())) {
        // libgit2 names the branch by its full reference; `git` by its short name.
        const QString mergeMsg =
            QDir(fromUtf8(git_repository_path(repo))).filePath(QStringLiteral("MERGE_MSG"));
        QFile file(mergeMsg);
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray text = file.readAll();
            file.close();
            text.replace("'refs/remotes/", "'");
            QSaveFile out(mergeMsg);
            if (out.open(QIODevice::WriteOnly) && out.write(text) == text.size())
                out.commit();
        }
        result.kind = PullResult::Kind::Conflicts;
        result.conflicted = conflictedPaths(merged->get());
        return done();
    }
    // No conflicts: commit the merge as `git pull` does (MERGE_HEAD gives the second
    // parent, and commit() clears the merge state).
    auto id =
        m_repo.commit(QStringLiteral("Merge remote-tracking branch '%1'\n").arg(result.upstream));
    if (!id)
        return fail(id.error());
    result.kind = PullResult::Kind::Merged;
    result.commitId = *id;
    return done();
}

Result<void> GitSync::resolveConflict(const QString &path, Side side)
{
    auto index = m_repo.d->index();
    if (!index)
        return fail(index.error());
    const QString gitPath = m_repo.d->gitPaths({path}).value(0);
    const QByteArray bytes = gitPath.toUtf8();
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    if (int rc = git_index_conflict_get(&ancestor, &ours, &theirs, index->get(), bytes.constData());
        rc < 0) {
        git_error_clear();
        return fail(ErrorCode::NotFound,
                    GitpullTr::tr("%1 is not conflicted: refresh the list").arg(gitPath));
    }
    const git_index_entry *chosen = side == Side::Ours ? ours : theirs;
    const QString file = QDir(m_repo.d->workdir).filePath(gitPath);
    if (!chosen) { // that side deleted the file
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return fail(ErrorCode::Io, GitpullTr::tr("cannot delete %1: check its permissions")
                                           .arg(QDir::toNativeSeparators(file)));
        if (int rc = git_index_remove_bypath(index->get(), bytes.constData()); rc < 0)
            return fail(gitError(rc, GitpullTr::tr("cannot resolve %1").arg(gitPath)));
    } else {
        git_blob *rawBlob = nullptr;
        if (int rc = git_blob_lookup(&rawBlob, m_repo.d->repo.get(), &chosen->id); rc < 0)
            return fail(gitError(
                rc, GitpullTr::tr("cannot read %1's version of %2")
                        .arg(side == Side::Ours ? GitpullTr::tr("our") : GitpullTr::tr("their"),
                             gitPath)));
        Blob blob(rawBlob);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSaveFile out(file);
        const auto *data = static_cast<const char *>(git_blob_rawcontent(blob.get()));
        const auto size = qint64(git_blob_rawsize(blob.get()));
        if (!out.open(QIODevice::WriteOnly) || out.write(data, size) != size || !out.commit())
            return fail(ErrorCode::Io, GitpullTr::tr("cannot write %1: check its permissions")
                                           .arg(QDir::toNativeSeparators(file)));
        if (int rc = git_index_add_bypath(index->get(), bytes.constData()); rc < 0)
            return fail(gitError(rc, GitpullTr::tr("cannot stage %1").arg(gitPath)));
    }
    if (int rc = git_index_write(index->get()); rc < 0)
        return fail(gitError(rc, GitpullTr::tr("cannot write the Git index")));
    return {};
}

Result<void> GitSync::markResolved(const QString &path)
{
    auto index = m_repo.d->index();
    if (!index)
        return fail(index.error());
    const QString gitPath = m_repo.d->gitPaths({path}).value(0);
    const QByteArray bytes = gitPath.toUtf8();
    const git_index_entry *entries[3] = {};
    if (git_index_conflict_get(&entries[0], &entries[1], &entries[2], index->get(),
                               bytes.constData()) < 0) {
        git_error_clear();
        return fail(ErrorCode::NotFound,
                    GitpullTr::tr("%1 is not conflicted: refresh the list").arg(gitPath));
    }
    QFile file(QDir(m_repo.d->workdir).filePath(gitPath));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray text = file.readAll();
        if (text.startsWith("<<<<<<< ") || text.contains("\n<<<<<<< ") ||
            text.contains("\n>>>>>>> "))
            return fail(ErrorCode::InvalidState,
                        GitpullTr::tr("%1 still has conflict markers (<<<<<<< and >>>>>>>): "
                                      "edit it to keep what you want, or use ours or theirs")
                            .arg(gitPath));
    }
    return m_repo.stage({gitPath});
}

} // namespace fm::vcs
