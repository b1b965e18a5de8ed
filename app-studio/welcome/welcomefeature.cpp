// SPDX-License-Identifier: MIT
// The start page, File > New Project / Open Project / Recent Projects, and the
// recent-projects list kept up to date as projects open.
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"
#include "welcome/newprojectdialog.h"
#include "welcome/projectcreation.h"
#include "welcome/recentprojects.h"
#include "welcome/startpage.h"

#include "project/projectmodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace fm::studio {

namespace {

const char kLastFolderKey[] = "welcome/lastFolder";

QString id(const char *text)
{
    return QLatin1String(text);
}

QString lastFolder()
{
    return QSettings().value(QLatin1String(kLastFolderKey), QDir::homePath()).toString();
}

void openWithDialog(MainWindow &window)
{
    const QString dir =
        QFileDialog::getExistingDirectory(&window, MainWindow::tr("Open Project"), lastFolder());
    if (!dir.isEmpty())
        window.openProject(dir);
}

void createWithDialog(MainWindow &window)
{
    NewProjectDialog dialog(&window);
    dialog.setLocation(lastFolder());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = createProjectFiles(dialog.projectDir(), dialog.name());
    if (!created) {
        QMessageBox::warning(&window, MainWindow::tr("Cannot create project"),
                             created.error().message());
        return;
    }
    window.openProject(*created);
}

void fillRecentMenu(MainWindow &window, QMenu *menu)
{
    menu->clear();
    const QStringList paths = RecentProjects::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        QString text = QDir::toNativeSeparators(path);
        if (i < 9)
            text = QStringLiteral("&%1 %2").arg(i + 1).arg(text);
        QAction *action =
            menu->addAction(text, &window, [&window, path] { window.openProject(path); });
        action->setEnabled(RecentProjects::exists(path));
    }
    if (!paths.isEmpty())
        menu->addSeparator();
    QAction *clear = menu->addAction(MainWindow::tr("&Clear Recent Projects"), &window, [&window] {
        RecentProjects::clear();
        if (auto *page = window.findChild<StartPage *>())
            page->refresh();
    });
    clear->setEnabled(!paths.isEmpty());
}

void installWelcome(MainWindow &window)
{
    ActionRegistry &reg = *window.actionRegistry();
    const QString file = MainWindow::tr("File");
    QAction *newProject = reg.registerAction({id(ids::kNewProject),
                                              MainWindow::tr("&New Project\u2026"),
                                              file,
                                              {},
                                              QKeySequence::UnknownKey,
                                              QKeySequence(MainWindow::tr("Ctrl+Shift+N")),
                                              QStringLiteral("new-project")});
    QAction *openProject = reg.registerAction({id(ids::kOpenProject),
                                               MainWindow::tr("&Open Project\u2026"),
                                               file,
                                               {},
                                               QKeySequence::Open,
                                               {},
                                               QStringLiteral("open-project")});
    reg.addToMenu(id(ids::kMenuFile), id(ids::kNewProject), id(ids::kGroupNew));
    reg.addToMenu(id(ids::kMenuFile), id(ids::kOpenProject), id(ids::kGroupOpen));
    QMenu *recent =
        reg.createMenu({id(ids::kMenuRecentProjects), MainWindow::tr("Recent &Projects")});
    reg.addMenuToMenu(id(ids::kMenuFile), id(ids::kMenuRecentProjects), id(ids::kGroupOpen));
    QObject::connect(recent, &QMenu::aboutToShow, &window,
                     [&window, recent] { fillRecentMenu(window, recent); });
    QObject::connect(newProject, &QAction::triggered, &window,
                     [&window] { createWithDialog(window); });
    QObject::connect(openProject, &QAction::triggered, &window,
                     [&window] { openWithDialog(window); });

    auto *page = new StartPage;
    window.setStartPage(page);
    QObject::connect(page, &StartPage::newProjectRequested, newProject, &QAction::trigger);
    QObject::connect(page, &StartPage::openDialogRequested, openProject, &QAction::trigger);
    QObject::connect(page, &StartPage::openProjectRequested, &window,
                     [&window](const QString &path) { window.openProject(path); });
    QObject::connect(&window, &MainWindow::projectOpened, page,
                     [page](core::ProjectModel *project) {
                         RecentProjects::add(project->root());
                         QSettings().setValue(QLatin1String(kLastFolderKey),
                                              QFileInfo(project->root()).absolutePath());
                         page->refresh();
                     });
    QObject::connect(&window, &MainWindow::projectClosed, page, &StartPage::refresh);
}

} // namespace

FM_STUDIO_FEATURE(welcome, 5, installWelcome);

} // namespace fm::studio
