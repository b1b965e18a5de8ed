// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"

namespace fm::core {

// Inserts `field` into `doctype` right after the field `anchor`, in "fields" and in the
// layout. Without an anchor the field goes to the end of "fields" and into the layout
// section labelled `sectionLabel`, created at the end when missing (an absent layout
// first becomes its explicit equivalent: one unnamed section holding every field).
// JSON pointer positions of the fields that move are shifted along, so
// DocType::locate keeps pointing at the right source. Returns the new field's index.
qsizetype placeField(DocType &doctype, const Field &field, const QString &anchor,
                     const QString &sectionLabel);

} // namespace fm::core
