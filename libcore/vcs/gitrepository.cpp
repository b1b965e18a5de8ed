// SPDX-License-Identifier: MIT
#include "vcs/git_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fm::vcs {

namespace {

struct GitrepositoryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

namespace detail {

void ensureInitialised()
{
    // A function-local static runs once even when threads race to it.
    [[maybe_unused]] static const int initialised = git_libgit2_init();
}

Error gitError(int code, const QString &what, const QString &hint)
{
    const git_error *last = git_error_last();
    QString message = what;
    if (last && last->message)
        message += QStringLiteral(": ") + QString::fromUtf8(last->message).trimmed();
    if (!hint.isEmpty())
        message += QStringLiteral("; ") + hint;
    ErrorCode errorCode = ErrorCode::Io;
    switch (code) {
    case GIT_ENOTFOUND:
        errorCode = ErrorCode::NotFound;
        break;
    case GIT_EEXISTS:
        errorCode = ErrorCode::Duplicate;
        break;
    case GIT_ECONFLICT:
    case GIT_EUNMERGED:
    case GIT_EUNBORNBRANCH:
    case GIT_ELOCKED:
    case GIT_EBAREREPO:
    case GIT_EMODIFIED:
    case GIT_EUNCOMMITTED:
        errorCode = ErrorCode::InvalidState;
        break;
    case GIT_EAUTH:
    case GIT_ECERTIFICATE:
        errorCode = ErrorCode::Unauthorized;
        break;
    case GIT_EINVALIDSPEC:
    case GIT_EAMBIGUOUS:
        errorCode = ErrorCode::BadRequest;
        break;
    default:
        break;
    }
    return Error(errorCode, message);
}

QString fullId(const git_oid *id)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, id);
    return QString::fromLatin1(text);
}

QString shortId(const git_oid *id)
{
    return fullId(id).left(7);
}

CommitInfo commitInfo(const git_commit *commit)
{
    CommitInfo info;
    info.id = fullId(git_commit_id(commit));
    info.shortId = info.id.left(7);
    info.message = fromUtf8(git_commit_message(commit));
    info.summary = info.message.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (const git_signature *author = git_commit_author(commit)) {
        info.author = {fromUtf8(author->name), fromUtf8(author->email)};
        info.time = QDateTime::fromSecsSinceEpoch(author->when.time, Qt::UTC);
    }
    for (unsigned i = 0; i < git_commit_parentcount(commit); ++i)
        info.parents << fullId(git_commit_parent_id(commit, i));
    return info;
}

PathSpec::PathSpec(const QStringList &paths)
{
    for (const QString &path : paths)
        m_bytes << path.toUtf8();
    for (QByteArray &bytes : m_bytes)
        m_pointers.push_back(bytes.data());
    m_array.strings = m_pointers.data();
    m_array.count = m_pointers.size();
}

} // namespace detail

using namespace detail;

namespace {

Result<GitRepository::Private *> wrap(git_repository *raw, const QString &path)
{
    Repo repo(raw);
    if (git_repository_is_bare(repo.get()))
        return fail(ErrorCode::InvalidState,
                    GitrepositoryTr::tr("%1 is a bare repository: open a clone with a working tree")
                        .arg(QDir::toNativeSeparators(path)));
    auto *d = new GitRepository::Private;
    d->repo = std::move(repo);
    QString workdir = QDir::cleanPath(fromUtf8(git_repository_workdir(d->repo.get())));
    d->workdir = workdir;
    return d;
}

} // namespace

GitRepository::GitRepository(std::unique_ptr<Private> d)
    : d(std::move(d))
{}
GitRepository::GitRepository(GitRepository &&other) noexcept = default;
GitRepository &GitRepository::operator=(GitRepository &&other) noexcept = default;
GitRepository::~GitRepository() = default;

