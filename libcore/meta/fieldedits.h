// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"

namespace fm::core {

// Edits of a DocType's fields as pure functions: each takes a DocType value and returns
// the edited value, or refuses with a message that says what is wrong and how to fix
// it. The Studio wraps each in an undo step; `m` and tests call them directly. They
// refuse what a DocType can never hold (a duplicate or invalid fieldname, an unknown
// field type) and leave to the loader's checks what is only wrong in context (a Link to
// a DocType not written yet): docs/adr/0170-doctype-edits-refuse-or-diagnose.md.
//
// Source positions in the returned DocType are those of the input: after an edit, ask
// the project model (ProjectModel::locate) where things are.

// The loader's rule: 1..64 lowercase letters, digits and '_', starting with a letter.
FM_CORE_EXPORT bool isValidFieldname(const QString &fieldname);

// A fieldname for a field labelled `label` that is valid, not reserved and not in
// `taken`: "Due Date" -> "due_date", then "due_date_2", "due_date_3", ... Letters with
// accents lose them; a label without letters gives "field".
FM_CORE_EXPORT QString fieldnameFromLabel(const QString &label, const QStringList &taken);

// Inserts `field` at `index` of "fields" (clamped; -1 appends). An empty fieldname is
// derived from the label (or from the field type when there is no label). In the
// layout the field follows the field before it (or precedes the one after it); a
// layout that is the default one (one unnamed section with every field in order)
// stays the default. Refuses an unknown field type and an invalid, reserved or
// duplicate fieldname.
FM_CORE_EXPORT Result<DocType> addField(const DocType &doctype, const FieldTypeRegistry &types,
                                        Field field, qsizetype index = -1);

// Moves the field to `to`, its index in the resulting "fields" list. A default layout
// follows the new order; an explicit layout places fields itself and is kept.
FM_CORE_EXPORT Result<DocType> moveField(const DocType &doctype, const QString &fieldname,
                                         qsizetype to);

// Removes the field and every reference to it in this DocType: its place in the
// layout, list columns, kanban and calendar fields, search_fields, title_field, sort,
// rls_field, naming by field, index columns (an index left without columns goes too;
// so does a calendar view without its start field)
// and fetch_from through it. `removedReferences` receives a line per reference removed
// ("title_field", "index on status, modified", ...). A naming series placeholder and
// references from other DocTypes are left for the checks to report.
FM_CORE_EXPORT Result<DocType> removeField(const DocType &doctype, const QString &fieldname,
                                           QStringList *removedReferences = nullptr);

} // namespace fm::core
