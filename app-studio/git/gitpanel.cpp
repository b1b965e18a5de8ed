// SPDX-License-Identifier: MIT
// The Git dock's widgets, the refresh and the file view; the operations are in
// gitpanelactions.cpp.
#include "git/gitpanel.h"

#include "git/commiteditor.h"
#include "git/diffhighlighter.h"
#include "project/projectmodel.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fm::studio::git {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kGroupRole = Qt::UserRole + 1;

QString kindLetter(vcs::ChangeKind kind)
{
    switch (kind) {
    case vcs::ChangeKind::Added:
        return QStringLiteral("A");
    case vcs::ChangeKind::Deleted:
        return QStringLiteral("D");
    case vcs::ChangeKind::Renamed:
        return QStringLiteral("R");
    case vcs::ChangeKind::TypeChanged:
        return QStringLiteral("T");
    case vcs::ChangeKind::Untracked:
        return QStringLiteral("U");
    case vcs::ChangeKind::Conflicted:
        return QStringLiteral("!");
    case vcs::ChangeKind::Modified:
        break;
    }
    return QStringLiteral("M");
}

} // namespace

GitPanel::GitPanel(QWidget *parent)
    : QWidget(parent)
    , m_branch(new QLabel(this))
    , m_branchButton(new QToolButton(this))
    , m_files(new QTreeWidget(this))
    , m_stageButton(new QPushButton(tr("Stage"), this))
    , m_unstageButton(new QPushButton(tr("Unstage"), this))
    , m_discardButton(new QPushButton(tr("Discard…"), this))
    , m_details(new QTabWidget(this))
    , m_diff(new QPlainTextEdit(this))
    , m_doctype(new QPlainTextEdit(this))
    , m_commit(new CommitEditor(this))
    , m_message(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    // One thread: Git operations run in the order they were asked for.
    m_pool.setMaxThreadCount(1);
    installDefaultPrompts();

    m_branch->setObjectName(QStringLiteral("gitBranch"));
    m_branch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_branchButton->setObjectName(QStringLiteral("gitBranchMenu"));
    m_branchButton->setText(tr("Branch"));
    m_branchButton->setPopupMode(QToolButton::InstantPopup);
    m_branchButton->setMenu(new QMenu(m_branchButton));
    connect(m_branchButton->menu(), &QMenu::aboutToShow, this, &GitPanel::rebuildBranchMenu);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Read the repository's status again"));
    connect(refreshButton, &QToolButton::clicked, this, &GitPanel::refreshNow);
    m_sync = new SyncRunner(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_branch, 1);
    header->addWidget(m_branchButton);
    header->addWidget(refreshButton);
    QWidget *syncRow = makeSyncRow();

    m_files->setObjectName(QStringLiteral("gitFiles"));
    m_files->setHeaderHidden(true);
    m_files->setColumnCount(2);
    m_files->setRootIsDecorated(false);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_files, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showSelection();
    });
    m_files->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_files, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = contextMenuFor(m_files->itemAt(pos))) {
            menu->exec(m_files->viewport()->mapToGlobal(pos));
            delete menu;
        }
    });
    connect(m_files, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item || item->data(0, kPathRole).isNull())
            return;
        const auto group = Group(item->data(0, kGroupRole).toInt());
        if (group == Group::Conflicted)
            return; // resolved through the context menu, never by a stray double click
        const QStringList paths{item->data(0, kPathRole).toString()};
        group == Group::Staged ? unstage(paths) : stage(paths);
    });

    m_stageButton->setObjectName(QStringLiteral("gitStage"));
    m_unstageButton->setObjectName(QStringLiteral("gitUnstage"));
    m_discardButton->setObjectName(QStringLiteral("gitDiscard"));
    m_stageButton->setToolTip(tr("Add the selected files' changes to the next commit"));
    m_unstageButton->setToolTip(tr("Take the selected files out of the next commit"));
    m_discardButton->setToolTip(tr("Throw away the selected files' unstaged changes"));
    connect(m_stageButton, &QPushButton::clicked, this, [this] {
        Group group = Group::Unstaged;
        const QStringList files = selectedFiles(&group);
        if (group != Group::Conflicted)
            return stage(files);
        for (const QString &file : files) // refused while the markers are still in it
            markResolved(file);
    });
    connect(m_unstageButton, &QPushButton::clicked, this, [this] { unstage(selectedFiles()); });
    connect(m_discardButton, &QPushButton::clicked, this, [this] { discard(selectedFiles()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stageButton);
    buttons->addWidget(m_unstageButton);
    buttons->addWidget(m_discardButton);
    buttons->addStretch(1);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_diff, m_doctype}) {
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_diff->setObjectName(QStringLiteral("gitDiff"));
    m_diff->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_diff, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        // The hunk under the click, not wherever the cursor was.
        m_diff->setTextCursor(m_diff->cursorForPosition(at));
        QMenu *menu = diffContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_diff->viewport()->mapToGlobal(at));
    });
    m_doctype->setObjectName(QStringLiteral("gitDocTypeDiff"));
    new DiffHighlighter(m_diff->document());
    m_details->addTab(m_diff, tr("Diff"));
    m_details->addTab(m_doctype, tr("DocType"));
    m_details->setTabEnabled(1, false);

    m_message->setObjectName(QStringLiteral("gitMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(header);
    topLayout->addWidget(syncRow);
    topLayout->addWidget(m_files, 1);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->addWidget(m_commit);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_commit, &CommitEditor::commitRequested, this, &GitPanel::commit);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, &GitPanel::refreshNow);
    // Git's own files change when another program (a terminal) commits or switches.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &GitPanel::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &GitPanel::refresh);
    setProject({}, nullptr);
}

