// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "model/editorcontext.h"

#include <functional>

namespace fm::studio {

// An edit as libcore's DocType edit functions compute it (meta/fieldedits.h, ...).
using DocTypeEdit = std::function<Result<core::DocType>(const core::DocType &)>;

// Computes `edit` from the DocType as edited and pushes it as one undo step named
// `text` (pushEdit, merged with the step before when `mergeKey` matches). The refusal
// when `edit` refuses; true when a step was pushed, false when nothing changed.
Result<bool> applyEdit(const EditorContext &context, const QString &text, const DocTypeEdit &edit,
                       const QString &mergeKey = QString());

// The merge key of typing into one property: "Ticket/status/label". An empty fieldname
// stands for the DocType's own settings.
QString mergeKey(const EditorContext &context, const QString &fieldname, const QString &property);

} // namespace fm::studio
