// SPDX-License-Identifier: MIT
#include "vcs/gitremote_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fm::vcs::detail {

namespace {

struct GitremotesessionTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::vcs::GitRepository)
};

} // namespace

void RemoteSession::install(git_remote_callbacks &out)
{
    out.credentials = &RemoteSession::acquire;
    out.certificate_check = &RemoteSession::certificate;
    out.transfer_progress = &RemoteSession::transfer;
    out.sideband_progress = &RemoteSession::sideband;
    out.push_transfer_progress = &RemoteSession::pushTransfer;
    out.push_update_reference = &RemoteSession::pushUpdate;
    out.payload = this;
}

bool RemoteSession::cancelRequested() const
{
    return m_callbacks.cancel && m_callbacks.cancel->load();
}

int RemoteSession::askFor(CredentialRequest::Kind kind, git_credential **out, const QString &url,
                          const QString &user)
{
    bool &asked = kind == CredentialRequest::Kind::SshKey ? m_askedSshKey : m_askedUserPassword;
    // Asked before in this operation: the server refused that answer. The caller forgets it
    // and asks the person again, saying why, rather than libgit2 looping on it.
    if (asked) {
        m_refused = true;
        m_refusedKind = kind;
        git_error_set_str(GIT_ERROR_NET, "authentication refused");
        return GIT_EAUTH;
    }
    asked = true;
    if (!m_callbacks.credentials) {
        m_noAnswer = true;
        m_refusedKind = kind;
        git_error_set_str(GIT_ERROR_NET, "credentials required");
        return GIT_EAUTH;
    }
    const std::optional<Credential> answer = m_callbacks.credentials({kind, url, user});
    if (!answer) {
        if (cancelRequested()) {
            m_cancelled = true;
            return GIT_EUSER;
        }
        m_noAnswer = true;
        m_refusedKind = kind;
        git_error_set_str(GIT_ERROR_NET, "credentials required");
        return GIT_EAUTH;
    }
    const QByteArray name = (answer->user.isEmpty() ? user : answer->user).toUtf8();
    const QByteArray secret = answer->secret.toUtf8();
    if (kind == CredentialRequest::Kind::UserPassword)
        return git_credential_userpass_plaintext_new(out, name.constData(), secret.constData());
    const QByteArray privateKey = answer->privateKey.toUtf8();
    const QByteArray publicKey = answer->publicKey.toUtf8();
    return git_credential_ssh_key_new(out, name.isEmpty() ? "git" : name.constData(),
                                      publicKey.isEmpty() ? nullptr : publicKey.constData(),
                                      privateKey.constData(),
                                      secret.isEmpty() ? nullptr : secret.constData());
}

int RemoteSession::acquire(git_credential **out, const char *url, const char *userFromUrl,
                           unsigned int allowed, void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    self->m_url = fromUtf8(url);
    if (self->cancelRequested()) {
        self->m_cancelled = true;
        return GIT_EUSER;
    }
    const QString user = fromUtf8(userFromUrl);
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        // The agent's keys first (what `git` does), then a key file the person names.
        if (self->m_callbacks.useSshAgent && !self->m_agentTried &&
            qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            self->m_agentTried = true;
            const QByteArray name = user.isEmpty() ? QByteArray("git") : user.toUtf8();
            return git_credential_ssh_key_from_agent(out, name.constData());
        }
        return self->askFor(CredentialRequest::Kind::SshKey, out, self->m_url, user);
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)
        return self->askFor(CredentialRequest::Kind::UserPassword, out, self->m_url, user);
    if (allowed & GIT_CREDENTIAL_USERNAME) {
        const QByteArray name = user.isEmpty() ? QByteArray("git") : user.toUtf8();
        return git_credential_username_new(out, name.constData());
    }
    return GIT_PASSTHROUGH;
}

int RemoteSession::certificate(git_cert *cert, int valid, const char *host, void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    if (valid)
        return 0;
    // An SSH host key libgit2 did not find in ~/.ssh/known_hosts.
    if (cert && cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2) {
        const auto *hostkey = reinterpret_cast<const git_cert_hostkey *>(cert);
        if ((hostkey->type & GIT_CERT_SSH_RAW) && self->m_callbacks.acceptCertificate &&
            self->m_callbacks.acceptCertificate(
                fromUtf8(host), QByteArray(hostkey->hostkey, qsizetype(hostkey->hostkey_len))))
            return 0;
        self->m_unknownHost = fromUtf8(host);
        if (hostkey->type & GIT_CERT_SSH_RAW)
            self->m_unknownHostKey = QByteArray(hostkey->hostkey, qsizetype(hostkey->hostkey_len));
        return GIT_ECERTIFICATE;
    }
    if (cert && cert->cert_type == GIT_CERT_X509 && self->m_callbacks.acceptCertificate) {
        const auto *x509 = reinterpret_cast<const git_cert_x509 *>(cert);
        const QByteArray der(static_cast<const char *>(x509->data), qsizetype(x509->len));
        if (self->m_callbacks.acceptCertificate(fromUtf8(host), der))
            return 0;
    }
    return GIT_ECERTIFICATE;
}

