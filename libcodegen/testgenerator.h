// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "meta/doctype.h"

#include <QString>

namespace fm::codegen {

// test_<snake>.cpp: a Qt Test for the DocType's controller that passes against the
// scaffold and keeps checking once the user fills the hooks in:
// - the generated fieldname and Select-choice constants still match the DocType JSON
//   beside the test (so an edit of the JSON without regeneration fails the test);
// - every hook accepts a document holding the JSON's defaults, called with a real
//   DocumentService over a SQLite file in a QTemporaryDir.
// The constant lists live in generated regions; the rest is the user's.
FM_CODEGEN_EXPORT QString testScaffold(const fm::core::DocType &doctype);

} // namespace fm::codegen
