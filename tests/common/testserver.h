// SPDX-License-Identifier: MIT
#pragma once

// A real `m start` on a temporary project, for integration tests over HTTP with the
// cpp-httplib client. Needs FM_M_BINARY (the `m` program) and FM_SOURCE_DIR. Under
// FM_TEST_DB=postgresql (fm_add_server_test's DB option) the site lives in a fresh
// database of a throwaway PostgreSQL cluster (testdatabase.h) instead of db.sqlite.

#include <httplib.h>

#include "testdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtDebug>

#include <csignal>
#include <memory>
#include <string>

inline QJsonObject jsonOf(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

inline std::string jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

class TestServer
{
public:
    static inline const QString kAdminPassword = QStringLiteral("admin-secret-123");

    TestServer() = default;
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;
    ~TestServer() { kill(); }

    // A temporary project holding the test app (tests/core/data/input/apps/testapp,
    // unless `withTestApp` is false) plus `extraApps` (folders copied to apps/<name>),
    // and the site "demo" created with `m new site` (migrated; user Administrator with
    // kAdminPassword).
    bool create(const QStringList &extraApps = {}, bool withTestApp = true)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid() || (withTestApp && !copyTestApp(m_dir->path())))
            return false;
        QStringList apps;
        if (withTestApp)
            apps << QStringLiteral("\"testapp\"");
        for (const QString &app : extraApps) {
            const QString name = QDir(app).dirName();
            if (!copyTree(app, m_dir->filePath(QStringLiteral("apps/") + name)))
                return false;
            apps << QLatin1Char('"') + name + QLatin1Char('"');
        }
        QFile project(m_dir->filePath(QStringLiteral("m.json")));
        if (!project.open(QIODevice::WriteOnly))
            return false;
        project.write(QStringLiteral(R"({"name": "t", "apps": [%1], "default_site": "demo"})")
                          .arg(apps.join(QLatin1Char(',')))
                          .toUtf8());
        project.close();
        QStringList siteArgs = m_siteArgs;
        if (testdb::isPostgres() && !siteArgs.contains(QStringLiteral("--db"))) {
            const fm::core::DatabaseConfig database = testdb::config(m_dir->path());
            if (database.url.isEmpty())
                return false;
            siteArgs << QStringLiteral("--db") << database.url;
        }
        QString output;
        const int code =
            m(QStringList{QStringLiteral("new"), QStringLiteral("site"), QStringLiteral("demo"),
                          QStringLiteral("--admin-password"), kAdminPassword} +
                  siteArgs,
              &output);
        if (code != 0)
            qWarning().noquote() << "m new site failed:" << output;
        return code == 0;
    }

    // More arguments for create()'s `m new site`, e.g. {"--db", url}; call before create().
    void setSiteArgs(const QStringList &args) { m_siteArgs = args; }

    // Set for every `m` this object runs (e.g. FM_PLUGIN_PATH); call before create().
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }

    QString path() const { return m_dir->path(); }
    QString file(const QString &relative) const { return m_dir->filePath(relative); }
    int port() const { return m_port; }

    // Forgets every failed sign-in and wrong link of `site` (SQLite sites): the counts
    // live in the site's database, shared by every server (docs/adr/0249), so neither a
    // restart nor a new server clears them.
    bool clearRateLimits(const QString &site = QStringLiteral("demo")) const
    {
        const QString connection = QStringLiteral("fm_test_limits");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file(QStringLiteral("sites/%1/db.sqlite").arg(site)));
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(QStringLiteral("DELETE FROM _fm_rate_limit"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    // Runs `m args...` in the project; the exit code (-1 on a crash or timeout).
    int m(const QStringList &args, QString *output = nullptr) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(FM_M_BINARY), args);
        if (!process.waitForFinished(120000))
            return -1;
        if (output) {
            *output =
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // `m start --port 0 --threads 2 extraArgs...`; waits for the line naming the port.
    // The server's stderr (one JSON line per request) goes to a file, not a pipe: a test
    // that makes many requests without running an event loop never reads the pipe, and
    // once its 64 KiB are full every log write, and so every request, would wait.
    bool start(const QStringList &extraArgs = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(m_dir->path());
        m_process->setProcessEnvironment(m_env);
        if (!m_logDir.isValid())
            return false;
        m_process->setStandardErrorFile(logFile(), QIODevice::Append);
        m_process->start(QStringLiteral(FM_M_BINARY),
                         QStringList{QStringLiteral("start"), QStringLiteral("--port"),
                                     QStringLiteral("0"), QStringLiteral("--threads"),
                                     QStringLiteral("2")} +
                             extraArgs);
        static const QRegularExpression listening(
            QStringLiteral("listening on http://[^:]+:(\\d+)"));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && m_process->state() != QProcess::NotRunning) {
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
            const auto found = listening.match(QString::fromUtf8(out));
            if (found.hasMatch()) {
                m_port = found.captured(1).toInt();
                return m_port > 0;
            }
        }
        qWarning() << "m start did not come up:" << out << log();
        return false;
    }

    // Sends `signal` and waits for the exit; true when it exited with code 0.
    bool stop(int signal = SIGTERM)
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return false;
        ::kill(pid_t(m_process->processId()), signal);
        const bool finished = m_process->waitForFinished(20000);
        return finished && m_process->exitStatus() == QProcess::NormalExit &&
               m_process->exitCode() == 0;
    }

    // What the server wrote to stderr so far (the JSON request log lines), every start
    // of this object's server included.
    QByteArray log() const
    {
        QFile file(logFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    httplib::Client client() const
    {
        httplib::Client client("127.0.0.1", m_port);
        client.set_read_timeout(30, 0);
        return client;
    }

    // Logs in through POST /api/v1/auth/login; the bearer token, empty on failure.
    std::string login(const QString &user, const QString &password) const
    {
        auto http = client();
        const auto result = http.Post(
            "/api/v1/auth/login",
            jsonText({{QStringLiteral("email"), user}, {QStringLiteral("password"), password}}),
            "application/json");
        if (!result || result->status != 200)
            return {};
        return jsonOf(result->body).value(QStringLiteral("token")).toString().toStdString();
    }

    static httplib::Headers bearer(const std::string &token)
    {
        return {{"Authorization", "Bearer " + token}};
    }

private:
    QString logFile() const { return m_logDir.filePath(QStringLiteral("server-stderr.log")); }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QTemporaryDir m_logDir;
    QStringList m_siteArgs;
    int m_port = 0;
};
