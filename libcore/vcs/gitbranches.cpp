// SPDX-License-Identifier: MIT
// Local branches and the log of the current one.
#include "vcs/git_p.h"

#include <QCoreApplication>
#include <algorithm>

namespace fm::vcs {

namespace {

struct GitbranchesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

using namespace detail;

namespace {

Result<Reference> lookupBranch(git_repository *repo, const QString &name)
{
    git_reference *raw = nullptr;
    const QByteArray bytes = name.toUtf8();
    if (int rc = git_branch_lookup(&raw, repo, bytes.constData(), GIT_BRANCH_LOCAL); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("there is no branch \"%1\"").arg(name),
                             GitbranchesTr::tr("pick one of the listed branches")));
    return Reference(raw);
}

Result<Commit> branchCommit(git_reference *branch, const QString &name)
{
    git_object *raw = nullptr;
    if (int rc = git_reference_peel(&raw, branch, GIT_OBJECT_COMMIT); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("branch \"%1\" has no commit").arg(name)));
    return Commit(reinterpret_cast<git_commit *>(raw));
}

// Collects the files a checkout would overwrite.
int collectConflict(git_checkout_notify_t, const char *path, const git_diff_file *,
                    const git_diff_file *, const git_diff_file *, void *payload)
{
    static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
    return 0;
}

} // namespace

Result<QList<BranchInfo>> GitRepository::branches() const
{
    git_branch_iterator *rawIterator = nullptr;
    if (int rc = git_branch_iterator_new(&rawIterator, d->repo.get(), GIT_BRANCH_LOCAL); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("cannot list the branches")));
    BranchIterator iterator(rawIterator);
    QList<BranchInfo> out;
    git_reference *rawRef = nullptr;
    git_branch_t type;
    while (git_branch_next(&rawRef, &type, iterator.get()) == 0) {
        Reference ref(rawRef);
        BranchInfo info;
        const char *name = nullptr;
        git_branch_name(&name, ref.get());
        info.name = fromUtf8(name);
        info.current = git_branch_is_head(ref.get()) == 1;
        git_reference *rawUpstream = nullptr;
        if (git_branch_upstream(&rawUpstream, ref.get()) == 0) {
            Reference upstream(rawUpstream);
            info.upstream = fromUtf8(git_reference_shorthand(upstream.get()));
        }
        if (auto commit = branchCommit(ref.get(), info.name)) {
            info.shortId = shortId(git_commit_id(commit->get()));
            info.summary = fromUtf8(git_commit_summary(commit->get()));
        }
        out << info;
    }
    git_error_clear();
    std::sort(out.begin(), out.end(),
              [](const BranchInfo &a, const BranchInfo &b) { return a.name < b.name; });
    return out;
}

Result<void> GitRepository::createBranch(const QString &name, bool switchTo,
                                         const QString &startPoint)
{
    const QByteArray bytes = name.toUtf8();
    int valid = 0;
    if (git_branch_name_is_valid(&valid, bytes.constData()) < 0 || !valid)
        return fail(ErrorCode::BadRequest,
                    GitbranchesTr::tr("\"%1\" is not a valid branch name: use letters, digits, "
                                      "'-', '_' and '/', without spaces, \"..\" or a leading '-'")
                        .arg(name));
    Commit target;
    if (startPoint.isEmpty()) {
        auto head = d->head();
        if (!head)
            return fail(head.error());
        if (!*head)
            return fail(ErrorCode::InvalidState,
                        GitbranchesTr::tr("the current branch has no commits yet: make the first "
                                          "commit, then create branches"));
        target = std::move(*head);
    } else {
        git_object *raw = nullptr;
        const QByteArray spec = startPoint.toUtf8();
        if (int rc = git_revparse_single(&raw, d->repo.get(), spec.constData()); rc < 0)
            return fail(gitError(rc, GitbranchesTr::tr("unknown revision \"%1\"").arg(startPoint)));
        Object object(raw);
        git_object *peeled = nullptr;
        if (int rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT); rc < 0)
            return fail(gitError(rc, GitbranchesTr::tr("\"%1\" is not a commit").arg(startPoint)));
        target.reset(reinterpret_cast<git_commit *>(peeled));
    }
    git_reference *raw = nullptr;
    if (int rc = git_branch_create(&raw, d->repo.get(), bytes.constData(), target.get(), 0); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("cannot create branch \"%1\"").arg(name),
                             rc == GIT_EEXISTS
                                 ? GitbranchesTr::tr("pick another name or switch to it")
                                 : QString()));
    Reference ref(raw);
    if (switchTo)
        return switchBranch(name);
    return {};
}

