// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QString>

class QUndoStack;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio::erd {

// The ERD's edits of DocTypes, each one undoable step on the stack it is given.

// A relation a drag from `source` to `target` creates: a Link field, or a Table field
// when the target is a child DocType.
struct RelationProposal
{
    QString source;
    QString target;
    QString fieldtype; // "Link" or "Table"
    QString fieldname; // fresh in `source`, from the target's name
    QString label;     // the target's name
};

// What dropping `source` on `target` proposes; an error saying why when no field can be
// made (a built-in source, a child DocType holding a table, an unknown target).
Result<RelationProposal> proposeRelation(const core::ProjectModel &model, const QString &source,
                                         const QString &target);
// Adds the field and places it at the end of the source's layout, as one step.
Result<void> addRelation(QUndoStack *stack, core::ProjectModel *model,
                         const RelationProposal &relation);
// Removes a Link, DynamicLink or Table field with its place in the layout and the
// references to it in the same DocType, as one step.
Result<void> removeRelation(QUndoStack *stack, core::ProjectModel *model, const QString &doctype,
                            const QString &fieldname);

} // namespace fm::studio::erd
