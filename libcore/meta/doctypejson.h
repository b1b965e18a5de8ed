// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"

#include <QByteArray>
#include <QJsonObject>

namespace fm::core {

// Writes a DocType in the JSON format the loader reads (format version 1), with only
// the values that differ from the defaults (and "$schema" and "format_version" when the
// DocType has them) and the fields in their order, so that
// DocTypeLoader::loadJson(toJson(d)) == d. A layout equal to the default one (a single
// unnamed section with all fields in order) is left out.
FM_CORE_EXPORT QJsonObject toJson(const DocType &doctype);
FM_CORE_EXPORT QJsonObject toJson(const Field &field);

// toJson() as the text of a file in the canonical form (docs/adr/0150): keys in the
// documented order (not alphabetical as QJsonDocument would write them), one object
// member per line, arrays of scalars on one line and other arrays one element per
// line, two-space indentation, UTF-8, a final newline. Writing a reloaded DocType gives
// the same bytes, so a file in this form changes only where its DocType changed.
FM_CORE_EXPORT QByteArray toJsonText(const DocType &doctype);

} // namespace fm::core
