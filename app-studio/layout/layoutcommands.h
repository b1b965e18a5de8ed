// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/layoutedits.h"
#include "model/editorcontext.h"

namespace fm::studio {

// The layout grid's gestures as undoable edits: each runs one libcore layout operation
// on the DocType of `context` and pushes it as one step with a text for the history
// ("Move field \"subject\""). A refusal comes back as the operation's error and pushes
// nothing; an edit that changes nothing pushes nothing either.
namespace layoutcommands {

Result<void> addSection(const EditorContext &context, qsizetype at);
Result<void> removeSection(const EditorContext &context, qsizetype section);
Result<void> renameSection(const EditorContext &context, qsizetype section, const QString &label);
Result<void> setCollapsible(const EditorContext &context, qsizetype section, bool collapsible);
Result<void> moveSection(const EditorContext &context, qsizetype from, qsizetype to);
Result<void> addColumn(const EditorContext &context, qsizetype section, qsizetype at);
Result<void> removeColumn(const EditorContext &context, qsizetype section, qsizetype column);
Result<void> moveColumn(const EditorContext &context, qsizetype section, qsizetype from,
                        qsizetype to);
// Moves a placed field, or places one from the tray.
Result<void> placeField(const EditorContext &context, const QString &fieldname,
                        const core::LayoutCell &cell);
Result<void> unplaceField(const EditorContext &context, const QString &fieldname);
// A new field of `fieldtype` (label from the type, fresh fieldname) placed at `cell`, in
// one step; selects it. Returns its fieldname.
Result<QString> addFieldOfType(const EditorContext &context, const QString &fieldtype,
                               const core::LayoutCell &cell);

// "Ticket" or "Section 2" for an untitled one: how messages name a section.
QString sectionName(const core::LayoutSection &section, qsizetype index);

} // namespace layoutcommands

} // namespace fm::studio
