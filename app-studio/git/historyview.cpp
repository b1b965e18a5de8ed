// SPDX-License-Identifier: MIT
#include "git/historyview.h"

#include "git/diffhighlighter.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fm::studio::git {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString kindText(vcs::ChangeKind kind)
{
    switch (kind) {
    case vcs::ChangeKind::Added:
        return HistoryView::tr("added");
    case vcs::ChangeKind::Deleted:
        return HistoryView::tr("deleted");
    case vcs::ChangeKind::Renamed:
        return HistoryView::tr("renamed");
    default:
        return HistoryView::tr("modified");
    }
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_commits(new QTreeWidget)
    , m_files(new QTreeWidget)
    , m_details(new QTabWidget)
    , m_diff(new QPlainTextEdit)
    , m_doctype(new QPlainTextEdit)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("gitHistory"));
    m_pool.setMaxThreadCount(1);

    m_commits->setObjectName(QStringLiteral("gitHistoryCommits"));
    m_commits->setHeaderLabels({tr("Commit"), tr("Summary"), tr("Author"), tr("Date")});
    m_commits->setRootIsDecorated(false);
    m_commits->setUniformRowHeights(true);
    m_commits->header()->setStretchLastSection(false);
    m_commits->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_commits->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_commits->setContextMenuPolicy(Qt::CustomContextMenu);
    m_commits->setAccessibleName(tr("Commits of the current branch"));
    m_files->setObjectName(QStringLiteral("gitHistoryFiles"));
    m_files->setHeaderLabels({tr("File"), tr("Change")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->setTextElideMode(Qt::ElideMiddle); // the file's name matters most
    m_files->setAccessibleName(tr("Files the commit changed"));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_diff, m_doctype}) {
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_diff->setObjectName(QStringLiteral("gitHistoryDiff"));
    m_doctype->setObjectName(QStringLiteral("gitHistoryDocType"));
    new DiffHighlighter(m_diff->document());
    m_details->addTab(m_diff, tr("Diff"));
    m_details->addTab(m_doctype, tr("DocType"));
    m_details->setTabEnabled(1, false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // One column (commits, files, diff) so the dock stays as narrow as the Project dock
    // it shares a place with.
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_commits);
    split->addWidget(m_files);
    split->addWidget(m_details);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_commits, &QTreeWidget::currentItemChanged, this, &HistoryView::showCommitFiles);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &HistoryView::showFile);
    connect(m_commits, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_commits->itemAt(at);
        if (!item)
            return;
        const QString id = item->data(0, kIdRole).toString();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Check Out Read-Only"), this, [this, id] { emit checkoutRequested(id); })
            ->setToolTip(tr("Look at the project as it was in this commit; saving is refused "
                            "until you switch to a branch again"));
        menu->addAction(tr("Copy Commit Id"), this,
                        [id] { QGuiApplication::clipboard()->setText(id); });
        menu->popup(m_commits->viewport()->mapToGlobal(at));
    });
}

HistoryView::~HistoryView()
{
    m_pool.waitForDone();
}

void HistoryView::setRoot(const QString &root)
{
    m_root = root;
    refresh();
}

void HistoryView::refresh()
{
    if (m_root.isEmpty()) {
        ++m_generation;
        m_commits->clear();
        m_files->clear();
        m_diff->clear();
        m_doctype->clear();
        return;
    }
    const QString root = m_root;
    run<Result<QList<vcs::CommitInfo>>>([root] { return loadHistory(root, kMaxCommits); },
                                        [this](const auto &commits) { showCommits(commits); });
}

void HistoryView::showCommits(const Result<QList<vcs::CommitInfo>> &commits)
{
    if (!commits) {
        showMessage(commits.error().message());
        m_commits->clear();
        emit loaded();
        return;
    }
    m_message->hide();
    const QString current = currentCommit();
    const QSignalBlocker blocker(m_commits);
    m_commits->clear();
    const QLocale locale;
    for (const vcs::CommitInfo &commit : *commits) {
        auto *item = new QTreeWidgetItem(
            m_commits, {commit.shortId, commit.summary, commit.author.name,
                        locale.toString(commit.time.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, kIdRole, commit.id);
        item->setToolTip(1, commit.message.trimmed());
        item->setToolTip(2, commit.author.email);
    }
    if (commits->size() == kMaxCommits)
        showMessage(tr("The newest %1 commits are shown.").arg(kMaxCommits));
    if (!selectCommit(current) && m_commits->topLevelItemCount() > 0)
        m_commits->setCurrentItem(m_commits->topLevelItem(0));
    showCommitFiles();
    emit loaded();
}

bool HistoryView::selectCommit(const QString &id)
{
    for (int i = 0; !id.isEmpty() && i < m_commits->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_commits->topLevelItem(i);
        if (item->data(0, kIdRole).toString().startsWith(id)) {
            m_commits->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString HistoryView::currentCommit() const
{
    QTreeWidgetItem *item = m_commits->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void HistoryView::showCommitFiles()
{
    const quint64 generation = ++m_generation;
    m_files->clear();
    m_diff->clear();
    m_doctype->clear();
    const QString commit = currentCommit();
    if (commit.isEmpty())
        return;
    const QString root = m_root;
    run<Result<QList<vcs::FileChange>>>(
        [root, commit] { return loadCommitFiles(root, commit); },
        [this, generation, commit](const Result<QList<vcs::FileChange>> &files) {
            if (generation != m_generation)
                return;
            if (!files) {
                m_diff->setPlainText(files.error().message());
                return;
            }
            const QSignalBlocker blocker(m_files);
            for (const vcs::FileChange &change : *files) {
                auto *item = new QTreeWidgetItem(m_files, {change.path, kindText(change.kind)});
                if (!change.oldPath.isEmpty())
                    item->setToolTip(0, tr("renamed from %1").arg(change.oldPath));
            }
            if (m_files->topLevelItemCount() > 0)
                m_files->setCurrentItem(m_files->topLevelItem(0));
            showFile();
            emit filesShown(commit);
        });
}

bool HistoryView::selectFile(const QString &path)
{
    const QList<QTreeWidgetItem *> found = m_files->findItems(path, Qt::MatchExactly, 0);
    if (found.isEmpty())
        return false;
    m_files->setCurrentItem(found.first());
    return true;
}

void HistoryView::showFile()
{
    const quint64 generation = ++m_generation;
    QTreeWidgetItem *item = m_files->currentItem();
    const QString commit = currentCommit();
    if (!item || commit.isEmpty())
        return;
    const QString root = m_root;
    const QString path = item->text(0);
    run<FileView>([root, commit, path] { return loadCommitFileView(root, commit, path); },
                  [this, generation](const FileView &view) {
                      if (generation != m_generation)
                          return;
                      m_diff->setPlainText(view.diff.binary ? tr("%1 is a binary file: no text "
                                                                 "diff")
                                                                  .arg(view.path)
                                           : view.error.isEmpty() ? view.diff.patch
                                                                  : view.error);
                      m_details->setTabEnabled(1, view.isDocType);
                      if (view.isDocType) {
                          m_doctype->setPlainText(
                              view.doctypeLines.isEmpty()
                                  ? tr("The DocType itself did not change (only the file's "
                                       "formatting).")
                                  : view.doctypeLines.join(QLatin1Char('\n')));
                      } else if (m_details->currentIndex() == 1) {
                          m_details->setCurrentIndex(0);
                      }
                      emit fileShown(view.path);
                  });
}

void HistoryView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace fm::studio::git
