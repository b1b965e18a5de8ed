// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/fieldtype.h"

#include <optional>

namespace fm::core {

// Converts one input value to a field's canonical form (see Document) and checks
// the rules that need nothing but the value: type, length, min/max, pattern,
// Select choices and the type's own format (Email, URL, Color, ...). Required,
// unique and link targets need the whole document or the database: the
// DocumentService checks those.
class FM_CORE_EXPORT FieldValidator final
{
public:
    // Null/empty input gives an invalid QVariant (unset) and no error.
    static std::optional<FieldError> coerce(const Field &field, const FieldTypeInfo &type,
                                            const QVariant &input, QVariant &canonical);

    // True for null, invalid, and empty strings: the value counts as not set.
    static bool isEmpty(const QVariant &value);

    // Unwraps a QJsonValue held in a QVariant into a plain QVariant.
    static QVariant unwrapJson(const QVariant &value);

    // Canonical forms of date and time values.
    static QString canonicalDatetime(const QDateTime &value);
};

} // namespace fm::core
