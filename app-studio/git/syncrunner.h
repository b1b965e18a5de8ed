// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "vcs/gitremote.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace fm::studio {
class SecretStore;
}

namespace fm::studio::git {

// What a finished fetch, pull, push or clone tells the dock.
struct SyncOutcome
{
    QString message;        // "Pulled 2 commits from origin/main", ...
    QStringList conflicted; // a pull that stopped on conflicts
    QString folder;         // a clone's folder
};

// The keychain entry of the credential for `url` ("git: <url>"), and its text (JSON: kind,
// user, secret, key file). Only the keychain ever holds it, never a file.
QString credentialKey(const QString &url);
QString credentialToText(const vcs::Credential &credential, vcs::CredentialRequest::Kind kind);
std::optional<vcs::Credential> credentialFromText(const QString &text,
                                                  vcs::CredentialRequest::Kind *kind = nullptr);

// Runs one remote operation (fetch, pull, push, clone) on its own worker thread with the
// credential the keychain holds for the remote's URL; when the server wants one and there
// is none, or refuses the one given (it is then removed from the keychain), asks the
// person, saying why, and runs the operation again. A credential that worked is written to
// the keychain. Progress and Cancel; one operation at a time. docs/adr/0213.
class SyncRunner final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Result<SyncOutcome>(const vcs::RemoteCallbacks &callbacks)>;
    using Done = std::function<void(const Result<SyncOutcome> &result)>;
    // Asks for a credential; `reason` says why now. std::nullopt: the person cancelled.
    using Ask = std::function<std::optional<vcs::Credential>(const vcs::CredentialRequest &request,
                                                             const QString &reason)>;
    // An SSH host key that is not in ~/.ssh/known_hosts: true trusts it (kept in the settings,
    // "git/sshHostKeys", and used from then on).
    using TrustHostKey = std::function<bool(const QString &host, const QString &fingerprint)>;

    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;

    void setSecretStore(SecretStore *store);
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setTrustHostKey(TrustHostKey trust) { m_trustHostKey = std::move(trust); }
    // The SSH host keys trusted so far (host -> raw key).
    static QHash<QString, QByteArray> trustedHostKeys();

    // Starts `job` for the remote at `url`; `done` runs on this thread at the end. False
    // (and nothing started) while another operation runs.
    bool start(const QString &url, Job job, Done done);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressed(int done, int total);
    void runningChanged(bool running);

private:
    void attempt(std::optional<vcs::Credential> credential, bool fresh);
    void finished(const Result<SyncOutcome> &result, const std::optional<vcs::Credential> &used,
                  bool fresh);
    void end(const Result<SyncOutcome> &result);

    QThreadPool m_pool;
    QPointer<SecretStore> m_store;
    Ask m_ask;
    TrustHostKey m_trustHostKey;
    bool m_running = false;
    QString m_url;
    Job m_job;
    Done m_done;
    vcs::CredentialRequest::Kind m_kind = vcs::CredentialRequest::Kind::UserPassword;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace fm::studio::git
