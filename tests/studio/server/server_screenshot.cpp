// SPDX-License-Identifier: MIT
// Grabs the Server dock and the log console for the Studio guide (not a test):
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/dev/tests/server_screenshot docs/guide/images
// runs the real `m` on a copy of examples/helpdesk with its site, sends a few requests
// (one refused, one missing) and writes studio-server-log.png (the window, the log console
// raised) and studio-server-migrations.png (a start waiting on a pending migration).
#include "project/projectmodel.h"
#include "project/scaffold.h"
#include "server/serverlogview.h"
#include "server/serverprocess.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "shell/studioapp.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QTextStream>

using namespace fm::studio;

namespace {

void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool grab(QWidget *widget, const QString &path)
{
    settle();
    const bool saved = widget->grab().save(path);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << path << '\n';
    return saved;
}

bool waitFor(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        settle(50);
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: server_screenshot <output folder>\n";
        return 2;
    }
    const QString out = QDir(app.arguments().at(1)).absolutePath();
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
    servertest::Project project;
    if (!project.create())
        return 1;

    MainWindow window;
    window.resize(1440, 860);
    window.show();
    auto *server = qobject_cast<ServerProcess *>(serverController(window));
    server->setProgram(QStringLiteral(FM_M_BINARY));
    if (!window.openProject(project.root))
        return 1;
    for (const char *id : {"Properties", "UndoHistory"}) {
        if (QDockWidget *dock = window.dock(QLatin1String(id)))
            dock->setVisible(false); // the bottom docks get the window's width
    }
    window.dock(QStringLiteral("Server"))->show();
    window.dock(QStringLiteral("ServerLog"))->show();

    // The bottom docks tall enough to read.
    window.resizeDocks({window.dock(QStringLiteral("Server"))}, {360}, Qt::Vertical);

    // A start that waits on a pending migration.
    project.addTicketField(QStringLiteral("customer_reference"));
    window.dock(QStringLiteral("Server"))->raise();
    server->start();
    if (!waitFor([server] { return !server->pendingPlan().plan.isEmpty(); }))
        return 1;
    bool ok = grab(&window, QDir(out).filePath(QStringLiteral("studio-server-migrations.png")));

    // Applied and running: some traffic for the console.
    server->applyMigrations(false);
    if (!waitFor([server] { return server->state() == ServerController::State::Running; }))
        return 1;
    const QUrl base = server->baseUrl();
    servertest::httpStatus(base.resolved(QUrl(QStringLiteral("/health"))));
    servertest::httpStatus(base.resolved(QUrl(QStringLiteral("/api/v1/resource/Ticket"))));
    servertest::httpStatus(base.resolved(QUrl(QStringLiteral("/api/v1/nothing-here"))));
    servertest::httpPostJson(base.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))),
                             {{QStringLiteral("username"), QStringLiteral("Administrator")},
                              {QStringLiteral("password"), QStringLiteral("Secret-pass-1")}});
    servertest::httpStatus(base.resolved(QUrl(QStringLiteral("/ready"))));
    server->addStudioLine(QStringLiteral("preview"), QStringLiteral("warning"),
                          QStringLiteral("the Desk page took 1.8 s to load"));
    settle(600);
    window.dock(QStringLiteral("ServerLog"))->raise();
    ok = grab(&window, QDir(out).filePath(QStringLiteral("studio-server-log.png"))) && ok;
    server->stopNow();
    return ok ? 0 : 1;
}
