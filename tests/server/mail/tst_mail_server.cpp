// SPDX-License-Identifier: MIT
// Mail out, notifications and `m events tail` with real processes: `m start --with-worker`
// on a site whose site.json names a real SMTP server on a loopback port (the test's own,
// with sign-in; the password comes from an environment variable); a mail queued over REST
// and a notification written by the worker reach it; two users see only their own
// in-app notifications over REST; `m events tail` prints and follows the outbox. Bad
// settings stop `m start` with a message.
#include "smtpreceiver.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

namespace {

bool writeSiteJson(TestServer &server, const QJsonObject &mail)
{
    QFile file(server.file("sites/demo/site.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject site = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    site.insert("mail", mail);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(site).toJson());
    return true;
}

QJsonObject getJson(httplib::Client &http, const std::string &token, const std::string &path,
                    int *status = nullptr)
{
    auto result = http.Get(path, TestServer::bearer(token));
    if (status)
        *status = result ? result->status : 0;
    return result ? jsonOf(result->body) : QJsonObject{};
}

int unread(httplib::Client &http, const std::string &token)
{
    return getJson(http, token, "/api/v1/notifications/unread_count")
        .value("data")
        .toObject()
        .value("unread")
        .toInt(-1);
}

} // namespace

class TestMailServer : public QObject
{
    Q_OBJECT

private slots:
    void sendsNotifiesAndTails()
    {
        SmtpReceiver::Options options;
        options.user = "mailer";
        options.password = "smtp-pw-from-env";
        SmtpReceiver receiver(options);

        TestServer server;
        server.setEnv("FM_TEST_SMTP_PASSWORD", "smtp-pw-from-env");
        QVERIFY(server.create());
        QString output;
        // Queued while the site has no SMTP server: it stays in the mailbox until
        // `m mail send --pending` below.
        QVERIFY2(server.m({"doc", "insert", "Email Queue", "--data",
                           R"({"recipient": "early@example.com", "subject": "Queued early"})"},
                          &output) == 0,
                 qPrintable(output));
        QVERIFY(
            writeSiteJson(server, {{"smtp", QJsonObject{{"host", "127.0.0.1"},
                                                        {"port", receiver.port()},
                                                        {"security", "none"},
                                                        {"user", "mailer"},
                                                        {"password_env", "FM_TEST_SMTP_PASSWORD"}}},
                                   {"from", "Demo <noreply@demo.example>"},
                                   {"retry_backoff", 0}}));
        for (const char *user : {"ann@example.com", "bob@example.com"}) {
            QVERIFY2(server.m({"user", "add", user, "--role", "System Manager", "--password",
                               "user-password-123"},
                              &output) == 0,
                     qPrintable(output));
        }
        QVERIFY(server.start({"--with-worker"}));
        const std::string admin = server.login("Administrator", TestServer::kAdminPassword);
        const std::string ann = server.login("ann@example.com", "user-password-123");
        const std::string bob = server.login("bob@example.com", "user-password-123");
        QVERIFY(!admin.empty() && !ann.empty() && !bob.empty());
        auto http = server.client();

        // A mail queued over REST goes out through the worker, signed in.
        auto mail = http.Post("/api/v1/email_queue", TestServer::bearer(admin),
                              jsonText({{"recipient", "carol@example.com"},
                                        {"subject", "Over REST"},
                                        {"body", "Hello Carol"}}),
                              "application/json");
        QVERIFY(mail);
        QVERIFY2(mail->status == 201, mail->body.c_str());
        const QString mailName =
            jsonOf(mail->body).value("data").toObject().value("name").toString();
        QTRY_VERIFY_WITH_TIMEOUT(receiver.messages().size() == 1, 30000);
        QCOMPARE(receiver.messages().first().user, QStringLiteral("mailer"));
        QCOMPARE(receiver.messages().first().header("Subject"), QByteArray("Over REST"));
        const std::string mailPath = "/api/v1/email_queue/" + mailName.toStdString();
        QTRY_COMPARE_WITH_TIMEOUT(
            getJson(http, admin, mailPath).value("data").toObject().value("status").toString(),
            QStringLiteral("Sent"), 20000);

        // A notification: ann is named, bob is not; in the app and by e-mail.
        auto notification =
            http.Post("/api/v1/notification", TestServer::bearer(admin),
                      jsonText({{"notification_name", "new-customer"},
                                {"document_type", "Customer"},
                                {"event_types", "insert"},
                                {"recipient_users", "ann@example.com"},
                                {"channel_email", true},
                                {"subject", "New customer {{doc.customer_name}}"},
                                {"message", "<p>{{doc.customer_name}} by {{user}}</p>"}}),
                      "application/json");
        QVERIFY(notification);
        QVERIFY2(notification->status == 201, notification->body.c_str());
        auto badTemplate = http.Post("/api/v1/notification", TestServer::bearer(admin),
                                     jsonText({{"notification_name", "bad"},
                                               {"document_type", "Customer"},
                                               {"recipient_users", "ann@example.com"},
                                               {"subject", "{{{doc.customer_name}}}"}}),
                                     "application/json");
        QVERIFY(badTemplate);
        QCOMPARE(badTemplate->status, 422);
        QVERIFY2(badTemplate->body.find("\"subject\"") != std::string::npos,
                 badTemplate->body.c_str());

        auto customer = http.Post("/api/v1/customer", TestServer::bearer(admin),
                                  jsonText({{"customer_name", "Acme & Sons"}}), "application/json");
        QVERIFY(customer);
        QVERIFY2(customer->status == 201, customer->body.c_str());
        QTRY_COMPARE_WITH_TIMEOUT(unread(http, ann), 1, 30000);
        const QJsonObject page = getJson(http, ann, "/api/v1/notifications?unread=1");
        QCOMPARE(page.value("unread").toInt(), 1);
        QCOMPARE(page.value("total").toInt(), 1);
        const QJsonObject item = page.value("data").toArray().first().toObject();
        QCOMPARE(item.value("subject").toString(), QStringLiteral("New customer Acme & Sons"));
        QCOMPARE(item.value("message").toString(),
                 QStringLiteral("<p>Acme &amp; Sons by Administrator</p>"));
        QCOMPARE(item.value("document_name").toString(), QStringLiteral("Acme & Sons"));
        QCOMPARE(getJson(http, bob, "/api/v1/notifications").value("total").toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(receiver.messages().size() == 2, 30000);
        QCOMPARE(receiver.messages().last().to, QStringList{"<ann@example.com>"});

        // Only its user marks it read; anyone else gets 404, a guest 401.
        const std::string readPath =
            "/api/v1/notifications/" + item.value("name").toString().toStdString() + "/read";
        auto notMine = http.Post(readPath, TestServer::bearer(bob), "", "application/json");
        QVERIFY(notMine);
        QCOMPARE(notMine->status, 404);
        auto guest = http.Get("/api/v1/notifications");
        QVERIFY(guest);
        QCOMPARE(guest->status, 401);
        int status = 0;
        getJson(http, ann, "/api/v1/notifications?limit=0", &status);
        QCOMPARE(status, 400);
        auto read = http.Post(readPath, TestServer::bearer(ann), "", "application/json");
        QVERIFY(read);
        QCOMPARE(read->status, 200);
        QCOMPARE(jsonOf(read->body).value("data").toObject().value("read").toBool(), true);
        QCOMPARE(unread(http, ann), 0);
        auto all = http.Post("/api/v1/notifications/read_all", TestServer::bearer(ann), "",
                             "application/json");
        QVERIFY(all && all->status == 200);
        QCOMPARE(jsonOf(all->body).value("data").toObject().value("marked").toInt(), 0);

        // The OpenAPI document describes the routes.
        const QJsonObject openapi = getJson(http, admin, "/api/openapi.json");
        for (const char *path :
             {"/api/v1/notifications", "/api/v1/notifications/unread_count",
              "/api/v1/notifications/{name}/read", "/api/v1/notifications/read_all"})
            QVERIFY2(openapi.value("paths").toObject().contains(path), path);

        // m events tail: the mail's life in the outbox, then what comes next.
        QVERIFY2(server.m({"events", "tail", "--no-follow", "--doctype", "Email Queue", "--limit",
                           "100"},
                          &output) == 0,
                 qPrintable(output));
        QVERIFY2(output.contains("insert  Email Queue  " + mailName), qPrintable(output));
        QVERIFY2(output.contains("update  Email Queue  " + mailName), qPrintable(output));
        QVERIFY(!output.contains("Customer"));

        QProcess tail;
        tail.setWorkingDirectory(server.path());
        tail.start(QStringLiteral(FM_M_BINARY),
                   {"events", "tail", "--doctype", "Customer", "--limit", "0", "--json"});
        QVERIFY(tail.waitForStarted());
        QTest::qWait(1000); // it has found its start: the end of the outbox
        QVERIFY2(
            server.m({"doc", "insert", "Customer", "--data", R"({"customer_name": "Tail Co"})"},
                     &output) == 0,
            qPrintable(output));
        QByteArray lines;
        QElapsedTimer timer;
        timer.start();
        while (!lines.contains('\n') && timer.elapsed() < 20000) {
            tail.waitForReadyRead(200);
            lines += tail.readAllStandardOutput();
        }
        const QJsonObject event = QJsonDocument::fromJson(lines.left(lines.indexOf('\n'))).object();
        QCOMPARE(event.value("type").toString(), QStringLiteral("insert"));
        QCOMPARE(event.value("doctype").toString(), QStringLiteral("Customer"));
        QCOMPARE(event.value("name").toString(), QStringLiteral("Tail Co"));
        ::kill(pid_t(tail.processId()), SIGTERM);
        QVERIFY(tail.waitForFinished(10000));
        QCOMPARE(tail.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tail.exitCode(), 0);
        // Tail Co's notification mail too, before stopping: the receiver answers only
        // while this thread waits in its event loop.
        QTRY_VERIFY_WITH_TIMEOUT(receiver.messages().size() == 3, 30000);
        QTest::qWait(500);

        // The mail queued before the server was configured goes out on request.
        QVERIFY2(server.m({"mail", "send", "--pending"}, &output) == 0, qPrintable(output));
        QVERIFY2(output.contains("1 mail(s) queued"), qPrintable(output));
        QTRY_VERIFY_WITH_TIMEOUT(receiver.messages().size() == 4, 30000);
        QCOMPARE(receiver.messages().last().header("Subject"), QByteArray("Queued early"));
        QTest::qWait(500);
        QVERIFY(server.stop());
    }

    void refusesBadInput()
    {
        TestServer server;
        QVERIFY(server.create());
        QString output;
        QCOMPARE(server.m({"events", "tail", "--no-follow", "--since", "yesterday"}, &output), 2);
        QVERIFY2(output.contains("--since"), qPrintable(output));
        QCOMPARE(server.m({"events", "tail", "--no-follow", "--doctype", "Nope"}, &output), 2);
        QVERIFY2(output.contains("\"Nope\""), qPrintable(output));
        QCOMPARE(server.m({"events", "tail", "--no-follow", "--limit", "-3"}, &output), 2);
        // From the start, two at a time: the first two events of the site.
        QCOMPARE(
            server.m({"events", "tail", "--no-follow", "--since", "0", "--limit", "2"}, &output),
            0);
        const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith("#1  "), qPrintable(output));
        QVERIFY2(lines.last().startsWith("#2  "), qPrintable(output));

        QVERIFY(writeSiteJson(server, {{"smtp", QJsonObject{{"host", "smtp.example.com"},
                                                            {"user", "u"},
                                                            {"password", "in plain text"}}},
                                       {"from", "a@b.example"}}));
        QCOMPARE(server.m({"start", "--port", "0"}, &output), 1);
        QVERIFY2(output.contains("password_env"), qPrintable(output));
        QCOMPARE(server.m({"mail", "send"}, &output), 2);
        QVERIFY(writeSiteJson(server, {}));
        QCOMPARE(server.m({"mail", "send", "--pending"}, &output), 1);
        QVERIFY2(output.contains("no SMTP server"), qPrintable(output));
    }
};

QTEST_MAIN(TestMailServer)
#include "tst_mail_server.moc"
