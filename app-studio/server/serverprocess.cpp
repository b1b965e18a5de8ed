// SPDX-License-Identifier: MIT
#include "server/serverprocess.h"

#include "project/scaffold.h"
#include "server/serverlogmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <exception>

namespace fm::studio {

namespace {

constexpr int kHealthPollMs = 40;
constexpr int kStopTimeoutMs = 3000; // terminate, then kill
constexpr int kStderrTail = 8;       // lines kept for the failure message

QByteArray newSecret()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return bytes.toHex();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The loader's registry of the saved files: what `m start` and `m migrate` will see.
Result<std::unique_ptr<core::MetaRegistry>> savedMeta(const core::Project &project)
{
    core::Diagnostics diagnostics;
    return core::loadProjectMeta(project, diagnostics,
                                 QStringLiteral("fix them (see Problems) and start again"));
}

} // namespace

ServerProcess::ServerProcess(QObject *parent)
    : ServerController(parent)
    , m_program(defaultProgram())
    , m_network(new QNetworkAccessManager(this))
    , m_log(new ServerLogModel(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy); // loopback: a system proxy must not see it
    m_healthTimer.setSingleShot(true);
    m_healthTimer.setInterval(kHealthPollMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &ServerProcess::pollHealth);
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(30000);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout,
             tr("The server did not answer on /health within %n second(s); its log has the "
                "details. Stop other heavy programs or start again.",
                nullptr, m_startTimeout.interval() / 1000));
    });
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(kStopTimeoutMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process) {
            studioLine(QStringLiteral("warning"),
                       tr("The server did not stop within %n second(s); killing it.", nullptr,
                          kStopTimeoutMs / 1000));
            m_process->kill();
        }
    });
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this,
            [this] { planned(m_planWatcher.result()); });
    connect(&m_migrateWatcher, &QFutureWatcherBase::finished, this,
            [this] { migrated(m_migrateWatcher.result()); });
}

ServerProcess::~ServerProcess()
{
    ++m_generation;
    killNow();
    m_planWatcher.waitForFinished();
    m_migrateWatcher.waitForFinished();
}

QString ServerProcess::defaultProgram()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("m"));
    if (const QFileInfo program(beside); program.isFile() && program.isExecutable())
        return beside;
#ifdef FM_DEV_M_PROGRAM
    // Development builds only (app-studio/server/CMakeLists.txt): the tree's own `m`.
    if (QFileInfo(QStringLiteral(FM_DEV_M_PROGRAM)).isExecutable())
        return QStringLiteral(FM_DEV_M_PROGRAM);
#endif
    return beside; // missing: start() says where it looked
}

void ServerProcess::setProjectDir(const QString &dir)
{
    if (dir == m_projectDir)
        return;
    stop();
    m_projectDir = dir;
}

void ServerProcess::setSite(const QString &site)
{
    m_site = site;
}

QString ServerProcess::effectiveSite() const
{
    if (!m_site.isEmpty())
        return m_site;
    const Result<core::Project> project = core::Project::open(m_projectDir);
    return project ? project->defaultSite() : QString();
}

QUrl ServerProcess::baseUrl() const
{
    if (m_state != State::Running)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listeningPort));
}

qint64 ServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void ServerProcess::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerProcess::studioLine(const QString &level, const QString &message)
{
    addStudioLine(QStringLiteral("studio"), level, message);
}

void ServerProcess::addStudioLine(const QString &source, const QString &level,
                                  const QString &message)
{
    ServerLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.source = ServerLogEntry::Source::Studio;
    entry.origin = source;
    entry.level = serverlog::levelFromName(level);
    entry.message = message;
    m_log->append(entry);
}

// Whatever the current run was doing (planning, starting, waiting to restart) ends here,
// and results still on their way are ignored (the generation moves on).
void ServerProcess::abandonRun()
{
    ++m_generation;
    m_planPending = false;
    m_autoApplySafe = false;
    m_restartWhenStopped = false;
    m_healthTimer.stop();
    m_startTimeout.stop();
    killNow();
}

