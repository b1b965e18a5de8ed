// SPDX-License-Identifier: MIT
#include "mail/mailsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct MailsettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::MailSettings)
};

const QString kWhere = QStringLiteral("site.json \"mail\"");

Error bad(const QString &message)
{
    return Error(ErrorCode::BadRequest, QStringLiteral("%1: %2").arg(kWhere, message));
}

bool isAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    return pattern.match(address).hasMatch();
}

Result<void> onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &in)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return fail(bad(MailsettingsTr::tr("unknown key \"%1\" in %2; the keys are %3")
                                .arg(it.key(), in, known.join(QStringLiteral(", ")))));
        }
    }
    return {};
}

Result<QString> text(const QJsonObject &object, const QString &key, const QString &in)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return fail(bad(MailsettingsTr::tr("%1.%2 must be a string").arg(in, key)));
    return value.toString().trimmed();
}

Result<int> number(const QJsonObject &object, const QString &key, const QString &in, int fallback,
                   int min, int max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d != double(int(d)) || d < min || d > max) {
        return fail(bad(MailsettingsTr::tr("%1.%2 must be a whole number from %3 to %4")
                            .arg(in, key)
                            .arg(min)
                            .arg(max)));
    }
    return int(d);
}

Result<SmtpSettings> smtpFromJson(const QJsonValue &value, const QString &siteDir)
{
    const QString in = QStringLiteral("smtp");
    if (!value.isObject())
        return fail(bad(QStringLiteral("\"smtp\" must be an object like {\"host\": "
                                       "\"smtp.example.com\", \"port\": 587}")));
    const QJsonObject smtp = value.toObject();
    if (smtp.contains(QStringLiteral("password"))) {
        return fail(bad(QStringLiteral(
            "smtp.password is refused: site.json is plain text. Put the password in an "
            "environment variable and name it in \"password_env\", or in a file only the server "
            "may read and name it in \"password_file\"")));
    }
    if (auto ok = onlyKnownKeys(smtp,
                                {QStringLiteral("host"), QStringLiteral("port"),
                                 QStringLiteral("security"), QStringLiteral("user"),
                                 QStringLiteral("password_env"), QStringLiteral("password_file"),
                                 QStringLiteral("ca_file"), QStringLiteral("timeout")},
                                in);
        !ok)
        return fail(ok.error());

    SmtpSettings out;
    auto host = text(smtp, QStringLiteral("host"), in);
    if (!host)
        return fail(host.error());
    if (host->isEmpty() || host->contains(u'/') || host->contains(u' '))
        return fail(bad(MailsettingsTr::tr("smtp.host must name the SMTP server, e.g. "
                                           "\"smtp.example.com\" or \"127.0.0.1\"")));
    out.host = *host;

    auto security = text(smtp, QStringLiteral("security"), in);
    if (!security)
        return fail(security.error());
    if (security->isEmpty() || *security == u"starttls") {
        out.security = SmtpSecurity::StartTls;
    } else if (*security == u"tls") {
        out.security = SmtpSecurity::Tls;
    } else if (*security == u"none") {
        out.security = SmtpSecurity::None;
    } else {
        return fail(bad(MailsettingsTr::tr("smtp.security \"%1\" is not one of starttls (the "
                                           "default, port 587), tls (port 465) or none")
                            .arg(*security)));
    }
    auto port = number(smtp, QStringLiteral("port"), in,
                       out.security == SmtpSecurity::Tls ? 465 : 587, 1, 65535);
    if (!port)
        return fail(port.error());
    out.port = *port;
    auto timeout = number(smtp, QStringLiteral("timeout"), in, 30, 1, 600);
    if (!timeout)
        return fail(timeout.error());
    out.timeoutSeconds = *timeout;

    for (const auto &[key, target] :
         {std::pair{"user", &out.user}, std::pair{"password_env", &out.passwordEnv},
          std::pair{"password_file", &out.passwordFile}, std::pair{"ca_file", &out.caFile}}) {
        auto value = text(smtp, QLatin1String(key), in);
        if (!value)
            return fail(value.error());
        *target = *value;
    }
    if (!out.passwordEnv.isEmpty() && !out.passwordFile.isEmpty())
        return fail(
            bad(MailsettingsTr::tr("give smtp.password_env or smtp.password_file, not both")));
    if (out.user.isEmpty() && (!out.passwordEnv.isEmpty() || !out.passwordFile.isEmpty()))
        return fail(
            bad(MailsettingsTr::tr("a password needs smtp.user, the name to sign in with")));
    if (!out.user.isEmpty() && out.passwordEnv.isEmpty() && out.passwordFile.isEmpty()) {
        return fail(bad(MailsettingsTr::tr("smtp.user needs a password: name an environment "
                                           "variable in \"password_env\" or a file in "
                                           "\"password_file\"")));
    }
    for (QString *path : {&out.passwordFile, &out.caFile}) {
        if (!path->isEmpty())
            *path = QDir(siteDir).absoluteFilePath(*path);
    }
    if (!out.caFile.isEmpty() && !QFile::exists(out.caFile))
        return fail(bad(MailsettingsTr::tr("smtp.ca_file %1 does not exist").arg(out.caFile)));
    return out;
}

} // namespace

