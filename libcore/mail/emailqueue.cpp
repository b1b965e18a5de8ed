// SPDX-License-Identifier: MIT
#include "mail/emailqueue.h"

#include "data/documentservice.h"
#include "data/fieldvalidator.h"

namespace fm::core {

EmailQueue::EmailQueue(DocumentService &service)
    : m_service(service)
{}

Result<Document> EmailQueue::enqueue(const OutgoingEmail &email, const QString &user)
{
    Document doc(kDocType);
    doc.setValue(QStringLiteral("recipient"), email.recipient.trimmed());
    doc.setValue(QStringLiteral("subject"), email.subject);
    doc.setValue(QStringLiteral("body"), email.body);
    doc.setValue(QStringLiteral("status"), QStringLiteral("Not Sent"));
    if (email.sendAfter.isValid())
        doc.setValue(QStringLiteral("send_after"),
                     FieldValidator::canonicalDatetime(email.sendAfter.toUTC()));
    if (!email.referenceDoctype.isEmpty())
        doc.setValue(QStringLiteral("reference_doctype"), email.referenceDoctype);
    if (!email.referenceName.isEmpty())
        doc.setValue(QStringLiteral("reference_name"), email.referenceName);
    return m_service.insert(doc, user);
}

Result<QList<Document>> EmailQueue::latest(int limit)
{
    Query query;
    query.doctype = kDocType;
    // uuid7 names grow with time, so they order mails made in the same millisecond.
    query.orderBy = {{QStringLiteral("creation"), true}, {QStringLiteral("name"), true}};
    query.limit = limit;
    return m_service.list(query);
}

} // namespace fm::core
