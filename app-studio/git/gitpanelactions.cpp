// SPDX-License-Identifier: MIT
// The Git dock's operations: stage, unstage, discard, commit and amend, branches; the
// questions they ask (unsaved edits, discarding, the author) and their defaults.
#include "git/commiteditor.h"
#include "git/credentialdialog.h"
#include "git/gitpanel.h"
#include "project/projectmodel.h"
#include "vcs/gitrepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

namespace fm::studio::git {

namespace {

std::optional<vcs::Signature> askAuthorDialog(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(GitPanel::tr("Who is committing?"));
    auto *name = new QLineEdit(&dialog);
    auto *email = new QLineEdit(&dialog);
    email->setPlaceholderText(QStringLiteral("name@example.com"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(GitPanel::tr("Git has no author set. It is saved in your Git "
                                         "configuration (~/.gitconfig) and asked only once.")));
    form->addRow(GitPanel::tr("Name:"), name);
    form->addRow(GitPanel::tr("Email:"), email);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return vcs::Signature{name->text(), email->text()};
}

} // namespace

void GitPanel::installDefaultPrompts()
{
    m_prompts.unsavedEdits = [this](const QStringList &doctypes) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("These DocTypes have unsaved changes: %1.\nSave them first so Git sees them?")
                .arg(doctypes.join(QStringLiteral(", "))),
            QMessageBox::Save | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save     ? GitPrompts::Unsaved::Save
               : answer == QMessageBox::Ignore ? GitPrompts::Unsaved::Continue
                                               : GitPrompts::Unsaved::Cancel;
    };
    m_prompts.confirmDiscard = [this](const QStringList &files) {
        return QMessageBox::warning(this, tr("Discard changes"),
                                    tr("Throw away the changes to %1? This cannot be undone.")
                                        .arg(files.join(QStringLiteral(", "))),
                                    QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Discard;
    };
    m_prompts.askAuthor = [this] {
        return askAuthorDialog(this);
    };
    m_prompts.askText = [this](const QString &title, const QString &label) {
        return QInputDialog::getText(this, title, label).trimmed();
    };
    m_prompts.confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    m_prompts.askCredential = [this](const vcs::CredentialRequest &request, const QString &reason) {
        return CredentialDialog::ask(request, reason, this);
    };
    m_prompts.trustHostKey = [this](const QString &host, const QString &fingerprint) {
        return CredentialDialog::trustHostKey(host, fingerprint, this);
    };
}

bool GitPanel::ensureSaved(const QString &what)
{
    if (!m_model)
        return true;
    const QStringList dirty = m_model->dirtyDocTypes();
    if (dirty.isEmpty())
        return true;
    switch (m_prompts.unsavedEdits(dirty)) {
    case GitPrompts::Unsaved::Continue:
        return true;
    case GitPrompts::Unsaved::Cancel:
        showMessage(tr("%1 cancelled: unsaved changes").arg(what), false);
        return false;
    case GitPrompts::Unsaved::Save:
        break;
    }
    bool saved = false;
    if (m_save) {
        saved = m_save();
    } else {
        auto result = m_model->saveAll();
        saved = result.has_value();
        if (!result)
            showMessage(result.error().message(), true);
    }
    // A save the user cancelled, or one that failed, leaves the edits unsaved.
    if (saved && m_model->dirtyDocTypes().isEmpty())
        return true;
    if (!m_message->isVisible() || m_message->text().isEmpty())
        showMessage(tr("%1 cancelled: the DocTypes were not saved").arg(what), true);
    return false;
}

void GitPanel::runOperation(const QString &done, Operation operation)
{
    const QString root = m_root;
    runJob<Result<void>>(
        [root, operation] {
            auto repo = vcs::GitRepository::discover(root);
            if (!repo)
                return Result<void>(fail(repo.error()));
            return operation(*repo);
        },
        [this, done](const Result<void> &result) {
            const QString text = result ? done : result.error().message();
            showMessage(text, !result);
            emit operationFinished(result.has_value(), text);
            refreshNow();
        });
}

void GitPanel::stage(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    runOperation(tr("Staged %1").arg(paths.join(QStringLiteral(", "))),
                 [paths](vcs::GitRepository &repo) { return repo.stage(paths); });
}

void GitPanel::unstage(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    runOperation(tr("Unstaged %1").arg(paths.join(QStringLiteral(", "))),
                 [paths](vcs::GitRepository &repo) { return repo.unstage(paths); });
}

void GitPanel::discard(const QStringList &paths)
{
    if (paths.isEmpty() || !m_prompts.confirmDiscard(paths))
        return;
    runOperation(tr("Discarded the changes to %1").arg(paths.join(QStringLiteral(", "))),
                 [paths](vcs::GitRepository &repo) { return repo.discard(paths); });
}

void GitPanel::commit(const QString &message, bool amend)
{
    if (!ensureSaved(amend ? tr("Amend") : tr("Commit")))
        return;
    const QString root = m_root;
    runJob<Result<QString>>(
        [root, message, amend]() -> Result<QString> {
            auto repo = vcs::GitRepository::discover(root);
            if (!repo)
                return fail(repo.error());
            return amend ? repo->amend(message) : repo->commit(message);
        },
        [this, message, amend](const Result<QString> &result) {
            finishCommit(result, message, amend);
        });
}

void GitPanel::finishCommit(const Result<QString> &result, const QString &message, bool amend)
{
    // No author yet: ask once, keep it in ~/.gitconfig, commit again.
    if (!result && result.error().code() == ErrorCode::NotFound &&
        result.error().message().startsWith(QLatin1String("no Git author"))) {
        if (std::optional<vcs::Signature> author = m_prompts.askAuthor()) {
            const vcs::Signature who = *author;
            const QString root = m_root;
            runJob<Result<QString>>(
                [root, who, message, amend]() -> Result<QString> {
                    auto repo = vcs::GitRepository::discover(root);
                    if (!repo)
                        return fail(repo.error());
                    if (auto set =
                            repo->setDefaultSignature(who, vcs::GitRepository::ConfigScope::Global);
                        !set)
                        return fail(set.error());
                    return amend ? repo->amend(message) : repo->commit(message);
                },
                [this, message, amend](const Result<QString> &again) {
                    finishCommit(again, message, amend);
                });
            return;
        }
    }
    QString text;
    if (result) {
        text = amend ? tr("Amended the last commit (%1)").arg(result->left(7))
                     : tr("Committed %1").arg(result->left(7));
        m_commit->setMessage({});
        m_commit->setAmend(false);
    } else {
        text = result.error().message();
    }
    showMessage(text, !result);
    emit operationFinished(result.has_value(), text);
    refreshNow();
}

void GitPanel::createBranch(const QString &name)
{
    if (name.isEmpty())
        return;
    runOperation(tr("Created and switched to %1").arg(name),
                 [name](vcs::GitRepository &repo) { return repo.createBranch(name, true); });
}

void GitPanel::switchBranch(const QString &name)
{
    if (name.isEmpty() || !ensureSaved(tr("Switching branches")))
        return;
    runOperation(tr("Switched to %1").arg(name),
                 [name](vcs::GitRepository &repo) { return repo.switchBranch(name); });
}

void GitPanel::checkoutCommit(const QString &commit)
{
    if (commit.isEmpty() || !ensureSaved(tr("Checking out a commit")))
        return;
    const QString shown = commit.left(7);
    runOperation(tr("Checked out commit %1 to look at it (read-only); switch to a branch to "
                    "edit again")
                     .arg(shown),
                 [commit](vcs::GitRepository &repo) { return repo.checkoutDetached(commit); });
}

void GitPanel::applyHunk(const QString &path, vcs::DiffSide side, int hunk)
{
    const bool staging = side == vcs::DiffSide::Unstaged;
    runOperation(
        staging ? tr("Staged hunk %1 of %2").arg(hunk + 1).arg(path)
                : tr("Unstaged hunk %1 of %2").arg(hunk + 1).arg(path),
        [path, side, hunk](vcs::GitRepository &repo) { return repo.applyHunk(path, side, hunk); });
}

int GitPanel::hunkAtCursor() const
{
    if (m_shown.path.isEmpty() || m_shown.conflicted || m_shown.diff.hunks.isEmpty())
        return -1;
    // The view shows the patch: every hunk starts with its "@@" line.
    int hunk = -1;
    for (QTextBlock block = m_diff->document()->begin();
         block.isValid() && block.blockNumber() <= m_diff->textCursor().blockNumber();
         block = block.next()) {
        if (block.text().startsWith(QLatin1String("@@")))
            ++hunk;
    }
    return hunk;
}

QMenu *GitPanel::diffContextMenu()
{
    QMenu *menu = m_diff->createStandardContextMenu();
    const int hunk = hunkAtCursor();
    if (hunk < 0)
        return menu;
    menu->addSeparator();
    const FileView shown = m_shown;
    const bool staged = shown.side == vcs::DiffSide::Staged;
    QAction *action = menu->addAction(staged ? tr("Unstage This Hunk") : tr("Stage This Hunk"));
    action->setObjectName(QStringLiteral("gitHunkAction"));
    action->setEnabled(!isSyncing());
    connect(action, &QAction::triggered, this,
            [this, shown, hunk] { applyHunk(shown.path, shown.side, hunk); });
    return menu;
}

void GitPanel::deleteBranch(const QString &name)
{
    if (name.isEmpty())
        return;
    runOperation(tr("Deleted branch %1").arg(name),
                 [name](vcs::GitRepository &repo) { return repo.deleteBranch(name); });
}

void GitPanel::rebuildBranchMenu()
{
    QMenu *menu = m_branchButton->menu();
    menu->clear();
    QMenu *switchMenu = menu->addMenu(tr("Switch To"));
    QMenu *deleteMenu = menu->addMenu(tr("Delete"));
    for (const vcs::BranchInfo &branch : m_snapshot.branches) {
        if (branch.current)
            continue;
        const QString name = branch.name;
        switchMenu->addAction(name, this, [this, name] { switchBranch(name); });
        deleteMenu->addAction(name, this, [this, name] {
            if (m_prompts.confirm(tr("Delete branch"), tr("Delete branch %1?").arg(name)))
                deleteBranch(name);
        });
    }
    switchMenu->setEnabled(!switchMenu->isEmpty());
    deleteMenu->setEnabled(!deleteMenu->isEmpty());
    menu->addSeparator();
    menu->addAction(tr("New Branch…"), this, [this] {
        createBranch(m_prompts.askText(tr("New branch"),
                                       tr("Name of the branch (created at the current commit):")));
    });
}

} // namespace fm::studio::git
