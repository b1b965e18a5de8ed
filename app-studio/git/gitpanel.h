// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "git/gitjobs.h"
#include "git/syncrunner.h"
#include "vcs/gitremote.h"
#include "vcs/gittypes.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fm::core {
class ProjectModel;
}
namespace fm::vcs {
class GitRepository;
}

namespace fm::studio {
class SecretStore;
}

namespace fm::studio::git {

class CommitEditor;

// The questions the dock asks; tests answer them without dialogs.
struct GitPrompts
{
    enum class Unsaved { Save, Continue, Cancel };
    std::function<Unsaved(const QStringList &doctypes)> unsavedEdits;
    std::function<bool(const QStringList &files)> confirmDiscard;
    std::function<std::optional<vcs::Signature>()> askAuthor;
    std::function<QString(const QString &title, const QString &label)> askText;
    std::function<bool(const QString &title, const QString &text)> confirm;
    // A Git server's credential; `reason` says why it is asked (first time, or refused).
    SyncRunner::Ask askCredential;
    // An SSH server seen for the first time: connect and remember its key?
    SyncRunner::TrustHostKey trustHostKey;
};

// The Git dock (issue 11): branch and ahead/behind, the changed files grouped as Git does
// (staged, changes, untracked, conflicted), the selected file's diff and its DocType-terms
// description, stage/unstage/discard, the commit editor and the branch menu. Every Git
// call runs on a one-thread pool, in order, each job with its own repository.
class GitPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Group { Staged, Unstaged, Untracked, Conflicted };

    explicit GitPanel(QWidget *parent = nullptr);
    ~GitPanel() override;

    // The project's folder (any folder in the working tree) and its model for unsaved
    // edits; an empty root shows nothing.
    void setProject(const QString &root, core::ProjectModel *model);
    QString root() const { return m_root; }
    GitPrompts &prompts() { return m_prompts; }
    // How unsaved edits are saved before a commit or a switch (the editors' Save All);
    // ProjectModel::saveAll when unset.
    void setSaveHandler(std::function<bool()> save) { m_save = std::move(save); }

    void refresh(); // soon: several calls in a row make one
    void refreshNow();
    bool selectFile(const QString &path, Group group);

    void stage(const QStringList &paths);
    void unstage(const QStringList &paths);
    void discard(const QStringList &paths);
    void commit(const QString &message, bool amend);
    void createBranch(const QString &name);
    void switchBranch(const QString &name);
    void deleteBranch(const QString &name);
    // A commit checked out detached, to look at the project as it was (read-only: the
    // Studio refuses to save until a branch is checked out again).
    void checkoutCommit(const QString &commit);
    // One hunk of the shown file: staged from its unstaged diff, or unstaged from its
    // staged diff (`git add -p` / `git reset -p` for that hunk).
    void applyHunk(const QString &path, vcs::DiffSide side, int hunk);
    // The hunk of the shown diff the text cursor is in; -1 when none (a conflict, no diff).
    int hunkAtCursor() const;
    // The diff view's context menu: the text actions, and Stage / Unstage This Hunk.
    QMenu *diffContextMenu();

    // Remote work (gitpanelsync.cpp): on its own worker with progress and Cancel, the
    // credential from the keychain (SecretStore) or asked. Pull saves unsaved DocTypes first.
    void setSecretStore(SecretStore *store);
    void fetch();
    void pull();
    void push();
    void cancelSync();
    bool isSyncing() const;
    // A conflicted file: one side whole (after a confirmation, as edits to it are lost), or
    // the file as the user edited it.
    void resolveConflict(const QString &path, vcs::GitSync::Side side);
    void markResolved(const QString &path);
    // The file list's context menu for `item` (conflicted files: Use Ours / Use Theirs /
    // Mark Resolved); the caller owns it.
    QMenu *contextMenuFor(QTreeWidgetItem *item);

    bool isBusy() const { return m_busy > 0 || m_refreshPending || isSyncing(); }
    const Snapshot &snapshot() const { return m_snapshot; }
    QStringList files(Group group) const;
    QStringList selectedFiles(Group *group = nullptr) const;

    QLabel *branchLabel() const { return m_branch; }
    QToolButton *branchButton() const { return m_branchButton; }
    QTreeWidget *fileList() const { return m_files; }
    QTabWidget *details() const { return m_details; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPlainTextEdit *doctypeView() const { return m_doctype; }
    CommitEditor *commitEditor() const { return m_commit; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *stageButton() const { return m_stageButton; }
    QPushButton *unstageButton() const { return m_unstageButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    QToolButton *fetchButton() const { return m_fetchButton; }
    QToolButton *pullButton() const { return m_pullButton; }
    QToolButton *pushButton() const { return m_pushButton; }
    QProgressBar *syncProgress() const { return m_syncProgress; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *syncLabel() const { return m_syncLabel; }

signals:
    void refreshed();
    void fileShown(const QString &path);
    void operationFinished(bool ok, const QString &message);
    void syncFinished(bool ok, const QString &message);

private:
    template<typename T, typename Job, typename Done> void runJob(Job job, Done done)
    {
        ++m_busy;
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
            --m_busy;
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, std::move(job)));
    }
    using Operation = std::function<Result<void>(vcs::GitRepository &)>;
    void runOperation(const QString &done, Operation operation);
    void finishCommit(const Result<QString> &result, const QString &message, bool amend);
    bool ensureSaved(const QString &what);
    void applySnapshot(const Result<Snapshot> &snapshot);
    void showSelection();
    void showFileView(const FileView &view);
    void updateButtons();
    void rebuildBranchMenu();
    void showMessage(const QString &text, bool error);
    void installDefaultPrompts();
    QWidget *makeSyncRow();
    void startSync(const QString &label, SyncRunner::Job job,
                   std::function<void()> again = nullptr);
    void finishSync(const Result<SyncOutcome> &result, const std::function<void()> &again);

    QThreadPool m_pool;
    QString m_root;
    core::ProjectModel *m_model = nullptr;
    std::function<bool()> m_save;
    GitPrompts m_prompts;
    Snapshot m_snapshot;
    int m_busy = 0;
    bool m_refreshPending = false;
    bool m_refreshRunning = false;
    quint64 m_viewGeneration = 0;

    QLabel *m_branch;
    QToolButton *m_branchButton;
    QTreeWidget *m_files;
    QPushButton *m_stageButton;
    QPushButton *m_unstageButton;
    QPushButton *m_discardButton;
    QToolButton *m_fetchButton = nullptr;
    QToolButton *m_pullButton = nullptr;
    QToolButton *m_pushButton = nullptr;
    QWidget *m_syncRow = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    SyncRunner *m_sync = nullptr;
    std::optional<vcs::Signature> m_pendingAuthor; // asked for a pull's merge commit
    FileView m_shown;                              // the file in the diff view
    QTabWidget *m_details;
    QPlainTextEdit *m_diff;
    QPlainTextEdit *m_doctype;
    CommitEditor *m_commit;
    QLabel *m_message;
    QTimer *m_refreshTimer;
    QFileSystemWatcher *m_watcher;
};

} // namespace fm::studio::git
