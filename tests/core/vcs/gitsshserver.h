// SPDX-License-Identifier: MIT
// A real SSH Git server on loopback for the remote tests: OpenSSH's sshd on a free port
// with its own host key and authorized_keys (public keys only), serving bare repositories
// in repositories() to the current user through git-upload-pack / git-receive-pack. Also
// makes keys (ssh-keygen) and runs an ssh-agent. Needs openssh-server
// (scripts/install-deps.sh); sshd wants /run/sshd, made here when missing.
#pragma once

#include "gitfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace fm::test {

class GitSshServer
{
public:
    ~GitSshServer() { stop(); }

    // Why the server cannot run here, or empty when it started.
    QString start()
    {
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        if (!QFileInfo::exists(sshd))
            return QStringLiteral(
                "sshd is not installed (openssh-server, scripts/install-deps.sh)");
        if (!QFileInfo::exists(QStringLiteral("/run/sshd")) &&
            !QDir().mkpath(QStringLiteral("/run/sshd")))
            return QStringLiteral("sshd needs /run/sshd, which cannot be made here");
        QDir(m_dir.path()).mkpath(QStringLiteral("repos"));
        if (QString why = makeKey(QStringLiteral("host_key"), {}); !why.isEmpty())
            return why;
        writeText(path("authorized_keys"), {});
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            const QString config =
                QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                               "AuthorizedKeysFile %4\nPasswordAuthentication no\n"
                               "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
                               "PermitRootLogin prohibit-password\nStrictModes no\nUsePAM no\n"
                               "LogLevel VERBOSE\n")
                    .arg(m_port)
                    .arg(path("host_key"), path("sshd.pid"), path("authorized_keys"));
            writeText(path("sshd_config"), config.toUtf8());
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(sshd, {"-D", "-e", "-f", path("sshd_config")});
            if (!m_process.waitForStarted(10000))
                return QStringLiteral("sshd did not start");
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 10000 && m_process.state() == QProcess::Running) {
                QTcpSocket socket;
                socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
                if (socket.waitForConnected(200))
                    return {};
                QTest::qWait(50);
            }
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return QStringLiteral("sshd did not listen: ") + QString::fromUtf8(m_process.readAll());
    }

    void stop()
    {
        std::vector<QProcess *> processes{&m_process};
        for (auto &agent : m_agents)
            processes.push_back(agent.get());
        for (QProcess *process : processes) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }

    // A new ed25519 key pair `name` (and name.pub) protected by `passphrase`; empty when made.
    QString makeKey(const QString &name, const QString &passphrase)
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {"-q", "-t", "ed25519", "-N", passphrase, "-C", name, "-f", keyPath(name)});
        if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0)
            return QStringLiteral("ssh-keygen failed: ") +
                   QString::fromUtf8(keygen.readAllStandardError());
        return {};
    }
    QString keyPath(const QString &name) const { return m_dir.path() + '/' + name; }
    // Lets the key `name` in.
    bool authorize(const QString &name)
    {
        return writeText(path("authorized_keys"),
                         readText(path("authorized_keys")) + readText(keyPath(name) + ".pub"));
    }

    // An ssh-agent holding the (passphrase-less) key `name`; its socket, or empty.
    QString startAgent(const QString &name)
    {
        const QString socket =
            QStringLiteral("%1/agent%2.sock").arg(m_dir.path()).arg(m_agents.size());
        auto &agent = m_agents.emplace_back(std::make_unique<QProcess>());
        agent->start(QStringLiteral("ssh-agent"), {"-D", "-a", socket});
        if (!agent->waitForStarted(10000) ||
            !QTest::qWaitFor([&] { return QFileInfo::exists(socket); }, 10000))
            return {};
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {"-q", keyPath(name)});
        if (!add.waitForFinished(10000) || add.exitCode() != 0)
            return {};
        return socket;
    }

    // A bare repository `name`.git with `files` committed on main when given.
    bool addRepository(const QString &name, const QMap<QString, QByteArray> &files = {})
    {
        const QString bare = repositories() + '/' + name + ".git";
        bool ok = false;
        git(repositories(), {"init", "-q", "--bare", "-b", "main", bare}, &ok);
        if (!ok || files.isEmpty())
            return ok;
        const QString seed = m_dir.path() + "/seed-" + name;
        if (!makeRepository(seed, files))
            return false;
        git(seed, {"push", "-q", bare, "main"}, &ok);
        return ok;
    }

    QString url(const QString &name) const
    {
        const passwd *me = getpwuid(getuid());
        return QStringLiteral("ssh://%1@127.0.0.1:%2%3/%4.git")
            .arg(QString::fromUtf8(me ? me->pw_name : "root"))
            .arg(m_port)
            .arg(repositories(), name);
    }
    QString repositories() const { return m_dir.path() + "/repos"; }
    // "SHA256:..." as `ssh-keygen -l` prints the host key's fingerprint.
    QString hostFingerprint() const
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {"-l", "-f", path("host_key.pub")});
        keygen.waitForFinished(10000);
        return QString::fromUtf8(keygen.readAllStandardOutput()).section(' ', 1, 1);
    }
    // The server's host key as libgit2 hands it over (the .pub line's base64 part, decoded).
    QByteArray hostKey() const
    {
        const QList<QByteArray> fields = readText(path("host_key.pub")).split(' ');
        return fields.size() > 1 ? QByteArray::fromBase64(fields.at(1)) : QByteArray();
    }
    QString log() { return QString::fromUtf8(m_process.readAll()); }

private:
    QString path(const char *name) const { return m_dir.path() + '/' + QLatin1String(name); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    std::vector<std::unique_ptr<QProcess>> m_agents;
    quint16 m_port = 0;
};

} // namespace fm::test
