// SPDX-License-Identifier: MIT
#pragma once

// An SMTP server for the tests, on a free loopback port of the thread that makes it
// (the tests wait with QTest::qWait, so its event loop runs while a job thread sends).
// It speaks what libcurl needs: EHLO, STARTTLS (QSslSocket with a certificate the test
// makes), AUTH PLAIN and LOGIN, MAIL, RCPT, DATA (dot-unstuffed), RSET, NOOP, QUIT; and
// it refuses as told: a 451 for the first N MAIL FROMs, a 550 for every RCPT, no mail
// before STARTTLS or sign-in.

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <memory>

class SmtpReceiver final : public QTcpServer
{
public:
    struct Options
    {
        bool offerStartTls = false; // advertise STARTTLS (needs certificate and key)
        bool requireTls = false;    // 530 to MAIL FROM on a plain connection
        QString user;               // set: AUTH is required, with this user and password
        QString password;
        int temporaryFailures = 0; // answer 451 to this many MAIL FROMs first
        int rejectRecipients = 0;  // a code (550) for every RCPT TO; 0 accepts
        QSslCertificate certificate;
        QSslKey key;
    };

    struct Message
    {
        QString from;
        QStringList to;
        QByteArray data; // as received, dot-unstuffed, CRLF line ends
        bool tls = false;
        QString user; // who signed in, when someone did

        // The value of header `name` (first occurrence, unfolded).
        QByteArray header(const QByteArray &name) const
        {
            const QList<QByteArray> lines = data.left(data.indexOf("\r\n\r\n")).split('\n');
            QByteArray value;
            bool inside = false;
            for (QByteArray line : lines) {
                line.chop(line.endsWith('\r') ? 1 : 0);
                if (inside && (line.startsWith(' ') || line.startsWith('\t'))) {
                    value += line;
                    continue;
                }
                if (inside)
                    break;
                if (line.toLower().startsWith(name.toLower() + ':')) {
                    value = line.mid(name.size() + 1).trimmed();
                    inside = true;
                }
            }
            return value;
        }
    };

