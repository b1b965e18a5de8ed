// SPDX-License-Identifier: MIT
// The Git dock's remote work: Fetch, Pull and Push with progress and Cancel (SyncRunner,
// credentials from the keychain or asked), and resolving conflicted files.
#include "git/commiteditor.h"
#include "git/credentialdialog.h"
#include "git/gitpanel.h"
#include "server/secretstore.h"
#include "vcs/gitremote.h"
#include "vcs/gitrepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>

#include <utility>

namespace fm::studio::git {

namespace {

constexpr int kPathRole = Qt::UserRole; // as in gitpanel.cpp
constexpr int kGroupRole = Qt::UserRole + 1;

Result<vcs::GitRepository> openRepo(const QString &root)
{
    return vcs::GitRepository::discover(root);
}

} // namespace

QWidget *GitPanel::makeSyncRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fetchButton = new QToolButton(row);
    m_pullButton = new QToolButton(row);
    m_pushButton = new QToolButton(row);
    m_fetchButton->setObjectName(QStringLiteral("gitFetch"));
    m_pullButton->setObjectName(QStringLiteral("gitPull"));
    m_pushButton->setObjectName(QStringLiteral("gitPush"));
    m_fetchButton->setText(tr("Fetch"));
    m_pullButton->setText(tr("Pull"));
    m_pushButton->setText(tr("Push"));
    m_fetchButton->setToolTip(tr("Download the remote's new commits without changing your files"));
    connect(m_fetchButton, &QToolButton::clicked, this, &GitPanel::fetch);
    connect(m_pullButton, &QToolButton::clicked, this, &GitPanel::pull);
    connect(m_pushButton, &QToolButton::clicked, this, &GitPanel::push);
    m_syncLabel = new QLabel(row);
    m_syncLabel->setObjectName(QStringLiteral("gitSyncLabel"));
    m_syncProgress = new QProgressBar(row);
    m_syncProgress->setObjectName(QStringLiteral("gitSyncProgress"));
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setMaximumHeight(12);
    m_cancelButton = new QPushButton(tr("Cancel"), row);
    m_cancelButton->setObjectName(QStringLiteral("gitSyncCancel"));
    connect(m_cancelButton, &QPushButton::clicked, this, &GitPanel::cancelSync);
    layout->addWidget(m_fetchButton);
    layout->addWidget(m_pullButton);
    layout->addWidget(m_pushButton);
    layout->addWidget(m_syncLabel);
    layout->addWidget(m_syncProgress, 1);
    layout->addWidget(m_cancelButton);
    layout->addStretch(0);
    for (QWidget *w : {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncProgress),
                       static_cast<QWidget *>(m_cancelButton)})
        w->hide();

    m_sync->setAsk([this](const vcs::CredentialRequest &request, const QString &reason) {
        return m_prompts.askCredential ? m_prompts.askCredential(request, reason)
                                       : std::optional<vcs::Credential>();
    });
    m_sync->setTrustHostKey([this](const QString &host, const QString &fingerprint) {
        return m_prompts.trustHostKey && m_prompts.trustHostKey(host, fingerprint);
    });
    connect(m_sync, &SyncRunner::progressed, this, [this](int done, int total) {
        m_syncProgress->setRange(0, qMax(total, 1));
        m_syncProgress->setValue(done);
        m_syncLabel->setText(tr("%1 %2/%3 objects")
                                 .arg(m_syncLabel->property("verb").toString())
                                 .arg(done)
                                 .arg(total));
    });
    connect(m_sync, &SyncRunner::runningChanged, this, [this](bool running) {
        m_syncLabel->setVisible(running);
        m_syncProgress->setVisible(running);
        m_cancelButton->setVisible(running);
        m_cancelButton->setEnabled(running);
        updateButtons();
    });
    return row;
}

void GitPanel::setSecretStore(SecretStore *store)
{
    m_sync->setSecretStore(store);
}

bool GitPanel::isSyncing() const
{
    return m_sync && m_sync->isRunning();
}

void GitPanel::cancelSync()
{
    m_cancelButton->setEnabled(false);
    m_syncLabel->setText(tr("Cancelling…"));
    m_sync->cancel();
}

void GitPanel::startSync(const QString &label, SyncRunner::Job job, std::function<void()> again)
{
    if (m_root.isEmpty() || isSyncing())
        return;
    m_syncLabel->setProperty("verb", label);
    m_syncLabel->setText(label);
    m_syncProgress->setRange(0, 0); // busy until the first count arrives
    m_sync->start(m_snapshot.remoteUrl, std::move(job),
                  [this, again](const Result<SyncOutcome> &result) { finishSync(result, again); });
}

void GitPanel::finishSync(const Result<SyncOutcome> &result, const std::function<void()> &again)
{
    // A merge needs an author: asked once (like a commit), then the pull runs again.
    if (!result && again && result.error().code() == ErrorCode::NotFound &&
        result.error().message().startsWith(QLatin1String("no Git author"))) {
        if (std::optional<vcs::Signature> author = m_prompts.askAuthor()) {
            m_pendingAuthor = author; // written by the next run, before it merges
            again();
            return;
        }
    }
    QString text;
    if (result) {
        text = result->message;
        if (!result->conflicted.isEmpty())
            text = tr("Pull stopped on conflicts in %1. Resolve each file (right-click: Use "
                      "Ours, Use Theirs, or edit it and Mark Resolved), then commit.")
                       .arg(result->conflicted.join(QStringLiteral(", ")));
    } else {
        text = result.error().message();
    }
    const bool ok = result.has_value() && result->conflicted.isEmpty();
    showMessage(text, !ok);
    emit syncFinished(result.has_value(), text);
    emit operationFinished(result.has_value(), text);
    refreshNow();
}

