// SPDX-License-Identifier: MIT
#include "project/filechangescommand.h"

#include "project/projectmodel.h"

namespace fm::studio {

FileChangesCommand::FileChangesCommand(core::ProjectModel *model, core::FileChanges undo,
                                       const QString &text, Callbacks callbacks)
    : QUndoCommand(text)
    , m_model(model)
    , m_pending(std::move(undo))
    , m_callbacks(std::move(callbacks))
{}

void FileChangesCommand::undo()
{
    applyPending(true);
}

void FileChangesCommand::redo()
{
    if (m_done)
        return;
    applyPending(false);
}

void FileChangesCommand::applyPending(bool undoing)
{
    Result<core::FileChanges> reverse = m_model->applyFileChanges(m_pending);
    if (!reverse) {
        // QUndoStack drops an obsolete command after this undo()/redo() returns.
        setObsolete(true);
        if (m_callbacks.failed)
            m_callbacks.failed(undoing, reverse.error().message());
        return;
    }
    m_pending = std::move(*reverse);
    m_done = !undoing;
    if (m_callbacks.applied)
        m_callbacks.applied(undoing);
}

} // namespace fm::studio
