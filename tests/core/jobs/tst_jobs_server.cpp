// SPDX-License-Identifier: MIT
// Jobs with real processes: `m worker` runs the demo app's job enqueued over REST; a
// worker killed with SIGKILL mid-job loses it only until its lease expires, then another
// worker runs it to success; `m start --with-worker` runs jobs in process; the jobs API
// refuses what it must (unknown job, bad arguments, cancelling a finished job, callers
// who are not System Managers); `m job` on the command line.
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QUrl>

class TestJobsServer : public QObject
{
    Q_OBJECT

    // A running `m worker` in the project of `server`; its id from its first line.
    struct Worker
    {
        std::unique_ptr<QProcess> process;
        QString id;
    };

    static Worker startWorker(const TestServer &server, const QString &pluginDir,
                              const QStringList &extra = {})
    {
        Worker worker;
        worker.process = std::make_unique<QProcess>();
        worker.process->setWorkingDirectory(server.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FM_PLUGIN_PATH", pluginDir);
        worker.process->setProcessEnvironment(env);
        worker.process->start(QStringLiteral(FM_M_BINARY),
                              QStringList{"worker", "--poll-ms", "50"} + extra);
        static const QRegularExpression started(QStringLiteral("^Worker (\\S+) on site"));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && worker.process->state() != QProcess::NotRunning) {
            worker.process->waitForReadyRead(100);
            out += worker.process->readAllStandardOutput();
            const auto found = started.match(QString::fromUtf8(out));
            if (found.hasMatch()) {
                worker.id = found.captured(1);
                return worker;
            }
        }
        qWarning() << "m worker did not start:" << out << worker.process->readAllStandardError();
        return worker;
    }

    static httplib::Result post(const TestServer &server, const std::string &path,
                                const QJsonObject &body, const std::string &token)
    {
        return server.client().Post(path, TestServer::bearer(token), jsonText(body),
                                    "application/json");
    }

    static QJsonObject job(const TestServer &server, const QString &id, const std::string &token)
    {
        auto result =
            server.client().Get("/api/v1/jobs/" + id.toStdString(), TestServer::bearer(token));
        return result && result->status == 200 ? jsonOf(result->body).value("data").toObject()
                                               : QJsonObject{};
    }

    // Polls GET /api/v1/jobs/{id} until its status is `status`.
    static QJsonObject waitForStatus(const TestServer &server, const QString &id,
                                     const std::string &token, const QString &status,
                                     int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject current;
        while (timer.elapsed() < timeoutMs) {
            current = job(server, id, token);
            if (current.value("status").toString() == status)
                return current;
            QTest::qWait(50);
        }
        qWarning() << "job" << id << "never became" << status << "; last:" << current;
        return current;
    }

    // A project with the test app and its job plugin (tests/core/jobs/jobplugin).
    static bool createTestAppProject(TestServer &server)
    {
        server.setEnv("FM_PLUGIN_PATH", QStringLiteral(FM_JOB_PLUGIN_DIR));
        if (!server.create())
            return false;
        // `m` loads the plugin of an app that has C++ code, which a CMakeLists.txt marks.
        QFile marker(server.file("apps/testapp/CMakeLists.txt"));
        return marker.open(QIODevice::WriteOnly) &&
               marker.write("# the plugin is tests/core/jobs/jobplugin\n") > 0;
    }

private slots:
    void workerRunsTheDemoJobEnqueuedOverRest();
    void killedWorkerJobRunsAgainAfterItsLease();
    void inProcessWorkerAndRefusals();
    void twoWorkerProcessesEnqueueAScheduledRunOnce();
};

