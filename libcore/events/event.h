// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace fm::core {

// What happened to a document. The names are the wire form (outbox, JSON, filters).
enum class EventType { Insert, Update, Delete, Submit, Cancel, Amend, Rename };

FM_CORE_EXPORT QString eventTypeName(EventType type); // "insert", "update", ...
FM_CORE_EXPORT std::optional<EventType> eventTypeFromName(const QString &name);

// One field's value before and after the change (docs/guide/events.md says which
// fields are listed and how Password fields and child tables appear).
struct FieldChange
{
    QString field;
    QJsonValue oldValue; // null on insert
    QJsonValue newValue; // null on delete
    bool operator==(const FieldChange &) const = default;
};

// One committed change, as the outbox stores it and the relay delivers it.
struct FM_CORE_EXPORT Event
{
    qint64 sequence = 0; // position in the outbox: commit order, never reused
    QString id;          // UUIDv7, the idempotency key for subscribers
    EventType type = EventType::Insert;
    QString doctype;
    QString name; // the document's name after the change
    QString user;
    qint64 version = 0;         // the document's _version after the change (0: not versioned)
    int docstatus = 0;          // after the change (0 for DocTypes that are not submittable)
    QString time;               // UTC, "yyyy-MM-dd HH:mm:ss.zzz" like the modified column
    QList<FieldChange> changes; // sorted by field name
    QString requestId;          // the HTTP request that made the change, when there was one

    const FieldChange *change(const QString &field) const; // nullptr when unchanged
    QJsonObject changesToJson() const;                     // {"field": {"old", "new"}}
    static QList<FieldChange> changesFromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Which events a subscriber wants: one DocType or all (empty), some types or all (empty).
struct FM_CORE_EXPORT EventFilter
{
    QString doctype;
    QList<EventType> types;

    bool matches(const Event &event) const;
};

} // namespace fm::core
