// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/renames.h"

#include <QUndoCommand>

class QUndoStack;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// A field renamed with every reference to it (libcore's renameField) as one undo step.
// The rename stays pending in the project model until the DocType is saved, which
// records it in the app's renames.json, so `m migrate` renames the column and keeps
// its data here and on every teammate's database.
class RenameCommand final : public QUndoCommand
{
public:
    RenameCommand(core::ProjectModel *model, core::RenameEdit edit, QList<core::DocType> before);

    void redo() override;
    void undo() override;

    const core::RenameEdit &edit() const { return m_edit; }

private:
    core::ProjectModel *m_model;
    core::RenameEdit m_edit;
    QList<core::DocType> m_before;
};

// Works out the rename of `from` to `to` in `doctype` and pushes it; the refusal (name
// taken, invalid, reserved, ...) comes back with nothing changed.
Result<core::RenameEdit> renameField(QUndoStack *stack, core::ProjectModel *model,
                                     const QString &doctype, const QString &from,
                                     const QString &to);

} // namespace fm::studio
