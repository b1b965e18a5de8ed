// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"

#include <QByteArray>
#include <QJsonObject>

namespace fm::core {

// Writes a DocType in the JSON format the loader reads (format version 1), with only
// the values that differ from the defaults and the fields in their order, so that
// DocTypeLoader::loadJson(toJson(d)) gives back an equal DocType. A layout equal to
// the default one (a single unnamed section with all fields in order) is left out.
FM_CORE_EXPORT QJsonObject toJson(const DocType &doctype);
FM_CORE_EXPORT QJsonObject toJson(const Field &field);

// toJson() as the text of a file: keys in the documented order (not alphabetical as
// QJsonDocument would write them), two-space indentation, short lists on one line,
// a final newline. The text is stable: writing a reloaded DocType gives the same bytes.
FM_CORE_EXPORT QByteArray toJsonText(const DocType &doctype);

} // namespace fm::core