void TestJobsServer::workerRunsTheDemoJobEnqueuedOverRest()
{
#ifndef FM_HELPDESK_DIR
    QSKIP("the demo app examples/helpdesk is not part of this build");
#else
    TestServer server;
    server.setEnv("FM_PLUGIN_PATH", QStringLiteral(FM_HELPDESK_PLUGIN_DIR));
    QVERIFY(server.create({QStringLiteral(FM_HELPDESK_DIR "/apps/helpdesk")}, false));
    QString output;
    QVERIFY2(server.m({"import", QStringLiteral(FM_HELPDESK_DIR "/demo/data.json")}, &output) == 0,
             qPrintable(output));
    QVERIFY(server.start());
    const std::string admin = server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!admin.empty());

    // Bad arguments are refused when enqueueing, naming the argument.
    auto refused =
        post(server, "/api/v1/jobs",
             {{"job", "helpdesk.tickets.close_stale"}, {"args", QJsonObject{{"days", -1}}}}, admin);
    QVERIFY(refused);
    QCOMPARE(refused->status, 422);
    QVERIFY2(refused->body.find("\\\"days\\\" must be a whole number") != std::string::npos,
             refused->body.c_str());

    auto created =
        post(server, "/api/v1/jobs",
             {{"job", "helpdesk.tickets.close_stale"}, {"args", QJsonObject{{"days", 0}}}}, admin);
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const QString id = jsonOf(created->body).value("data").toObject().value("id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(job(server, id, admin).value("status").toString(), QStringLiteral("Queued"));

    Worker worker = startWorker(server, QStringLiteral(FM_HELPDESK_PLUGIN_DIR));
    QVERIFY(!worker.id.isEmpty());
    const QJsonObject done = waitForStatus(server, id, admin, "Succeeded");
    QCOMPARE(done.value("status").toString(), QStringLiteral("Succeeded"));
    QCOMPARE(done.value("worker").toString(), worker.id);
    QCOMPARE(done.value("run_as").toString(), QStringLiteral("Administrator"));
    QCOMPARE(done.value("result").toObject().value("closed").toInt(), 3); // the demo's Resolved
    auto resolved = server.client().Get(
        "/api/v1/Ticket?filters=" +
            QUrl::toPercentEncoding(R"([["status","=","Resolved"]])").toStdString(),
        TestServer::bearer(admin));
    QVERIFY(resolved && resolved->status == 200);
    QCOMPARE(jsonOf(resolved->body).value("total").toInt(), 0);

    // SIGTERM: a graceful stop with nothing running.
    ::kill(pid_t(worker.process->processId()), SIGTERM);
    QVERIFY(worker.process->waitForFinished(20000));
    QCOMPARE(worker.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.process->exitCode(), 0);
    QVERIFY(server.stop());
#endif
}

