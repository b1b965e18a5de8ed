// SPDX-License-Identifier: MIT
#pragma once

#include "project/filechanges.h"

#include <QUndoCommand>

#include <functional>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// A project operation made of file changes (Rename DocType) as one step on the project's
// undo stack: undo applies the changes the operation's run returned, redo the changes the
// undo returned, each through ProjectModel::applyFileChanges (ADR 0185). The operation
// has run already when the command is pushed, so the first redo does nothing.
// When a step cannot be applied (a file it restores was edited since, an unsaved edit in
// the way) nothing changes, `failed` says why and the step leaves the stack: the files
// have moved on and it can no longer be undone as one step.
class FileChangesCommand final : public QUndoCommand
{
public:
    struct Callbacks
    {
        std::function<void(bool undone)> applied; // select what the step shows
        std::function<void(bool undoing, const QString &error)> failed; // tell the user
    };

    FileChangesCommand(core::ProjectModel *model, core::FileChanges undo, const QString &text,
                       Callbacks callbacks);

    void undo() override;
    void redo() override;

private:
    void applyPending(bool undoing);

    core::ProjectModel *m_model;
    core::FileChanges m_pending; // what the next undo (or redo) applies
    Callbacks m_callbacks;
    bool m_done = true; // the operation ran before the push
};

} // namespace fm::studio
