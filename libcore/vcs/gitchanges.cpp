// SPDX-License-Identifier: MIT
// Staging, discarding and committing.
#include "vcs/git_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>
#include <utility>
#include <vector>

namespace fm::vcs {

namespace {

struct GitchangesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

using namespace detail;

namespace {

QString setAuthorHint()
{
    return GitchangesTr::tr(
        "set your name and email with `git config --global user.name \"Your Name\"` and "
        "`git config --global user.email you@example.com` (or in the Studio's commit dialog)");
}

Result<Sig> makeSignature(const Signature &author)
{
    git_signature *raw = nullptr;
    const QByteArray name = author.name.trimmed().toUtf8();
    const QByteArray email = author.email.trimmed().toUtf8();
    if (int rc = git_signature_now(&raw, name.constData(), email.constData()); rc < 0)
        return fail(gitError(
            rc,
            GitchangesTr::tr("the author \"%1 <%2>\" is not valid").arg(author.name, author.email),
            GitchangesTr::tr("use a name and an email without angle brackets")));
    return Sig(raw);
}

// The message as Git keeps it: comment lines ("# ...") and trailing blanks removed.
Result<QByteArray> cleanMessage(const QString &message)
{
    git_buf buf = GIT_BUF_INIT;
    const QByteArray raw = message.toUtf8();
    if (int rc = git_message_prettify(&buf, raw.constData(), 1, '#'); rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot read the commit message")));
    QByteArray out(buf.ptr, int(buf.size));
    git_buf_dispose(&buf);
    if (out.trimmed().isEmpty())
        return fail(ErrorCode::BadRequest,
                    GitchangesTr::tr("the commit message is empty: write a summary line that says "
                                     "what the change does"));
    return out;
}

Result<Tree> indexTree(git_repository *repo, git_index *index)
{
    if (git_index_has_conflicts(index))
        return fail(ErrorCode::InvalidState,
                    GitchangesTr::tr("there are unresolved conflicts: resolve each conflicted file "
                                     "and stage it, then commit"));
    git_oid treeId;
    if (int rc = git_index_write_tree(&treeId, index); rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot write the staged files as a tree")));
    git_tree *raw = nullptr;
    if (int rc = git_tree_lookup(&raw, repo, &treeId); rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot read the staged tree")));
    return Tree(raw);
}

// The staged files as a tree: what a commit or an amend records.
Result<Tree> stagedTree(const GitRepository::Private &d)
{
    auto index = d.index();
    if (!index)
        return fail(index.error());
    return indexTree(d.repo.get(), index->get());
}

} // namespace

Result<void> GitRepository::stage(const QStringList &paths)
{
    auto index = d->index();
    if (!index)
        return fail(index.error());
    for (const QString &path : d->gitPaths(paths)) {
        const QByteArray bytes = path.toUtf8();
        const bool exists = QFileInfo::exists(QDir(d->workdir).filePath(path));
        if (!exists && !git_index_get_bypath(index->get(), bytes.constData(), 0) &&
            !git_index_get_bypath(index->get(), bytes.constData(), 1) &&
            !git_index_get_bypath(index->get(), bytes.constData(), 2))
            return fail(ErrorCode::NotFound,
                        GitchangesTr::tr("cannot stage %1: there is no such file in the working "
                                         "tree or the index; refresh the list")
                            .arg(path));
        const int rc = exists ? git_index_add_bypath(index->get(), bytes.constData())
                              : git_index_remove_bypath(index->get(), bytes.constData());
        if (rc < 0)
            return fail(gitError(rc, GitchangesTr::tr("cannot stage %1").arg(path)));
    }
    if (int rc = git_index_write(index->get()); rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot write the Git index"),
                             GitchangesTr::tr("if another Git program is running, wait for it; "
                                              "else remove .git/index.lock")));
    return {};
}

Result<void> GitRepository::unstage(const QStringList &paths)
{
    auto head = d->head();
    if (!head)
        return fail(head.error());
    PathSpec spec(d->gitPaths(paths));
    // Without a commit, git_reset_default removes the entries from the index.
    const auto *target = reinterpret_cast<const git_object *>(head->get());
    if (int rc = git_reset_default(d->repo.get(), target, spec.get()); rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot unstage %1").arg(paths.join(", "))));
    return {};
}

Result<void> GitRepository::discard(const QStringList &paths)
{
    auto index = d->index();
    if (!index)
        return fail(index.error());
    QStringList tracked;
    for (const QString &path : d->gitPaths(paths)) {
        const QByteArray bytes = path.toUtf8();
        if (git_index_get_bypath(index->get(), bytes.constData(), 0)) {
            tracked << path;
            continue;
        }
        const QString file = QDir(d->workdir).filePath(path);
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return fail(ErrorCode::Io, GitchangesTr::tr("cannot delete %1: check its permissions")
                                           .arg(QDir::toNativeSeparators(file)));
    }
    if (tracked.isEmpty())
        return {};
    PathSpec spec(tracked);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
    options.paths = *spec.get();
    if (int rc = git_checkout_index(d->repo.get(), index->get(), &options); rc < 0)
        return fail(gitError(
            rc, GitchangesTr::tr("cannot discard the changes of %1").arg(tracked.join(", "))));
    return {};
}

Result<Signature> GitRepository::defaultSignature() const
{
    git_signature *raw = nullptr;
    int rc = git_signature_default(&raw, d->repo.get());
    if (rc == GIT_ENOTFOUND)
        return fail(ErrorCode::NotFound,
                    GitchangesTr::tr("no Git author is set: %1").arg(setAuthorHint()));
    if (rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot read the Git author"), setAuthorHint()));
    Sig sig(raw);
    return Signature{fromUtf8(sig->name), fromUtf8(sig->email)};
}

Result<void> GitRepository::setDefaultSignature(const Signature &author, ConfigScope scope)
{
    if (!author.isValid() || author.name.contains(QLatin1Char('<')) ||
        author.email.contains(QLatin1Char('<')) || !author.email.contains(QLatin1Char('@')))
        return fail(ErrorCode::BadRequest,
                    GitchangesTr::tr("give a name and an email address (name@example.com), "
                                     "without angle brackets"));
    git_config *raw = nullptr;
    int rc = 0;
    if (scope == ConfigScope::Repository) {
        git_config *all = nullptr;
        rc = git_repository_config(&all, d->repo.get());
        if (rc == 0) {
            rc = git_config_open_level(&raw, all, GIT_CONFIG_LEVEL_LOCAL);
            git_config_free(all);
        }
    } else {
        // libgit2 finds ~/.gitconfig only when it exists; it is created when missing.
        const QByteArray path = (QDir::homePath() + QStringLiteral("/.gitconfig")).toUtf8();
        rc = git_config_open_ondisk(&raw, path.constData());
    }
    if (rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot open the Git configuration")));
    std::unique_ptr<git_config, Deleter<&git_config_free>> config(raw);
    const QByteArray name = author.name.trimmed().toUtf8();
    const QByteArray email = author.email.trimmed().toUtf8();
    if ((rc = git_config_set_string(config.get(), "user.name", name.constData())) < 0 ||
        (rc = git_config_set_string(config.get(), "user.email", email.constData())) < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot write the Git author"),
                             GitchangesTr::tr("check that the configuration file is writable")));
    return {};
}

Result<CommitInfo> GitRepository::headCommit() const
{
    auto head = d->head();
    if (!head)
        return fail(head.error());
    if (!*head)
        return fail(ErrorCode::NotFound,
                    GitchangesTr::tr("the branch has no commits yet: make the first commit"));
    return commitInfo(head->get());
}

Result<QString> GitRepository::commit(const QString &message, const Signature &author)
{
    auto text = cleanMessage(message);
    if (!text)
        return fail(text.error());
    Signature who = author;
    if (!who.isValid()) {
        auto configured = defaultSignature();
        if (!configured)
            return fail(configured.error());
        who = *configured;
    }
    auto sig = makeSignature(who);
    if (!sig)
        return fail(sig.error());
    auto tree = stagedTree(*d);
    if (!tree)
        return fail(tree.error());
    auto head = d->head();
    if (!head)
        return fail(head.error());
    // A merge in progress (conflicts resolved and staged) commits with every merged head
    // as a parent, as `git commit` does.
    std::vector<Commit> merged;
    std::pair<git_repository *, std::vector<Commit> *> context{d->repo.get(), &merged};
    git_repository_mergehead_foreach(
        d->repo.get(),
        [](const git_oid *id, void *payload) {
            auto *c = static_cast<std::pair<git_repository *, std::vector<Commit> *> *>(payload);
            git_commit *raw = nullptr;
            if (git_commit_lookup(&raw, c->first, id) == 0)
                c->second->emplace_back(raw);
            return 0;
        },
        &context);
    git_error_clear();
    std::vector<const git_commit *> parents;
    if (*head)
        parents.push_back(head->get());
    for (const Commit &commit : merged)
        parents.push_back(commit.get());
    if (*head && merged.empty() &&
        git_oid_equal(git_commit_tree_id(head->get()), git_tree_id(tree->get())))
        return fail(ErrorCode::InvalidState,
                    GitchangesTr::tr("nothing is staged: stage the files to commit first"));
    if (!*head && git_tree_entrycount(tree->get()) == 0)
        return fail(ErrorCode::InvalidState,
                    GitchangesTr::tr("nothing is staged: stage the files to commit first"));
    git_oid id;
    if (int rc = git_commit_create(&id, d->repo.get(), "HEAD", sig->get(), sig->get(), nullptr,
                                   text->constData(), tree->get(), parents.size(), parents.data());
        rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot commit")));
    if (!merged.empty())
        git_repository_state_cleanup(d->repo.get()); // MERGE_HEAD, MERGE_MSG
    return fullId(&id);
}

Result<QString> GitRepository::amend(const QString &message)
{
    auto head = d->head();
    if (!head)
        return fail(head.error());
    if (!*head)
        return fail(ErrorCode::InvalidState,
                    GitchangesTr::tr("there is no commit to amend yet: make the first commit"));
    QByteArray text;
    if (!message.trimmed().isEmpty()) {
        auto cleaned = cleanMessage(message);
        if (!cleaned)
            return fail(cleaned.error());
        text = *cleaned;
    }
    auto committer = defaultSignature();
    if (!committer)
        return fail(committer.error());
    auto sig = makeSignature(*committer);
    if (!sig)
        return fail(sig.error());
    auto tree = stagedTree(*d);
    if (!tree)
        return fail(tree.error());
    git_oid id;
    if (int rc = git_commit_amend(&id, head->get(), "HEAD", nullptr, sig->get(), nullptr,
                                  text.isEmpty() ? nullptr : text.constData(), tree->get());
        rc < 0)
        return fail(gitError(rc, GitchangesTr::tr("cannot amend the last commit")));
    return fullId(&id);
}

} // namespace fm::vcs
