// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"
#include "meta/fieldtype.h"

class QIcon;
class QPalette;
class QWidget;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio::preview {

// The input the Desk form shows for a field, as a real Qt widget that does not take
// input (the preview is read-only): a line edit for Data, a combo box with the choices
// for Select, a date edit, a check box, spin boxes, a text box for Text, a table with
// the child DocType's columns for Table, a line edit with a search icon for Link. Picks
// by the base type, so an app-defined type looks like the type it is built on. The
// widget's objectName is the fieldname; it shows the field's default when it has one.
QWidget *createInput(const core::Field &field, const core::FieldTypeInfo &type,
                     const core::ProjectModel &model, QWidget *parent);

// A magnifying glass drawn in the palette's text colour (no icon theme needed).
QIcon searchIcon(const QPalette &palette);

} // namespace fm::studio::preview
