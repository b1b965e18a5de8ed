// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "common/error.h"

#include <QString>

namespace fm::codegen {

enum class WriteOutcome { Created, Updated, Unchanged };

FM_CODEGEN_EXPORT QString outcomeName(WriteOutcome outcome); // "created", "updated", "unchanged"

// Writes generated text to `path`: creates the file (and its folders) when absent;
// otherwise merges the regions (mergeGenerated) into the file as it is, and
// rewrites it only when that changes something. Writes go through QSaveFile, so
// the file is either fully replaced or left as it was. A file with broken markers,
// or that is not UTF-8, is an error and stays untouched.
FM_CODEGEN_EXPORT Result<WriteOutcome> writeGenerated(const QString &path, const QString &fresh);

} // namespace fm::codegen
