// SPDX-License-Identifier: MIT
#pragma once

// A throwaway PostgreSQL cluster for tests, from Debian's binaries: initdb into a
// temporary folder, a postmaster listening only on a Unix socket in that folder (no
// port to collide with), stopped and removed when the test process ends. initdb refuses
// to run as root, so as root the cluster runs as the `postgres` user (or `nobody`).
// Each test takes a fresh database from it (createDatabase), so tests never share rows.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

#include <pwd.h>
#include <unistd.h>

class PgCluster
{
public:
    // Where initdb and pg_ctl live: $FM_PG_BINDIR, else Debian's PostgreSQL 15.
    static QString binDir()
    {
        const QString fromEnv = qEnvironmentVariable("FM_PG_BINDIR");
        return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
    }

    // Empty when the binaries are there; else why not, for a skip message.
    static QString unavailableReason()
    {
        for (const char *tool : {"initdb", "pg_ctl", "postgres"}) {
            if (!QFileInfo(binDir() + u'/' + QLatin1String(tool)).isExecutable()) {
                return QStringLiteral("PostgreSQL is not installed: %1/%2 is missing (install "
                                      "Debian's postgresql with scripts/install-deps.sh, or set "
                                      "FM_PG_BINDIR)")
                    .arg(binDir(), QLatin1String(tool));
            }
        }
        return {};
    }

    // The process's cluster, started on first use and stopped when the application
    // object goes away. Null (with `error` set) when it cannot start.
    static PgCluster *shared(QString *error = nullptr)
    {
        static std::unique_ptr<PgCluster> cluster;
        static QString startError;
        if (!cluster && startError.isEmpty()) {
            auto made = std::make_unique<PgCluster>();
            if (made->start(&startError)) {
                cluster = std::move(made);
                qAddPostRoutine([] { cluster.reset(); });
            }
        }
        if (error)
            *error = startError;
        return cluster.get();
    }

    PgCluster() = default;
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;
    ~PgCluster() { stop(); }

    bool start(QString *error)
    {
        if (const QString why = unavailableReason(); !why.isEmpty())
            return failWith(error, why);
        // A short path: the socket's path must fit in sockaddr_un (107 bytes).
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/fm-pg-XXXXXX"));
        if (!m_dir->isValid())
            return failWith(error, QStringLiteral("cannot create a temporary folder"));
        if (geteuid() == 0) {
            for (const char *name : {"postgres", "nobody"}) {
                if (const passwd *user = getpwnam(name)) {
                    m_runAs = QString::fromLatin1(name);
                    if (chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid,
                              user->pw_gid) != 0)
                        return failWith(error, QStringLiteral("cannot hand %1 to the user %2")
                                                   .arg(m_dir->path(), m_runAs));
                    break;
                }
            }
            if (m_runAs.isEmpty())
                return failWith(error, QStringLiteral("running as root and there is no "
                                                      "postgres or nobody user for initdb"));
        }
        QString output;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), user(),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                 &output))
            return failWith(error, QStringLiteral("initdb failed: ") + output);
        if (!restart(&output))
            return failWith(error, QStringLiteral("pg_ctl start failed: ") + output + log());
        return true;
    }

    void stop()
    {
        if (m_running) {
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
            m_running = false;
        }
        m_dir.reset(); // removes the cluster's files
    }

    // Stops the server but keeps its files, so restart() brings the same data back:
    // for tests of a database that goes away and returns.
    bool pause()
    {
        const bool ok = run(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = !ok;
        return ok;
    }
    bool restart(QString *error = nullptr)
    {
        // fsync off and a small footprint: the data is thrown away anyway.
        const QString options =
            QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                           "-c full_page_writes=off -c max_connections=200 "
                           "-c shared_buffers=16MB")
                .arg(m_dir->path());
        QString output;
        m_running = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                         QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
                         QStringLiteral("start")},
                        &output);
        if (!m_running && error)
            *error = output;
        return m_running;
    }

    // Makes `role` sign in with its password (SCRAM) instead of being trusted.
    bool requirePassword(const QString &role)
    {
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly))
            return false;
        const QByteArray rules = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        hba.write("local all " + role.toUtf8() + " scram-sha-256\n" + rules);
        hba.close();
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("reload")});
    }

    QString socketDir() const { return m_dir->path(); }
    static QString user() { return QStringLiteral("fm"); }

    // A libpq URL for `database` on this cluster's socket.
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user(), database, socketDir());
    }

    // A new, empty database; its URL, or empty with `error` set.
    QString createDatabase(QString *error = nullptr)
    {
        const QString name = QStringLiteral("fm_test_%1").arg(++m_databases);
        QString output;
        if (!run(QStringLiteral("createdb"),
                 {QStringLiteral("-h"), socketDir(), QStringLiteral("-U"), user(), name}, &output,
                 false)) {
            if (error)
                *error = QStringLiteral("createdb failed: ") + output;
            return {};
        }
        return url(name);
    }

    // Runs SQL as the superuser through psql; its output, or empty with `ok` false.
    QString psql(const QString &database, const QString &sql, bool *ok = nullptr)
    {
        QString output;
        const bool ran =
            run(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                 QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-h"), socketDir(), QStringLiteral("-U"), user(),
                 QStringLiteral("-d"), database, QStringLiteral("-c"), sql},
                &output, false);
        if (ok)
            *ok = ran;
        return ran ? output.trimmed() : QString();
    }

    QString log() const
    {
        QFile file(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    // Runs a PostgreSQL tool; the server-side ones as the unprivileged user when root.
    bool run(const QString &tool, const QStringList &arguments, QString *output = nullptr,
             bool serverSide = true) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = binDir() + u'/' + tool;
        if (serverSide && !m_runAs.isEmpty())
            process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs,
                                                                 QStringLiteral("--"), program} +
                                                         arguments);
        else
            process.start(program, arguments);
        const bool finished = process.waitForFinished(180000);
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static bool failWith(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_runAs;
    bool m_running = false;
    int m_databases = 0;
};
