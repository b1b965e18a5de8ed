// SPDX-License-Identifier: MIT
// ServerProcess against the real `m start` on real ports: start, /health, stop, restart,
// the process gone with the controller, and every failure the dock explains.
#include "server/serverlogmodel.h"
#include "server/serverprocess.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using fm::studio::ServerController;
using fm::studio::ServerLogEntry;
using fm::studio::ServerLogModel;
using fm::studio::ServerProcess;
using State = ServerController::State;
using Failure = ServerProcess::Failure;

namespace {

bool logContains(const ServerLogModel &log, const QString &text)
{
    for (int row = 0; row < log.rowCount(); ++row) {
        if (log.index(row, 0).data(ServerLogModel::SearchTextRole).toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

    servertest::Project m_project;

    std::unique_ptr<ServerProcess> makeServer() const
    {
        auto server = std::make_unique<ServerProcess>();
        server->setProgram(QStringLiteral(FM_M_BINARY));
        server->setProjectDir(m_project.root);
        return server;
    }

private slots:
    void initTestCase() { studiotest::isolateSettings(); }

    void init()
    {
        m_project = servertest::Project();
        QVERIFY(m_project.create());
    }

    void defaultProgramIsNeverLookedUpOnPath()
    {
        const QString program = ServerProcess::defaultProgram();
        QVERIFY2(QFileInfo(program).isAbsolute(), qPrintable(program));
        QCOMPARE(QFileInfo(program).fileName(), QStringLiteral("m"));
        // A development build falls back to the tree's `m` (the tests' own binary).
        QCOMPARE(QFileInfo(program).canonicalFilePath(),
                 QFileInfo(QStringLiteral(FM_M_BINARY)).canonicalFilePath());
    }

    void startRunsAndAnswersHealth()
    {
        auto server = makeServer();
        QSignalSpy running(server.get(), &ServerController::running);
        QSignalSpy states(server.get(), &ServerController::stateChanged);
        server->start();
        QCOMPARE(server->state(), State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        QCOMPARE(running.size(), 1);
        QCOMPARE(states.first().first().value<State>(), State::Starting);
        const QUrl url = server->baseUrl();
        QCOMPARE(running.first().first().toUrl(), url);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QByteArray body;
        QCOMPARE(servertest::httpStatus(url.resolved(QUrl(QStringLiteral("/health"))), &body), 200);
        QVERIFY2(body.contains("\"ok\""), body.constData());
        // The request shows in the log as a parsed row.
        QTRY_VERIFY(logContains(*server->log(), QStringLiteral("/health")));
        QVERIFY(logContains(*server->log(), QStringLiteral("listening on")));
        QVERIFY(server->lastStartMs() > 0);

        // A fresh 32-byte secret in the child's environment, another one next start.
        const QByteArray secret = server->devSignInSecret();
        QCOMPARE(secret.size(), 64);
        QVERIFY(!QByteArray::fromHex(secret).isEmpty());
        QCOMPARE(servertest::environmentOf(server->processId(), "FM_DEV_SIGNIN_SECRET"), secret);
        server->restart();
        QTRY_COMPARE_WITH_TIMEOUT(running.size(), 2, servertest::kStartMs);
        QVERIFY(server->devSignInSecret() != secret);
    }

    void stopEndsTheProcess()
    {
        auto server = makeServer();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        const qint64 pid = server->processId();
        const QUrl health = server->baseUrl().resolved(QUrl(QStringLiteral("/health")));
        QVERIFY(servertest::processAlive(pid));
        QSignalSpy stopped(server.get(), &ServerController::stopped);
        server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Stopped, 10000);
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!servertest::processAlive(pid));
        QVERIFY(server->baseUrl().isEmpty());
        QCOMPARE(servertest::httpStatus(health), 0);
        QCOMPARE(server->failure(), Failure::None);
        // Stopping what is stopped changes nothing.
        server->stop();
        QCOMPARE(stopped.size(), 1);
    }

    void restartGivesANewProcess()
    {
        auto server = makeServer();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        const qint64 first = server->processId();
        QSignalSpy running(server.get(), &ServerController::running);
        server->restart();
        QTRY_COMPARE_WITH_TIMEOUT(running.size(), 1, servertest::kStartMs);
        QCOMPARE(server->state(), State::Running);
        QVERIFY(server->processId() != first);
        QVERIFY(!servertest::processAlive(first));
        QCOMPARE(
            servertest::httpStatus(server->baseUrl().resolved(QUrl(QStringLiteral("/health")))),
            200);
    }

    void theProcessDiesWithTheController()
    {
        auto server = makeServer();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        const qint64 pid = server->processId();
        QVERIFY(servertest::processAlive(pid));
        server.reset();
        QVERIFY(!servertest::processAlive(pid));
    }

    void stopNowWaitsForTheProcess()
    {
        auto server = makeServer();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        const qint64 pid = server->processId();
        server->stopNow();
        QCOMPARE(server->state(), State::Stopped);
        QVERIFY(!servertest::processAlive(pid));
    }

    void portInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        auto server = makeServer();
        server->setPort(taken.serverPort());
        QSignalSpy failed(server.get(), &ServerProcess::failed);
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Failed, servertest::kStartMs);
        QCOMPARE(server->failure(), Failure::PortInUse);
        QVERIFY2(server->failureReason().contains(QString::number(taken.serverPort())),
                 qPrintable(server->failureReason()));
        QVERIFY(server->failureReason().contains(QStringLiteral("in use")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(server->baseUrl().isEmpty());
        // The same port once free: the server starts.
        const quint16 port = taken.serverPort();
        taken.close();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        QCOMPARE(server->baseUrl().port(), int(port));
        QCOMPARE(server->failure(), Failure::None);
    }

    void programMissing_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("no such file") << QStringLiteral("nowhere/m");
        QTest::newRow("a folder") << QStringLiteral("folder");
        QTest::newRow("not executable") << QStringLiteral("plain-file");
    }

    void programMissing()
    {
        QFETCH(QString, program);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QFile plain(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("#!/bin/sh\nexit 0\n");
        plain.close();
        auto server = makeServer();
        server->setProgram(dir.filePath(program));
        server->start();
        QCOMPARE(server->state(), State::Failed);
        QCOMPARE(server->failure(), Failure::ProgramMissing);
        QVERIFY2(server->failureReason().contains(dir.filePath(program)),
                 qPrintable(server->failureReason()));
        QCOMPARE(server->processId(), qint64(0));
    }

    void siteMissing()
    {
        auto server = makeServer();
        server->setSite(QStringLiteral("nosuch"));
        server->start();
        QCOMPARE(server->state(), State::Failed);
        QCOMPARE(server->failure(), Failure::SiteMissing);
        QVERIFY2(server->failureReason().contains(QStringLiteral("\"nosuch\" does not exist")),
                 qPrintable(server->failureReason()));

        // The default site, removed from disk.
        QVERIFY(
            QDir(QDir(m_project.root).filePath(QStringLiteral("sites/demo"))).removeRecursively());
        server->setSite(QString());
        server->start();
        QCOMPARE(server->failure(), Failure::SiteMissing);
        QVERIFY(server->failureReason().contains(QStringLiteral("\"demo\"")));
        QCOMPARE(server->effectiveSite(), QStringLiteral("demo"));
    }

    void noProject()
    {
        ServerProcess server;
        server.setProgram(QStringLiteral(FM_M_BINARY));
        server.start();
        QCOMPARE(server.failure(), Failure::NoProject);
        QTemporaryDir empty;
        server.setProjectDir(empty.path());
        server.start();
        QCOMPARE(server.failure(), Failure::NoProject);
    }

    void docTypeErrorsStopTheStart()
    {
        QFile ticket(m_project.ticketPath());
        QVERIFY(ticket.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ticket.write("{ \"name\": \"Ticket\", \"fields\": [ {\"fieldtype\": \"Nope\"} ] }");
        ticket.close();
        auto server = makeServer();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Failed, servertest::kStartMs);
        QCOMPARE(server->failure(), Failure::InvalidDocTypes);
        QCOMPARE(server->processId(), qint64(0));
    }

    void serverExiting_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("reason");
        QTest::newRow("killed") << int(SIGKILL) << QStringLiteral("crashed or was killed");
        // SIGTERM from elsewhere: `m` stops cleanly, with code 0, which the Studio did not ask.
        QTest::newRow("terminated") << int(SIGTERM) << QStringLiteral("exited with code 0");
    }

    void serverExiting()
    {
        QFETCH(int, signal);
        QFETCH(QString, reason);
        auto server = makeServer();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        QSignalSpy failed(server.get(), &ServerProcess::failed);
        QVERIFY(::kill(pid_t(server->processId()), signal) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Failed, 10000);
        QCOMPARE(server->failure(), Failure::Exited);
        QVERIFY2(server->failureReason().contains(reason), qPrintable(server->failureReason()));
        QCOMPARE(failed.size(), 1);
        QVERIFY(server->baseUrl().isEmpty());
        // The reason is in the log too, as an error.
        const ServerLogModel &log = *server->log();
        QCOMPARE(log.entry(log.rowCount() - 1).level, ServerLogEntry::Level::Error);
    }

    void migrationsShownBeforeStart()
    {
        QVERIFY(m_project.addTicketField(QStringLiteral("customer_reference")));
        QCOMPARE(m_project.pendingSteps(), 1);
        auto server = makeServer();
        QSignalSpy pending(server.get(), &ServerProcess::migrationsPending);
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(pending.size(), 1, servertest::kStartMs);
        QCOMPARE(server->state(), State::Starting);
        QCOMPARE(server->processId(), qint64(0)); // nothing runs while the user decides
        const fm::core::SitePlan plan = server->pendingPlan();
        QCOMPARE(plan.site, servertest::kSite);
        QCOMPARE(plan.plan.steps.size(), 1);
        QCOMPARE(plan.plan.steps.first().classification, fm::core::StepClass::Safe);
        server->applyMigrations(false);
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        QCOMPARE(m_project.pendingSteps(), 0);
        QVERIFY(logContains(*server->log(), QStringLiteral("Applied 1 migration step")));
    }

    void migrationsDeclinedOrSkipped()
    {
        QVERIFY(m_project.addTicketField(QStringLiteral("customer_reference")));
        auto server = makeServer();
        QSignalSpy pending(server.get(), &ServerProcess::migrationsPending);
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(pending.size(), 1, servertest::kStartMs);
        server->declineMigrations();
        QCOMPARE(server->state(), State::Failed);
        QCOMPARE(server->failure(), Failure::MigrationsRefused);
        QVERIFY2(server->failureReason().contains(QStringLiteral("1 pending migration step")),
                 qPrintable(server->failureReason()));
        QCOMPARE(m_project.pendingSteps(), 1);
        // A decision without a pending plan does nothing.
        server->applyMigrations(false);
        QCOMPARE(server->state(), State::Failed);

        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(pending.size(), 2, servertest::kStartMs);
        server->startWithoutMigrating();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        QCOMPARE(m_project.pendingSteps(), 1);
    }

    void pendingMigrationsWithNobodyToAsk()
    {
        QVERIFY(m_project.addTicketField(QStringLiteral("customer_reference")));
        auto server = makeServer();
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Failed, servertest::kStartMs);
        QCOMPARE(server->failure(), Failure::MigrationsRefused);
        QVERIFY(server->failureReason().contains(QStringLiteral("m migrate")));
        QCOMPARE(m_project.pendingSteps(), 1);
    }