void TestJobsServer::killedWorkerJobRunsAgainAfterItsLease()
{
    TestServer server;
    QVERIFY(createTestAppProject(server));
    QVERIFY(server.start());
    const std::string admin = server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!admin.empty());
    // Sleeps a minute on its first attempt, returns at once on the next.
    auto created = post(
        server, "/api/v1/jobs",
        {{"job", "test.slow"}, {"args", QJsonObject{{"ms", 60000}, {"first_attempt_only", true}}}},
        admin);
    QVERIFY(created && created->status == 201);
    const QString id = jsonOf(created->body).value("data").toObject().value("id").toString();

    Worker doomed =
        startWorker(server, QStringLiteral(FM_JOB_PLUGIN_DIR), {"--lease-seconds", "1"});
    QVERIFY(!doomed.id.isEmpty());
    QJsonObject running = waitForStatus(server, id, admin, "Running");
    QCOMPARE(running.value("worker").toString(), doomed.id);
    QCOMPARE(running.value("attempts").toInt(), 1);
    QElapsedTimer sinceKill;
    ::kill(pid_t(doomed.process->processId()), SIGKILL);
    sinceKill.start();
    QVERIFY(doomed.process->waitForFinished(10000));
    QCOMPARE(doomed.process->exitStatus(), QProcess::CrashExit);
    // Still the dead worker's until the lease it last renewed runs out.
    QCOMPARE(job(server, id, admin).value("status").toString(), QStringLiteral("Running"));

    Worker rescuer = startWorker(server, QStringLiteral(FM_JOB_PLUGIN_DIR),
                                 {"--lease-seconds", "1", "--grace-seconds", "1"});
    QVERIFY(!rescuer.id.isEmpty());
    const QJsonObject done = waitForStatus(server, id, admin, "Succeeded");
    QCOMPARE(done.value("status").toString(), QStringLiteral("Succeeded"));
    QCOMPARE(done.value("worker").toString(), rescuer.id);
    QCOMPARE(done.value("attempts").toInt(), 2);
    QCOMPARE(done.value("result").toObject().value("attempt").toInt(), 2);
    QVERIFY2(sinceKill.elapsed() < 15000, "re-queued within a few lease periods");
    qInfo() << "re-run" << sinceKill.elapsed() << "ms after the kill (lease 1 s)";

    // SIGTERM while a job runs past the grace period: the job is released to the queue
    // (its attempt given back) and the worker exits 0 without waiting for it.
    auto endless = post(server, "/api/v1/jobs",
                        {{"job", "test.slow"}, {"args", QJsonObject{{"ms", 60000}}}}, admin);
    QVERIFY(endless && endless->status == 201);
    const QString endlessId = jsonOf(endless->body).value("data").toObject().value("id").toString();
    QCOMPARE(waitForStatus(server, endlessId, admin, "Running").value("worker").toString(),
             rescuer.id);
    QElapsedTimer stopping;
    stopping.start();
    ::kill(pid_t(rescuer.process->processId()), SIGTERM);
    QVERIFY(rescuer.process->waitForFinished(20000));
    QVERIFY2(stopping.elapsed() < 10000, "the worker waited only its grace period");
    QCOMPARE(rescuer.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(rescuer.process->exitCode(), 0);
    QVERIFY2(rescuer.process->readAllStandardError().contains("released to the queue"),
             "the worker says it released the job");
    const QJsonObject released = job(server, endlessId, admin);
    QCOMPARE(released.value("status").toString(), QStringLiteral("Queued"));
    QCOMPARE(released.value("attempts").toInt(), 0);
    QVERIFY2(released.value("error").toString().contains("stopped before the job finished"),
             qPrintable(released.value("error").toString()));
    QVERIFY(server.stop());
}

