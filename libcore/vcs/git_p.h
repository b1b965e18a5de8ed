// SPDX-License-Identifier: MIT
// The libgit2 side of fm::vcs: owning handles, string conversions and the turning of
// libgit2's errors into fm::Error. Only vcs/*.cpp include this.
#pragma once

#include "common/error.h"
#include "vcs/gitrepository.h"

#include <git2.h>

#include <QByteArrayList>

#include <memory>

namespace fm::vcs::detail {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};

using Repo = std::unique_ptr<git_repository, Deleter<&git_repository_free>>;
using Index = std::unique_ptr<git_index, Deleter<&git_index_free>>;
using Reference = std::unique_ptr<git_reference, Deleter<&git_reference_free>>;
using Object = std::unique_ptr<git_object, Deleter<&git_object_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<&git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<&git_tree_free>>;
using TreeEntry = std::unique_ptr<git_tree_entry, Deleter<&git_tree_entry_free>>;
using Blob = std::unique_ptr<git_blob, Deleter<&git_blob_free>>;
using Diff = std::unique_ptr<git_diff, Deleter<&git_diff_free>>;
using Patch = std::unique_ptr<git_patch, Deleter<&git_patch_free>>;
using StatusList = std::unique_ptr<git_status_list, Deleter<&git_status_list_free>>;
using Sig = std::unique_ptr<git_signature, Deleter<&git_signature_free>>;
using RevWalk = std::unique_ptr<git_revwalk, Deleter<&git_revwalk_free>>;
using BranchIterator = std::unique_ptr<git_branch_iterator, Deleter<&git_branch_iterator_free>>;

// libgit2 is initialised once per process, on first use, and never shut down.
void ensureInitialised();

// The error for a libgit2 call that returned `code`: "<what>: <libgit2's message>", then
// `hint` (what to do about it) when given. The ErrorCode follows libgit2's code.
Error gitError(int code, const QString &what, const QString &hint = {});

inline QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString shortId(const git_oid *id);
QString fullId(const git_oid *id);
CommitInfo commitInfo(const git_commit *commit);

// A git_strarray over UTF-8 copies of `paths` that lives as long as this object.
class PathSpec
{
public:
    explicit PathSpec(const QStringList &paths);
    git_strarray *get() { return &m_array; }

private:
    QByteArrayList m_bytes;
    std::vector<char *> m_pointers;
    git_strarray m_array{};
};

} // namespace fm::vcs::detail

namespace fm::vcs {

struct GitRepository::Private
{
    detail::Repo repo;
    QString workdir;

    // HEAD's commit; null (and no error) when the branch has no commits yet.
    Result<detail::Commit> head() const;
    // Checks `commit`'s files out without losing changes (refused naming the files);
    // `what` names the target in messages ("\"main\"", "commit 1a2b3c4").
    Result<void> checkoutSafely(const git_commit *commit, const QString &what);
    Result<detail::Index> index() const;
    // Relative Git paths for paths given absolute or relative.
    QStringList gitPaths(const QStringList &paths) const;
};

} // namespace fm::vcs
