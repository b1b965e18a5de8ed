// SPDX-License-Identifier: MIT
#include "mprocess.h"
#include "pgcluster.h"
#include "testserver.h"
#include "wsclient.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

// Production's shape on one machine: three `m start` and two `m worker` on one
// PostgreSQL database, behind HAProxy (Debian's haproxy) on loopback. A session made
// through one server works on the others; the stream clients of every server get the
// events of writes made through the balancer; jobs enqueued through it run exactly once
// with two workers; a job of a worker killed with SIGKILL runs again after its lease;
// killing a server under write load loses no acknowledged write, and HAProxy routes
// around it. Skips with the reason when PostgreSQL or HAProxy is missing.
namespace {

const std::string kJson = "application/json";
constexpr int kServers = 3;

QString haproxyBinary()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("haproxy"),
                                                            {QStringLiteral("/usr/sbin")})
                           : found;
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestServerFarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sessionWorksOnEveryServer();
    void everyServersStreamGetsTheEvents();
    void jobsRunExactlyOnce();
    void killedWorkersJobRunsAgain();
    void killedServerLosesNoAcknowledgedWrite();

private:
    httplib::Client balancer() const
    {
        httplib::Client client("127.0.0.1", m_balancerPort);
        client.set_read_timeout(60, 0);
        return client;
    }
    std::string bearerValue() const { return "Bearer " + m_token; }
    QString psql(const QString &sql)
    {
        bool ok = false;
        const QString out = m_cluster->psql(m_database, sql, &ok);
        return ok ? out : QStringLiteral("psql failed");
    }
    QJsonObject job(const QString &id)
    {
        auto got = balancer().Get("/api/v1/jobs/" + id.toStdString(), TestServer::bearer(m_token));
        return got && got->status == 200 ? jsonOf(got->body).value("data").toObject()
                                         : QJsonObject{};
    }
    QString enqueue(const QJsonObject &body)
    {
        auto created =
            balancer().Post("/api/v1/jobs", TestServer::bearer(m_token), jsonText(body), kJson);
        if (!created || created->status != 201)
            return {};
        return jsonOf(created->body).value("data").toObject().value("id").toString();
    }
    bool startHaproxy();

    PgCluster *m_cluster = nullptr;
    QString m_database;
    TestServer m_first; // the project, and server 1
    MProcess m_others[kServers - 1];
    MProcess m_workers[2];
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QList<int> m_ports;
    QProcess m_haproxy;
    QTemporaryDir m_haproxyDir;
    int m_balancerPort = 0;
    std::string m_token;
};