Result<GitRepository> GitRepository::open(const QString &path)
{
    ensureInitialised();
    git_repository *raw = nullptr;
    const QByteArray native = QDir::cleanPath(path).toUtf8();
    if (int rc = git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                         nullptr);
        rc < 0)
        return fail(gitError(
            rc,
            GitrepositoryTr::tr("%1 is not a Git repository").arg(QDir::toNativeSeparators(path)),
            GitrepositoryTr::tr("run `git init` there or open the folder of a clone")));
    auto d = wrap(raw, path);
    if (!d)
        return fail(d.error());
    return GitRepository(std::unique_ptr<Private>(*d));
}

Result<GitRepository> GitRepository::discover(const QString &path)
{
    ensureInitialised();
    QFileInfo info(path);
    const QString start = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    git_repository *raw = nullptr;
    const QByteArray native = start.toUtf8();
    if (int rc = git_repository_open_ext(&raw, native.constData(), 0, nullptr); rc < 0)
        return fail(gitError(rc,
                             GitrepositoryTr::tr("no Git repository contains %1")
                                 .arg(QDir::toNativeSeparators(path)),
                             GitrepositoryTr::tr("run `git init` in the project folder to put it "
                                                 "under version control")));
    auto d = wrap(raw, path);
    if (!d)
        return fail(d.error());
    return GitRepository(std::unique_ptr<Private>(*d));
}

Result<GitRepository> GitRepository::init(const QString &path)
{
    ensureInitialised();
    if (!QDir().mkpath(path))
        return fail(ErrorCode::Io,
                    GitrepositoryTr::tr("cannot create %1: check its parent's permissions")
                        .arg(QDir::toNativeSeparators(path)));
    git_repository *raw = nullptr;
    const QByteArray native = QDir::cleanPath(path).toUtf8();
    if (int rc = git_repository_init(&raw, native.constData(), 0); rc < 0)
        return fail(gitError(rc, GitrepositoryTr::tr("cannot create a Git repository in %1")
                                     .arg(QDir::toNativeSeparators(path))));
    auto d = wrap(raw, path);
    if (!d)
        return fail(d.error());
    return GitRepository(std::unique_ptr<Private>(*d));
}

QString GitRepository::workdir() const
{
    return d->workdir;
}

QString GitRepository::relativePath(const QString &path) const
{
    if (QDir::isRelativePath(path))
        return QDir::cleanPath(path);
    // Both sides canonical where they exist, so a symlinked temp folder still matches.
    const QString base = QFileInfo(d->workdir).canonicalFilePath();
    QFileInfo info(path);
    QString absolute = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (!info.exists()) {
        const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
        if (!dir.isEmpty())
            absolute = dir + QLatin1Char('/') + info.fileName();
    }
    return QDir(base.isEmpty() ? d->workdir : base).relativeFilePath(absolute);
}

QStringList GitRepository::Private::gitPaths(const QStringList &paths) const
{
    QStringList out;
    for (const QString &path : paths) {
        if (QDir::isRelativePath(path))
            out << QDir::cleanPath(path);
        else
            out << QDir(workdir).relativeFilePath(path);
    }
    return out;
}

Result<Commit> GitRepository::Private::head() const
{
    git_reference *rawRef = nullptr;
    int rc = git_repository_head(&rawRef, repo.get());
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND)
        return Commit();
    if (rc < 0)
        return fail(gitError(rc, GitrepositoryTr::tr("cannot read HEAD")));
    Reference ref(rawRef);
    git_object *raw = nullptr;
    if (rc = git_reference_peel(&raw, ref.get(), GIT_OBJECT_COMMIT); rc < 0)
        return fail(gitError(rc, GitrepositoryTr::tr("HEAD does not point at a commit")));
    return Commit(reinterpret_cast<git_commit *>(raw));
}

Result<Index> GitRepository::Private::index() const
{
    git_index *raw = nullptr;
    if (int rc = git_repository_index(&raw, repo.get()); rc < 0)
        return fail(gitError(rc, GitrepositoryTr::tr("cannot read the Git index")));
    Index index(raw);
    // Another program (the `git` CLI) may have changed it since we last looked.
    if (int rc = git_index_read(index.get(), 0); rc < 0)
        return fail(gitError(rc, GitrepositoryTr::tr("cannot read the Git index")));
    return index;
}

