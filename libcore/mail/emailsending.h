// SPDX-License-Identifier: MIT
#pragma once

#include "events/eventrelay.h"
#include "mail/mailsettings.h"

#include <memory>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;
class JobQueue;

// The job that sends one Email Queue document (args {"email": name}).
inline const QString kEmailSendJob = QStringLiteral("core.email.send");

// Registers core.email.send for the site in `siteDir` (SiteContext does it for every
// site). The job reads the site's mail settings at each mail (MailSettings::load), so a
// changed server or password needs no restart. It moves the mail through Sending to Sent, or
// records the error: back to Not Sent while retries are left, Error after the last one or when the
// server refused the message for good (docs/guide/email.md).
FM_CORE_EXPORT void registerEmailSending(ControllerRegistry &registry, const QString &siteDir);

// The subscriber that queues a send job for each mail: an inserted Email Queue document,
// or one whose status someone set back to Not Sent (a manual retry). One job per mail
// (unique key email:<name>), due at send_after, run as the system principal with the
// retries and backoff of `settings`. SiteContext makes one when the site has an SMTP server.
class FM_CORE_EXPORT EmailDispatcher final
{
public:
    EmailDispatcher(DocumentService &service, ConnectionPool &pool,
                    const ControllerRegistry &registry, const MailSettings &settings);
    ~EmailDispatcher();
    EmailDispatcher(const EmailDispatcher &) = delete;
    EmailDispatcher &operator=(const EmailDispatcher &) = delete;

    // Queues the send job of mail `name` (due at `sendAfter`, now when invalid); true
    // when a new job was made, false when one was queued or running already.
    Result<bool> queue(const QString &name, const QDateTime &sendAfter = {});

    static QString uniqueKey(const QString &mail);

private:
    MailSettings m_settings;
    std::unique_ptr<JobQueue> m_queue;
    EventSubscription m_subscription; // last: unsubscribes before the queue goes
};

} // namespace fm::core
