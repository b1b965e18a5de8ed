// SPDX-License-Identifier: MIT
// The SMTP sender (libcurl) against a real SMTP server on a loopback port (smtpreceiver.h):
// plain and STARTTLS connections (a certificate made by openssl for the test), sign-in,
// the message's headers and parts, and every way a send fails: refused connection,
// untrusted certificate, STARTTLS not offered, wrong password, 4xx and 5xx answers.
#include "mail/smtpsender.h"
#include "smtpreceiver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace fm::core;
using namespace std::chrono_literals;

namespace {

SmtpSettings plain(const SmtpReceiver &receiver)
{
    SmtpSettings settings;
    settings.host = receiver.host();
    settings.port = receiver.port();
    settings.security = SmtpSecurity::None;
    settings.timeoutSeconds = 20;
    return settings;
}

SmtpMessage message(const QString &subject = QStringLiteral("Order shipped"))
{
    SmtpMessage m;
    m.from = QStringLiteral("Acme Shop <noreply@acme.example>");
    m.to = QStringLiteral("ann@example.com");
    m.subject = subject;
    m.text = QStringLiteral("Hello Ann,\nyour order is on its way.\n.\nBye");
    m.messageId = QStringLiteral("0190-test@acme.example");
    return m;
}

// sendSmtp blocks: it runs on another thread while this one serves the receiver.
SmtpAttempt send(const SmtpSettings &settings, const SmtpMessage &m, const QString &password = {})
{
    auto future = std::async(std::launch::async, [=] { return sendSmtp(settings, password, m); });
    while (future.wait_for(0ms) != std::future_status::ready)
        QTest::qWait(5);
    return future.get();
}

// Quoted-printable as RFC 2045 has it: soft breaks and =XX escapes.
QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && in.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (in[i] == '=' && i + 2 < in.size()) {
            out += QByteArray::fromHex(in.mid(i + 1, 2));
            i += 2;
        } else {
            out += in[i];
        }
    }
    return out;
}

// Decodes RFC 2047 "B" words and drops the blanks between them.
QString decodeWords(const QByteArray &value)
{
    QString out;
    for (const QByteArray &word : value.split(' ')) {
        if (word.startsWith("=?UTF-8?B?") && word.endsWith("?="))
            out += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + QString::fromUtf8(word);
    }
    return out;
}

} // namespace

