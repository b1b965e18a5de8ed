// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the DocType edit functions (fieldedits, fieldproperties,
// doctypeedits); not installed.

#include "common/error.h"
#include "meta/doctype.h"

namespace fm::core::edits {

// The layout the loader makes up when there is none: one unnamed section with one
// column holding every field in order. Edits keep such a layout in step with "fields".
bool isDefaultLayout(const DocType &doctype);
// "message; hint", or the message alone when there is no hint.
QString withHint(const QString &message, const QString &hint);
Error notAField(const DocType &doctype, const QString &fieldname);

} // namespace fm::core::edits