GitPanel::~GitPanel()
{
    m_pool.waitForDone();
}

void GitPanel::setProject(const QString &root, core::ProjectModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_root = root;
    m_model = model;
    m_snapshot = {};
    m_files->clear();
    m_shown = {};
    m_diff->clear();
    m_doctype->clear();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (m_model) {
        for (auto signal : {&core::ProjectModel::saved, &core::ProjectModel::changedOnDisk,
                            &core::ProjectModel::removedOnDisk, &core::ProjectModel::doctypeAdded,
                            &core::ProjectModel::doctypeRemoved})
            connect(m_model, signal, this, &GitPanel::refresh);
    }
    m_branch->setText(root.isEmpty() ? tr("No project") : tr("Reading Git status…"));
    setEnabled(!root.isEmpty());
    updateButtons();
    if (!root.isEmpty())
        refreshNow();
}

void GitPanel::refresh()
{
    if (m_root.isEmpty())
        return;
    m_refreshPending = true;
    m_refreshTimer->start();
}

void GitPanel::refreshNow()
{
    m_refreshTimer->stop();
    if (m_root.isEmpty()) {
        m_refreshPending = false;
        return;
    }
    if (m_refreshRunning) {
        m_refreshPending = true; // once more when this one is done
        return;
    }
    m_refreshPending = false;
    m_refreshRunning = true;
    const QString root = m_root;
    runJob<Result<Snapshot>>([root] { return loadSnapshot(root); },
                             [this, root](const Result<Snapshot> &snapshot) {
                                 m_refreshRunning = false;
                                 if (root == m_root)
                                     applySnapshot(snapshot);
                                 if (m_refreshPending)
                                     refreshNow();
                             });
}

void GitPanel::applySnapshot(const Result<Snapshot> &result)
{
    if (!result) {
        m_snapshot = {};
        m_files->clear();
        m_branch->setText(tr("Not under Git"));
        showMessage(result.error().message(), true);
        updateButtons();
        emit refreshed();
        return;
    }
    m_snapshot = *result;
    const vcs::RepositoryStatus &status = m_snapshot.status;
    QString branch = status.describeBranch();
    if (!status.upstream.isEmpty())
        branch += tr(" · tracks %1").arg(status.upstream);
    m_branch->setText(branch);
    m_commit->setLastMessage(m_snapshot.lastMessage);
    // A merge waiting for its commit (after resolving conflicts) starts from Git's message.
    if (!m_snapshot.mergeMessage.isEmpty() && m_commit->message().trimmed().isEmpty())
        m_commit->setMessage(m_snapshot.mergeMessage);
    const QString gitDir = QDir(m_snapshot.workdir).filePath(QStringLiteral(".git"));
    for (const QString &file : {QStringLiteral("HEAD"), QStringLiteral("index")}) {
        const QString path = QDir(gitDir).filePath(file);
        // Git replaces these files (write and rename): the watch must be made again.
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
    }

    Group selectedGroup = Group::Unstaged;
    const QStringList selected = selectedFiles(&selectedGroup);
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    const struct
    {
        Group group;
        QString title;
        const QList<vcs::FileChange> &changes;
    } groups[] = {{Group::Conflicted, tr("Conflicted"), status.conflicted},
                  {Group::Staged, tr("Staged"), status.staged},
                  {Group::Unstaged, tr("Changes"), status.unstaged},
                  {Group::Untracked, tr("Untracked"), status.untracked}};
    for (const auto &g : groups) {
        if (g.changes.isEmpty())
            continue;
        auto *top =
            new QTreeWidgetItem(m_files, {tr("%1 (%2)").arg(g.title).arg(g.changes.size())});
        top->setFlags(Qt::ItemIsEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const vcs::FileChange &change : g.changes) {
            QString text = change.path;
            if (!change.oldPath.isEmpty())
                text = tr("%1 ← %2").arg(change.path, change.oldPath);
            auto *item = new QTreeWidgetItem(top, {text, kindLetter(change.kind)});
            item->setData(0, kPathRole, change.path);
            item->setData(0, kGroupRole, int(g.group));
            item->setToolTip(0, vcs::changeKindName(change.kind));
            if (g.group == selectedGroup && selected.contains(change.path))
                item->setSelected(true);
        }
    }
    m_files->expandAll();
    if (status.isClean())
        new QTreeWidgetItem(m_files, {tr("No changes")});
    updateButtons();
    showSelection();
    emit refreshed();
}

