// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"

#include <QDateTime>

namespace fm::core {

class DocumentService;

// One e-mail to queue.
struct OutgoingEmail
{
    QString recipient; // one address
    QString subject;
    QString body;             // plain text
    QDateTime sendAfter;      // invalid: as soon as possible
    QString referenceDoctype; // the document the mail is about, when there is one
    QString referenceName;
};

// Outgoing e-mail as data: every mail is an Email Queue document written through
// DocumentService. A site with an SMTP server sends them from jobs (mail/emailsending.h,
// ADR 0250); without one the queue is the development mailbox (docs/adr/0120).
class FM_CORE_EXPORT EmailQueue final
{
public:
    static inline const QString kDocType = QStringLiteral("Email Queue");

    explicit EmailQueue(DocumentService &service);

    // Queues `email` with status "Not Sent"; the stored document. An empty recipient
    // or subject, or an address that is not one, is a validation error.
    Result<Document> enqueue(const OutgoingEmail &email,
                             const QString &user = QStringLiteral("Administrator"));
    // The latest `limit` mails (every one when limit < 0), newest first.
    Result<QList<Document>> latest(int limit = 20);

private:
    DocumentService &m_service;
};

} // namespace fm::core
