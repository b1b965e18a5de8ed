// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QUndoStack;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

class EditorSelection;

// What every panel of one DocType editor works on: the project model (the one copy of
// the DocType), the DocType's name, its undo stack and the shared selection. Panels edit
// only through pushEdit()/DocTypeCommand on `undoStack` and redraw on the model's
// doctypeChanged(name).
struct EditorContext
{
    core::ProjectModel *model = nullptr;
    QString doctype;
    QUndoStack *undoStack = nullptr;
    EditorSelection *selection = nullptr;
};

} // namespace fm::studio
