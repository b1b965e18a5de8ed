// SPDX-License-Identifier: MIT
// A real Git server on loopback for the remote tests: `git http-backend` (CGI) behind
// lighttpd with Basic auth (mod_auth, one user), on a free port, plain HTTP or HTTPS with
// a self-signed certificate made by `openssl` for 127.0.0.1. Bare repositories live in
// repositories(); nothing leaves the machine. Needs lighttpd (and lighttpd-mod-openssl
// for HTTPS): scripts/install-deps.sh.
#pragma once

#include "gitfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace fm::test {

class GitHttpServer
{
public:
    static constexpr char kUser[] = "alice";
    static constexpr char kPassword[] = "s3cret-token";

    explicit GitHttpServer(bool https = false)
        : m_https(https)
    {}
    ~GitHttpServer() { stop(); }

    // Why the server cannot run here, or empty when it started.
    QString start()
    {
        const QString lighttpd = QStandardPaths::findExecutable(
            QStringLiteral("lighttpd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (lighttpd.isEmpty())
            return QStringLiteral("lighttpd is not installed (scripts/install-deps.sh)");
        const QString backend = QStringLiteral("/usr/lib/git-core/git-http-backend");
        if (!QFileInfo::exists(backend))
            return QStringLiteral("git-http-backend is missing");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QDir(m_dir.path()).mkpath(QStringLiteral("repos"));
        QDir(m_dir.path()).mkpath(QStringLiteral("www"));
        writeText(path("users"), QByteArray(kUser) + ':' + kPassword + '\n');
        QString ssl;
        if (m_https) {
            QProcess openssl;
            openssl.setWorkingDirectory(m_dir.path());
            openssl.start(QStringLiteral("openssl"),
                          {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
                           "-out", "cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                           "subjectAltName=IP:127.0.0.1"});
            if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
                return QStringLiteral("openssl cannot make a certificate: ") +
                       QString::fromUtf8(openssl.readAllStandardError());
            QProcess der;
            der.setWorkingDirectory(m_dir.path());
            der.start(QStringLiteral("openssl"),
                      {"x509", "-in", "cert.pem", "-outform", "der", "-out", "cert.der"});
            if (!der.waitForFinished(30000) || der.exitCode() != 0)
                return QStringLiteral("openssl cannot convert the certificate");
            writeText(path("server.pem"), readText(path("cert.pem")) + readText(path("key.pem")));
            ssl = QStringLiteral("ssl.engine = \"enable\"\nssl.pemfile = \"%1\"\n")
                      .arg(path("server.pem"));
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            const QString config =
                QStringLiteral("server.modules = (\"mod_alias\", \"mod_setenv\", \"mod_auth\", "
                               "\"mod_authn_file\", \"mod_cgi\"%1)\n"
                               "server.bind = \"127.0.0.1\"\nserver.port = %2\n"
                               "server.document-root = \"%3\"\nserver.errorlog = \"%4\"\n"
                               "alias.url = (\"/git\" => \"%5\")\n"
                               "$HTTP[\"url\"] =~ \"^/git\" {\n  cgi.assign = (\"\" => \"\")\n"
                               "  setenv.set-environment = (\"GIT_PROJECT_ROOT\" => \"%6\", "
                               "\"GIT_HTTP_EXPORT_ALL\" => \"\")\n}\n"
                               "auth.backend = \"plain\"\nauth.backend.plain.userfile = \"%7\"\n"
                               "auth.require = (\"/git\" => (\"method\" => \"basic\", \"realm\" => "
                               "\"git\", \"require\" => \"valid-user\"))\n%8")
                    .arg(m_https ? QStringLiteral(", \"mod_openssl\"") : QString())
                    .arg(m_port)
                    .arg(path("www"), path("error.log"), backend, path("repos"), path("users"),
                         ssl);
            writeText(path("lighttpd.conf"), config.toUtf8());
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(lighttpd, {"-D", "-f", path("lighttpd.conf")});
            if (!m_process.waitForStarted(10000))
                return QStringLiteral("lighttpd did not start");
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
        return QStringLiteral("lighttpd did not listen: ") +
               QString::fromUtf8(m_process.readAll() + readText(path("error.log")));
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    // A bare repository `name`.git on the server, with `files` committed on main when given.
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
        return QStringLiteral("%1://127.0.0.1:%2/git/%3.git")
            .arg(m_https ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(m_port)
            .arg(name);
    }
    QString repositories() const { return m_dir.path() + "/repos"; }
    QByteArray certificateDer() const { return readText(path("cert.der")); }
    QString errorLog() const { return QString::fromUtf8(readText(path("error.log"))); }

private:
    QString path(const char *name) const { return m_dir.path() + '/' + QLatin1String(name); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool m_https;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace fm::test
