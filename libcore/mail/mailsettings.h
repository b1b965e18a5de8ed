// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QJsonObject>

#include <optional>

namespace fm::core {

// The address inside "Name <address>", or the whole text trimmed when it has no brackets.
FM_CORE_EXPORT QString mailAddress(const QString &nameAndAddress);

// How the SMTP connection is secured.
enum class SmtpSecurity {
    StartTls, // plain connection upgraded with STARTTLS, which the server must offer (port 587)
    Tls,      // TLS from the first byte, "SMTPS" (port 465)
    None      // no encryption at all: only for a relay on the same machine or in tests
};

// The SMTP server of a site (site.json "mail": {"smtp": {...}}). The password never
// sits in site.json: it comes from an environment variable or a secret file, read at
// each connection so a rotated secret needs no restart (docs/guide/email.md).
struct FM_CORE_EXPORT SmtpSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;         // empty: no sign-in (AUTH)
    QString passwordEnv;  // the environment variable holding the password
    QString passwordFile; // or a file holding it (absolute, or relative to the site folder)
    QString caFile;       // PEM file of CAs to trust instead of the system's (a private CA)
    int timeoutSeconds = 30;

    // The password from its environment variable or file; empty without a user. An
    // error names the variable or file and what to do when it cannot be read.
    Result<QString> password() const;
};

// The site's outgoing mail settings. Without "smtp" nothing is sent: the Email Queue is
// the development mailbox (`m mail list`, GET /api/v1/dev/mailbox under `m start --dev`).
struct FM_CORE_EXPORT MailSettings
{
    std::optional<SmtpSettings> smtp;
    QString from;                 // the From header: "Acme <noreply@acme.example>"
    int maxRetries = 5;           // retries of a mail after a temporary failure
    int retryBackoffSeconds = 60; // before the first retry, doubling each time

    bool sends() const { return smtp.has_value(); }
    QString fromAddress() const; // the address alone, for the SMTP envelope

    // Reads the "mail" object of a site.json (`siteDir` resolves relative file paths).
    // A missing object is the mailbox; anything wrong or unknown is a BadRequest naming
    // the key and the fix, and a plain "password" is refused.
    static Result<MailSettings> fromJson(const QJsonValue &mail, const QString &siteDir);
    // The same from <siteDir>/site.json.
    static Result<MailSettings> load(const QString &siteDir);
};

} // namespace fm::core
