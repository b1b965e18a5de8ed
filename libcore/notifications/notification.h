// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"
#include "data/query.h"
#include "events/event.h"

#include <QJsonObject>

namespace fm::core {

struct DocType;

// One Notification document, read into the form the dispatcher and the job need
// (docs/guide/notifications.md): which events of which DocType, to whom, how, and what
// it says.
struct FM_CORE_EXPORT Notification
{
    static inline const QString kDocType = QStringLiteral("Notification");
    static inline const QString kLogDocType = QStringLiteral("Notification Log");

    QString name;
    bool enabled = true;
    QString doctype;
    QList<EventType> eventTypes; // empty: every type
    QString valueChanged;        // set: only events that changed this field
    QList<Filter> condition;     // the list API's filters on the document; empty: all
    QStringList roles;           // users holding any of these roles
    QStringList users;           // and these users
    bool notifyOwner = false;    // and the document's owner
    bool inApp = true;           // a Notification Log row per recipient
    bool email = false;          // an Email Queue mail per recipient with an e-mail address
    QString subject;             // Mustache templates; values are HTML-escaped
    QString message;

    // Validation (naming the field and the fix) when the document breaks a rule that
    // needs no database; NotificationController checks the rest when it is saved.
    static Result<Notification> fromDocument(const Document &doc);

    // The type and the changed field; the condition needs the database (the job).
    bool wantsEvent(const Event &event) const;
};

namespace notificationrules {
// DocTypes a notification may not watch: what it writes itself, so it cannot trigger
// itself (Notification Log, Email Queue, Job Log) and its own definition.
FM_CORE_EXPORT bool isRefusedDocType(const QString &doctype);
// Refuses a template that does not parse, one that would print a value unescaped
// ({{{ }}}, {{& }}), changes delimiters or uses partials, and names that are neither a
// field of `doctype` (doc.<field>) nor one of the event's (event, user, doctype, name,
// changed). `field` names the template's field in the error.
FM_CORE_EXPORT Result<void> checkTemplate(const QString &field, const QString &text,
                                          const DocType &doctype);
// What a template can use: {"doc": {field: text, ...}, "event", "user", "doctype",
// "name", "changed"}.
FM_CORE_EXPORT QJsonObject templateContext(const Document &doc, const Event &event);
// Renders with every value HTML-escaped; an error for a template that does not parse.
FM_CORE_EXPORT Result<QString> render(const QString &text, const QJsonObject &context);
// The text of an HTML message for a plain text mail: tags dropped, entities decoded.
FM_CORE_EXPORT QString plainText(const QString &html);
} // namespace notificationrules

} // namespace fm::core
