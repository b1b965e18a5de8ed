// SPDX-License-Identifier: MIT
// The Git dock (View > Git) and the Git menu: the dock follows the open project, saves
// unsaved DocTypes through the editors before a commit or a switch (when the user says
// so), and refreshes after saves, on changes on disk and when the Studio gets focus back.
#include "git/commiteditor.h"
#include "git/gitpanel.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QPlainTextEdit>

namespace fm::studio {

namespace {

constexpr char kGitDock[] = "Git";
constexpr char kMenuGit[] = "Menu.Git";
constexpr char kGitRefresh[] = "Git.Refresh";
constexpr char kGitCommit[] = "Git.Commit";

QString id(const char *text)
{
    return QLatin1String(text);
}

void installGit(MainWindow &window)
{
    auto *panel = new git::GitPanel;
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
