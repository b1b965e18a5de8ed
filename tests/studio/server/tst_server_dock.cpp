// SPDX-License-Identifier: MIT
// The Server feature in the real window with the real `m`: the Server menu and docks, the
// state in the status bar, the site chooser, pending migrations in the dock, creating a
// missing site (keychain: run through with-keyring.sh), restart after save, and the server
// gone with the project or the window.
#include "project/projectmodel.h"
#include "schemaguard/migrationplanmodel.h"
#include "schemaguard/migrationplanview.h"
#include "server/secretstore.h"
#include "server/serverlogmodel.h"
#include "server/serverpanel.h"
#include "server/serverprocess.h"
#include "serverfixture.h"
#include "shell/actionregistry.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTcpServer>
#include <QTest>

using namespace fm::studio;
using State = ServerController::State;

class TestServerDock : public QObject
{
    Q_OBJECT

    servertest::Project m_project;
    std::unique_ptr<MainWindow> m_window;

    ServerProcess *server() const
    {
        return qobject_cast<ServerProcess *>(serverController(*m_window));
    }
    ServerPanel *panel() const { return m_window->findChild<ServerPanel *>(); }
    QAction *action(const char *id) const
    {
        return m_window->actionRegistry()->action(QLatin1String(id));
    }
    QString status() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("serverStatus"))->text();
    }
    // The title of the dock in front of the tab group holding `title`.
    QString frontTab(const QString &title) const
    {
        for (QTabBar *bar : m_window->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabText(i).startsWith(title))
                    return bar->tabText(bar->currentIndex());
            }
        }
        return {};
    }
    bool open(bool withSite = true)
    {
        if (!m_project.create(withSite))
            return false;
        server()->setProgram(QStringLiteral(FM_M_BINARY));
        return m_window->openProject(m_project.root);
    }

