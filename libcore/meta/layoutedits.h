// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"

namespace fm::core {

// Layout operations as pure functions: each takes a DocType and returns the edited copy,
// or an error saying what is wrong (unknown field, index out of range) and leaves the
// input alone. The Studio's layout grid and `m` use the same functions. Every edit starts
// from effectiveLayout(), so a DocType without "layout" first becomes its explicit form.
// Fields not placed in any column are "in the tray": the loader reports them
// (layout-missing-fields) until they are placed, nothing is deleted.

// Where a field is placed; invalid (section -1) when it is in the tray.
struct LayoutCell
{
    qsizetype section = -1;
    qsizetype column = -1;
    qsizetype row = -1;

    bool isValid() const { return section >= 0; }
    bool operator==(const LayoutCell &) const = default;
};

// The layout the form shows: the DocType's own, or without one the default (one unnamed
// section with one column holding every field in order). Never empty.
FM_CORE_EXPORT QList<LayoutSection> effectiveLayout(const DocType &doctype);
// The fields no column places, in the order of "fields".
FM_CORE_EXPORT QStringList unplacedFields(const DocType &doctype);
FM_CORE_EXPORT LayoutCell findPlacement(const DocType &doctype, const QString &fieldname);

// Inserts a section with one empty column before `at` (size() appends).
FM_CORE_EXPORT Result<DocType> addSection(const DocType &doctype, qsizetype at,
                                          const QString &label);
// Removes a section; its fields go to the tray. The last section stays (a form needs one).
FM_CORE_EXPORT Result<DocType> removeSection(const DocType &doctype, qsizetype section);
FM_CORE_EXPORT Result<DocType> renameSection(const DocType &doctype, qsizetype section,
                                             const QString &label);
FM_CORE_EXPORT Result<DocType> setSectionCollapsible(const DocType &doctype, qsizetype section,
                                                     bool collapsible);
// Moves a section so that it ends up at index `to`.
FM_CORE_EXPORT Result<DocType> moveSection(const DocType &doctype, qsizetype from, qsizetype to);

// Inserts an empty column before `at` in a section (the column count appends).
FM_CORE_EXPORT Result<DocType> addColumn(const DocType &doctype, qsizetype section, qsizetype at);
// Removes a column; its fields go to the tray. The last column of a section stays.
FM_CORE_EXPORT Result<DocType> removeColumn(const DocType &doctype, qsizetype section,
                                            qsizetype column);
FM_CORE_EXPORT Result<DocType> moveColumn(const DocType &doctype, qsizetype section, qsizetype from,
                                          qsizetype to);

// Places a field at `cell` (row = insertion index in the column as it is now, as a drop
// between two items gives it), moving it from wherever it was, the tray included.
FM_CORE_EXPORT Result<DocType> placeInCell(const DocType &doctype, const QString &fieldname,
                                           const LayoutCell &cell);
// Takes a placed field out of the layout, into the tray.
FM_CORE_EXPORT Result<DocType> unplaceField(const DocType &doctype, const QString &fieldname);

// A fieldname derived from a label that no field of the DocType has and the loader
// accepts: "Due Date" -> "due_date", then "due_date_2", ...; "field" for a label with no
// usable letter, a suffix for reserved names ("name" -> "name_2"): fieldnameFromLabel
// (meta/fieldedits.h) with the DocType's fieldnames taken.
FM_CORE_EXPORT QString freshFieldname(const DocType &doctype, const QString &label);
// Appends `field` to "fields" and places it at `cell`: one edit for "drop a field type
// into the grid". Refuses an invalid or taken fieldname.
FM_CORE_EXPORT Result<DocType> addFieldInCell(const DocType &doctype, const Field &field,
                                              const LayoutCell &cell);

} // namespace fm::core