void TestServerFarm::initTestCase()
{
    if (const QString why = PgCluster::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (haproxyBinary().isEmpty())
        QSKIP("HAProxy is not installed: install Debian's haproxy with scripts/install-deps.sh");
    QString error;
    m_cluster = PgCluster::shared(&error);
    QVERIFY2(m_cluster, qPrintable(error));
    const QString url = m_cluster->createDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    m_database = url.section(u'/', 3).section(u'?', 0, 0);

    // The test app with its job plugin (tests/core/jobs/jobplugin) on every process.
    m_env.insert(QStringLiteral("FM_PLUGIN_PATH"), QStringLiteral(FM_JOB_PLUGIN_DIR));
    m_first.setEnv(QStringLiteral("FM_PLUGIN_PATH"), QStringLiteral(FM_JOB_PLUGIN_DIR));
    m_first.setSiteArgs({QStringLiteral("--db"), url});
    QVERIFY(m_first.create());
    QFile marker(m_first.file(QStringLiteral("apps/testapp/CMakeLists.txt")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("# the plugin is tests/core/jobs/jobplugin\n");
    marker.close();

    QVERIFY(m_first.start());
    m_ports << m_first.port();
    for (MProcess &server : m_others) {
        QVERIFY(server.startServer(m_first.path(), m_env));
        m_ports << server.port();
    }
    for (MProcess &worker : m_workers) {
        QVERIFY(worker.startWorker(m_first.path(), m_env,
                                   {QStringLiteral("--poll-ms"), QStringLiteral("50"),
                                    QStringLiteral("--lease-seconds"), QStringLiteral("2"),
                                    QStringLiteral("--concurrency"), QStringLiteral("2")}));
    }
    QVERIFY(startHaproxy());
    m_token = m_first.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
    QVERIFY(!m_token.empty());
}

bool TestServerFarm::startHaproxy()
{
    m_balancerPort = freePort();
    QString servers;
    for (int i = 0; i < m_ports.size(); ++i)
        servers += QStringLiteral("    server s%1 127.0.0.1:%2 check\n").arg(i + 1).arg(m_ports[i]);
    // Round robin over the three, health-checked on /health every 200 ms: a dead server
    // is out after two failed checks; a request whose connection is refused is sent to
    // another server (redispatch). Nothing is retried once a request reached a server.
    const QString config = QStringLiteral("global\n"
                                          "    maxconn 512\n"
                                          "defaults\n"
                                          "    mode http\n"
                                          "    timeout connect 2s\n"
                                          "    timeout client 120s\n"
                                          "    timeout server 120s\n"
                                          "    timeout tunnel 120s\n"
                                          "    retries 3\n"
                                          "    option redispatch\n"
                                          "frontend farm\n"
                                          "    bind 127.0.0.1:%1\n"
                                          "    default_backend servers\n"
                                          "backend servers\n"
                                          "    balance roundrobin\n"
                                          "    option httpchk GET /health\n"
                                          "    default-server inter 200ms fall 2 rise 2\n"
                                          "%2")
                               .arg(m_balancerPort)
                               .arg(servers);
    QFile file(m_haproxyDir.filePath(QStringLiteral("haproxy.cfg")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
        return false;
    file.close();
    m_haproxy.setProcessChannelMode(QProcess::MergedChannels);
    m_haproxy.start(haproxyBinary(),
                    {QStringLiteral("-db"), QStringLiteral("-f"), file.fileName()});
    if (!m_haproxy.waitForStarted(10000))
        return false;
    // Ready when it answers through to a server.
    return WsClient::waitFor([this] {
        auto got = balancer().Get("/health");
        return got && got->status == 200;
    });
}

void TestServerFarm::cleanupTestCase()
{
    if (m_haproxy.state() != QProcess::NotRunning) {
        m_haproxy.kill();
        m_haproxy.waitForFinished(5000);
    }
}

// Sessions live in the database: one made through server 1 works on each server, and
// through the balancer, which spreads the requests.
void TestServerFarm::sessionWorksOnEveryServer()
{
    for (int port : std::as_const(m_ports)) {
        httplib::Client http("127.0.0.1", port);
        const auto me = http.Get("/api/v1/auth/me", TestServer::bearer(m_token));
        QVERIFY(me);
        QCOMPARE(me->status, 200);
    }
    for (int i = 0; i < 6; ++i) {
        const auto me = balancer().Get("/api/v1/auth/me", TestServer::bearer(m_token));
        QVERIFY(me);
        QCOMPARE(me->status, 200);
    }
}

// Writes through the balancer land on any server; every server's stream client hears
// each of them, in sequence order.
void TestServerFarm::everyServersStreamGetsTheEvents()
{
    std::vector<std::unique_ptr<WsClient>> clients;
    for (int port : std::as_const(m_ports)) {
        auto client = std::make_unique<WsClient>();
        QVERIFY(client->open(port, QStringLiteral("/api/v1/stream"),
                             {{"Authorization", QByteArray::fromStdString(bearerValue())}}));
        client->send({{"type", "subscribe"}, {"doctype", "Customer"}, {"ref", 1}});
        QVERIFY(client->nextOfType(QStringLiteral("subscribed")));
        clients.push_back(std::move(client));
    }
    constexpr int kWrites = 6;
    for (int i = 0; i < kWrites; ++i) {
        const auto created = balancer().Post(
            "/api/v1/Customer", TestServer::bearer(m_token),
            jsonText({{"customer_name", QStringLiteral("Streamed %1").arg(i)}}), kJson);
        QVERIFY(created);
        QCOMPARE(created->status, 201);
    }
    for (auto &client : clients) {
        qint64 last = 0;
        for (int i = 0; i < kWrites; ++i) {
            const auto event = client->nextOfType(QStringLiteral("event"));
            QVERIFY(event);
            const QJsonObject body = event->value("event").toObject();
            QCOMPARE(body.value("name").toString(), QStringLiteral("Streamed %1").arg(i));
            QVERIFY(body.value("sequence").toInteger() > last);
            last = body.value("sequence").toInteger();
        }
    }
}

// Two workers (two threads each) take jobs enqueued through the balancer: each job runs
// once (one attempt, one customer made), none is left.
void TestServerFarm::jobsRunExactlyOnce()
{
    constexpr int kJobs = 24;
    QStringList ids;
    for (int i = 0; i < kJobs; ++i) {
        const QString id =
            enqueue({{"job", "test.insert_customer"},
                     {"args", QJsonObject{{"name", QStringLiteral("Job %1").arg(i)}}}});
        QVERIFY(!id.isEmpty());
        ids << id;
    }
    QSet<QString> workers;
    for (const QString &id : std::as_const(ids)) {
        QJsonObject done;
        QVERIFY(WsClient::waitFor(
            [&] {
                done = job(id);
                return done.value("status") == QLatin1String("Succeeded") ||
                       done.value("status") == QLatin1String("Failed");
            },
            60000));
        QCOMPARE(done.value("status").toString(), QStringLiteral("Succeeded"));
        QCOMPARE(done.value("attempts").toInt(), 1);
        workers.insert(done.value("worker").toString());
    }
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM customer WHERE customer_name LIKE 'Job %'")),
             QString::number(kJobs));
    for (const QString &worker : std::as_const(workers))
        QVERIFY2(worker == m_workers[0].id() || worker == m_workers[1].id(), qPrintable(worker));
    qInfo() << "jobs ran on" << workers.size() << "worker(s)";
}

// A worker killed in the middle of a job: the job stays Running until its lease (2 s)
// runs out, then the other worker runs it again.
void TestServerFarm::killedWorkersJobRunsAgain()
{
    const QString id = enqueue(
        {{"job", "test.slow"}, {"args", QJsonObject{{"ms", 60000}, {"first_attempt_only", true}}}});
    QVERIFY(!id.isEmpty());
    QJsonObject running;
    QVERIFY(WsClient::waitFor(
        [&] {
            running = job(id);
            return running.value("status") == QLatin1String("Running");
        },
        60000));
    const QString doomedId = running.value("worker").toString();
    MProcess *doomed = nullptr;
    MProcess *survivor = nullptr;
    for (MProcess &worker : m_workers)
        (worker.id() == doomedId ? doomed : survivor) = &worker;
    QVERIFY2(doomed && survivor, qPrintable(doomedId));
    doomed->killHard();
    QJsonObject done;
    QVERIFY(WsClient::waitFor(
        [&] {
            done = job(id);
            return done.value("status") == QLatin1String("Succeeded");
        },
        60000));
    QCOMPARE(done.value("attempts").toInt(), 2);
    QCOMPARE(done.value("worker").toString(), survivor->id());
}

// Four clients write through the balancer while server 2 is killed with SIGKILL:
// requests it held fail (no answer, or 502), but every write answered 2xx is in the
// database, and writes go on through the two servers left.
void TestServerFarm::killedServerLosesNoAcknowledgedWrite()
{
    std::atomic<bool> stop{false};
    std::atomic<int> afterKill{0};
    std::atomic<bool> killed{false};
    std::mutex lock;
    QStringList acknowledged;
    int refused = 0;
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([&, w] {
            auto http = balancer();
            for (int i = 0; !stop; ++i) {
                const QString name = QStringLiteral("Load %1-%2").arg(w).arg(i);
                const auto created = http.Post("/api/v1/Customer", TestServer::bearer(m_token),
                                               jsonText({{"customer_name", name}}), kJson);
                std::lock_guard guard(lock);
                if (created && created->status / 100 == 2) {
                    acknowledged << name;
                    if (killed)
                        ++afterKill;
                } else {
                    ++refused;
                }
            }
        });
    }
    // Let the load run, kill server 2, and keep writing until the survivors have taken
    // plenty of writes.
    QVERIFY(WsClient::waitFor(
        [&] {
            std::lock_guard guard(lock);
            return acknowledged.size() >= 20;
        },
        60000));
    m_others[0].killHard();
    killed = true;
    const bool carriedOn = WsClient::waitFor([&] { return afterKill >= 40; }, 120000);
    stop = true;
    for (std::thread &writer : writers)
        writer.join();
    QVERIFY2(carriedOn, "writes went on after the kill");
    QStringList quoted;
    for (const QString &name : std::as_const(acknowledged))
        quoted << u'\'' + name + u'\'';
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM customer WHERE customer_name IN (%1)")
                      .arg(quoted.join(u','))),
             QString::number(acknowledged.size()));
    qInfo() << acknowledged.size() << "writes acknowledged," << refused
            << "failed while the server died";
}

QTEST_GUILESS_MAIN(TestServerFarm)
#include "tst_server_farm.moc"
