// SPDX-License-Identifier: MIT
#include "events/event.h"

#include <array>

namespace fm::core {

namespace {

struct TypeName
{
    EventType type;
    const char *name;
};

constexpr std::array<TypeName, 7> kTypeNames{{{EventType::Insert, "insert"},
                                              {EventType::Update, "update"},
                                              {EventType::Delete, "delete"},
                                              {EventType::Submit, "submit"},
                                              {EventType::Cancel, "cancel"},
                                              {EventType::Amend, "amend"},
                                              {EventType::Rename, "rename"}}};

const QString kOld = QStringLiteral("old");
const QString kNew = QStringLiteral("new");

} // namespace

QString eventTypeName(EventType type)
{
    for (const TypeName &t : kTypeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const TypeName &t : kTypeNames) {
        if (name == QLatin1String(t.name))
            return t.type;
    }
    return std::nullopt;
}

const FieldChange *Event::change(const QString &field) const
{
    for (const FieldChange &c : changes) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QJsonObject Event::changesToJson() const
{
    QJsonObject json;
    for (const FieldChange &c : changes)
        json.insert(c.field, QJsonObject{{kOld, c.oldValue}, {kNew, c.newValue}});
    return json;
}

QList<FieldChange> Event::changesFromJson(const QJsonObject &json)
{
    QList<FieldChange> changes;
    changes.reserve(json.size());
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject values = it.value().toObject();
        changes << FieldChange{it.key(), values.value(kOld), values.value(kNew)};
    }
    return changes; // QJsonObject iterates in key order: already sorted
}

QJsonObject Event::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("type"), eventTypeName(type)},
                       {QStringLiteral("doctype"), doctype},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("docstatus"), docstatus},
                       {QStringLiteral("time"), time},
                       {QStringLiteral("changes"), changesToJson()},
                       {QStringLiteral("request_id"), requestId}};
}

bool EventFilter::matches(const Event &event) const
{
    return (doctype.isEmpty() || doctype == event.doctype) &&
           (types.isEmpty() || types.contains(event.type));
}

} // namespace fm::core
