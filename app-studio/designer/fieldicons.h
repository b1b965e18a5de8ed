// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace fm::core {
class FieldTypeRegistry;
}

namespace fm::studio {

// The SVG icon of a field type (an app-defined type shows its base type's icon); a
// plain field icon for an unknown type.
QIcon fieldTypeIcon(const core::FieldTypeRegistry &types, const QString &fieldtype);

// "LongText" -> "Long Text", "URL" -> "URL": how the palette names a type, and the
// label a field created from it starts with.
QString fieldTypeTitle(const QString &fieldtype);

} // namespace fm::studio
