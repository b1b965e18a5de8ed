// SPDX-License-Identifier: MIT
#include "git/credentialdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace fm::studio::git {

namespace {

QString defaultKeyFile()
{
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = QDir::home().filePath(QStringLiteral(".ssh/") + QLatin1String(name));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace

CredentialDialog::CredentialDialog(const vcs::CredentialRequest &request, const QString &reason,
                                   QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_reason(new QLabel(reason, this))
    , m_user(new QLineEdit(request.user, this))
    , m_secret(new QLineEdit(this))
    , m_key(new QLineEdit(this))
{
    const bool ssh = request.kind == vcs::CredentialRequest::Kind::SshKey;
    setWindowTitle(ssh ? tr("SSH Key") : tr("Sign In to Git Server"));
    m_reason->setObjectName(QStringLiteral("credentialReason"));
    m_reason->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("credentialUser"));
    m_secret->setObjectName(QStringLiteral("credentialSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_key->setObjectName(QStringLiteral("credentialKey"));

    auto *form = new QFormLayout(this);
    form->addRow(m_reason);
    auto *url = new QLabel(request.url, this);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Server:"), url);
    if (ssh) {
        m_user->hide();
        m_key->setText(defaultKeyFile());
        auto *browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, tr("SSH Private Key"), QDir::home().filePath(QStringLiteral(".ssh")));
            if (!file.isEmpty())
                m_key->setText(file);
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_key, 1);
        row->addWidget(browse);
        form->addRow(tr("Private key:"), row);
        form->addRow(tr("Passphrase:"), m_secret);
    } else {
        m_key->hide();
        form->addRow(tr("User name:"), m_user);
        form->addRow(tr("Password or token:"), m_secret);
    }
    auto *note = new QLabel(tr("Saved in the system keychain, never in a file, and used for "
                               "this server from now on."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (ssh || !m_user->text().isEmpty() ? m_secret : m_user)->setFocus();
}

vcs::Credential CredentialDialog::credential() const
{
    if (m_request.kind == vcs::CredentialRequest::Kind::SshKey)
        return {m_request.user, m_secret->text(), m_key->text().trimmed(), {}};
    return {m_user->text().trimmed(), m_secret->text(), {}, {}};
}

std::optional<vcs::Credential> CredentialDialog::ask(const vcs::CredentialRequest &request,
                                                     const QString &reason, QWidget *parent)
{
    CredentialDialog dialog(request, reason, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.credential();
}

bool CredentialDialog::trustHostKey(const QString &host, const QString &fingerprint,
                                    QWidget *parent)
{
    return QMessageBox::question(
               parent, tr("Unknown SSH Server"),
               tr("The Studio has not connected to %1 before. Its SSH key fingerprint is\n\n%2"
                  "\n\nCompare it with the one your Git host publishes. Connect and remember "
                  "this key?")
                   .arg(host, fingerprint),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace fm::studio::git