void TestJobsServer::inProcessWorkerAndRefusals()
{
    TestServer server;
    QVERIFY(createTestAppProject(server));
    QString output;
    // carol holds a role, but not System Manager.
    QVERIFY2(server.m({"doc", "insert", "Role", "--data", R"({"role_name": "Clerk"})"}, &output) ==
                 0,
             qPrintable(output));
    QVERIFY2(server.m({"user", "add", "carol@example.com", "--role", "Clerk", "--password",
                       "carol-password-1"},
                      &output) == 0,
             qPrintable(output));
    QVERIFY(server.start({"--with-worker"}));
    const std::string admin = server.login("Administrator", TestServer::kAdminPassword);
    const std::string carol = server.login("carol@example.com", "carol-password-1");
    QVERIFY(!admin.empty() && !carol.empty());

    // Runs in the server process.
    auto created = post(server, "/api/v1/jobs",
                        {{"job", "test.echo"}, {"args", QJsonObject{{"a", 1}}}}, admin);
    QVERIFY(created && created->status == 201);
    const QString id = jsonOf(created->body).value("data").toObject().value("id").toString();
    const QJsonObject done = waitForStatus(server, id, admin, "Succeeded");
    QCOMPARE(done.value("result").toObject().value("args").toObject().value("a").toInt(), 1);

    // Unknown job: 404 naming it and what is registered.
    auto unknown = post(server, "/api/v1/jobs", {{"job", "test.nope"}}, admin);
    QVERIFY(unknown);
    QCOMPARE(unknown->status, 404);
    QVERIFY2(unknown->body.find("is not registered") != std::string::npos, unknown->body.c_str());
    QVERIFY2(unknown->body.find("test.echo") != std::string::npos, unknown->body.c_str());
    // Arguments that are not an object, and ones the job refuses.
    auto notObject = post(server, "/api/v1/jobs", {{"job", "test.echo"}, {"args", "x"}}, admin);
    QVERIFY(notObject && notObject->status == 400);
    auto badArgs =
        post(server, "/api/v1/jobs", {{"job", "test.checked"}, {"args", QJsonObject{}}}, admin);
    QVERIFY(badArgs && badArgs->status == 422);
    // Cancelling a finished job: 409, and it stays succeeded.
    auto cancel = post(server, "/api/v1/jobs/" + id.toStdString() + "/cancel", {}, admin);
    QVERIFY(cancel);
    QCOMPARE(cancel->status, 409);
    QVERIFY2(cancel->body.find("has already succeeded") != std::string::npos, cancel->body.c_str());
    QCOMPARE(job(server, id, admin).value("status").toString(), QStringLiteral("Succeeded"));
    // Not a System Manager: 403 on every route; no credentials: 401.
    auto http = server.client();
    auto listed = http.Get("/api/v1/jobs", TestServer::bearer(carol));
    QVERIFY(listed);
    QCOMPARE(listed->status, 403);
    QVERIFY2(listed->body.find("System Manager") != std::string::npos, listed->body.c_str());
    QCOMPARE(http.Get("/api/v1/jobs/" + id.toStdString(), TestServer::bearer(carol))->status, 403);
    QCOMPARE(post(server, "/api/v1/jobs", {{"job", "test.echo"}}, carol)->status, 403);
    QCOMPARE(post(server, "/api/v1/jobs/" + id.toStdString() + "/retry", {}, carol)->status, 403);
    QCOMPARE(http.Get("/api/v1/jobs")->status, 401);
    QCOMPARE(http.Get("/api/v1/jobs/nope", TestServer::bearer(admin))->status, 404);

    // Cancel and retry of a delayed job; the list with its filters.
    auto delayed = post(server, "/api/v1/jobs", {{"job", "test.echo"}, {"delay", 3600}}, admin);
    QVERIFY(delayed && delayed->status == 201);
    const QString later = jsonOf(delayed->body).value("data").toObject().value("id").toString();
    cancel = post(server, "/api/v1/jobs/" + later.toStdString() + "/cancel", {}, admin);
    QVERIFY(cancel && cancel->status == 200);
    QCOMPARE(jsonOf(cancel->body).value("data").toObject().value("status").toString(),
             QStringLiteral("Cancelled"));
    auto retry = post(server, "/api/v1/jobs/" + later.toStdString() + "/retry", {}, admin);
    QVERIFY(retry && retry->status == 200);
    QCOMPARE(waitForStatus(server, later, admin, "Succeeded").value("attempts").toInt(), 1);
    auto list = http.Get("/api/v1/jobs?status=Succeeded&job=test.echo", TestServer::bearer(admin));
    QVERIFY(list && list->status == 200);
    QCOMPARE(jsonOf(list->body).value("total").toInt(), 2);
    QCOMPARE(http.Get("/api/v1/jobs?status=Done", TestServer::bearer(admin))->status, 400);

    // The command line sees the same queue.
    QCOMPARE(server.m({"job", "list", "--json", "--status", "succeeded"}, &output), 0);
    QVERIFY2(output.contains(id), qPrintable(output));
    QCOMPARE(server.m({"job", "status", id}, &output), 0);
    QVERIFY2(output.contains("Succeeded"), qPrintable(output));
    QCOMPARE(server.m({"job", "run", "test.echo", "--args", R"({"b": 2})", "--json"}, &output), 0);
    QVERIFY2(output.contains("\"Succeeded\"") && output.contains("\"b\": 2"), qPrintable(output));
    QCOMPARE(server.m({"job", "run", "test.throws"}, &output), 1);
    QVERIFY2(output.contains("the job threw: boom"), qPrintable(output));
    QCOMPARE(server.m({"job", "enqueue", "test.nope"}, &output), 1);
    QVERIFY2(output.contains("is not registered"), qPrintable(output));
    QCOMPARE(server.m({"job", "enqueue", "test.echo", "--args", "[1]"}, &output), 2);
    QVERIFY2(output.contains("--args takes a JSON object"), qPrintable(output));
    QCOMPARE(server.m({"job", "cancel", id}, &output), 1);
    QVERIFY2(output.contains("has already succeeded"), qPrintable(output));
    QVERIFY(server.stop());
}

