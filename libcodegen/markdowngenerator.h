// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "meta/doctype.h"

#include <QString>

namespace fm::codegen {

// The Markdown reference page of a DocType: title and description, properties
// (naming, flags), fields table, layout, permission matrix and indexes, each in its
// own generated region so prose the user adds between them survives regeneration.
FM_CODEGEN_EXPORT QString referencePage(const fm::core::DocType &doctype);

} // namespace fm::codegen
