// SPDX-License-Identifier: MIT
#include "git/syncrunner.h"

#include "server/secretstore.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace fm::studio::git {

using vcs::Credential;
using vcs::CredentialRequest;

QString credentialKey(const QString &url)
{
    return QStringLiteral("git: ") + url.trimmed();
}

QString credentialToText(const Credential &credential, CredentialRequest::Kind kind)
{
    QJsonObject object{{QStringLiteral("kind"), kind == CredentialRequest::Kind::SshKey
                                                    ? QStringLiteral("ssh")
                                                    : QStringLiteral("password")},
                       {QStringLiteral("user"), credential.user},
                       {QStringLiteral("secret"), credential.secret}};
    if (!credential.privateKey.isEmpty())
        object.insert(QStringLiteral("privateKey"), credential.privateKey);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Credential> credentialFromText(const QString &text, CredentialRequest::Kind *kind)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    if (object.isEmpty())
        return std::nullopt;
    if (kind)
        *kind = object.value(QStringLiteral("kind")).toString() == QLatin1String("ssh")
                    ? CredentialRequest::Kind::SshKey
                    : CredentialRequest::Kind::UserPassword;
    return Credential{object.value(QStringLiteral("user")).toString(),
                      object.value(QStringLiteral("secret")).toString(),
                      object.value(QStringLiteral("privateKey")).toString(),
                      {}};
}

namespace {

const QString kHostKeys = QStringLiteral("git/sshHostKeys");

} // namespace

QHash<QString, QByteArray> SyncRunner::trustedHostKeys()
{
    QHash<QString, QByteArray> out;
    const QVariantMap saved = QSettings().value(kHostKeys).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        out.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return out;
}

SyncRunner::SyncRunner(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

void SyncRunner::setSecretStore(SecretStore *store)
{
    m_store = store;
}

SyncRunner::~SyncRunner()
{
    cancel();
    m_pool.waitForDone();
}

bool SyncRunner::start(const QString &url, Job job, Done done)
{
    if (m_running)
        return false;
    m_running = true;
    m_url = url;
    m_job = std::move(job);
    m_done = std::move(done);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit runningChanged(true);
    if (!m_store || url.isEmpty()) {
        attempt(std::nullopt, false);
        return true;
    }
    QPointer<SyncRunner> self(this);
    m_store->read(credentialKey(url), [self](const Result<QString> &secret) {
        if (!self || !self->m_running)
            return;
        // No entry (the keychain says so with an error) is the same as none.
        std::optional<Credential> saved;
        if (secret)
            saved = credentialFromText(*secret, &self->m_kind);
        self->attempt(saved, false);
    });
    return true;
}

void SyncRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncRunner::attempt(std::optional<Credential> credential, bool fresh)
{
    if (m_cancel->load()) {
        end(fail(Error(ErrorCode::InvalidState, tr("Cancelled"))
                     .withDetail(QStringLiteral("cancelled"), true)));
        return;
    }
    vcs::RemoteCallbacks callbacks;
    callbacks.cancel = m_cancel.get();
    // SSH hosts the person trusted here before (libgit2 checks ~/.ssh/known_hosts first).
    callbacks.acceptCertificate = [keys = trustedHostKeys()](const QString &host,
                                                             const QByteArray &key) {
        return keys.contains(host) && keys.value(host) == key;
    };
    callbacks.credentials = [credential](const CredentialRequest &) {
        return credential;
    };
    // Progress arrives per object: only whole percents cross to the UI thread.
    auto lastPercent = std::make_shared<int>(-1);
    callbacks.progress = [this, lastPercent](const vcs::TransferProgress &progress) {
        const int total = progress.totalObjects;
        const int done = progress.receivedObjects;
        const int percent = total > 0 ? done * 100 / total : 0;
        if (percent == *lastPercent)
            return;
        *lastPercent = percent;
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<Result<SyncOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, credential, fresh] {
        const Result<SyncOutcome> result = watcher->result();
        watcher->deleteLater();
        finished(result, credential, fresh);
    });
    // The job keeps the cancel flag alive as long as it runs.
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [job = m_job, callbacks, cancel = m_cancel] { return job(callbacks); }));
}

