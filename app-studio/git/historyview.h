// SPDX-License-Identifier: MIT
#pragma once

#include "git/gitjobs.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace fm::studio::git {

// The Git History dock (issue 11): the current branch's commits, newest first; the files
// the selected commit changed; the selected file's diff in that commit and, for a DocType
// file, the change in DocType terms. A commit's context menu checks it out read-only
// (checkoutRequested: the Git dock does it, with its questions and its refresh). Reading
// runs on a worker thread, each job with its own repository.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxCommits = 500;

    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setRoot(const QString &root); // a folder in the working tree; empty: nothing
    void refresh();                    // after commits, switches, pulls
    bool isBusy() const { return m_busy > 0; }
    bool selectCommit(const QString &id);
    bool selectFile(const QString &path);
    QString currentCommit() const;

    QTreeWidget *commitList() const { return m_commits; }
    QTreeWidget *fileList() const { return m_files; }
    QTabWidget *details() const { return m_details; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPlainTextEdit *doctypeView() const { return m_doctype; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void loaded();
    void filesShown(const QString &commit);
    void fileShown(const QString &path);
    void checkoutRequested(const QString &commit);

private:
    template<typename T, typename Job, typename Done> void run(Job job, Done done)
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
    void showCommits(const Result<QList<vcs::CommitInfo>> &commits);
    void showCommitFiles();
    void showFile();
    void showMessage(const QString &text);

    QThreadPool m_pool;
    QString m_root;
    int m_busy = 0;
    quint64 m_generation = 0; // drops answers for an earlier selection
    QTreeWidget *m_commits;
    QTreeWidget *m_files;
    QTabWidget *m_details;
    QPlainTextEdit *m_diff;
    QPlainTextEdit *m_doctype;
    QLabel *m_message;
};

} // namespace fm::studio::git
