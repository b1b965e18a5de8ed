// SPDX-License-Identifier: MIT
#pragma once

#include "mail/mailsettings.h"

#include <QDateTime>

namespace fm::core {

// One message to hand to the SMTP server.
struct SmtpMessage
{
    QString from; // the From header, "Name <address>" or an address
    QString to;   // one address
    QString subject;
    QString text;      // the plain text body
    QString html;      // optional: sent with `text` as multipart/alternative
    QString messageId; // without the angle brackets: "<id>@<domain>"
    QDateTime date;    // invalid: now
};

// How one attempt went.
struct SmtpAttempt
{
    bool ok = false;
    // The server refused the message itself (a 5xx answer to MAIL FROM, RCPT TO or
    // DATA): sending it again cannot succeed. Anything else that fails (no connection,
    // timeout, TLS, sign-in, 4xx) is temporary and worth a retry.
    bool permanent = false;
    int smtpCode = 0; // the server's last reply code; 0 when it never answered
    QString error;    // what went wrong, for the Email Queue's error field
    qint64 durationMs = 0;
};

// Sends `message` through the site's SMTP server (libcurl, ADR 0250): one connection,
// STARTTLS or TLS as configured (the server's certificate verified against the system's
// CAs or ca_file), AUTH when a user is set, one recipient. Blocking, bounded by the
// settings' timeout: call it from a job thread.
FM_CORE_EXPORT SmtpAttempt sendSmtp(const SmtpSettings &settings, const QString &password,
                                    const SmtpMessage &message);

// A header value for people (Subject, the From name): RFC 2047 encoded words when it
// holds anything but printable ASCII; line breaks become spaces, so a value can never
// start a header of its own.
FM_CORE_EXPORT QByteArray encodeHeaderText(const QString &value);

} // namespace fm::core
