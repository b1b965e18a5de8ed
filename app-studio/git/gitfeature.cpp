// SPDX-License-Identifier: MIT
// The Git dock (View > Git) and the Git menu: the dock follows the open project, saves
// unsaved DocTypes through the editors before a commit or a switch (when the user says
// so), and refreshes after saves, on changes on disk and when the Studio gets focus back.
// Fetch, Pull and Push (Git menu); File > Clone Workspace… (also on the start page) and
// File > Workspaces; Git credentials in the system keychain.
#include "git/clonedialog.h"
#include "git/commiteditor.h"
#include "git/gitpanel.h"
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

namespace fm::studio {

namespace {

constexpr char kGitDock[] = "Git";
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

    QObject::connect(
        &window, &MainWindow::projectOpened, panel,
        [panel](core::ProjectModel *model) { panel->setProject(model->root(), model); });
    QObject::connect(&window, &MainWindow::aboutToCloseProject, panel,
                     [panel] { panel->setProject({}, nullptr); });
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
