// SPDX-License-Identifier: MIT
#pragma once

#include "events/event.h"

namespace fm::core {

class Document;
struct DocTypeTable;

// The field changes an event carries (docs/guide/events.md): the DocType's own fields
// whose value differs between `before` and `after` (either may be null: insert,
// delete), plus docstatus and amended_from. Password values are masked; a Table field
// lists its rows without their standard columns.
FM_CORE_EXPORT QList<FieldChange> documentChanges(const DocTypeTable &table, const Document *before,
                                                  const Document *after);

// What a changed Password field shows instead of its value.
inline const QString kMaskedValue = QStringLiteral("********");

} // namespace fm::core