Result<QString> SmtpSettings::password() const
{
    if (!passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(passwordEnv.toLocal8Bit().constData())) {
            return fail(
                ErrorCode::BadRequest,
                MailsettingsTr::tr("the SMTP password is read from the environment variable "
                                   "%1 (site.json mail.smtp.password_env), which is not set "
                                   "for this process; set it where `m start` and `m worker` "
                                   "run")
                    .arg(passwordEnv));
        }
        return qEnvironmentVariable(passwordEnv.toLocal8Bit().constData());
    }
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io,
                        MailsettingsTr::tr("cannot read the SMTP password file %1 (site.json "
                                           "mail.smtp.password_file): %2")
                            .arg(passwordFile, file.errorString()));
        }
        // One line; the newline an editor or `echo` adds is not part of the password.
        QByteArray secret = file.readAll();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        return QString::fromUtf8(secret);
    }
    return QString();
}

QString mailAddress(const QString &nameAndAddress)
{
    const QString text = nameAndAddress.trimmed();
    const qsizetype open = text.lastIndexOf(u'<');
    if (open >= 0 && text.endsWith(u'>'))
        return text.mid(open + 1, text.size() - open - 2).trimmed();
    return text;
}

QString MailSettings::fromAddress() const
{
    return mailAddress(from);
}

Result<MailSettings> MailSettings::fromJson(const QJsonValue &mail, const QString &siteDir)
{
    MailSettings out;
    if (mail.isUndefined() || mail.isNull())
        return out;
    if (!mail.isObject())
        return fail(bad(MailsettingsTr::tr("must be an object, e.g. {\"smtp\": {\"host\": "
                                           "\"smtp.example.com\"}, \"from\": "
                                           "\"noreply@example.com\"}")));
    const QJsonObject object = mail.toObject();
    const QString in = QStringLiteral("mail");
    if (auto ok = onlyKnownKeys(object,
                                {QStringLiteral("smtp"), QStringLiteral("from"),
                                 QStringLiteral("max_retries"), QStringLiteral("retry_backoff")},
                                in);
        !ok)
        return fail(ok.error());
    auto from = text(object, QStringLiteral("from"), in);
    if (!from)
        return fail(from.error());
    out.from = *from;
    if (from->contains(u'\r') || from->contains(u'\n'))
        return fail(bad(QStringLiteral("\"from\" must be one line")));
    auto retries = number(object, QStringLiteral("max_retries"), in, out.maxRetries, 0, 50);
    if (!retries)
        return fail(retries.error());
    out.maxRetries = *retries;
    auto backoff =
        number(object, QStringLiteral("retry_backoff"), in, out.retryBackoffSeconds, 0, 86400);
    if (!backoff)
        return fail(backoff.error());
    out.retryBackoffSeconds = *backoff;

    const QJsonValue smtp = object.value(QStringLiteral("smtp"));
    if (smtp.isUndefined() || smtp.isNull())
        return out;
    auto settings = smtpFromJson(smtp, siteDir);
    if (!settings)
        return fail(settings.error());
    out.smtp = *settings;
    if (out.from.isEmpty() || !isAddress(out.fromAddress())) {
        return fail(bad(QStringLiteral("\"from\" must be the sender's address, e.g. "
                                       "\"noreply@example.com\" or \"Acme <noreply@example.com>\" "
                                       "(got \"%1\")")
                            .arg(out.from)));
    }
    return out;
}

Result<MailSettings> MailSettings::load(const QString &siteDir)
{
    const QString path = QDir(siteDir).filePath(QStringLiteral("site.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    MailsettingsTr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::BadRequest,
                    MailsettingsTr::tr("%1 is not a JSON object; fix the file by hand").arg(path));
    return fromJson(doc.object().value(QStringLiteral("mail")), siteDir);
}

} // namespace fm::core