void GitPanel::fetch()
{
    const QString root = m_root;
    startSync(tr("Fetching"), [root](const vcs::RemoteCallbacks &callbacks) -> Result<SyncOutcome> {
        auto repo = openRepo(root);
        if (!repo)
            return fail(repo.error());
        vcs::GitSync sync(*repo, callbacks);
        auto remote = sync.defaultRemote();
        if (!remote)
            return fail(remote.error());
        if (auto fetched = sync.fetch(*remote); !fetched)
            return fail(fetched.error());
        SyncOutcome outcome;
        auto status = repo->status();
        if (status && !status->upstream.isEmpty() && status->behind > 0)
            outcome.message =
                tr("Fetched from %1: %n new commit(s) to pull", nullptr, status->behind)
                    .arg(*remote);
        else
            outcome.message = tr("Fetched from %1: nothing new").arg(*remote);
        return outcome;
    });
}

void GitPanel::pull()
{
    if (!ensureSaved(tr("Pull")))
        return;
    const QString root = m_root;
    const std::optional<vcs::Signature> author = std::exchange(m_pendingAuthor, std::nullopt);
    startSync(
        tr("Pulling"),
        [root, author](const vcs::RemoteCallbacks &callbacks) -> Result<SyncOutcome> {
            auto repo = openRepo(root);
            if (!repo)
                return fail(repo.error());
            if (author) {
                auto set =
                    repo->setDefaultSignature(*author, vcs::GitRepository::ConfigScope::Global);
                if (!set)
                    return fail(set.error());
            }
            vcs::GitSync sync(*repo, callbacks);
            auto pulled = sync.pull();
            if (!pulled)
                return fail(pulled.error());
            SyncOutcome outcome;
            switch (pulled->kind) {
            case vcs::PullResult::Kind::UpToDate:
                outcome.message = tr("Already up to date with %1").arg(pulled->upstream);
                break;
            case vcs::PullResult::Kind::FastForward:
                outcome.message = tr("Pulled %1 (fast-forward to %2)")
                                      .arg(pulled->upstream, pulled->commitId.left(7));
                break;
            case vcs::PullResult::Kind::Merged:
                outcome.message = tr("Pulled %1 and merged it (commit %2)")
                                      .arg(pulled->upstream, pulled->commitId.left(7));
                break;
            case vcs::PullResult::Kind::Conflicts:
                outcome.conflicted = pulled->conflicted;
                break;
            }
            return outcome;
        },
        [this] { pull(); });
}

void GitPanel::push()
{
    const QString root = m_root;
    startSync(tr("Pushing"), [root](const vcs::RemoteCallbacks &callbacks) -> Result<SyncOutcome> {
        auto repo = openRepo(root);
        if (!repo)
            return fail(repo.error());
        vcs::GitSync sync(*repo, callbacks);
        auto pushed = sync.push();
        if (!pushed)
            return fail(pushed.error());
        SyncOutcome outcome;
        outcome.message =
            pushed->upstreamSet
                ? tr("Pushed %1 to %2; it now tracks %2/%1").arg(pushed->branch, pushed->remote)
                : tr("Pushed %1 to %2").arg(pushed->branch, pushed->remote);
        return outcome;
    });
}

void GitPanel::resolveConflict(const QString &path, vcs::GitSync::Side side)
{
    const bool ours = side == vcs::GitSync::Side::Ours;
    const QString version = ours ? tr("your version (ours)") : tr("the remote's version (theirs)");
    if (!m_prompts.confirm(tr("Resolve conflict"),
                           tr("Replace %1 with %2? What the file holds now, conflict markers "
                              "and any edits to it, is lost.")
                               .arg(path, version)))
        return;
    runOperation(tr("Resolved %1 with %2").arg(path, version),
                 [path, side](vcs::GitRepository &repo) {
                     return vcs::GitSync(repo).resolveConflict(path, side);
                 });
}

void GitPanel::markResolved(const QString &path)
{
    runOperation(tr("Marked %1 as resolved").arg(path), [path](vcs::GitRepository &repo) {
        return vcs::GitSync(repo).markResolved(path);
    });
}

QMenu *GitPanel::contextMenuFor(QTreeWidgetItem *item)
{
    if (!item || item->data(0, kPathRole).isNull())
        return nullptr;
    const QString path = item->data(0, kPathRole).toString();
    const auto group = Group(item->data(0, kGroupRole).toInt());
    auto *menu = new QMenu(this);
    const bool idle = !isSyncing();
    if (group == Group::Conflicted) {
        menu->addAction(tr("Use Ours (Keep My Version)"), this,
                        [this, path] { resolveConflict(path, vcs::GitSync::Side::Ours); })
            ->setEnabled(idle);
        menu->addAction(tr("Use Theirs (Take the Remote's Version)"), this,
                        [this, path] { resolveConflict(path, vcs::GitSync::Side::Theirs); })
            ->setEnabled(idle);
        menu->addAction(tr("Mark Resolved (After Editing)"), this,
                        [this, path] { markResolved(path); })
            ->setEnabled(idle);
        return menu;
    }
    const QStringList selected =
        selectedFiles().contains(path) ? selectedFiles() : QStringList{path};
    if (group == Group::Staged)
        menu->addAction(tr("Unstage"), this, [this, selected] { unstage(selected); })
            ->setEnabled(idle);
    else
        menu->addAction(tr("Stage"), this, [this, selected] { stage(selected); })->setEnabled(idle);
    if (group == Group::Unstaged || group == Group::Untracked)
        menu->addAction(tr("Discard Changes…"), this, [this, selected] { discard(selected); })
            ->setEnabled(idle);
    return menu;
}

} // namespace fm::studio::git
