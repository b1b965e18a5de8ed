// SPDX-License-Identifier: MIT
#include "server/secretstore.h"

#include <QDir>

#include <qt6keychain/keychain.h>

namespace fm::studio {

namespace {

Result<QString> outcome(const QKeychain::Job &job, const QString &secret)
{
    if (job.error() == QKeychain::NoError)
        return secret;
    return fail(ErrorCode::Io, QObject::tr("the system keychain refused: %1. Unlock it (or "
                                           "install and start a Secret Service such as GNOME "
                                           "Keyring) and try again.")
                                   .arg(job.errorString()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done, secret](QKeychain::Job *finished) { done(outcome(*finished, secret)); });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done, job](QKeychain::Job *) { done(outcome(*job, job->textData())); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(outcome(*finished, QString())); });
    job->start();
}

QString adminPasswordKey(const QString &projectDir, const QString &site)
{
    return QDir(QDir(projectDir).absoluteFilePath(QStringLiteral("sites"))).filePath(site) +
           QStringLiteral(": Administrator");
}

} // namespace fm::studio
