// SPDX-License-Identifier: MIT
// One remote operation's link to libgit2's callbacks: credentials asked once per kind
// (the SSH agent first), progress, cancellation, certificates, push rejections, and the
// error that names what to do. Only vcs/gitremote*.cpp include this.
#pragma once

#include "vcs/git_p.h"
#include "vcs/gitremote.h"

namespace fm::vcs::detail {

using Remote = std::unique_ptr<git_remote, Deleter<&git_remote_free>>;
using AnnotatedCommit = std::unique_ptr<git_annotated_commit, Deleter<&git_annotated_commit_free>>;

class RemoteSession
{
public:
    explicit RemoteSession(const RemoteCallbacks &callbacks)
        : m_callbacks(callbacks)
    {}

    // Points `out`'s members at this session (payload included).
    void install(git_remote_callbacks &out);
    // The error for a libgit2 call that failed with `rc` during this session: cancelled,
    // credentials refused, a non-fast-forward push, an untrusted certificate, or libgit2's
    // own message after `what`.
    Error failure(int rc, const QString &what) const;
    // A reference the server refused during a push ("non-fast-forward", a hook), or empty.
    QString pushRejection() const { return m_pushRejection; }

private:
    static int acquire(git_credential **out, const char *url, const char *userFromUrl,
                       unsigned int allowed, void *payload);
    static int certificate(git_cert *cert, int valid, const char *host, void *payload);
    static int transfer(const git_indexer_progress *stats, void *payload);
    static int sideband(const char *text, int length, void *payload);
    static int pushTransfer(unsigned int current, unsigned int total, size_t bytes, void *payload);
    static int pushUpdate(const char *refname, const char *status, void *payload);

    bool cancelRequested() const;
    bool sshKeyFailed() const;
    int askFor(CredentialRequest::Kind kind, git_credential **out, const QString &url,
               const QString &user);

    const RemoteCallbacks &m_callbacks;
    QString m_url;
    bool m_agentTried = false;
    bool m_askedUserPassword = false;
    bool m_askedSshKey = false;
    bool m_refused = false;
    bool m_noAnswer = false; // credentials were needed and nobody could give them
    bool m_cancelled = false;
    QString m_unknownHost; // an SSH host key that was neither known nor accepted
    QByteArray m_unknownHostKey;
    CredentialRequest::Kind m_refusedKind = CredentialRequest::Kind::UserPassword;
    QString m_pushRejection;
};

} // namespace fm::vcs::detail