    SmtpReceiver()
        : SmtpReceiver(Options())
    {}
    explicit SmtpReceiver(Options options)
        : m_options(std::move(options))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return serverPort(); }
    Options &options() { return m_options; }
    const QList<Message> &messages() const { return m_messages; }
    int connections() const { return m_connections; }
    QStringList replies() const { return m_replies; } // every reply line sent, for failures

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++m_connections;
        if (!m_options.certificate.isNull()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(m_options.certificate);
            tls.setPrivateKey(m_options.key);
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->setSslConfiguration(tls);
        }
        auto state = std::make_shared<Session>();
        connect(socket, &QSslSocket::readyRead, socket,
                [this, socket, state] { read(socket, *state); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        reply(socket, "220 localhost ESMTP test receiver");
    }

private:
    enum class Stage { Command, Data, AuthPlain, AuthLoginUser, AuthLoginPassword };
    struct Session
    {
        Stage stage = Stage::Command;
        QByteArray buffer;
        Message message;
        QString user; // signed in
        QString loginUser;
    };

    void reply(QSslSocket *socket, const QByteArray &line)
    {
        m_replies << QString::fromLatin1(line);
        socket->write(line + "\r\n");
    }

    bool signIn(Session &session, const QString &user, const QString &password)
    {
        if (user != m_options.user || password != m_options.password)
            return false;
        session.user = user;
        return true;
    }

    void read(QSslSocket *socket, Session &session)
    {
        session.buffer += socket->readAll();
        qsizetype end;
        while ((end = session.buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = session.buffer.left(end);
            session.buffer.remove(0, end + 2);
            handle(socket, session, line);
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    void handle(QSslSocket *socket, Session &session, const QByteArray &line)
    {
        switch (session.stage) {
        case Stage::Data:
            if (line == ".") {
                session.stage = Stage::Command;
                session.message.tls = socket->isEncrypted();
                session.message.user = session.user;
                m_messages << session.message;
                session.message = Message{};
                reply(socket, "250 2.0.0 OK queued");
            } else {
                session.message.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            }
            return;
        case Stage::AuthPlain: {
            session.stage = Stage::Command;
            const QList<QByteArray> parts = QByteArray::fromBase64(line).split('\0');
            const bool ok = parts.size() == 3 && signIn(session, QString::fromUtf8(parts[1]),
                                                        QString::fromUtf8(parts[2]));
            reply(socket, ok ? "235 2.7.0 Authentication successful"
                             : "535 5.7.8 Authentication credentials invalid");
            return;
        }
        case Stage::AuthLoginUser:
            session.loginUser = QString::fromUtf8(QByteArray::fromBase64(line));
            session.stage = Stage::AuthLoginPassword;
            reply(socket, "334 UGFzc3dvcmQ6");
            return;
        case Stage::AuthLoginPassword: {
            session.stage = Stage::Command;
            const bool ok =
                signIn(session, session.loginUser, QString::fromUtf8(QByteArray::fromBase64(line)));
            reply(socket, ok ? "235 2.7.0 Authentication successful"
                             : "535 5.7.8 Authentication credentials invalid");
            return;
        }
        case Stage::Command:
            break;
        }
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1);
        const bool tls = socket->isEncrypted();
        const bool authAllowed = !m_options.user.isEmpty() && (tls || !m_options.requireTls);
        if (verb == "EHLO") {
            QList<QByteArray> lines{"localhost greets " + argument, "8BITMIME", "SIZE 10485760"};
            if (m_options.offerStartTls && !tls)
                lines << "STARTTLS";
            if (authAllowed)
                lines << "AUTH PLAIN LOGIN";
            for (int i = 0; i < lines.size(); ++i)
                reply(socket, (i + 1 < lines.size() ? "250-" : "250 ") + lines[i]);
        } else if (verb == "HELO" || verb == "NOOP" || verb == "RSET") {
            if (verb == "RSET")
                session.message = Message{};
            reply(socket, "250 OK");
        } else if (verb == "STARTTLS" && m_options.offerStartTls && !tls) {
            reply(socket, "220 2.0.0 Ready to start TLS");
            socket->flush();
            session = Session{};
            socket->startServerEncryption();
        } else if (verb == "AUTH" && authAllowed) {
            const QList<QByteArray> words = argument.split(' ');
            const QByteArray mechanism = words.value(0).toUpper();
            if (mechanism == "PLAIN" && words.size() > 1) {
                session.stage = Stage::AuthPlain;
                handle(socket, session, words[1]);
            } else if (mechanism == "PLAIN") {
                session.stage = Stage::AuthPlain;
                reply(socket, "334 ");
            } else if (mechanism == "LOGIN") {
                session.stage = Stage::AuthLoginUser;
                reply(socket, "334 VXNlcm5hbWU6");
            } else {
                reply(socket, "504 5.5.4 Unrecognized authentication type");
            }
        } else if (verb == "MAIL") {
            if (m_options.requireTls && !tls) {
                reply(socket, "530 5.7.0 Must issue a STARTTLS command first");
            } else if (!m_options.user.isEmpty() && session.user.isEmpty()) {
                reply(socket, "530 5.7.0 Authentication required");
            } else if (m_options.temporaryFailures > 0) {
                --m_options.temporaryFailures;
                reply(socket, "451 4.3.0 Try again later");
            } else {
                session.message.from = QString::fromUtf8(argument.mid(argument.indexOf(':') + 1));
                reply(socket, "250 2.1.0 OK");
            }
        } else if (verb == "RCPT") {
            if (m_options.rejectRecipients) {
                reply(socket,
                      QByteArray::number(m_options.rejectRecipients) + " 5.1.1 No such user here");
            } else {
                session.message.to << QString::fromUtf8(argument.mid(argument.indexOf(':') + 1));
                reply(socket, "250 2.1.5 OK");
            }
        } else if (verb == "DATA") {
            session.stage = Stage::Data;
            reply(socket, "354 End data with <CR><LF>.<CR><LF>");
        } else if (verb == "QUIT") {
            reply(socket, "221 2.0.0 Bye");
            socket->disconnectFromHost();
        } else {
            reply(socket, "502 5.5.2 Command not recognized");
        }
    }

    Options m_options;
    QList<Message> m_messages;
    QStringList m_replies;
    int m_connections = 0;
};
