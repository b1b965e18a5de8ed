// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"

#include <QJsonValue>

namespace fm::core {

// One property of a field as the JSON format names it, with the kind of value it takes
// and the field types it applies to: the table a property editor is drawn from.
struct FM_CORE_EXPORT FieldProperty
{
    enum class Kind {
        Fieldname, // the identifier; changed by a rename, never by setFieldProperty
        FieldType, // a registered field type
        String,    // one line
        Text,      // several lines
        Options,   // depends on the type's OptionsKind: choices, a DocType, a fieldname
        Bool,
        Int,      // permlevel
        OptInt,   // length: a number or absent (JSON null clears it)
        OptReal,  // min, max
        Default,  // any JSON value; its type follows the field's storage
        FetchFrom // "<link_field>.<target_field>"
    };
    // Which field types use the property.
    enum class Scope {
        Any,
        WithOptions,
        WithColumn,
        WithUnique,
        WithLength,
        WithRange,
        WithPattern
    };

    const char *key;   // "options"
    const char *label; // "Options": English, QT_TRANSLATE_NOOP("FieldProperty", ...)
    Kind kind;
    Scope scope;

    QString name() const { return QLatin1String(key); }
    bool appliesTo(const FieldTypeInfo &type) const;
};

// Every field property in the order of the file format (fieldname, fieldtype, label, ...);
// insert_after is left out (extension files only).
FM_CORE_EXPORT const QList<FieldProperty> &fieldProperties();
// nullptr when `key` is not a field property.
FM_CORE_EXPORT const FieldProperty *fieldProperty(const QString &key);

// The property's value as JSON: strings, booleans, numbers; Undefined when unset
// (no length, no default, ...).
FM_CORE_EXPORT QJsonValue fieldPropertyValue(const Field &field, const QString &key);

// Sets one property of the field `fieldname`. A JSON null or an empty string clears an
// optional property. Refuses an unknown field or key, a value of the wrong JSON type,
// the fieldname (renames are their own operation), an unknown field type, a property
// the field's type does not use (length on a Link), a permlevel outside 0..9 and a
// length below 1. Values that are only wrong in context (a Link target that does not
// exist yet, a pattern being typed, min above max) are accepted: the checks mark them.
// Changing the type drops the properties the new type does not use.
FM_CORE_EXPORT Result<DocType> setFieldProperty(const DocType &doctype,
                                                const FieldTypeRegistry &types,
                                                const QString &fieldname, const QString &key,
                                                const QJsonValue &value);

} // namespace fm::core
