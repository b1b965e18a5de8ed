// SPDX-License-Identifier: MIT
#pragma once

// One more `m` process (`m start`, `m worker`) on the project of a TestServer, for the
// tests that run several of them on one database: started with its own environment,
// ready once its first line says so, killed when the object goes.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <httplib.h>

#include <csignal>

class MProcess
{
public:
    MProcess() = default;
    MProcess(const MProcess &) = delete;
    MProcess &operator=(const MProcess &) = delete;
    ~MProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // `m start --port 0 --threads 2` in `projectDir`; true once it listens.
    bool startServer(const QString &projectDir,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        static const QRegularExpression listening(
            QStringLiteral("listening on http://[^:]+:(\\d+)"));
        const QString port =
            run(projectDir, env,
                {QStringLiteral("start"), QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--threads"), QStringLiteral("2")},
                listening);
        m_port = port.toInt();
        return m_port > 0;
    }

    // `m worker args...` in `projectDir`; true once it runs (id() is its worker id).
    bool startWorker(const QString &projectDir, const QProcessEnvironment &env,
                     const QStringList &args)
    {
        static const QRegularExpression started(QStringLiteral("^Worker (\\S+) on site"));
        m_id = run(projectDir, env, QStringList{QStringLiteral("worker")} + args, started);
        return !m_id.isEmpty();
    }

    int port() const { return m_port; }
    QString id() const { return m_id; }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }

    // SIGKILL, and waits for the end.
    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }

    httplib::Client client() const
    {
        httplib::Client client("127.0.0.1", m_port);
        client.set_read_timeout(30, 0);
        return client;
    }

private:
    // Starts `m args` and waits for `ready` in its output; the first capture, or empty.
    QString run(const QString &projectDir, const QProcessEnvironment &env, const QStringList &args,
                const QRegularExpression &ready)
    {
        m_process.setWorkingDirectory(projectDir);
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(FM_M_BINARY), args);
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            const auto found = ready.match(QString::fromUtf8(out));
            if (found.hasMatch())
                return found.captured(1);
        }
        qWarning() << "m" << args << "did not come up:" << out << m_process.readAllStandardError();
        return {};
    }

    QProcess m_process;
    int m_port = 0;
    QString m_id;
};