void TestJobsServer::twoWorkerProcessesEnqueueAScheduledRunOnce()
{
    TestServer server;
    QVERIFY(createTestAppProject(server));
    QVERIFY(server.start());
    const std::string admin = server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!admin.empty());
    // Both sync the plugin's @yearly schedule at start (the second finds it there).
    Worker first = startWorker(server, QStringLiteral(FM_JOB_PLUGIN_DIR));
    QVERIFY(!first.id.isEmpty());
    Worker second = startWorker(server, QStringLiteral(FM_JOB_PLUGIN_DIR));
    QVERIFY(!second.id.isEmpty());
    auto row =
        server.client().Get("/api/v1/scheduled_job/test.echo.yearly", TestServer::bearer(admin));
    QVERIFY(row && row->status == 200);
    const QJsonObject schedule = jsonOf(row->body).value("data").toObject();
    QCOMPARE(schedule.value("cron").toString(), QStringLiteral("@yearly"));
    QVERIFY(schedule.value("enabled").toBool());
    QVERIFY(schedule.value("next_run").toString().endsWith(QStringLiteral("-01-01T00:00:00.000Z")));

    // Overdue since 2020 (six missed new years): due now, for both workers at once.
    auto moved = server.client().Patch(
        "/api/v1/scheduled_job/test.echo.yearly", TestServer::bearer(admin),
        jsonText(QJsonObject{{"next_run", "2020-01-01T00:00:00.000Z"}}), "application/json");
    QVERIFY2(moved && moved->status == 200, moved ? moved->body.c_str() : "no answer");
    auto succeeded = [&] {
        auto list =
            server.client().Get("/api/v1/jobs?job=test.echo&limit=50", TestServer::bearer(admin));
        return list && list->status == 200 ? jsonOf(list->body).value("data").toArray()
                                           : QJsonArray{};
    };
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 &&
           (succeeded().isEmpty() ||
            succeeded().first().toObject().value("status").toString() != "Succeeded"))
        QTest::qWait(100);
    QJsonArray jobs = succeeded();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().toObject().value("status").toString(), QStringLiteral("Succeeded"));
    QVERIFY(jobs.first().toObject().value("as_system").toBool());
    // A few more ticks of both: still one run (caught up once, not six times).
    QTest::qWait(2500);
    QCOMPARE(succeeded().size(), 1);
    row = server.client().Get("/api/v1/scheduled_job/test.echo.yearly", TestServer::bearer(admin));
    QVERIFY(row && row->status == 200);
    const QJsonObject after = jsonOf(row->body).value("data").toObject();
    QCOMPARE(after.value("last_job").toString(), jobs.first().toObject().value("id").toString());
    QVERIFY(after.value("next_run").toString() > QStringLiteral("2027"));

    for (Worker *worker : {&first, &second}) {
        ::kill(pid_t(worker->process->processId()), SIGTERM);
        QVERIFY(worker->process->waitForFinished(20000));
        QCOMPARE(worker->process->exitCode(), 0);
    }
}

QTEST_GUILESS_MAIN(TestJobsServer)
#include "tst_jobs_server.moc"
