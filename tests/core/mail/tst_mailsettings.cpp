// SPDX-License-Identifier: MIT
// site.json "mail": what a site may say about its SMTP server, and the clear refusal of
// everything else (a plain password above all); the password from the environment or a
// file, read when it is needed.
#include "mail/mailsettings.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

class TestMailSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonValue parse(const QByteArray &json)
    {
        return QJsonDocument::fromJson("{\"mail\": " + json + "}").object().value("mail");
    }

private slots:
    void noMailIsTheMailbox()
    {
        auto settings = MailSettings::fromJson(QJsonValue(), m_dir.path());
        QVERIFY(settings);
        QVERIFY(!settings->sends());
        settings = MailSettings::fromJson(parse(R"({"from": "a@b.example"})"), m_dir.path());
        QVERIFY(settings);
        QVERIFY(!settings->sends());
    }

    void aFullConfiguration()
    {
        QFile secret(m_dir.filePath("smtp.secret"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("pa ss\n");
        secret.close();
        auto settings = MailSettings::fromJson(
            parse(
                R"({"smtp": {"host": "smtp.acme.example", "security": "tls", "user": "mailer", "password_file": "smtp.secret", "timeout": 12}, "from": "Acme Shop <noreply@acme.example>", "max_retries": 4, "retry_backoff": 30})"),
            m_dir.path());
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error().toText()));
        QVERIFY(settings->sends());
        QCOMPARE(settings->smtp->host, QStringLiteral("smtp.acme.example"));
        QCOMPARE(settings->smtp->port, 465); // the default of tls
        QCOMPARE(settings->smtp->security, SmtpSecurity::Tls);
        QCOMPARE(settings->smtp->timeoutSeconds, 12);
        QCOMPARE(settings->fromAddress(), QStringLiteral("noreply@acme.example"));
        QCOMPARE(settings->maxRetries, 4);
        QCOMPARE(settings->retryBackoffSeconds, 30);
        QCOMPARE(settings->smtp->passwordFile, m_dir.filePath("smtp.secret"));
        QCOMPARE(*settings->smtp->password(), QStringLiteral("pa ss")); // without the newline

        auto starttls = MailSettings::fromJson(
            parse(R"({"smtp": {"host": "127.0.0.1"}, "from": "a@b.example"})"), m_dir.path());
        QVERIFY(starttls);
        QCOMPARE(starttls->smtp->security, SmtpSecurity::StartTls);
        QCOMPARE(starttls->smtp->port, 587);
        QCOMPARE(*starttls->smtp->password(), QString()); // no user, no password
    }

    void thePasswordFromTheEnvironment()
    {
        auto settings = MailSettings::fromJson(
            parse(
                R"({"smtp": {"host": "h.example", "user": "u", "password_env": "FM_TEST_MAIL_PASSWORD"}, "from": "a@b.example"})"),
            m_dir.path());
        QVERIFY(settings);
        qputenv("FM_TEST_MAIL_PASSWORD", "from-env");
        QCOMPARE(*settings->smtp->password(), QStringLiteral("from-env"));
        qunsetenv("FM_TEST_MAIL_PASSWORD");
        auto missing = settings->smtp->password();
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains("FM_TEST_MAIL_PASSWORD"));

        auto noFile = MailSettings::fromJson(
            parse(
                R"({"smtp": {"host": "h.example", "user": "u", "password_file": "nope"}, "from": "a@b.example"})"),
            m_dir.path());
        QVERIFY(noFile);
        auto unreadable = noFile->smtp->password();
        QVERIFY(!unreadable);
        QVERIFY(unreadable.error().message().contains(m_dir.filePath("nope")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const QByteArray from = R"(, "from": "a@b.example"})";
        QTest::newRow("not an object")
            << QByteArray(R"("smtp.example.com")") << "must be an object";
        QTest::newRow("unknown key") << QByteArray(R"({"smpt": {}})") << "unknown key \"smpt\"";
        QTest::newRow("plain password")
            << QByteArray(R"({"smtp": {"host": "h", "user": "u", "password": "x"})") + from
            << "password_env";
        QTest::newRow("no host") << QByteArray(R"({"smtp": {"port": 25})") + from << "smtp.host";
        QTest::newRow("a URL for a host")
            << QByteArray("{\"smtp\": {\"host\": \"smtp://h\"}") + from << "smtp.host";
        QTest::newRow("bad security")
            << QByteArray(R"({"smtp": {"host": "h", "security": "ssl"})") + from << "starttls";
        QTest::newRow("port out of range")
            << QByteArray(R"({"smtp": {"host": "h", "port": 70000})") + from << "smtp.port";
        QTest::newRow("port as text")
            << QByteArray(R"({"smtp": {"host": "h", "port": "587"})") + from << "smtp.port";
        QTest::newRow("user without a password")
            << QByteArray(R"({"smtp": {"host": "h", "user": "u"})") + from << "password_env";
        QTest::newRow("password without a user")
            << QByteArray(R"({"smtp": {"host": "h", "password_env": "X"})") + from << "smtp.user";
        QTest::newRow("two password sources")
            << QByteArray(
                   R"({"smtp": {"host": "h", "user": "u", "password_env": "X", "password_file": "f"})") +
                   from
            << "not both";
        QTest::newRow("unknown smtp key")
            << QByteArray(R"({"smtp": {"host": "h", "tls": true})") + from << "unknown key \"tls\"";
        QTest::newRow("missing ca_file")
            << QByteArray(R"({"smtp": {"host": "h", "ca_file": "nope.pem"})") + from << "ca_file";
        QTest::newRow("no from") << QByteArray(R"({"smtp": {"host": "h"}})") << "\"from\"";
        QTest::newRow("from is no address")
            << QByteArray(R"({"smtp": {"host": "h"}, "from": "Acme"})") << "\"from\"";
        QTest::newRow("negative retries")
            << QByteArray(R"({"smtp": {"host": "h"}, "from": "a@b.example", "max_retries": -1})")
            << "max_retries";
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        auto settings = MailSettings::fromJson(parse(json), m_dir.path());
        QVERIFY(!settings);
        QCOMPARE(settings.error().code(), fm::ErrorCode::BadRequest);
        QVERIFY2(settings.error().message().startsWith("site.json \"mail\": "),
                 qPrintable(settings.error().message()));
        QVERIFY2(settings.error().message().contains(says), qPrintable(settings.error().message()));
    }

    void loadsFromTheSiteFile()
    {
        QFile file(m_dir.filePath("site.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"database": {"engine": "sqlite"}, "mail": {"smtp": {"host": "127.0.0.1", "port": 2525, "security": "none"}, "from": "x@y.example"}})");
        file.close();
        auto settings = MailSettings::load(m_dir.path());
        QVERIFY(settings);
        QCOMPARE(settings->smtp->port, 2525);
        QCOMPARE(settings->smtp->security, SmtpSecurity::None);
    }
};

QTEST_GUILESS_MAIN(TestMailSettings)
#include "tst_mailsettings.moc"