void SyncRunner::finished(const Result<SyncOutcome> &result, const std::optional<Credential> &used,
                          bool fresh)
{
    if (result) {
        if (fresh && used && m_store)
            m_store->write(credentialKey(m_url), credentialToText(*used, m_kind),
                           [](const Result<QString> &) {});
        end(result);
        return;
    }
    const Error &error = result.error();
    const QVariantMap details = error.details();
    // An SSH host seen for the first time: asked like `ssh` asks, then the same again.
    if (details.contains(QStringLiteral("hostKey")) && m_trustHostKey && !m_cancel->load()) {
        const QString host = details.value(QStringLiteral("host")).toString();
        // A host whose key changed since it was trusted is not asked about: that is what a
        // man in the middle looks like.
        if (trustedHostKeys().contains(host)) {
            end(fail(
                Error(ErrorCode::Unauthorized,
                      tr("The SSH host key of %1 changed since you trusted it (now %2). "
                         "Ask the server's administrator whether that is expected; if it "
                         "is, remove the old key from the Studio's settings (git/"
                         "sshHostKeys) and try again.")
                          .arg(host, details.value(QStringLiteral("fingerprint")).toString()))));
            return;
        }
        if (m_trustHostKey(host, details.value(QStringLiteral("fingerprint")).toString())) {
            QSettings settings;
            QVariantMap saved = settings.value(kHostKeys).toMap();
            saved.insert(host, details.value(QStringLiteral("hostKey")));
            settings.setValue(kHostKeys, saved);
            attempt(used, fresh);
            return;
        }
    }
    const bool refused = error.code() == ErrorCode::InvalidCredentials;
    const bool wanted = error.code() == ErrorCode::Unauthorized;
    if ((!refused && !wanted) || !details.contains(QStringLiteral("credential")) || !m_ask ||
        m_cancel->load()) {
        end(result);
        return;
    }
    m_kind = details.value(QStringLiteral("credential")).toString() == QLatin1String("ssh")
                 ? CredentialRequest::Kind::SshKey
                 : CredentialRequest::Kind::UserPassword;
    const bool ssh = m_kind == CredentialRequest::Kind::SshKey;
    QString reason;
    if (refused && !fresh && m_store) {
        // A saved credential the server no longer takes (wrong, revoked): forget it.
        m_store->remove(credentialKey(m_url), [](const Result<QString> &) {});
        reason = ssh ? tr("The server refused the SSH key saved for %1, so it was removed from "
                          "the keychain. Choose the key and enter its passphrase again.")
                           .arg(m_url)
                     : tr("The server refused the user name or token saved for %1 (wrong or "
                          "revoked), so it was removed from the keychain. Enter them again.")
                           .arg(m_url);
    } else if (refused) {
        reason = ssh ? tr("The server refused that SSH key or passphrase. Try again.")
                     : tr("The server refused that user name or token. Enter them again.");
    } else {
        reason = ssh ? tr("%1 wants an SSH key.").arg(m_url)
                     : tr("%1 wants a user name and password (or access token).").arg(m_url);
    }
    CredentialRequest request{m_kind, details.value(QStringLiteral("url")).toString(),
                              used ? used->user : QString()};
    if (request.url.isEmpty())
        request.url = m_url;
    std::optional<Credential> answer = m_ask(request, reason);
    if (!answer) {
        end(fail(Error(ErrorCode::InvalidState, tr("Cancelled: no credentials given"))
                     .withDetail(QStringLiteral("cancelled"), true)));
        return;
    }
    attempt(answer, true);
}

void SyncRunner::end(const Result<SyncOutcome> &result)
{
    m_running = false;
    m_job = {};
    Done done = std::move(m_done);
    m_done = {};
    emit runningChanged(false);
    if (done)
        done(result);
}

} // namespace fm::studio::git