QStringList GitPanel::files(Group group) const
{
    QStringList out;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_files->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j)
            if (Group(top->child(j)->data(0, kGroupRole).toInt()) == group)
                out << top->child(j)->data(0, kPathRole).toString();
    }
    return out;
}

QStringList GitPanel::selectedFiles(Group *group) const
{
    QStringList out;
    std::optional<Group> first;
    for (QTreeWidgetItem *item : m_files->selectedItems()) {
        if (item->data(0, kPathRole).isNull())
            continue;
        const auto itemGroup = Group(item->data(0, kGroupRole).toInt());
        if (!first)
            first = itemGroup;
        // A selection across groups acts on the first group's files.
        if (itemGroup == *first)
            out << item->data(0, kPathRole).toString();
    }
    if (group && first)
        *group = *first;
    return out;
}

bool GitPanel::selectFile(const QString &path, Group group)
{
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_files->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *item = top->child(j);
            if (item->data(0, kPathRole).toString() == path &&
                Group(item->data(0, kGroupRole).toInt()) == group) {
                m_files->clearSelection();
                m_files->setCurrentItem(item);
                item->setSelected(true);
                return true;
            }
        }
    }
    return false;
}

void GitPanel::showSelection()
{
    Group group = Group::Unstaged;
    const QStringList selected = selectedFiles(&group);
    const quint64 generation = ++m_viewGeneration;
    if (selected.size() != 1) {
        m_shown = {};
        m_diff->setPlainText(selected.isEmpty()
                                 ? QString()
                                 : tr("%n files selected", nullptr, int(selected.size())));
        m_doctype->clear();
        m_details->setTabEnabled(1, false);
        return;
    }
    const QString root = m_root;
    const QString path = selected.first();
    const auto side = group == Group::Staged ? vcs::DiffSide::Staged : vcs::DiffSide::Unstaged;
    const bool conflicted = group == Group::Conflicted;
    runJob<FileView>(
        [root, path, side, conflicted] {
            return conflicted ? loadConflictView(root, path) : loadFileView(root, path, side);
        },
        [this, generation](const FileView &view) {
            if (generation == m_viewGeneration) // the selection is still this file
                showFileView(view);
        });
}

void GitPanel::showFileView(const FileView &view)
{
    m_shown = view;
    QString text = view.diff.patch;
    if (view.conflicted && view.error.isEmpty())
        text = tr("%1 is conflicted: yours (ours) above =======, the remote's (theirs) "
                  "below.\nRight-click it to keep one side, or edit it and Mark Resolved.\n\n%2")
                   .arg(view.path, view.diff.patch);
    if (view.diff.binary)
        text = tr("%1 is a binary file: no text diff").arg(view.path);
    else if (text.isEmpty() && view.error.isEmpty())
        text = tr("No changes in %1 on this side").arg(view.path);
    if (!view.error.isEmpty() && view.diff.patch.isEmpty())
        text = view.error;
    m_diff->setPlainText(text);
    m_details->setTabEnabled(1, view.isDocType);
    if (view.isDocType) {
        QStringList lines = view.doctypeLines;
        if (!view.error.isEmpty())
            lines = {view.error};
        else if (lines.isEmpty())
            lines = {tr("The DocType itself did not change (only the file's formatting).")};
        m_doctype->setPlainText(lines.join(QLatin1Char('\n')));
    } else {
        m_doctype->clear();
        if (m_details->currentIndex() == 1)
            m_details->setCurrentIndex(0);
    }
    emit fileShown(view.path);
}

void GitPanel::updateButtons()
{
    Group group = Group::Unstaged;
    const bool any = !selectedFiles(&group).isEmpty();
    // While a fetch, pull or push runs, nothing else writes to the repository.
    const bool syncing = isSyncing();
    const bool repo = !m_snapshot.workdir.isEmpty();
    m_stageButton->setEnabled(any && group != Group::Staged && !syncing);
    m_unstageButton->setEnabled(any && group == Group::Staged && !syncing);
    m_discardButton->setEnabled(any && (group == Group::Unstaged || group == Group::Untracked) &&
                                !syncing);
    m_branchButton->setEnabled(repo && !syncing);
    m_commit->setCommitEnabled(repo && !syncing);
    const bool remote = repo && !m_snapshot.remote.isEmpty() && !syncing;
    m_fetchButton->setEnabled(remote);
    m_pullButton->setEnabled(remote && !m_snapshot.status.detached);
    m_pushButton->setEnabled(remote && !m_snapshot.status.detached && !m_snapshot.status.unborn);
    const QString tracking =
        m_snapshot.status.upstream.isEmpty() ? m_snapshot.remote : m_snapshot.status.upstream;
    m_pullButton->setToolTip(tr("Fetch and merge the commits of %1").arg(tracking));
    m_pushButton->setToolTip(m_snapshot.status.upstream.isEmpty()
                                 ? tr("Push this branch to %1 and track it").arg(m_snapshot.remote)
                                 : tr("Push your commits to %1").arg(tracking));
}

void GitPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xd7, 0x3a, 0x49)
                                                 : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

} // namespace fm::studio::git
