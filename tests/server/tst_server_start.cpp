// SPDX-License-Identifier: MIT
// The real `m start` on a temporary site, over HTTP with the cpp-httplib client:
// /health, /ready, the 404 error body, the headers every response carries, the log
// line per request, a busy port, bad options and a clean stop on SIGTERM/SIGINT.
#include <httplib.h>

#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// A running `m start`; stopped with SIGKILL if a test did not stop it itself.
struct ServerProcess
{
    QProcess process;
    int port = 0;
    ~ServerProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

QJsonObject jsonOf(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

} // namespace

class TestServerStart : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_dir.reset(); }
    void healthAndHeaders();
    void ready_data();
    void ready();
    void unknownRoutes_data();
    void unknownRoutes();
    void logsOneJsonLinePerRequest();
    void busyPortFails();
    void badOptions_data();
    void badOptions();
    void stopsCleanlyOnSignal_data();
    void stopsCleanlyOnSignal();

private:
    int m(const QStringList &args, QString *output = nullptr);
    bool start(ServerProcess &server);
    std::unique_ptr<QTemporaryDir> m_dir;
};

int TestServerStart::m(const QStringList &args, QString *output)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(FM_M_BINARY), args);
    if (!process.waitForFinished(60000))
        return -1;
    if (output) {
        *output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Starts `m start --port 0` and reads the port from the line it prints.
bool TestServerStart::start(ServerProcess &server)
{
    server.process.setWorkingDirectory(m_dir->path());
    server.process.start(QStringLiteral(FM_M_BINARY),
                         {QStringLiteral("start"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--threads"), QStringLiteral("2")});
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && server.process.state() != QProcess::NotRunning) {
        server.process.waitForReadyRead(200);
        out += server.process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            server.port = match.captured(1).toInt();
            return server.port > 0;
        }
    }
    qWarning() << "m start did not come up:" << out << server.process.readAllStandardError();
    return false;
}

void TestServerStart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(copyTestApp(m_dir->path()));
    QDir().mkpath(m_dir->filePath("sites/demo"));
    QFile project(m_dir->filePath("m.json"));
    QVERIFY(project.open(QIODevice::WriteOnly));
    project.write(R"({"name": "t", "apps": ["testapp"], "default_site": "demo"})");
    QFile site(m_dir->filePath("sites/demo/site.json"));
    QVERIFY(site.open(QIODevice::WriteOnly));
    site.write(R"({"database": {"engine": "sqlite", "path": "db.sqlite"}})");
}

void TestServerStart::healthAndHeaders()
{
    QCOMPARE(m({QStringLiteral("migrate")}), 0);
    ServerProcess server;
    QVERIFY(start(server));
    httplib::Client client("127.0.0.1", server.port);
    QSet<std::string> ids;
    for (int i = 0; i < 3; ++i) {
        const auto result = client.Get("/health");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(jsonOf(result->body).value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(result->get_header_value("Content-Type"), std::string("application/json"));
        QCOMPARE(result->get_header_value("X-Content-Type-Options"), std::string("nosniff"));
        QCOMPARE(result->get_header_value("X-Frame-Options"), std::string("DENY"));
        QCOMPARE(result->get_header_value("Referrer-Policy"), std::string("no-referrer"));
        QVERIFY(QByteArray::fromStdString(result->get_header_value("Content-Security-Policy"))
                    .contains("default-src 'none'"));
        const std::string id = result->get_header_value("X-Request-Id");
        QVERIFY(!id.empty());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 3);
}

void TestServerStart::ready_data()
{
    QTest::addColumn<bool>("migrate");
    QTest::addColumn<bool>("addField");
    QTest::addColumn<int>("status");
    QTest::newRow("migrated") << true << false << 200;
    QTest::newRow("never migrated") << false << false << 503;
    QTest::newRow("field added after migrating") << true << true << 503;
}

void TestServerStart::ready()
{
    QFETCH(bool, migrate);
    QFETCH(bool, addField);
    QFETCH(int, status);
    if (migrate)
        QCOMPARE(m({QStringLiteral("migrate")}), 0);
    if (addField) {
        QFile tag(m_dir->filePath("apps/testapp/doctypes/tag/tag.json"));
        QVERIFY(tag.open(QIODevice::WriteOnly | QIODevice::Truncate));
        tag.write(R"({"name": "Tag", "module": "Selling", "naming": "prompt", "fields": [
            {"fieldname": "description", "fieldtype": "Data"},
            {"fieldname": "colour", "fieldtype": "Data"}]})");
    }
    ServerProcess server;
    QVERIFY(start(server));
    httplib::Client client("127.0.0.1", server.port);
    const auto result = client.Get("/ready");
    QVERIFY(result);
    QCOMPARE(result->status, status);
    const QJsonObject body = jsonOf(result->body);
    if (status == 200) {
        QCOMPARE(body.value("status").toString(), QStringLiteral("ready"));
    } else {
        QCOMPARE(body.value("status").toString(), QStringLiteral("migration_pending"));
        QVERIFY2(body.value("pending_steps").toInt() >= 1, result->body.c_str());
        QVERIFY(body.value("message").toString().contains("m migrate"));
    }
    QVERIFY(!result->get_header_value("X-Request-Id").empty());
    // Health only asks whether the database answers, not whether the schema is current.
    QCOMPARE(client.Get("/health")->status, 200);
}

