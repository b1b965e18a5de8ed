// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fm::studio {

// Drag-and-drop payloads between the palette, the field list, the layout grid and the
// tray; every item model encodes and decodes through these, so a test drives a drop by
// building the same QMimeData.
// A field type from the palette; payload: the type's name in UTF-8 ("Date").
inline constexpr QLatin1String kFieldTypeMime("application/x-fm-fieldtype");
// An existing field of the DocType being edited; payload: its fieldname in UTF-8.
inline constexpr QLatin1String kFieldMime("application/x-fm-field");

} // namespace fm::studio
