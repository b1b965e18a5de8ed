// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace fm::studio {

// Where the Studio keeps secrets it generates (a new site's Administrator password): the
// system keychain, never a project file. Asynchronous, as the keychain may ask the user.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QString> &secret)>;
    using QObject::QObject;

    // `done` runs on this object's thread with the secret written (or read), or why not.
    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void read(const QString &key, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
    // The name people look for in their keychain tool ("Framework M Studio").
    virtual QString serviceName() const = 0;
};

// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// the Credential Manager on Windows).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("Framework M Studio"),
                                 QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, Done done) override;
    void remove(const QString &key, Done done) override;
    QString serviceName() const override { return m_service; }

private:
    QString m_service;
};

// The keychain key of a site's Administrator password: "<project folder>/sites/<site>:
// Administrator", so two checkouts of one project keep their own.
QString adminPasswordKey(const QString &projectDir, const QString &site);

} // namespace fm::studio