void TestServerStart::unknownRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/nope") << 404;
    QTest::newRow("below a route") << QByteArray("GET") << QByteArray("/health/extra") << 404;
    QTest::newRow("outside the api") << QByteArray("GET") << QByteArray("/v1/Customer") << 404;
    QTest::newRow("POST to a GET route") << QByteArray("POST") << QByteArray("/health") << 405;
}

void TestServerStart::unknownRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    ServerProcess server;
    QVERIFY(start(server));
    httplib::Client client("127.0.0.1", server.port);
    const auto result = method == "GET" ? client.Get(path.constData())
                                        : client.Post(path.constData(), "{}", "application/json");
    QVERIFY(result);
    QCOMPARE(result->status, status);
    const QJsonObject error = jsonOf(result->body).value("error").toObject();
    QCOMPARE(error.value("code").toString(),
             status == 404 ? QStringLiteral("NOT_FOUND") : QStringLiteral("METHOD_NOT_ALLOWED"));
    QVERIFY2(error.value("message").toString().contains(QString::fromLatin1(path)),
             result->body.c_str());
    if (status == 405) {
        QCOMPARE(result->get_header_value("Allow"), std::string("GET"));
        QCOMPARE(error.value("allow").toString(), QStringLiteral("GET"));
    }
    QVERIFY(error.value("fields").isArray());
    QCOMPARE(error.value("request_id").toString().toStdString(),
             result->get_header_value("X-Request-Id"));
    QCOMPARE(result->get_header_value("X-Frame-Options"), std::string("DENY"));
}

void TestServerStart::logsOneJsonLinePerRequest()
{
    QCOMPARE(m({QStringLiteral("migrate")}), 0);
    ServerProcess server;
    QVERIFY(start(server));
    httplib::Client client("127.0.0.1", server.port);
    const auto ok = client.Get("/health");
    const auto missing = client.Get("/missing");
    QVERIFY(ok && missing);
    ::kill(pid_t(server.process.processId()), SIGTERM);
    QVERIFY(server.process.waitForFinished(15000));
    QList<QJsonObject> lines;
    for (const QByteArray &line : server.process.readAllStandardError().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains("request_id"))
            lines.append(object);
    }
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value("method").toString(), QStringLiteral("GET"));
    QCOMPARE(lines[0].value("route").toString(), QStringLiteral("/health"));
    QCOMPARE(lines[0].value("status").toInt(), 200);
    QVERIFY(lines[0].value("duration_ms").isDouble());
    QCOMPARE(lines[0].value("request_id").toString().toStdString(),
             ok->get_header_value("X-Request-Id"));
    QCOMPARE(lines[1].value("path").toString(), QStringLiteral("/missing"));
    QCOMPARE(lines[1].value("status").toInt(), 404);
}

void TestServerStart::busyPortFails()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());
    QString output;
    QCOMPARE(m({QStringLiteral("start"), QStringLiteral("--port"), port}, &output), 1);
    QVERIFY2(output.contains("cannot listen on 127.0.0.1:" + port), qPrintable(output));
    QVERIFY2(output.contains("--port"), qPrintable(output));
}

void TestServerStart::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("port not a number") << QStringList{"--port", "http"} << 2 << "not a port";
    QTest::newRow("port too large") << QStringList{"--port", "70000"} << 2 << "not a port";
    QTest::newRow("no threads") << QStringList{"--threads", "0"} << 2 << "not a thread count";
    QTest::newRow("host not an address") << QStringList{"--host", "example"} << 2 << "not an IP";
    QTest::newRow("unknown site") << QStringList{"--site", "nosuch"} << 1 << "nosuch";
}

void TestServerStart::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString output;
    QCOMPARE(m(QStringList{QStringLiteral("start"), QStringLiteral("--port"), QStringLiteral("0")} +
                   args,
               &output),
             exitCode);
    QVERIFY2(output.contains(message), qPrintable(output));
}

void TestServerStart::stopsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestServerStart::stopsCleanlyOnSignal()
{
    QFETCH(int, signalNumber);
    QCOMPARE(m({QStringLiteral("migrate")}), 0);
    ServerProcess server;
    QVERIFY(start(server));
    httplib::Client client("127.0.0.1", server.port);
    QCOMPARE(client.Get("/health")->status, 200);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(::kill(pid_t(server.process.processId()), signalNumber), 0);
    QVERIFY(server.process.waitForFinished(15000));
    QVERIFY2(timer.elapsed() < 11000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process.exitCode(), 0);
    QVERIFY(server.process.readAllStandardError().contains("Stopped."));
    // The port is free again: nothing keeps listening after the stop.
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, quint16(server.port)));
}

QTEST_GUILESS_MAIN(TestServerStart)
#include "tst_server_start.moc"
