// SPDX-License-Identifier: MIT
#include "mail/smtpsender.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSysInfo>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace fm::core {

namespace {

void curlReady()
{
    // curl_global_init is not thread-safe in every libcurl build: once per process.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *easy) const { curl_easy_cleanup(easy); }
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

// Text with CRLF line ends: SMTP's, and the quoted-printable encoder's hard breaks.
QByteArray crlfText(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(u'\r', u'\n');
    out.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return out.toUtf8();
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// "Name <address>" with the name made safe (quoted or encoded), or the bare address.
QByteArray fromHeader(const QString &from)
{
    const qsizetype open = from.lastIndexOf(u'<');
    if (open <= 0 || !from.endsWith(u'>'))
        return encodeHeaderText(from.trimmed());
    QString name = from.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2);
    const QByteArray address = encodeHeaderText(from.mid(open).trimmed());
    if (name.isEmpty())
        return address;
    if (!isPrintableAscii(name))
        return encodeHeaderText(name) + ' ' + address;
    name.replace(u'\\', QStringLiteral("\\\\"));
    name.replace(u'"', QStringLiteral("\\\""));
    return '"' + name.toLatin1() + "\" " + address;
}

QString rfc5322Date(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
           QStringLiteral(" +0000");
}

// The name this machine gives in EHLO: its host name when that is a plain DNS name.
QByteArray ehloName()
{
    const QString host = QSysInfo::machineHostName();
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'.')
            return "localhost";
    }
    return host.isEmpty() ? QByteArray("localhost") : host.toLatin1();
}

void addTextPart(curl_mime *mime, const QByteArray &body, const char *type)
{
    curl_mimepart *part = curl_mime_addpart(mime);
    curl_mime_data(part, body.constData(), size_t(body.size()));
    curl_mime_type(part, type);
    curl_mime_encoder(part, "quoted-printable");
}

} // namespace

QByteArray encodeHeaderText(const QString &value)
{
    QString flat = value;
    flat.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    flat.replace(u'\r', u' ');
    flat.replace(u'\n', u' ');
    if (isPrintableAscii(flat))
        return flat.toLatin1();
    // RFC 2047 "B" words of at most 75 characters: 45 bytes of UTF-8 each, never cut
    // inside a character.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const qsizetype length = flat.at(i).isHighSurrogate() && i + 1 < flat.size() ? 2 : 1;
        const QByteArray bytes = flat.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 45) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &word : std::as_const(words)) {
        if (!out.isEmpty())
            out += ' ';
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

SmtpAttempt sendSmtp(const SmtpSettings &settings, const QString &password,
                     const SmtpMessage &message)
{
    curlReady();
    SmtpAttempt attempt;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<CURL, CurlDeleter> easy(curl_easy_init());
    if (!easy) {
        attempt.error = QStringLiteral("libcurl could not start a transfer");
        return attempt;
    }
    CURL *curl = easy.get();
    const QString host = settings.host.contains(u':') ? u'[' + settings.host + u']' : settings.host;
    const QByteArray url = (settings.security == SmtpSecurity::Tls ? "smtps://" : "smtp://") +
                           host.toUtf8() + ':' + QByteArray::number(settings.port) + '/' +
                           ehloName();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // job threads: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(settings.timeoutSeconds));
    // STARTTLS is required, never optional: a server (or someone in between) that does
    // not offer it gets no message and no password in plain text.
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     settings.security == SmtpSecurity::None ? long(CURLUSESSL_NONE)
                                                             : long(CURLUSESSL_ALL));
    const QByteArray caFile = settings.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    const QByteArray user = settings.user.toUtf8();
    const QByteArray secret = password.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
    }

    const QByteArray envelopeFrom = '<' + mailAddress(message.from).toUtf8() + '>';
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, envelopeFrom.constData());
    std::unique_ptr<curl_slist, CurlDeleter> recipients(
        curl_slist_append(nullptr, ('<' + message.to.trimmed().toUtf8() + '>').constData()));
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());

    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTimeUtc();
    const QList<QByteArray> lines{
        "Date: " + rfc5322Date(date).toLatin1(),
        "From: " + fromHeader(message.from),
        "To: <" + encodeHeaderText(message.to.trimmed()) + '>',
        "Subject: " + encodeHeaderText(message.subject),
        "Message-ID: <" + encodeHeaderText(message.messageId) + '>',
    };
    curl_slist *headerList = nullptr;
    for (const QByteArray &line : lines)
        headerList = curl_slist_append(headerList, line.constData());
    std::unique_ptr<curl_slist, CurlDeleter> headers(headerList);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());

    std::unique_ptr<curl_mime, CurlDeleter> mime(curl_mime_init(curl));
    if (message.html.isEmpty()) {
        addTextPart(mime.get(), crlfText(message.text), "text/plain; charset=utf-8");
    } else {
        curl_mime *alternative = curl_mime_init(curl);
        addTextPart(alternative, crlfText(message.text), "text/plain; charset=utf-8");
        addTextPart(alternative, crlfText(message.html), "text/html; charset=utf-8");
        curl_mimepart *part = curl_mime_addpart(mime.get());
        curl_mime_subparts(part, alternative); // the part owns it from here
        curl_mime_type(part, "multipart/alternative");
    }
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime.get());

    char errorText[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    const CURLcode result = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    attempt.smtpCode = int(code);
    attempt.durationMs = timer.elapsed();
    if (result == CURLE_OK) {
        attempt.ok = true;
        return attempt;
    }
    const QString detail = QString::fromUtf8(errorText).trimmed();
    attempt.error = QStringLiteral("SMTP %1:%2: %3%4%5")
                        .arg(settings.host)
                        .arg(settings.port)
                        .arg(QString::fromUtf8(curl_easy_strerror(result)),
                             detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + u')',
                             code > 0 ? QStringLiteral(", reply %1").arg(code) : QString());
    // A refused sign-in or TLS is the site's configuration, not the message: worth a
    // retry once someone fixed it.
    attempt.permanent =
        code >= 500 && code < 600 && result != CURLE_LOGIN_DENIED && result != CURLE_USE_SSL_FAILED;
    return attempt;
}

} // namespace fm::core
