// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "project/siteplan.h"
#include "server/servercontroller.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace fm::studio {

class ServerLogModel;

// The ServerController of the Server dock: `m start --dev` for one site of a project as a
// QProcess on a free port (docs/guide/studio-server.md).
//
// start(): the checks that need no process (`m` there, the site there), then the site's
// pending migrations planned off the UI thread. Pending steps stop the start in Starting
// with migrationsPending() until applyMigrations(), startWithoutMigrating() or
// declineMigrations(); nobody listening fails the start. Then `m` runs with
// FM_DEV_SIGNIN_SECRET in its environment; its "listening on" line gives the port, and
// the state becomes Running when GET /health answers 200. Everything the server prints
// goes to the log model. The process never outlives this object (nor, on Linux, the
// Studio: PR_SET_PDEATHSIG).
class ServerProcess final : public ServerController
{
    Q_OBJECT

public:
    // Why the last start failed: the dock offers what fits (create the site, ...).
    enum class Failure {
        None,
        NoProject,
        ProgramMissing,
        SiteMissing,
        InvalidDocTypes,
        MigrationsRefused,
        PortInUse,
        Exited,
        Timeout,
    };
    Q_ENUM(Failure)

    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    // The project's folder (m.json); empty: none, start() fails.
    void setProjectDir(const QString &dir);
    QString projectDir() const { return m_projectDir; }
    // The site to run; empty means the project's default site.
    void setSite(const QString &site);
    QString site() const { return m_site; }
    QString effectiveSite() const; // the chosen or the default site; empty when none
    // 0 (the default): a free port the server picks and reports.
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    // The `m` program; defaultProgram() unless a test or a setting says otherwise.
    void setProgram(const QString &path) { m_program = path; }
    QString program() const { return m_program; }
    // `m` beside m-studio; in development builds the tree's `m` when there is none there.
    // Never looked up on PATH: the Studio runs the server of its own version.
    static QString defaultProgram();
    // How long a start may take before it fails (default 30 s).
    void setStartTimeout(int ms) { m_startTimeout.setInterval(ms); }

    State state() const override { return m_state; }
    QUrl baseUrl() const override;
    QByteArray devSignInSecret() const override { return m_secret; }
    Failure failure() const { return m_failure; }
    QString failureReason() const { return m_failureReason; }
    // The plan waiting for a decision (migrationsPending()), or the last one applied.
    const core::SitePlan &pendingPlan() const { return m_plan; }
    qint64 processId() const;
    ServerLogModel *log() const { return m_log; }
    // Milliseconds from the last start() (or restart) to Running.
    qint64 lastStartMs() const { return m_lastStartMs; }

public slots:
    void start() override;
    void stop() override;
    void restart() override;
    void addStudioLine(const QString &source, const QString &level,
                       const QString &message) override;

    // The decisions on a pending plan. Warnings are applied only with `warnings`;
    // dangerous steps never (core::migrateSite refuses them, as `m migrate` does).
    void applyMigrations(bool warnings);
    void startWithoutMigrating();
    void declineMigrations();
    // After a DocType save while Running: applies the safe steps without asking (what is
    // refused stays pending and is logged) and restarts. Does nothing unless Running.
    void restartAfterSave();
    // Stops at once, waiting for the process to end (terminate, then kill): for a project
    // that closes and a window that goes.
    void stopNow();

signals:
    void migrationsPending(const fm::core::SitePlan &plan);
    void failed(fm::studio::ServerProcess::Failure failure, const QString &reason);

private:
    struct Planned
    {
        QString error;
        bool docTypeErrors = false;
        core::SitePlan plan;
    };
    void setState(State state);
    void fail(Failure failure, const QString &reason);
    void planned(const Planned &result);
    void migrated(const Result<core::MigrationReport> &report);
    void launch();
    void readOutput(QProcess::ProcessChannel channel);
    void serverLine(const QString &line, bool fromStderr);
    void pollHealth();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void killNow();
    void abandonRun();
    void studioLine(const QString &level, const QString &message);

    QString m_projectDir;
    QString m_site;
    QString m_runningSite;
    quint16 m_port = 0;
    quint16 m_listeningPort = 0;
    QString m_program;
    State m_state = State::Stopped;
    Failure m_failure = Failure::None;
    QString m_failureReason;
    QByteArray m_secret;
    core::SitePlan m_plan;
    bool m_planPending = false;
    bool m_autoApplySafe = false;
    bool m_stopping = false;
    bool m_restartWhenStopped = false;
    quint64 m_generation = 0; // a stop or a new start makes older async results stale
    QProcess *m_process = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QStringList m_lastStderr; // the tail, for the failure message
    QFutureWatcher<Planned> m_planWatcher;
    QFutureWatcher<Result<core::MigrationReport>> m_migrateWatcher;
    QNetworkAccessManager *m_network;
    QTimer m_healthTimer;
    QTimer m_startTimeout;
    QTimer m_killTimer;
    QElapsedTimer m_startClock;
    qint64 m_lastStartMs = -1;
    ServerLogModel *m_log;
};

} // namespace fm::studio
