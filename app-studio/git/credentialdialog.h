// SPDX-License-Identifier: MIT
#pragma once

#include "vcs/gitremote.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace fm::studio::git {

// Asks for the credential a Git server wants: a user name and password or access token
// (HTTPS), or an SSH key file and its passphrase. Says why it asks (`reason`: first time,
// or the server refused the last one) and that the answer goes to the system keychain.
class CredentialDialog final : public QDialog
{
    Q_OBJECT

public:
    CredentialDialog(const vcs::CredentialRequest &request, const QString &reason,
                     QWidget *parent = nullptr);

    vcs::Credential credential() const;
    QLabel *reasonLabel() const { return m_reason; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *keyEdit() const { return m_key; }

    // The dialog, modal; std::nullopt when cancelled.
    static std::optional<vcs::Credential> ask(const vcs::CredentialRequest &request,
                                              const QString &reason, QWidget *parent);
    // Asks whether to trust an SSH host seen for the first time, as `ssh` does.
    static bool trustHostKey(const QString &host, const QString &fingerprint, QWidget *parent);

private:
    vcs::CredentialRequest m_request;
    QLabel *m_reason;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLineEdit *m_key;
};

} // namespace fm::studio::git
