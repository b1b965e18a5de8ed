// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QFutureWatcher>
#include <QObject>

namespace fm::studio {

class SecretStore;

// Creates a missing site for the Server dock: a generated Administrator password goes to
// the system keychain first (so a keychain that refuses leaves nothing behind), then
// core::createSite() writes sites/<site>/ and migrates its database off the UI thread.
// The password is never written to a project file or shown in the log.
class SiteCreator final : public QObject
{
    Q_OBJECT

public:
    SiteCreator(SecretStore *store, QObject *parent = nullptr);
    ~SiteCreator() override;

    void create(const QString &projectDir, const QString &site);
    bool isRunning() const { return m_running; }
    QString serviceName() const; // the keychain service the passwords go under

    static QString generatePassword(); // 24 characters from a 64-letter alphabet

signals:
    // `keychainKey` names the password's entry in the keychain (SecretStore::serviceName()).
    void created(const QString &site, const QString &keychainKey);
    void failed(const QString &site, const QString &message);

private:
    void finish(const Result<void> &result);

    SecretStore *m_store;
    QFutureWatcher<Result<void>> m_watcher;
    QString m_site;
    QString m_key;
    bool m_running = false;
};

} // namespace fm::studio