class TestSmtpSender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;

    SmtpReceiver::Options tlsOptions()
    {
        SmtpReceiver::Options options;
        options.offerStartTls = true;
        options.requireTls = true;
        options.certificate = m_certificate;
        options.key = m_key;
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here: the STARTTLS receiver cannot run");
        // A certificate for 127.0.0.1 that only this test trusts (ca_file).
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
                       "-out", "cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                       "subjectAltName=IP:127.0.0.1"});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile cert(m_dir.filePath("cert.pem"));
        QFile key(m_dir.filePath("key.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&cert, QSsl::Pem);
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());
    }

    void sendsAPlainTextMessage()
    {
        SmtpReceiver receiver;
        const SmtpAttempt attempt = send(plain(receiver), message());
        QVERIFY2(attempt.ok, qPrintable(attempt.error));
        QCOMPARE(attempt.smtpCode, 250);
        QCOMPARE(receiver.messages().size(), 1);
        const auto &got = receiver.messages().first();
        QCOMPARE(got.from, QStringLiteral("<noreply@acme.example>"));
        QCOMPARE(got.to, QStringList{QStringLiteral("<ann@example.com>")});
        QVERIFY(!got.tls);
        QCOMPARE(got.header("Subject"), QByteArray("Order shipped"));
        QCOMPARE(got.header("From"), QByteArray("\"Acme Shop\" <noreply@acme.example>"));
        QCOMPARE(got.header("To"), QByteArray("<ann@example.com>"));
        QCOMPARE(got.header("Message-ID"), QByteArray("<0190-test@acme.example>"));
        QVERIFY(QDateTime::fromString(QString::fromLatin1(got.header("Date")), Qt::RFC2822Date)
                    .isValid());
        QVERIFY(got.header("Mime-Version").startsWith("1.0"));
        QVERIFY(got.data.contains("text/plain; charset=utf-8"));
        // The body's lone "." line survived SMTP's dot-stuffing; line ends are CRLF.
        QVERIFY2(decodeQuotedPrintable(got.data).contains(
                     "Hello Ann,\r\nyour order is on its way.\r\n.\r\nBye"),
                 got.data.constData());
    }

    void encodesHeadersAndKeepsThemOnOneLine()
    {
        SmtpReceiver receiver;
        SmtpMessage m = message(QStringLiteral("Grüße aus Köln\r\nBcc: mallory@example.com"));
        m.from = QStringLiteral("Café Ünïcode <noreply@acme.example>");
        m.text = QStringLiteral("Straße ✓");
        const SmtpAttempt attempt = send(plain(receiver), m);
        QVERIFY2(attempt.ok, qPrintable(attempt.error));
        const auto &got = receiver.messages().first();
        const QByteArray subject = got.header("Subject");
        QVERIFY2(subject.startsWith("=?UTF-8?B?"), subject.constData());
        QCOMPARE(decodeWords(subject), QStringLiteral("Grüße aus Köln Bcc: mallory@example.com"));
        // The line break did not start a header of its own.
        const QByteArray head = got.data.left(got.data.indexOf("\r\n\r\n"));
        QVERIFY2(!head.contains("\r\nBcc:"), head.constData());
        QCOMPARE(got.to.size(), 1);
        QCOMPARE(decodeWords(got.header("From")),
                 QStringLiteral("Café Ünïcode <noreply@acme.example>"));
        QVERIFY(QString::fromUtf8(decodeQuotedPrintable(got.data)).contains(u"Straße ✓"));
    }

    void encodedWordsStayShort()
    {
        const QByteArray encoded = encodeHeaderText(QString(200, QChar(0x00e9)));
        for (const QByteArray &word : encoded.split(' '))
            QVERIFY2(word.size() <= 75, word.constData());
        QCOMPARE(decodeWords(encoded), QString(200, QChar(0x00e9)));
        QCOMPARE(encodeHeaderText(QStringLiteral("a\nb")), QByteArray("a b"));
    }

    void sendsHtmlAsAnAlternative()
    {
        SmtpReceiver receiver;
        SmtpMessage m = message();
        m.html = QStringLiteral("<p>Hello <b>Ann</b></p>");
        const SmtpAttempt attempt = send(plain(receiver), m);
        QVERIFY2(attempt.ok, qPrintable(attempt.error));
        const QByteArray data = receiver.messages().first().data;
        QVERIFY(data.contains("multipart/alternative"));
        QVERIFY(data.contains("text/plain; charset=utf-8"));
        QVERIFY(data.contains("text/html; charset=utf-8"));
        QVERIFY(decodeQuotedPrintable(data).contains("<p>Hello <b>Ann</b></p>"));
    }

    void signsIn()
    {
        SmtpReceiver::Options options;
        options.user = QStringLiteral("mailer");
        options.password = QStringLiteral("s3cret pass");
        SmtpReceiver receiver(options);
        SmtpSettings settings = plain(receiver);
        settings.user = QStringLiteral("mailer");
        const SmtpAttempt ok = send(settings, message(), QStringLiteral("s3cret pass"));
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(receiver.messages().first().user, QStringLiteral("mailer"));

        const SmtpAttempt wrong = send(settings, message(), QStringLiteral("wrong"));
        QVERIFY(!wrong.ok);
        QVERIFY(!wrong.permanent); // the site's configuration, fixed and retried later
        QCOMPARE(wrong.smtpCode, 535);
        QVERIFY2(wrong.error.contains(QStringLiteral("127.0.0.1:%1").arg(receiver.port())),
                 qPrintable(wrong.error));
        QCOMPARE(receiver.messages().size(), 1);
    }

    void startTlsWithTheSitesCertificateAuthority()
    {
        SmtpReceiver::Options options = tlsOptions();
        options.user = QStringLiteral("mailer");
        options.password = QStringLiteral("pw");
        SmtpReceiver receiver(options);
        SmtpSettings settings = plain(receiver);
        settings.security = SmtpSecurity::StartTls;
        settings.caFile = m_dir.filePath("cert.pem");
        settings.user = QStringLiteral("mailer");
        const SmtpAttempt attempt = send(settings, message(), QStringLiteral("pw"));
        QVERIFY2(attempt.ok, qPrintable(attempt.error + receiver.replies().join('\n')));
        QCOMPARE(receiver.messages().size(), 1);
        QVERIFY(receiver.messages().first().tls);
        QCOMPARE(receiver.messages().first().user, QStringLiteral("mailer"));
    }

    void startTlsRefusesAnUntrustedCertificate()
    {
        SmtpReceiver receiver(tlsOptions());
        SmtpSettings settings = plain(receiver);
        settings.security = SmtpSecurity::StartTls; // the system's CAs do not know it
        const SmtpAttempt attempt = send(settings, message());
        QVERIFY(!attempt.ok);
        QVERIFY(!attempt.permanent);
        QVERIFY(receiver.messages().isEmpty());
        QVERIFY2(attempt.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(attempt.error));
    }

    void startTlsIsRequiredNotOptional()
    {
        SmtpReceiver receiver; // offers no STARTTLS
        SmtpSettings settings = plain(receiver);
        settings.security = SmtpSecurity::StartTls;
        const SmtpAttempt attempt = send(settings, message());
        QVERIFY(!attempt.ok);
        QVERIFY(!attempt.permanent);
        QVERIFY(receiver.messages().isEmpty());
        QVERIFY(!receiver.replies().join('\n').contains(QStringLiteral("354"))); // no DATA
    }

    void aRefusedConnectionIsTemporary()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const int port = closed.serverPort();
        closed.close();
        SmtpSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.security = SmtpSecurity::None;
        settings.timeoutSeconds = 10;
        const SmtpAttempt attempt = send(settings, message());
        QVERIFY(!attempt.ok);
        QVERIFY(!attempt.permanent);
        QCOMPARE(attempt.smtpCode, 0);
        QVERIFY2(attempt.error.contains(QStringLiteral("connect"), Qt::CaseInsensitive),
                 qPrintable(attempt.error));
    }

    void answersDecideWhetherARetryHelps_data()
    {
        QTest::addColumn<int>("temporary");
        QTest::addColumn<int>("reject");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("permanent");
        QTest::newRow("451 to MAIL FROM: try later") << 1 << 0 << 451 << false;
        QTest::newRow("550 to RCPT TO: never") << 0 << 550 << 550 << true;
        QTest::newRow("553 to RCPT TO: never") << 0 << 553 << 553 << true;
    }
    void answersDecideWhetherARetryHelps()
    {
        QFETCH(int, temporary);
        QFETCH(int, reject);
        QFETCH(int, code);
        QFETCH(bool, permanent);
        SmtpReceiver::Options options;
        options.temporaryFailures = temporary;
        options.rejectRecipients = reject;
        SmtpReceiver receiver(options);
        const SmtpAttempt attempt = send(plain(receiver), message());
        QVERIFY(!attempt.ok);
        QCOMPARE(attempt.smtpCode, code);
        QCOMPARE(attempt.permanent, permanent);
        QVERIFY(receiver.messages().isEmpty());
    }
};

QTEST_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
