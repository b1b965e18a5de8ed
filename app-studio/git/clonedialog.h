// SPDX-License-Identifier: MIT
#pragma once

#include "git/syncrunner.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fm::studio {
class SecretStore;
}

namespace fm::studio::git {

// File > Clone Workspace…: an HTTPS or SSH URL and a folder; clones with progress and
// Cancel (credentials from the keychain, or asked), records the workspace (Workspaces) and
// emits cloned() so the window opens it as a project. A failed or cancelled clone leaves
// no folder behind and keeps the dialog open with the reason.
class CloneDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CloneDialog(SecretStore *store, QWidget *parent = nullptr);

    void setAsk(SyncRunner::Ask ask) { m_sync->setAsk(std::move(ask)); }
    void setTrustHostKey(SyncRunner::TrustHostKey trust)
    {
        m_sync->setTrustHostKey(std::move(trust));
    }
    void setUrl(const QString &url);
    void setParentFolder(const QString &folder);
    QString targetFolder() const; // parent folder / name

    void startClone();
    bool isCloning() const { return m_sync->isRunning(); }

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *parentEdit() const { return m_parent; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cloneButton() const { return m_clone; }

signals:
    void cloned(const QString &folder);
    void failed(const QString &message);

protected:
    void reject() override; // Cancel cancels a running clone first

private:
    void updateState();

    SyncRunner *m_sync;
    QLineEdit *m_url;
    QLineEdit *m_parent;
    QLineEdit *m_name;
    QLabel *m_target;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_clone;
    QDialogButtonBox *m_buttons;
    bool m_nameEdited = false;
};

} // namespace fm::studio::git