void ServerProcess::fail(Failure failure, const QString &reason)
{
    abandonRun();
    m_failure = failure;
    m_failureReason = reason;
    studioLine(QStringLiteral("error"), reason);
    setState(State::Failed);
    emit failed(failure, reason);
}

void ServerProcess::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    if (m_process) { // still stopping: start once it is gone
        m_restartWhenStopped = true;
        return;
    }
    ++m_generation;
    m_failure = Failure::None;
    m_failureReason.clear();
    m_planPending = false;
    m_plan = {};
    m_startClock.start();
    setState(State::Starting);

    const Result<core::Project> project =
        m_projectDir.isEmpty()
            ? Result<core::Project>(tl::make_unexpected(Error(ErrorCode::NotFound, QString())))
            : core::Project::open(m_projectDir);
    if (!project) {
        fail(Failure::NoProject, tr("No project is open; open one, then start the server."));
        return;
    }
    if (const QFileInfo program(m_program); !program.isFile() || !program.isExecutable()) {
        fail(Failure::ProgramMissing,
             tr("The server program `m` was not found at %1. It is installed beside "
                "m-studio: reinstall Framework M (in a source tree, build the target "
                "fm_server).")
                 .arg(native(m_program)));
        return;
    }
    const QString site = m_site.isEmpty() ? project->defaultSite() : m_site;
    if (site.isEmpty()) {
        fail(Failure::SiteMissing, tr("The project has no default site. Create a site (the "
                                      "Server dock offers to), then start again."));
        return;
    }
    if (!project->sites().contains(site)) {
        fail(Failure::SiteMissing,
             tr("The site \"%1\" does not exist (no %2). Create it (the Server dock offers "
                "to), or choose another site.")
                 .arg(site,
                      native(QDir(project->siteDir(site)).filePath(QStringLiteral("site.json")))));
        return;
    }
    m_runningSite = site;
    studioLine(QStringLiteral("info"),
               tr("Starting the server for site \"%1\": checking its migrations…").arg(site));
    const core::Project copy = *project;
    m_planWatcher.setFuture(QtConcurrent::run([copy, site]() -> Planned {
        Planned result;
        try {
            auto meta = savedMeta(copy);
            if (!meta) {
                result.docTypeErrors = true;
                result.error = meta.error().message();
                return result;
            }
            Result<core::SitePlan> plan = core::planSite(copy, site, **meta);
            if (!plan)
                result.error = plan.error().message();
            else
                result.plan = *plan;
        } catch (const std::exception &e) { // never across the thread boundary
            result.error = QString::fromLocal8Bit(e.what());
        }
        return result;
    }));
}

void ServerProcess::planned(const Planned &result)
{
    if (m_state != State::Starting || m_process)
        return;
    if (result.docTypeErrors) {
        fail(Failure::InvalidDocTypes, tr("The server cannot start: %1").arg(result.error));
        return;
    }
    if (!result.error.isEmpty()) {
        fail(Failure::MigrationsRefused,
             tr("The migrations of site \"%1\" could not be planned: %2")
                 .arg(m_runningSite, result.error));
        return;
    }
    m_plan = result.plan;
    if (m_plan.plan.isEmpty()) {
        launch();
        return;
    }
    const int steps = int(m_plan.plan.steps.size());
    if (m_autoApplySafe) {
        m_planPending = true;
        applyMigrations(false);
        return;
    }
    if (!isSignalConnected(QMetaMethod::fromSignal(&ServerProcess::migrationsPending))) {
        fail(Failure::MigrationsRefused,
             tr("The site \"%1\" has %n pending migration step(s); apply them in the Server "
                "dock or with `m migrate`, then start again.",
                nullptr, steps)
                 .arg(m_runningSite));
        return;
    }
    m_planPending = true;
    studioLine(QStringLiteral("info"),
               tr("The site \"%1\" has %n pending migration step(s): apply them or start "
                  "without them.",
                  nullptr, steps)
                   .arg(m_runningSite));
    emit migrationsPending(m_plan);
}