    void restartAfterSaveAppliesSafeSteps()
    {
        auto server = makeServer();
        // Does nothing unless running.
        server->restartAfterSave();
        QCOMPARE(server->state(), State::Stopped);
        server->start();
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), State::Running, servertest::kStartMs);
        const qint64 first = server->processId();
        QVERIFY(m_project.addTicketField(QStringLiteral("customer_reference")));
        QSignalSpy running(server.get(), &ServerController::running);
        QSignalSpy pending(server.get(), &ServerProcess::migrationsPending);
        QElapsedTimer clock;
        clock.start();
        server->restartAfterSave();
        QTRY_COMPARE_WITH_TIMEOUT(running.size(), 1, servertest::kStartMs);
        const qint64 ms = clock.elapsed();
        qInfo("restart after save (one safe step, helpdesk): %lld ms", ms);
        QCOMPARE(pending.size(), 0); // safe steps need no question
        QCOMPARE(m_project.pendingSteps(), 0);
        QVERIFY(server->processId() != first);
        QVERIFY(!servertest::processAlive(first));
    }

    void studioLinesJoinTheLog()
    {
        auto server = makeServer();
        server->addStudioLine(QStringLiteral("preview"), QStringLiteral("error"),
                              QStringLiteral("page failed to load"));
        const ServerLogModel &log = *server->log();
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.entry(0).level, ServerLogEntry::Level::Error);
        QCOMPARE(log.entry(0).source, ServerLogEntry::Source::Studio);
        QCOMPARE(log.index(0, ServerLogModel::MessageColumn).data().toString(),
                 QStringLiteral("preview: page failed to load"));
    }
};

QTEST_MAIN(TestServerProcess)
#include "tst_server_process.moc"
