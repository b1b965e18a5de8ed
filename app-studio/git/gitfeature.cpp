// SPDX-License-Identifier: MIT
// The Git dock (View > Git) and the Git menu: the dock follows the open project, saves
// unsaved DocTypes through the editors before a commit or a switch (when the user says
// so), and refreshes after saves, on changes on disk and when the Studio gets focus back.
// Fetch, Pull and Push (Git menu); File > Clone Workspace… (also on the start page) and
// File > Workspaces; Git credentials in the system keychain.
#include "git/clonedialog.h"
#include "git/commiteditor.h"
#include "git/gitpanel.h"
#include "git/historyview.h"
#include "git/workspaces.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "server/secretstore.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"
#include "welcome/startpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

#include <memory>

namespace fm::studio {

namespace {

constexpr char kGitDock[] = "Git";
constexpr char kHistoryDock[] = "GitHistory";
constexpr char kMenuGit[] = "Menu.Git";
constexpr char kGitRefresh[] = "Git.Refresh";
constexpr char kGitCommit[] = "Git.Commit";
constexpr char kGitFetch[] = "Git.Fetch";
constexpr char kGitPull[] = "Git.Pull";
constexpr char kGitPush[] = "Git.Push";
constexpr char kCloneWorkspace[] = "Git.CloneWorkspace";
constexpr char kMenuWorkspaces[] = "Menu.Workspaces";

QString id(const char *text)
{
    return QLatin1String(text);
}

void cloneWorkspace(MainWindow &window, SecretStore *store)
{
    git::CloneDialog dialog(store, &window);
    dialog.setParentFolder(
        QSettings().value(QStringLiteral("welcome/lastFolder"), QDir::homePath()).toString());
    QObject::connect(&dialog, &git::CloneDialog::cloned, &window,
                     [&window](const QString &folder) { window.openProject(folder); });
    dialog.exec();
}

void fillWorkspacesMenu(MainWindow &window, QMenu *menu)
{
    menu->clear();
    const QList<git::Workspace> all = git::Workspaces::list();
    for (const git::Workspace &workspace : all) {
        const QString folder = workspace.folder;
        QAction *action =
            menu->addAction(MainWindow::tr("%1 — %2").arg(workspace.name, workspace.url), &window,
                            [&window, folder] { window.openProject(folder); });
        action->setToolTip(QDir::toNativeSeparators(folder));
        action->setEnabled(QDir(folder).exists());
    }
    if (all.isEmpty())
        menu->addAction(MainWindow::tr("No workspaces cloned yet"))->setEnabled(false);
}

// When HEAD moves (a commit, a switch, a pull, a checkout), the project reads its files
// again (DocTypes may have come or gone), the history follows, and a detached HEAD makes
// the project read-only: edits there would land on no branch.
void installHeadFollower(MainWindow &window, git::GitPanel *panel, git::HistoryView *history)
{
    auto lastHead = std::make_shared<QString>();
    QObject::connect(panel, &git::GitPanel::refreshed, panel, [&window, panel, history, lastHead] {
        core::ProjectModel *model = window.project();
        const vcs::RepositoryStatus &status = panel->snapshot().status;
        const QString head = status.branch + QLatin1Char('@') + status.headId;
        if (!model || head == *lastHead)
            return;
        const bool first = lastHead->isEmpty();
        *lastHead = head;
        model->setReadOnly(status.detached
                               ? MainWindow::tr("The project is checked out at commit %1 to look "
                                                "at it (read-only): switch to a branch in the Git "
                                                "dock to save.")
                                     .arg(status.headId)
                               : QString());
        if (!first) {
            if (auto synced = model->syncWithDisk(); !synced)
                window.statusBar()->showMessage(synced.error().message(), 10000);
            history->refresh();
        }
    });
    QObject::connect(&window, &MainWindow::aboutToCloseProject, panel,
                     [lastHead] { lastHead->clear(); });
}

void installGit(MainWindow &window)
{
    // The Studio's Git credentials: the system keychain, under the Studio's service name.
    auto *store = new KeychainSecretStore(QStringLiteral("Framework M Studio"), &window);
    auto *panel = new git::GitPanel;
    panel->setSecretStore(store);
    QDockWidget *dock = window.addDock({id(kGitDock), MainWindow::tr("Git"), panel,
                                        Qt::LeftDockWidgetArea, QStringLiteral("Project"), true});
    panel->setSaveHandler([&window] {
        bool ok = window.editors()->saveAll();
        // A DocType edited without an open tab (a bug, or a rename elsewhere) saves too.
        if (ok && window.project() && !window.project()->dirtyDocTypes().isEmpty())
            ok = window.project()->saveAll().has_value();
        return ok;
    });

    ActionRegistry &reg = *window.actionRegistry();
    reg.createMenu({id(kMenuGit), MainWindow::tr("&Git"), ids::kGitPosition, {}});
    const QString category = MainWindow::tr("Git");
    const QString project = id(ids::kProjectContext);
    QObject::connect(reg.registerAction({id(kGitRefresh), MainWindow::tr("Refresh Git Status"),
                                         category, project}),
                     &QAction::triggered, panel, &git::GitPanel::refreshNow);
    QObject::connect(
        reg.registerAction({id(kGitCommit), MainWindow::tr("Commit…"), category, project,
                            QKeySequence::UnknownKey, QKeySequence(QStringLiteral("Ctrl+Alt+C"))}),
        &QAction::triggered, panel, [dock, panel] {
            dock->show();
            dock->raise();
            panel->commitEditor()->editor()->setFocus();
        });
    reg.addToMenu(id(kMenuGit), id(ids::kDockActionPrefix) + id(kGitDock));
    reg.addToMenu(id(kMenuGit), id(kGitRefresh));
    reg.addToMenu(id(kMenuGit), id(kGitCommit));
    const struct
    {
        const char *id;
        QString text;
        void (git::GitPanel::*slot)();
    } sync[] = {{kGitFetch, MainWindow::tr("Fetch"), &git::GitPanel::fetch},
                {kGitPull, MainWindow::tr("Pull"), &git::GitPanel::pull},
                {kGitPush, MainWindow::tr("Push"), &git::GitPanel::push}};
    for (const auto &entry : sync) {
        QObject::connect(reg.registerAction({id(entry.id), entry.text, category, project}),
                         &QAction::triggered, panel, [dock, panel, slot = entry.slot] {
                             dock->show();
                             (panel->*slot)();
                         });
        reg.addToMenu(id(kMenuGit), id(entry.id), QStringLiteral("Group.Sync"));
    }

    QAction *clone = reg.registerAction(
        {id(kCloneWorkspace), MainWindow::tr("Clone &Workspace…"), MainWindow::tr("File"), {}});
    QObject::connect(clone, &QAction::triggered, &window,
                     [&window, store] { cloneWorkspace(window, store); });
    reg.addToMenu(id(ids::kMenuFile), id(kCloneWorkspace), id(ids::kGroupOpen));
    QMenu *workspaces = reg.createMenu({id(kMenuWorkspaces), MainWindow::tr("&Workspaces")});
    reg.addMenuToMenu(id(ids::kMenuFile), id(kMenuWorkspaces), id(ids::kGroupOpen));
    QObject::connect(workspaces, &QMenu::aboutToShow, &window,
                     [&window, workspaces] { fillWorkspacesMenu(window, workspaces); });
    if (auto *page = window.findChild<StartPage *>()) {
        QPushButton *button = page->addStartButton(MainWindow::tr("Clone Workspace…"),
                                                   QStringLiteral("open-project"));
        button->setObjectName(QStringLiteral("cloneWorkspace"));
        QObject::connect(button, &QPushButton::clicked, clone, &QAction::trigger);
    }

    auto *history = new git::HistoryView;
    window.addDock({id(kHistoryDock), MainWindow::tr("Git History"), history,
                    Qt::LeftDockWidgetArea, id(kGitDock), true});
    QObject::connect(history, &git::HistoryView::checkoutRequested, panel,
                     [&window, panel](const QString &commit) {
                         const auto answer = QMessageBox::question(
                             &window, MainWindow::tr("Check Out Read-Only"),
                             MainWindow::tr("Check out commit %1 to look at the project as it "
                                            "was? Saving is refused until you switch to a branch "
                                            "again (Git dock, branch menu).")
                                 .arg(commit.left(7)));
                         if (answer == QMessageBox::Yes)
                             panel->checkoutCommit(commit);
                     });
    installHeadFollower(window, panel, history);

    QObject::connect(&window, &MainWindow::projectOpened, panel,
                     [panel, history](core::ProjectModel *model) {
                         panel->setProject(model->root(), model);
                         history->setRoot(model->root());
                     });
    QObject::connect(&window, &MainWindow::aboutToCloseProject, panel, [panel, history] {
        panel->setProject({}, nullptr);
        history->setRoot({});
    });
    // Back from a terminal or another editor: Git may have moved on.
    QObject::connect(qApp, &QGuiApplication::applicationStateChanged, panel,
                     [panel](Qt::ApplicationState state) {
                         if (state == Qt::ApplicationActive)
                             panel->refresh();
                     });
}

} // namespace

FM_STUDIO_FEATURE(git, 70, installGit);

} // namespace fm::studio