void ServerProcess::applyMigrations(bool warnings)
{
    if (m_state != State::Starting || !std::exchange(m_planPending, false))
        return;
    const Result<core::Project> project = core::Project::open(m_projectDir);
    if (!project) {
        fail(Failure::NoProject, project.error().message());
        return;
    }
    studioLine(QStringLiteral("info"), warnings
                                           ? tr("Applying the safe and warning migration steps…")
                                           : tr("Applying the safe migration steps…"));
    const core::Project copy = *project;
    const QString site = m_runningSite;
    m_migrateWatcher.setFuture(
        QtConcurrent::run([copy, site, warnings]() -> Result<core::MigrationReport> {
            try {
                auto meta = savedMeta(copy);
                if (!meta)
                    return tl::make_unexpected(meta.error());
                return core::migrateSite(copy, site, **meta, warnings);
            } catch (const std::exception &e) {
                return fm::fail(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
            }
        }));
}

void ServerProcess::migrated(const Result<core::MigrationReport> &report)
{
    if (m_state != State::Starting || m_process)
        return;
    m_autoApplySafe = false;
    if (!report) {
        fail(Failure::MigrationsRefused,
             tr("The migration of site \"%1\" failed, so the server was not started: %2")
                 .arg(m_runningSite, report.error().message()));
        return;
    }
    studioLine(QStringLiteral("info"),
               tr("Applied %n migration step(s).", nullptr, int(report->applied.size())));
    if (report->hasRefused()) {
        studioLine(QStringLiteral("warning"),
                   tr("%n step(s) left pending: warning steps need your confirmation and "
                      "dangerous ones are never applied from the Studio (see the Migration "
                      "plan, or `m migrate`).",
                      nullptr, int(report->refused.size())));
    }
    launch();
}

void ServerProcess::startWithoutMigrating()
{
    if (m_state != State::Starting || !std::exchange(m_planPending, false))
        return;
    studioLine(QStringLiteral("warning"),
               tr("Starting without the %n pending migration step(s): requests that touch the "
                  "changed DocTypes may fail.",
                  nullptr, int(m_plan.plan.steps.size())));
    launch();
}

void ServerProcess::declineMigrations()
{
    if (m_state != State::Starting || !m_planPending)
        return;
    fail(Failure::MigrationsRefused,
         tr("The server was not started: the %n pending migration step(s) of site \"%1\" "
            "were not applied. Apply them, start without them, or run `m migrate`.",
            nullptr, int(m_plan.plan.steps.size()))
             .arg(m_runningSite));
}

void ServerProcess::launch()
{
    m_secret = newSecret();
    m_stdout.clear();
    m_stderr.clear();
    m_lastStderr.clear();
    m_listeningPort = 0;
    m_stopping = false;

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments({QStringLiteral("start"), QStringLiteral("--dev"),
                             QStringLiteral("--project"), m_projectDir, QStringLiteral("--site"),
                             m_runningSite, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--port"), QString::number(m_port)});
    m_process->setWorkingDirectory(m_projectDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FM_DEV_SIGNIN_SECRET"), QString::fromLatin1(m_secret));
    m_process->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // If the Studio dies without running its destructors (a crash, SIGKILL), the kernel
    // kills the server too. PDEATHSIG follows the thread that forked: QProcess starts here,
    // on the UI thread, which lives as long as the Studio.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &ServerProcess::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        const QString why = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        fail(Failure::ProgramMissing,
             tr("The server program %1 could not be started: %2").arg(native(m_program), why));
    });
    m_startTimeout.start();
    m_process->start();
}

void ServerProcess::readOutput(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    const bool stderrChannel = channel == QProcess::StandardError;
    QByteArray &buffer = stderrChannel ? m_stderr : m_stdout;
    buffer +=
        stderrChannel ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    const QStringList lines = serverlog::takeLines(buffer);
    QList<ServerLogEntry> entries;
    entries.reserve(lines.size());
    const QDateTime now = QDateTime::currentDateTime();
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        ServerLogEntry entry = serverlog::parseLine(line, now);
        if (!entry.request && stderrChannel) {
            m_lastStderr << line;
            if (m_lastStderr.size() > kStderrTail)
                m_lastStderr.removeFirst();
        }
        if (!stderrChannel && m_listeningPort == 0) {
            // "Site "demo" listening on http://127.0.0.1:43123 (4 worker threads)."
            static const QRegularExpression listening(
                QStringLiteral(R"(listening on http://\S+:(\d+))"));
            if (const QRegularExpressionMatch match = listening.match(line); match.hasMatch()) {
                m_listeningPort = quint16(match.captured(1).toUInt());
                pollHealth();
            }
        }
        entries << entry;
    }
    m_log->append(entries);
}