Result<void> GitRepository::switchBranch(const QString &name)
{
    auto branch = lookupBranch(d->repo.get(), name);
    if (!branch)
        return fail(branch.error());
    auto commit = branchCommit(branch->get(), name);
    if (!commit)
        return fail(commit.error());
    if (auto checkedOut = d->checkoutSafely(commit->get(), QStringLiteral("\"%1\"").arg(name));
        !checkedOut)
        return checkedOut;
    if (int rc = git_repository_set_head(d->repo.get(), git_reference_name(branch->get())); rc < 0)
        return fail(
            gitError(rc, GitbranchesTr::tr("cannot make \"%1\" the current branch").arg(name)));
    return {};
}

Result<void> GitRepository::checkoutDetached(const QString &revision)
{
    git_object *raw = nullptr;
    const QByteArray spec = revision.toUtf8();
    if (int rc = git_revparse_single(&raw, d->repo.get(), spec.constData()); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("unknown revision \"%1\"").arg(revision),
                             GitbranchesTr::tr("give a commit id, a branch or HEAD~N")));
    Object object(raw);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("\"%1\" is not a commit").arg(revision)));
    Commit commit(reinterpret_cast<git_commit *>(peeled));
    const QString shown = shortId(git_commit_id(commit.get()));
    if (auto checkedOut = d->checkoutSafely(commit.get(), QStringLiteral("commit %1").arg(shown));
        !checkedOut)
        return checkedOut;
    if (int rc = git_repository_set_head_detached(d->repo.get(), git_commit_id(commit.get()));
        rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("cannot check out commit %1").arg(shown)));
    return {};
}

// SAFE keeps local changes to files that are the same in both trees, like `git switch`,
// and refuses the checkout when it would overwrite any other change.
Result<void> GitRepository::Private::checkoutSafely(const git_commit *commit, const QString &what)
{
    auto idx = index();
    if (!idx)
        return fail(idx.error());
    if (git_index_has_conflicts(idx->get()))
        return fail(ErrorCode::InvalidState,
                    GitbranchesTr::tr("cannot switch to %1 while files are conflicted: resolve "
                                      "and commit them first")
                        .arg(what));
    QStringList overwritten;
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_SAFE;
    options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    options.notify_cb = collectConflict;
    options.notify_payload = &overwritten;
    const auto *tree = reinterpret_cast<const git_object *>(commit);
    if (int rc = git_checkout_tree(repo.get(), tree, &options); rc < 0) {
        if (rc == GIT_ECONFLICT || !overwritten.isEmpty()) {
            overwritten.removeDuplicates();
            git_error_clear();
            return fail(Error(ErrorCode::InvalidState,
                              GitbranchesTr::tr("cannot switch to %1: it would overwrite your "
                                                "changes to %2; commit or discard them first")
                                  .arg(what, overwritten.join(QStringLiteral(", "))))
                            .withDetail(QStringLiteral("files"), overwritten));
        }
        return fail(gitError(rc, GitbranchesTr::tr("cannot switch to %1").arg(what)));
    }
    return {};
}

Result<void> GitRepository::deleteBranch(const QString &name, bool force)
{
    auto branch = lookupBranch(d->repo.get(), name);
    if (!branch)
        return fail(branch.error());
    if (git_branch_is_head(branch->get()) == 1)
        return fail(ErrorCode::InvalidState,
                    GitbranchesTr::tr("cannot delete \"%1\": it is the current branch; switch to "
                                      "another branch first")
                        .arg(name));
    if (!force) {
        auto head = d->head();
        if (!head)
            return fail(head.error());
        const git_oid *tip = git_reference_target(branch->get());
        const bool merged =
            *head && tip &&
            (git_oid_equal(git_commit_id(head->get()), tip) ||
             git_graph_descendant_of(d->repo.get(), git_commit_id(head->get()), tip) == 1);
        if (!merged)
            return fail(
                ErrorCode::InvalidState,
                GitbranchesTr::tr("branch \"%1\" has commits that are not in the current "
                                  "branch; merge it first, or delete it anyway to lose them")
                    .arg(name));
    }
    if (int rc = git_branch_delete(branch->get()); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("cannot delete branch \"%1\"").arg(name)));
    return {};
}

Result<QList<CommitInfo>> GitRepository::log(int maxCount) const
{
    auto head = d->head();
    if (!head)
        return fail(head.error());
    QList<CommitInfo> out;
    if (!*head)
        return out;
    git_revwalk *rawWalk = nullptr;
    if (int rc = git_revwalk_new(&rawWalk, d->repo.get()); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("cannot read the history")));
    RevWalk walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (int rc = git_revwalk_push(walk.get(), git_commit_id(head->get())); rc < 0)
        return fail(gitError(rc, GitbranchesTr::tr("cannot read the history")));
    git_oid id;
    while (out.size() < maxCount && git_revwalk_next(&id, walk.get()) == 0) {
        git_commit *raw = nullptr;
        if (int rc = git_commit_lookup(&raw, d->repo.get(), &id); rc < 0)
            return fail(gitError(rc, GitbranchesTr::tr("cannot read commit %1").arg(shortId(&id))));
        Commit commit(raw);
        out << commitInfo(commit.get());
    }
    git_error_clear();
    return out;
}

} // namespace fm::vcs