Result<RepositoryStatus> GitRepository::status() const
{
    RepositoryStatus status;
    git_reference *rawRef = nullptr;
    int rc = git_repository_head(&rawRef, d->repo.get());
    Reference headRef(rawRef);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        status.unborn = true;
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, d->repo.get(), "HEAD") == 0) {
            Reference head(symbolic);
            QString target = fromUtf8(git_reference_symbolic_target(head.get()));
            status.branch = target.mid(int(qstrlen("refs/heads/")));
        }
    } else if (rc < 0) {
        return fail(gitError(rc, GitrepositoryTr::tr("cannot read HEAD")));
    } else {
        status.detached = git_repository_head_detached(d->repo.get()) == 1;
        if (!status.detached)
            status.branch = fromUtf8(git_reference_shorthand(headRef.get()));
        if (const git_oid *id = git_reference_target(headRef.get()))
            status.headId = shortId(id);
        git_reference *rawUpstream = nullptr;
        if (!status.detached && git_branch_upstream(&rawUpstream, headRef.get()) == 0) {
            Reference upstream(rawUpstream);
            status.upstream = fromUtf8(git_reference_shorthand(upstream.get()));
            size_t ahead = 0;
            size_t behind = 0;
            const git_oid *local = git_reference_target(headRef.get());
            const git_oid *remote = git_reference_target(upstream.get());
            if (local && remote &&
                git_graph_ahead_behind(&ahead, &behind, d->repo.get(), local, remote) == 0) {
                status.ahead = int(ahead);
                status.behind = int(behind);
            }
        }
        git_error_clear();
    }

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                    GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    git_status_list *rawList = nullptr;
    if (rc = git_status_list_new(&rawList, d->repo.get(), &options); rc < 0)
        return fail(
            gitError(rc, GitrepositoryTr::tr("cannot read the status of the working tree")));
    StatusList list(rawList);
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        const unsigned flags = entry->status;
        const git_diff_delta *delta =
            entry->head_to_index ? entry->head_to_index : entry->index_to_workdir;
        const QString path = delta ? fromUtf8(delta->new_file.path) : QString();
        if (flags & GIT_STATUS_CONFLICTED) {
            status.conflicted << FileChange{path, {}, ChangeKind::Conflicted};
            continue;
        }
        if (flags & GIT_STATUS_INDEX_NEW)
            status.staged << FileChange{path, {}, ChangeKind::Added};
        else if (flags & GIT_STATUS_INDEX_DELETED)
            status.staged << FileChange{path, {}, ChangeKind::Deleted};
        else if (flags & GIT_STATUS_INDEX_RENAMED)
            status.staged << FileChange{path, fromUtf8(entry->head_to_index->old_file.path),
                                        ChangeKind::Renamed};
        else if (flags & GIT_STATUS_INDEX_TYPECHANGE)
            status.staged << FileChange{path, {}, ChangeKind::TypeChanged};
        else if (flags & GIT_STATUS_INDEX_MODIFIED)
            status.staged << FileChange{path, {}, ChangeKind::Modified};

        const QString workPath =
            entry->index_to_workdir ? fromUtf8(entry->index_to_workdir->new_file.path) : path;
        if (flags & GIT_STATUS_WT_NEW)
            status.untracked << FileChange{workPath, {}, ChangeKind::Untracked};
        else if (flags & GIT_STATUS_WT_DELETED)
            status.unstaged << FileChange{workPath, {}, ChangeKind::Deleted};
        else if (flags & GIT_STATUS_WT_TYPECHANGE)
            status.unstaged << FileChange{workPath, {}, ChangeKind::TypeChanged};
        else if (flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_RENAMED))
            status.unstaged << FileChange{workPath, {}, ChangeKind::Modified};
    }
    return status;
}

} // namespace fm::vcs