void ServerProcess::pollHealth()
{
    if (m_state != State::Starting || m_listeningPort == 0)
        return;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(m_listeningPort)));
    request.setTransferTimeout(2000);
    QNetworkReply *reply = m_network->get(request);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation || m_state != State::Starting)
            return;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            m_healthTimer.start();
            return;
        }
        m_startTimeout.stop();
        m_lastStartMs = m_startClock.elapsed();
        setState(State::Running);
        studioLine(QStringLiteral("info"), tr("The server of site \"%1\" is running at %2 "
                                              "(started in %3 ms).")
                                               .arg(m_runningSite, baseUrl().toString())
                                               .arg(m_lastStartMs));
        emit running(baseUrl());
    });
}

void ServerProcess::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    m_killTimer.stop();
    m_healthTimer.stop();
    m_startTimeout.stop();
    m_process->deleteLater();
    m_process = nullptr;
    if (std::exchange(m_stopping, false)) {
        studioLine(QStringLiteral("info"), tr("The server stopped."));
        setState(State::Stopped);
        emit stopped();
        if (std::exchange(m_restartWhenStopped, false))
            start();
        return;
    }
    const QString tail = m_lastStderr.join(QLatin1Char('\n'));
    if (tail.contains(QLatin1String("cannot listen on"))) {
        fail(Failure::PortInUse,
             tr("Port %1 is in use by another program. Stop that program, or set the port "
                "to 0 so the Studio picks a free one.")
                 .arg(m_port));
        return;
    }
    const QString last = tail.isEmpty() ? tr("(it printed nothing on standard error)") : tail;
    if (status == QProcess::CrashExit) {
        fail(Failure::Exited, tr("The server stopped unexpectedly (it crashed or was killed). "
                                 "Its last lines:\n%1")
                                  .arg(last));
        return;
    }
    fail(Failure::Exited,
         tr("The server exited with code %1. Its last lines:\n%2").arg(exitCode).arg(last));
}

void ServerProcess::stop()
{
    ++m_generation;
    m_planPending = false;
    m_autoApplySafe = false;
    m_restartWhenStopped = false;
    m_healthTimer.stop();
    m_startTimeout.stop();
    if (m_process) {
        if (!m_stopping) {
            m_stopping = true;
            studioLine(QStringLiteral("info"), tr("Stopping the server…"));
            m_process->terminate();
            m_killTimer.start();
        }
        return;
    }
    if (m_state == State::Starting || m_state == State::Running) {
        setState(State::Stopped);
        emit stopped();
    }
}

void ServerProcess::restart()
{
    if (!m_process) {
        if (m_state == State::Starting) // still planning or migrating: start over
            stop();
        start();
        return;
    }
    stop();
    m_restartWhenStopped = true;
}

void ServerProcess::restartAfterSave()
{
    if (m_state != State::Running)
        return;
    restart();
    m_autoApplySafe = true;
}

void ServerProcess::stopNow()
{
    const bool wasActive = m_state == State::Starting || m_state == State::Running || m_process;
    abandonRun();
    if (wasActive) {
        studioLine(QStringLiteral("info"), tr("The server stopped."));
        setState(State::Stopped);
        emit stopped();
    }
}

void ServerProcess::killNow()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(kStopTimeoutMs)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
    m_killTimer.stop();
    m_stopping = false;
    delete process;
}

} // namespace fm::studio
