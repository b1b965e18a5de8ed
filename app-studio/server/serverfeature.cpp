// SPDX-License-Identifier: MIT
// The Server feature: the Server menu (Start, Stop, Restart, Restart After Save), the
// Server and Server Log docks, the state in the status bar, and the ServerController the
// Desk preview uses. The server follows the project: it stops (and is waited for) when
// the project closes, and the controller, a child of the window, kills it with the window.
#include "problems/problemsview.h"
#include "project/projectmodel.h"
#include "schemaguard/plancomputer.h"
#include "server/secretstore.h"
#include "server/serverlogview.h"
#include "server/serverpanel.h"
#include "server/serverprocess.h"
#include "server/sitecreator.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace fm::studio {

namespace {

constexpr char kMenuServer[] = "Menu.Server";
constexpr char kGroupRun[] = "Group.Server.Run";
constexpr char kGroupOptions[] = "Group.Server.Options";
constexpr char kStart[] = "Server.Start";
constexpr char kStop[] = "Server.Stop";
constexpr char kRestart[] = "Server.Restart";
constexpr char kRestartAfterSave[] = "Server.RestartAfterSave";
constexpr char kServerDock[] = "Server";
constexpr char kServerLogDock[] = "ServerLog";
constexpr char kRestartAfterSaveKey[] = "server/restartAfterSave";

QString id(const char *text)
{
    return QLatin1String(text);
}

QString statusText(ServerProcess *server)
{
    switch (server->state()) {
    case ServerController::State::Stopped:
        return MainWindow::tr("server stopped");
    case ServerController::State::Starting:
        return MainWindow::tr("server starting…");
    case ServerController::State::Running:
        return MainWindow::tr("server running :%1").arg(server->baseUrl().port());
    case ServerController::State::Failed:
        return MainWindow::tr("server failed");
    }
    return {};
}

// "Restart after save": a save emits saved() per DocType, and the save flow may still be
// migrating the site (its PlanComputer). Wait until every save flow is idle, then restart
// once, so two migrations never race on the database.
void restartWhenIdle(MainWindow &window, ServerProcess *server, QTimer *timer)
{
    for (const PlanComputer *planner : window.findChildren<PlanComputer *>()) {
        if (planner->isRunning()) {
            timer->start();
            return;
        }
    }
    server->restartAfterSave();
}

void installServer(MainWindow &window)
{
    auto *server = new ServerProcess(&window);
    server->setObjectName(QStringLiteral("serverController"));
    auto *store = new KeychainSecretStore(QStringLiteral("Framework M Studio"), &window);
    auto *creator = new SiteCreator(store, &window);

    ActionRegistry &reg = *window.actionRegistry();
    reg.createMenu({id(kMenuServer),
                    MainWindow::tr("&Server"),
                    ids::kServerPosition,
                    {id(kGroupRun), id(kGroupOptions)}});
    const QString category = MainWindow::tr("Server");
    const QString project = id(ids::kProjectContext);
    QAction *start =
        reg.registerAction({id(kStart), MainWindow::tr("&Start Server"), category, project,
                            QKeySequence::UnknownKey, QKeySequence(Qt::CTRL | Qt::Key_F5)});
    QAction *stop =
        reg.registerAction({id(kStop), MainWindow::tr("S&top Server"), category, project,
                            QKeySequence::UnknownKey, QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    QAction *restart = reg.registerAction({id(kRestart), MainWindow::tr("&Restart Server"),
                                           category, project, QKeySequence::UnknownKey,
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5)});
    QAction *afterSave = reg.registerAction(
        {id(kRestartAfterSave), MainWindow::tr("Restart After &Save"), category, project});
    afterSave->setCheckable(true);
    afterSave->setChecked(QSettings().value(id(kRestartAfterSaveKey), true).toBool());
    afterSave->setToolTip(MainWindow::tr("When a DocType is saved while the server runs, apply "
                                         "the safe migrations and restart it"));
    for (const char *action : {kStart, kStop, kRestart})
        reg.addToMenu(id(kMenuServer), id(action), id(kGroupRun));
    reg.addToMenu(id(kMenuServer), id(kRestartAfterSave), id(kGroupOptions));
    QObject::connect(start, &QAction::triggered, server, &ServerProcess::start);
    QObject::connect(stop, &QAction::triggered, server, &ServerProcess::stop);
    QObject::connect(restart, &QAction::triggered, server, &ServerProcess::restart);
    QObject::connect(afterSave, &QAction::toggled, server,
                     [](bool on) { QSettings().setValue(id(kRestartAfterSaveKey), on); });

    auto *panel = new ServerPanel(server, creator);
    panel->setActions(start, stop, restart);
    window.addDock({id(kServerDock), MainWindow::tr("Server"), panel, Qt::BottomDockWidgetArea,
                    id(ids::kProblemsDock)});
    auto *log = new ServerLogView(server->log());
    window.addDock({id(kServerLogDock), MainWindow::tr("Server Log"), log, Qt::BottomDockWidgetArea,
                    id(kServerDock)});

    auto *status = new QLabel(&window);
    status->setObjectName(QStringLiteral("serverStatus"));
    window.statusBar()->addPermanentWidget(status);
    auto update = [server, status, &reg] {
        const ServerController::State state = server->state();
        const bool active =
            state == ServerController::State::Starting || state == ServerController::State::Running;
        reg.setEnabled(id(kStart), !active);
        reg.setEnabled(id(kStop), active);
        status->setText(server->projectDir().isEmpty() ? QString() : statusText(server));
        status->setToolTip(server->failureReason());
    };
    QObject::connect(server, &ServerController::stateChanged, status, update);
    // A failure shows the dock with its reason (and, for a missing site, the offer).
    QObject::connect(server, &ServerProcess::failed, &window, [&window] {
        if (QDockWidget *dock = window.dock(id(kServerDock))) {
            dock->show();
            dock->raise();
        }
    });
    QObject::connect(server, &ServerProcess::migrationsPending, &window, [&window] {
        if (QDockWidget *dock = window.dock(id(kServerDock))) {
            dock->show();
            dock->raise();
        }
    });

    auto *restartTimer = new QTimer(server);
    restartTimer->setSingleShot(true);
    restartTimer->setInterval(50);
    QObject::connect(restartTimer, &QTimer::timeout, server, [&window, server, restartTimer] {
        restartWhenIdle(window, server, restartTimer);
    });

    QObject::connect(&window, &MainWindow::projectOpened, server,
                     [server, panel, afterSave, restartTimer, update](core::ProjectModel *model) {
                         server->setProjectDir(model->root());
                         panel->refreshSites();
                         update();
                         QObject::connect(model, &core::ProjectModel::saved, restartTimer,
                                          [server, afterSave, restartTimer] {
                                              if (afterSave->isChecked() &&
                                                  server->state() ==
                                                      ServerController::State::Running)
                                                  restartTimer->start();
                                          });
                     });
    QObject::connect(&window, &MainWindow::aboutToCloseProject, server,
                     [server, restartTimer, update] {
                         restartTimer->stop();
                         server->stopNow();
                         server->setProjectDir({});
                         update();
                     });
    update();
}

} // namespace

ServerController *serverController(MainWindow &window)
{
    return window.findChild<ServerController *>(QStringLiteral("serverController"),
                                                Qt::FindDirectChildrenOnly);
}

FM_STUDIO_FEATURE(server, 60, installServer);

} // namespace fm::studio
