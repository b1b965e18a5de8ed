// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QString>

namespace fm::core {

// A UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits, so names
// sort by creation time and index pages fill in order. Within one millisecond a
// process-wide counter in the random field keeps the values strictly increasing.
FM_CORE_EXPORT QString createUuidV7();

} // namespace fm::core
