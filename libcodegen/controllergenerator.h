// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "meta/doctype.h"

#include <QString>

namespace fm::codegen {

// <snake>_controller.h: a DocumentController subclass declaring every hook the
// DocType has (submit and cancel hooks only when it is submittable) and, in the
// generated region "constants", the DocType name, its fieldnames and Select choices.
FM_CODEGEN_EXPORT QString controllerHeader(const fm::core::DocType &doctype);

// <snake>_controller.cpp: each hook returning success, with a one-line comment on
// when it runs. No generated region: once written, it is the user's.
FM_CODEGEN_EXPORT QString controllerSource(const fm::core::DocType &doctype);

} // namespace fm::codegen
