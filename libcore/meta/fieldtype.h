// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QString>

namespace fm::core {

// How a field's value is kept in SQL. `None` means no column (child tables).
enum class StorageType { None, Text, Integer, Real, Boolean, Date, Datetime, Time, Json };

// What a field's `options` must name for this type.
enum class OptionsKind {
    None,
    Choices,   // Select: one choice per line
    DocType,   // Link, Table, TableMultiSelect: a DocType name
    FieldName, // DynamicLink: a Link-to-"DocType" field holding the target DocType
};

// Description of one field type. Built-in types validate themselves; an app-defined
// type names a built-in `base` whose validation it reuses, plus an optional extra
// `pattern` every value must match.
struct FM_CORE_EXPORT FieldTypeInfo
{
    QString name; // "Data", "Link", ...
    QString base; // built-in type whose coercion applies; equals name for built-ins
    StorageType storage = StorageType::Text;
    OptionsKind options = OptionsKind::None;
    QString widget;               // Desk widget name
    QString pattern;              // extra regex for app-defined types
    QString app;                  // app that registered it; "core" for built-ins
    bool isTable = false;         // holds child rows (Table, TableMultiSelect)
    bool supportsLength = false;  // `length` validator applies
    bool supportsRange = false;   // `min`/`max` validators apply
    bool supportsPattern = false; // `pattern` validator applies
    bool supportsUnique = true;

    bool isValid() const { return !name.isEmpty(); }
};

} // namespace fm::core
