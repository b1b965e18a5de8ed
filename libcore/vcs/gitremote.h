// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "vcs/gitrepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace fm::vcs {

struct RemoteInfo
{
    QString name; // "origin"
    QString url;
    bool operator==(const RemoteInfo &other) const = default;
};

// What a remote operation asks for when the server wants to know who is there.
struct CredentialRequest
{
    enum class Kind { UserPassword, SshKey };
    Kind kind = Kind::UserPassword;
    QString url;  // the remote's URL, the keychain key of the answer
    QString user; // the user name in the URL ("git" in git@host:...), may be empty
};

// The answer: a user name and password (or token) for HTTPS, or an SSH private key file
// and its passphrase (empty when the key has none).
struct Credential
{
    QString user;
    QString secret; // the password, token or key passphrase
    QString privateKey;
    QString publicKey; // optional; libssh2 derives it from the private key when empty

    bool operator==(const Credential &other) const = default;
};

struct TransferProgress
{
    int receivedObjects = 0;
    int indexedObjects = 0;
    int totalObjects = 0;
    qint64 receivedBytes = 0;
};

// How a remote operation talks to its caller. Every member may be empty. They run on the
// thread doing the operation (a worker thread in the Studio).
struct RemoteCallbacks
{
    // Asked at most once per operation per kind: a credential the server then refuses ends
    // the operation with ErrorCode::InvalidCredentials, so the caller can forget it and ask
    // again, saying why. std::nullopt (none to give; or the callback unset) ends it with
    // ErrorCode::Unauthorized, or as cancelled when `cancel` is set. Both errors carry the
    // details "url" and "credential" ("password" or "ssh").
    std::function<std::optional<Credential>(const CredentialRequest &request)> credentials;
    std::function<void(const TransferProgress &progress)> progress;
    // Set from any thread; the operation stops at libgit2's next callback with an error
    // whose detail "cancelled" is true. Nothing is half-written (libgit2's rule for
    // fetches; a cancelled clone removes its folder).
    const std::atomic_bool *cancel = nullptr;
    // An HTTPS certificate the system does not trust, or an SSH host key that is not in
    // ~/.ssh/known_hosts: true accepts it (a pinned certificate or host key). `key` is the
    // certificate (DER) or the raw host key (a .pub line's base64 part, decoded). Unset:
    // refused, saying how to trust it.
    std::function<bool(const QString &host, const QByteArray &key)> acceptCertificate;
    // Try the SSH agent (SSH_AUTH_SOCK) before asking for a key.
    bool useSshAgent = true;
};

struct PullResult
{
    enum class Kind { UpToDate, FastForward, Merged, Conflicts };
    Kind kind = Kind::UpToDate;
    QString upstream;       // "origin/main"
    QString commitId;       // the new HEAD (FastForward, Merged)
    QStringList conflicted; // Conflicts: the files to resolve, then commit
};

struct PushResult
{
    QString remote;
    QString branch;
    bool upstreamSet = false; // the first push of this branch set its upstream
};

// The remote side of a repository (issue 11, items 4-5): remotes, fetch, pull (fast-forward
// or a merge commit; conflicts left in the index for resolveConflict), push (never forced;
// upstream set on the first push) and clone. docs/adr/0212.
class FM_CORE_EXPORT GitSync final
{
public:
    explicit GitSync(GitRepository &repo, RemoteCallbacks callbacks = {});

    Result<QList<RemoteInfo>> remotes() const;
    Result<void> addRemote(const QString &name, const QString &url);
    // The remote a fetch, pull or push of the current branch uses: its upstream's, else
    // "origin", else the only one. NotFound (saying how to add one) when there is none.
    Result<QString> defaultRemote() const;

    // Fetches every branch of `remote` (defaultRemote() when empty).
    Result<void> fetch(const QString &remote = {});
    // Fetches, then brings the upstream's commits in. Refused when conflicts are pending or
    // when it would overwrite uncommitted changes (naming the files).
    Result<PullResult> pull();
    // Pushes the current branch to `remote` (its upstream's remote when empty) under the
    // same name, and makes that the upstream when none is set. A non-fast-forward push is
    // refused ("fetch (or pull) first"): this never forces.
    Result<PushResult> push(const QString &remote = {});

    enum class Side { Ours, Theirs };
    // Resolves a conflicted file by taking one side whole: writes it to the working tree
    // and stages it (a side that deleted the file deletes it).
    Result<void> resolveConflict(const QString &path, Side side);
    // Stages a conflicted file the user edited; refused while it still holds conflict
    // markers ("<<<<<<<").
    Result<void> markResolved(const QString &path);

    // Clones `url` into `folder` (missing or empty) and checks out the default branch.
    // On any failure, cancellation included, the folder is left as it was.
    static Result<GitRepository> clone(const QString &url, const QString &folder,
                                       const RemoteCallbacks &callbacks = {});

private:
    GitRepository &m_repo;
    RemoteCallbacks m_callbacks;
};

} // namespace fm::vcs
