// SPDX-License-Identifier: MIT
#include "git/clonedialog.h"

#include "git/credentialdialog.h"
#include "git/workspaces.h"
#include "vcs/gitremote.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace fm::studio::git {

CloneDialog::CloneDialog(SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_sync(new SyncRunner(this))
    , m_url(new QLineEdit(this))
    , m_parent(new QLineEdit(QDir::homePath(), this))
    , m_name(new QLineEdit(this))
    , m_target(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_clone(new QPushButton(tr("Clone"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Clone Workspace"));
    setMinimumWidth(520);
    m_sync->setSecretStore(store);
    m_sync->setAsk([this](const vcs::CredentialRequest &request, const QString &reason) {
        return CredentialDialog::ask(request, reason, this);
    });
    m_sync->setTrustHostKey([this](const QString &host, const QString &fingerprint) {
        return CredentialDialog::trustHostKey(host, fingerprint, this);
    });
    m_url->setObjectName(QStringLiteral("cloneUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://git.example.com/team/shop.git"));
    m_parent->setObjectName(QStringLiteral("cloneParent"));
    m_name->setObjectName(QStringLiteral("cloneName"));
    m_message->setObjectName(QStringLiteral("cloneMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_clone->setDefault(true);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Clone Into"), m_parent->text());
        if (!dir.isEmpty())
            m_parent->setText(dir);
    });
    auto *parentRow = new QHBoxLayout;
    parentRow->addWidget(m_parent, 1);
    parentRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Clone a project from a Git server (HTTPS or SSH URL) and open "
                                "it. Credentials are asked when the server wants them and kept "
                                "in the system keychain."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Repository URL:"), m_url);
    form->addRow(tr("Into folder:"), parentRow);
    form->addRow(tr("Folder name:"), m_name);
    form->addRow(QString(), m_target);
    form->addRow(m_progress);
    form->addRow(m_message);
    m_buttons->addButton(m_clone, QDialogButtonBox::AcceptRole);
    form->addRow(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &url) {
        if (!m_nameEdited)
            m_name->setText(Workspaces::nameFromUrl(url));
        updateState();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::updateState);
    connect(m_parent, &QLineEdit::textChanged, this, &CloneDialog::updateState);
    connect(m_clone, &QPushButton::clicked, this, &CloneDialog::startClone);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloneDialog::reject);
    connect(m_sync, &SyncRunner::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_message->setText(tr("Receiving objects: %1/%2").arg(done).arg(total));
    });
    connect(m_sync, &SyncRunner::runningChanged, this, &CloneDialog::updateState);
    updateState();
}

void CloneDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void CloneDialog::setParentFolder(const QString &folder)
{
    m_parent->setText(folder);
}

QString CloneDialog::targetFolder() const
{
    if (m_parent->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty())
        return {};
    return QDir::cleanPath(QDir(m_parent->text().trimmed()).filePath(m_name->text().trimmed()));
}

void CloneDialog::updateState()
{
    const bool running = m_sync->isRunning();
    const QString target = targetFolder();
    m_target->setText(
        target.isEmpty() ? QString() : tr("Clones into %1").arg(QDir::toNativeSeparators(target)));
    m_clone->setEnabled(!running && !m_url->text().trimmed().isEmpty() && !target.isEmpty());
    m_url->setEnabled(!running);
    m_parent->setEnabled(!running);
    m_name->setEnabled(!running);
    m_progress->setVisible(running);
}

void CloneDialog::startClone()
{
    const QString url = m_url->text().trimmed();
    const QString folder = targetFolder();
    if (url.isEmpty() || folder.isEmpty() || m_sync->isRunning())
        return;
    m_message->setStyleSheet({});
    m_message->setText(tr("Connecting to %1…").arg(url));
    m_progress->setRange(0, 0);
    m_sync->start(
        url,
        [url, folder](const vcs::RemoteCallbacks &callbacks) -> Result<SyncOutcome> {
            auto repo = vcs::GitSync::clone(url, folder, callbacks);
            if (!repo)
                return fail(repo.error());
            SyncOutcome outcome;
            outcome.folder = repo->workdir();
            outcome.message = tr("Cloned %1 into %2").arg(url, outcome.folder);
            return outcome;
        },
        [this, url](const Result<SyncOutcome> &result) {
            if (!result) {
                m_message->setStyleSheet(QStringLiteral("color: #d73a49"));
                m_message->setText(result.error().message());
                emit failed(result.error().message());
                return;
            }
            Workspaces::add({m_name->text().trimmed(), result->folder, url});
            m_message->setText(result->message);
            emit cloned(result->folder);
            accept();
        });
}

void CloneDialog::reject()
{
    if (m_sync->isRunning()) {
        m_message->setText(tr("Cancelling…"));
        m_sync->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace fm::studio::git