private slots:
    void initTestCase() { studiotest::isolateSettings(); }

    void init()
    {
        m_project = servertest::Project();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void menusDocksAndActions()
    {
        QVERIFY(server());
        QVERIFY(
            m_window->actionRegistry()->menuBarMenuIds().contains(QStringLiteral("Menu.Server")));
        for (const char *id :
             {"Server.Start", "Server.Stop", "Server.Restart", "Server.RestartAfterSave",
              "View.Dock.Server", "View.Dock.ServerLog"}) {
            QVERIFY2(action(id), id);
            // The command palette lists what the registry holds.
            QVERIFY(m_window->actionRegistry()->actionIds().contains(QLatin1String(id)));
        }
        QVERIFY(!action("Server.Start")->isEnabled()); // no project
        QVERIFY(action("Server.RestartAfterSave")->isChecked());
        QVERIFY(m_window->dock(QStringLiteral("Server")));
        QVERIFY(m_window->dock(QStringLiteral("ServerLog")));
        QVERIFY(open());
        QVERIFY(action("Server.Start")->isEnabled());
        QVERIFY(!action("Server.Stop")->isEnabled());
        QCOMPARE(status(), QStringLiteral("server stopped"));
        // The Server dock is a tab beside Problems, which stays in front; the Server Log
        // joined the Server dock and does not take the front either.
        QDockWidget *dock = m_window->dock(QStringLiteral("Server"));
        QVERIFY(dock->isVisible());
        QTRY_VERIFY2(frontTab(QStringLiteral("Problems")).startsWith(QStringLiteral("Problems")),
                     qPrintable(frontTab(QStringLiteral("Problems"))));
        action("View.Dock.Server")->trigger(); // View > Server hides it, and shows it again
        QVERIFY(!dock->isVisible());
        action("View.Dock.Server")->trigger();
        QVERIFY(dock->isVisible());
    }

    // The port is chosen in the dock, kept for the project and used by the next start; a
    // port already taken fails with the reason.
    void aChosenPortIsUsedAndKept()
    {
        QVERIFY(open());
        const quint16 free = servertest::freePort();
        QVERIFY(free != 0);
        QSpinBox *port = panel()->portBox();
        QCOMPARE(port->value(), 0);
        QCOMPARE(port->text(), QStringLiteral("auto"));
        port->setValue(free);
        action("Server.Start")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        QCOMPARE(server()->baseUrl().port(), int(free));
        action("Server.Stop")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Stopped, 10000);

        QVERIFY(m_window->closeProject());
        QVERIFY(m_window->openProject(m_project.root));
        QCOMPARE(panel()->portBox()->value(), int(free));

        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, free));
        action("Server.Start")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Failed, servertest::kStartMs);
        QVERIFY2(server()->failureReason().contains(QString::number(free)),
                 qPrintable(server()->failureReason()));
        panel()->portBox()->setValue(0);
    }

    void startAndStopFromTheMenu()
    {
        QVERIFY(open());
        action("Server.Start")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        const int port = server()->baseUrl().port();
        QCOMPARE(status(), QStringLiteral("server running :%1").arg(port));
        QVERIFY(panel()->stateLabel()->text().contains(server()->baseUrl().toString()));
        QVERIFY(!action("Server.Start")->isEnabled());
        QVERIFY(action("Server.Stop")->isEnabled());
        action("Server.Stop")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Stopped, 10000);
        QCOMPARE(status(), QStringLiteral("server stopped"));
        QVERIFY(action("Server.Start")->isEnabled());
    }

    void siteChooser()
    {
        QVERIFY(m_project.create());
        auto project = fm::core::Project::open(m_project.root);
        QVERIFY(fm::core::createSite(*project, QStringLiteral("staging"),
                                     QStringLiteral("Pass-word-2")));
        server()->setProgram(QStringLiteral(FM_M_BINARY));
        QVERIFY(m_window->openProject(m_project.root));
        QComboBox *sites = panel()->siteBox();
        QVERIFY(sites->isVisibleTo(panel()));
        QCOMPARE(sites->count(), 2);
        QCOMPARE(sites->itemText(0), QStringLiteral("demo (default)"));
        QCOMPARE(server()->effectiveSite(), QStringLiteral("demo"));
        sites->setCurrentIndex(sites->findData(QStringLiteral("staging")));
        QCOMPARE(server()->site(), QStringLiteral("staging"));
        QCOMPARE(server()->effectiveSite(), QStringLiteral("staging"));
        server()->start();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        QVERIFY(server()->log()->rowCount() > 0);
    }

    void oneSiteNeedsNoChooser()
    {
        QVERIFY(open());
        QVERIFY(!panel()->siteBox()->isVisibleTo(panel()));
    }

    void missingSiteIsOfferedAndCreated()
    {
        QVERIFY(open(false));
        server()->start();
        QCOMPARE(server()->state(), State::Failed);
        QCOMPARE(server()->failure(), ServerProcess::Failure::SiteMissing);
        QVERIFY(m_window->dock(QStringLiteral("Server"))->isVisible());
        QVERIFY(panel()->messageLabel()->isVisible());
        QPushButton *create = panel()->createSiteButton();
        QVERIFY(create->isVisible());
        QCOMPARE(create->text(), QStringLiteral("Create site \"demo\"…"));
        QCOMPARE(status(), QStringLiteral("server failed"));

        // Cancel first: nothing happens.
        studiotest::ModalAnswer cancel(studiotest::ModalAnswer::click(QMessageBox::Cancel));
        create->click();
        QVERIFY(cancel.answered());
        QVERIFY(!QFileInfo::exists(QDir(m_project.root).filePath(QStringLiteral("sites/demo"))));

        studiotest::ModalAnswer yes([](QWidget *modal) {
            for (QPushButton *button : modal->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("Create site"))
                    button->click();
            }
        });
        create->click();
        QVERIFY(yes.answered());
        QVERIFY2(yes.text().contains(QStringLiteral("keychain")), qPrintable(yes.text()));
        // Created, then started.
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        QVERIFY(!create->isVisible());
        QVERIFY(QFileInfo::exists(
            QDir(m_project.root).filePath(QStringLiteral("sites/demo/site.json"))));

        // The password is in the keychain, in no file, and signs the Administrator in.
        KeychainSecretStore store;
        std::optional<fm::Result<QString>> password;
        store.read(adminPasswordKey(m_project.root, QStringLiteral("demo")),
                   [&password](const fm::Result<QString> &r) { password = r; });
        QTRY_VERIFY_WITH_TIMEOUT(password.has_value(), 20000);
        QVERIFY(*password);
        QVERIFY(!servertest::anyFileContains(m_project.root, (*password)->toUtf8()));
        const QUrl login = server()->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/auth/login")));
        QCOMPARE(servertest::httpPostJson(
                     login, {{QStringLiteral("username"), QStringLiteral("Administrator")},
                             {QStringLiteral("password"), **password}}),
                 200);
        QCOMPARE(servertest::httpPostJson(
                     login, {{QStringLiteral("username"), QStringLiteral("Administrator")},
                             {QStringLiteral("password"), QStringLiteral("wrong-one")}}),
                 401);
        bool removed = false;
        store.remove(adminPasswordKey(m_project.root, QStringLiteral("demo")),
                     [&removed](const fm::Result<QString> &) { removed = true; });
        QTRY_VERIFY(removed);
    }

    void pendingMigrationsInTheDock()
    {
        QVERIFY(open());
        QVERIFY(m_project.addTicketField(QStringLiteral("customer_reference")));
        action("Server.Start")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(panel()->planBox()->isVisible(), servertest::kStartMs);
        QCOMPARE(server()->state(), State::Starting);
        QCOMPARE(panel()->planView()->model()->rowCount(), 1);
        QVERIFY(panel()->planView()->summary().contains(QStringLiteral("1")));
        auto *apply = panel()->findChild<QPushButton *>(QStringLiteral("serverApplyAndStart"));
        QVERIFY(apply);
        apply->click();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        QVERIFY(!panel()->planBox()->isVisible());
        QCOMPARE(m_project.pendingSteps(), 0);
    }

    void cancellingPendingMigrations()
    {
        QVERIFY(open());
        QVERIFY(m_project.addTicketField(QStringLiteral("customer_reference")));
        action("Server.Start")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(panel()->planBox()->isVisible(), servertest::kStartMs);
        panel()->findChild<QPushButton *>(QStringLiteral("serverCancelStart"))->click();
        QCOMPARE(server()->state(), State::Failed);
        QCOMPARE(server()->failure(), ServerProcess::Failure::MigrationsRefused);
        QVERIFY(panel()->messageLabel()->text().contains(QStringLiteral("not applied")));
        QCOMPARE(m_project.pendingSteps(), 1);
    }

    void restartAfterSave()
    {
        QVERIFY(open());
        action("Server.Start")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        fm::core::ProjectModel *model = m_window->project();
        fm::core::DocType ticket = *model->doctype(QStringLiteral("Ticket"));
        fm::core::Field field;
        field.fieldname = QStringLiteral("customer_reference");
        field.fieldtype = QStringLiteral("Data");
        field.label = QStringLiteral("Customer Reference");
        ticket.fields.append(field);
        ticket.layout[0].columns[0] << field.fieldname;
        QVERIFY(model->setDocType(ticket));
        QSignalSpy running(server(), &ServerController::running);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(model->save(QStringLiteral("Ticket")));
        QTRY_COMPARE_WITH_TIMEOUT(running.size(), 1, servertest::kStartMs);
        qInfo("restart after save (Studio, helpdesk, one new column): %lld ms", clock.elapsed());
        QCOMPARE(m_project.pendingSteps(), 0);

        // Switched off: a save leaves the server alone.
        action("Server.RestartAfterSave")->setChecked(false);
        const qint64 pid = server()->processId();
        ticket.description = QStringLiteral("changed");
        QVERIFY(model->setDocType(ticket));
        QVERIFY(model->save(QStringLiteral("Ticket")));
        QTest::qWait(300);
        QCOMPARE(running.size(), 1);
        QCOMPARE(server()->processId(), pid);
        action("Server.RestartAfterSave")->setChecked(true);
    }

    void theServerGoesWithTheProjectAndTheWindow()
    {
        QVERIFY(open());
        server()->start();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        qint64 pid = server()->processId();
        QVERIFY(m_window->closeProject());
        QCOMPARE(server()->state(), State::Stopped);
        QVERIFY(!servertest::processAlive(pid));
        QVERIFY(status().isEmpty());

        QVERIFY(m_window->openProject(m_project.root));
        server()->start();
        QTRY_COMPARE_WITH_TIMEOUT(server()->state(), State::Running, servertest::kStartMs);
        pid = server()->processId();
        m_window.reset();
        QVERIFY(!servertest::processAlive(pid));
    }
};

FM_KEYRING_TEST_MAIN(TestServerDock)
#include "tst_server_dock.moc"
