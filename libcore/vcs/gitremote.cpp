// SPDX-License-Identifier: MIT
// Remotes, fetch, push and clone; pull and conflicts are in gitpull.cpp.
#include "vcs/gitremote_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace fm::vcs {

namespace {

struct GitremoteTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

using namespace detail;

namespace {

Result<Remote> lookupRemote(git_repository *repo, const QString &name)
{
    git_remote *raw = nullptr;
    const QByteArray bytes = name.toUtf8();
    if (int rc = git_remote_lookup(&raw, repo, bytes.constData()); rc < 0)
        return fail(gitError(rc, GitremoteTr::tr("there is no remote \"%1\"").arg(name),
                             GitremoteTr::tr("add it with its URL first")));
    return Remote(raw);
}

// Empties `folder` (or removes it when it was not there before): a clone that failed
// leaves nothing behind.
void undoClone(const QString &folder, bool existed)
{
    QDir dir(folder);
    if (!existed) {
        dir.removeRecursively();
        return;
    }
    const auto entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace

GitSync::GitSync(GitRepository &repo, RemoteCallbacks callbacks)
    : m_repo(repo)
    , m_callbacks(std::move(callbacks))
{}

Result<QList<RemoteInfo>> GitSync::remotes() const
{
    git_strarray names{};
    if (int rc = git_remote_list(&names, m_repo.d->repo.get()); rc < 0)
        return fail(gitError(rc, GitremoteTr::tr("cannot list the remotes")));
    QList<RemoteInfo> out;
    for (size_t i = 0; i < names.count; ++i) {
        git_remote *raw = nullptr;
        if (git_remote_lookup(&raw, m_repo.d->repo.get(), names.strings[i]) == 0) {
            Remote remote(raw);
            out << RemoteInfo{fromUtf8(names.strings[i]), fromUtf8(git_remote_url(remote.get()))};
        }
    }
    git_strarray_dispose(&names);
    git_error_clear();
    return out;
}

Result<void> GitSync::addRemote(const QString &name, const QString &url)
{
    if (url.trimmed().isEmpty())
        return fail(ErrorCode::BadRequest,
                    GitremoteTr::tr("the remote's URL is empty: give an https:// or SSH URL"));
    git_remote *raw = nullptr;
    const QByteArray n = name.toUtf8();
    const QByteArray u = url.trimmed().toUtf8();
    if (int rc = git_remote_create(&raw, m_repo.d->repo.get(), n.constData(), u.constData());
        rc < 0)
        return fail(gitError(rc, GitremoteTr::tr("cannot add remote \"%1\"").arg(name),
                             rc == GIT_EEXISTS ? GitremoteTr::tr("pick another name")
                                               : GitremoteTr::tr("use a name without spaces")));
    Remote remote(raw);
    return {};
}

Result<QString> GitSync::defaultRemote() const
{
    git_repository *repo = m_repo.d->repo.get();
    git_reference *rawHead = nullptr;
    if (git_repository_head(&rawHead, repo) == 0) {
        Reference head(rawHead);
        git_buf buf = GIT_BUF_INIT;
        if (git_reference_is_branch(head.get()) &&
            git_branch_upstream_remote(&buf, repo, git_reference_name(head.get())) == 0) {
            QString name = QString::fromUtf8(buf.ptr, int(buf.size));
            git_buf_dispose(&buf);
            return name;
        }
        git_buf_dispose(&buf);
    }
    git_error_clear();
    auto all = remotes();
    if (!all)
        return fail(all.error());
    for (const RemoteInfo &remote : *all)
        if (remote.name == QLatin1String("origin"))
            return remote.name;
    if (all->size() == 1)
        return all->first().name;
    if (all->isEmpty())
        return fail(ErrorCode::NotFound,
                    GitremoteTr::tr("this repository has no remote: add one (git remote add "
                                    "origin <URL>) or clone the project from its server"));
    return fail(ErrorCode::BadRequest,
                GitremoteTr::tr("this repository has several remotes and none is \"origin\": "
                                "set the branch's upstream (push to one of them) first"));
}

Result<void> GitSync::fetch(const QString &remoteName)
{
    QString name = remoteName;
    if (name.isEmpty()) {
        auto found = defaultRemote();
        if (!found)
            return fail(found.error());
        name = *found;
    }
    auto remote = lookupRemote(m_repo.d->repo.get(), name);
    if (!remote)
        return fail(remote.error());
    RemoteSession session(m_callbacks);
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    session.install(options.callbacks);
    if (int rc = git_remote_fetch(remote->get(), nullptr, &options, nullptr); rc < 0)
        return fail(session.failure(rc, GitremoteTr::tr("cannot fetch from %1").arg(name)));
    return {};
}

Result<PushResult> GitSync::push(const QString &remoteName)
{
    git_repository *repo = m_repo.d->repo.get();
    git_reference *rawHead = nullptr;
    int rc = git_repository_head(&rawHead, repo);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND)
        return fail(ErrorCode::InvalidState,
                    GitremoteTr::tr("nothing to push: the branch has no commits yet; commit "
                                    "first"));
    if (rc < 0)
        return fail(gitError(rc, GitremoteTr::tr("cannot read HEAD")));
    Reference head(rawHead);
    if (!git_reference_is_branch(head.get()))
        return fail(ErrorCode::InvalidState,
                    GitremoteTr::tr("HEAD is detached: switch to a branch, then push it"));
    PushResult result;
    result.branch = fromUtf8(git_reference_shorthand(head.get()));
    const QByteArray refName = git_reference_name(head.get());

    // Where it goes: the upstream's remote and branch when set, else `remote` (or the
    // default one) under the same name.
    QByteArray target = refName;
    bool hasUpstream = false;
    git_buf buf = GIT_BUF_INIT;
    if (git_branch_upstream_remote(&buf, repo, refName.constData()) == 0) {
        hasUpstream = true;
        result.remote = QString::fromUtf8(buf.ptr, int(buf.size));
        git_buf_dispose(&buf);
        git_config *rawConfig = nullptr;
        if (git_repository_config_snapshot(&rawConfig, repo) == 0) {
            std::unique_ptr<git_config, Deleter<&git_config_free>> config(rawConfig);
            const QByteArray key = "branch." + result.branch.toUtf8() + ".merge";
            const char *merge = nullptr;
            if (git_config_get_string(&merge, config.get(), key.constData()) == 0 && merge)
                target = merge;
        }
    }
    git_buf_dispose(&buf);
    git_error_clear();
    if (!remoteName.isEmpty() && remoteName != result.remote) {
        result.remote = remoteName;
        target = refName;
        hasUpstream = false;
    }
    if (result.remote.isEmpty()) {
        auto found = defaultRemote();
        if (!found)
            return fail(found.error());
        result.remote = *found;
    }
    auto remote = lookupRemote(repo, result.remote);
    if (!remote)
        return fail(remote.error());

    // No leading '+': a push that is not a fast-forward is refused, never forced.
    QByteArray refspec = refName + ':' + target;
    char *specs[] = {refspec.data()};
    git_strarray refspecs{specs, 1};
    RemoteSession session(m_callbacks);
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    session.install(options.callbacks);
    const QString what = GitremoteTr::tr("cannot push %1 to %2").arg(result.branch, result.remote);
    if (rc = git_remote_push(remote->get(), &refspecs, &options); rc < 0)
        return fail(session.failure(rc, what));
    if (const QString rejected = session.pushRejection(); !rejected.isEmpty()) {
        if (rejected.contains(QLatin1String("fast-forward")) ||
            rejected.contains(QLatin1String("fetch first")))
            return fail(session.failure(GIT_ENONFASTFORWARD, what));
        return fail(Error(ErrorCode::InvalidState,
                          GitremoteTr::tr("%1: the server refused %2; ask its administrator "
                                          "(a hook or a protected branch)")
                              .arg(what, rejected))
                        .withDetail(QStringLiteral("rejected"), true));
    }
    if (!hasUpstream) {
        const QByteArray upstream =
            (result.remote + QLatin1Char('/') + fromUtf8(target.constData()).mid(11)).toUtf8();
        if (rc = git_branch_set_upstream(head.get(), upstream.constData()); rc < 0)
            return fail(gitError(rc, GitremoteTr::tr("pushed, but cannot set %1 as the upstream")
                                         .arg(fromUtf8(upstream.constData()))));
        result.upstreamSet = true;
    }
    return result;
}

Result<GitRepository> GitSync::clone(const QString &url, const QString &folder,
                                     const RemoteCallbacks &callbacks)
{
    ensureInitialised();
    if (url.trimmed().isEmpty())
        return fail(ErrorCode::BadRequest,
                    GitremoteTr::tr("the URL is empty: give the repository's https:// or SSH "
                                    "URL"));
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QDir dir(path);
    const bool existed = dir.exists();
    if (existed &&
        !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
             .isEmpty())
        return fail(ErrorCode::Duplicate,
                    GitremoteTr::tr("%1 is not empty: choose a new or an empty folder to clone "
                                    "into")
                        .arg(QDir::toNativeSeparators(path)));
    if (QFileInfo(path).exists() && !QFileInfo(path).isDir())
        return fail(
            ErrorCode::Duplicate,
            GitremoteTr::tr("%1 is a file: choose a folder").arg(QDir::toNativeSeparators(path)));
    RemoteSession session(callbacks);
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    session.install(options.fetch_opts.callbacks);
    options.checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    // A local path is fetched like any remote (progress, cancel), not copied or hard-linked.
    options.local = GIT_CLONE_NO_LOCAL;
    git_repository *raw = nullptr;
    const QByteArray u = url.trimmed().toUtf8();
    const QByteArray p = path.toUtf8();
    if (int rc = git_clone(&raw, u.constData(), p.constData(), &options); rc < 0) {
        Error error = session.failure(rc, GitremoteTr::tr("cannot clone %1").arg(url.trimmed()));
        undoClone(path, existed);
        return fail(error);
    }
    Repo cloned(raw);
    cloned.reset();
    return GitRepository::open(path);
}

} // namespace fm::vcs