int RemoteSession::transfer(const git_indexer_progress *stats, void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    if (self->cancelRequested()) {
        self->m_cancelled = true;
        return GIT_EUSER;
    }
    if (self->m_callbacks.progress)
        self->m_callbacks.progress({int(stats->received_objects), int(stats->indexed_objects),
                                    int(stats->total_objects), qint64(stats->received_bytes)});
    return 0;
}

int RemoteSession::sideband(const char *, int, void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    if (self->cancelRequested()) {
        self->m_cancelled = true;
        return GIT_EUSER;
    }
    return 0;
}

int RemoteSession::pushTransfer(unsigned int current, unsigned int total, size_t bytes,
                                void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    if (self->cancelRequested()) {
        self->m_cancelled = true;
        return GIT_EUSER;
    }
    if (self->m_callbacks.progress)
        self->m_callbacks.progress({int(current), int(current), int(total), qint64(bytes)});
    return 0;
}

int RemoteSession::pushUpdate(const char *refname, const char *status, void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    if (status) // the server refused this reference; the push as a whole still returns 0
        self->m_pushRejection = fromUtf8(refname) + QStringLiteral(": ") + fromUtf8(status);
    return 0;
}

// libssh2 reports a key file it cannot open with the passphrase (or a key the server
// refuses after the agent) as a plain failure, not GIT_EAUTH: the message tells.
bool RemoteSession::sshKeyFailed() const
{
    const git_error *last = git_error_last();
    const QString message = last && last->message ? fromUtf8(last->message) : QString();
    return m_askedSshKey && (message.contains(QLatin1String("authenticat")) ||
                             message.contains(QLatin1String("private key")) ||
                             message.contains(QLatin1String("passphrase")));
}

Error RemoteSession::failure(int rc, const QString &what) const
{
    if (m_cancelled || (rc == GIT_EUSER && cancelRequested())) {
        git_error_clear();
        return Error(ErrorCode::InvalidState, GitremotesessionTr::tr("%1: cancelled").arg(what))
            .withDetail(QStringLiteral("cancelled"), true);
    }
    const bool keyFailed = !m_refused && !m_noAnswer && sshKeyFailed();
    if (m_refused || m_noAnswer || keyFailed) {
        git_error_clear();
        const bool ssh = keyFailed || m_refusedKind == CredentialRequest::Kind::SshKey;
        QString text;
        if (m_noAnswer)
            text =
                ssh ? GitremotesessionTr::tr("%1: the server wants an SSH key: add one to your SSH "
                                             "agent, or give the key file and its passphrase")
                    : GitremotesessionTr::tr("%1: the server wants a user name and password (or "
                                             "token): enter them");
        else
            text =
                ssh ? GitremotesessionTr::tr(
                          "%1: the server refused the SSH key (or its passphrase "
                          "is wrong); choose the key and enter its passphrase "
                          "again")
                    : GitremotesessionTr::tr("%1: the server refused the user name or token; enter "
                                             "them again");
        return Error(m_noAnswer ? ErrorCode::Unauthorized : ErrorCode::InvalidCredentials,
                     text.arg(what))
            .withDetail(QStringLiteral("url"), m_url)
            .withDetail(QStringLiteral("credential"),
                        ssh ? QStringLiteral("ssh") : QStringLiteral("password"));
    }
    if (rc == GIT_ENONFASTFORWARD) {
        git_error_clear();
        return Error(ErrorCode::InvalidState,
                     GitremotesessionTr::tr("%1: the remote has commits you do not have: fetch (or "
                                            "pull) first, then push again")
                         .arg(what))
            .withDetail(QStringLiteral("rejected"), true);
    }
    if (!m_unknownHost.isEmpty()) {
        git_error_clear();
        // The fingerprint as `ssh` shows it, for the person to compare.
        const QString fingerprint =
            QStringLiteral("SHA256:") +
            QString::fromLatin1(
                QCryptographicHash::hash(m_unknownHostKey, QCryptographicHash::Sha256)
                    .toBase64(QByteArray::OmitTrailingEquals));
        return Error(ErrorCode::Unauthorized,
                     GitremotesessionTr::tr(
                         "%1: the SSH host key of %2 (%3) is not known on this "
                         "computer; connect once with `ssh` (it asks to add the key "
                         "to ~/.ssh/known_hosts), check its fingerprint, then try "
                         "again")
                         .arg(what, m_unknownHost, fingerprint))
            .withDetail(QStringLiteral("host"), m_unknownHost)
            .withDetail(QStringLiteral("hostKey"), QString::fromLatin1(m_unknownHostKey.toBase64()))
            .withDetail(QStringLiteral("fingerprint"), fingerprint);
    }
    if (rc == GIT_ECERTIFICATE)
        return gitError(
            rc, what,
            GitremotesessionTr::tr("the server's certificate is not trusted: install its "
                                   "certificate authority on this computer, or check the "
                                   "URL"));
    if (rc == GIT_EAUTH)
        return gitError(rc, what, GitremotesessionTr::tr("check the user name and token"));
    return gitError(rc, what,
                    GitremotesessionTr::tr("check the URL and that the server can be reached"));
}

} // namespace fm::vcs::detail
