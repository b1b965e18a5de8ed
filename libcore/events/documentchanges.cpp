// SPDX-License-Identifier: MIT
#include "events/documentchanges.h"

#include "data/doctypetable.h"
#include "data/document.h"

#include <QJsonArray>

namespace fm::core {

namespace {

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    if (value.metaType().id() == QMetaType::QJsonValue)
        return value.toJsonValue();
    return QJsonValue::fromVariant(value);
}

QJsonValue masked(const QJsonValue &value)
{
    const bool empty = value.isNull() || (value.isString() && value.toString().isEmpty());
    return empty ? QJsonValue(QJsonValue::Null) : QJsonValue(kMaskedValue);
}

QJsonValue rows(const Document *doc, const QString &field)
{
    if (!doc)
        return QJsonValue::Null;
    QJsonArray array;
    for (const Document &row : doc->children(field)) {
        QJsonObject object;
        for (auto it = row.values().cbegin(); it != row.values().cend(); ++it) {
            if (!reservedFieldnames().contains(it.key()))
                object.insert(it.key(), jsonValue(it.value()));
        }
        array.append(object);
    }
    return array;
}

QJsonValue value(const Document *doc, const QString &field)
{
    return doc ? jsonValue(doc->value(field)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QList<FieldChange> documentChanges(const DocTypeTable &table, const Document *before,
                                   const Document *after)
{
    QList<FieldChange> changes;
    const QList<Field> &fields = table.doctype.fields;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const Field &field = fields.at(i);
        const FieldTypeInfo &type = table.fieldTypes.at(i);
        QJsonValue old;
        QJsonValue now;
        if (type.isTable) {
            old = rows(before, field.fieldname);
            now = rows(after, field.fieldname);
            // An empty table is no value: inserting or deleting one lists nothing.
            if (old.toArray().isEmpty())
                old = QJsonValue::Null;
            if (now.toArray().isEmpty())
                now = QJsonValue::Null;
        } else if (type.storage == StorageType::None) {
            continue;
        } else {
            old = value(before, field.fieldname);
            now = value(after, field.fieldname);
            if (type.base == QLatin1String("Password")) {
                // Compared as stored (hashes), shown masked: the event never carries one.
                if (old == now)
                    continue;
                changes << FieldChange{field.fieldname, masked(old), masked(now)};
                continue;
            }
        }
        if (old != now)
            changes << FieldChange{field.fieldname, old, now};
    }
    if (table.doctype.isSubmittable) {
        if (before && after && before->docstatus() != after->docstatus()) {
            changes << FieldChange{QStringLiteral("docstatus"), before->docstatus(),
                                   after->docstatus()};
        }
        const QString amended = QStringLiteral("amended_from");
        const QJsonValue old = value(before, amended);
        const QJsonValue now = value(after, amended);
        if (old != now)
            changes << FieldChange{amended, old, now};
    }
    std::sort(changes.begin(), changes.end(),
              [](const FieldChange &a, const FieldChange &b) { return a.field < b.field; });
    return changes;
}

} // namespace fm::core
