// SPDX-License-Identifier: MIT
#include "shell/editorpage.h"

#include <QUndoStack>

namespace fm::studio {

EditorPage::EditorPage(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit dirtyChanged(!clean); });
}

EditorPage::~EditorPage()
{
    // The stack clears itself when it goes and would report a page half destroyed.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

bool EditorPage::isDirty() const
{
    return !m_undoStack->isClean();
}

void EditorPage::discardChanges()
{
    if (m_undoStack->cleanIndex() >= 0)
        m_undoStack->setIndex(m_undoStack->cleanIndex());
}

QString EditorPage::closeQuestion() const
{
    return tr("\"%1\" has unsaved changes. Save them before closing?")
        .arg(windowTitle().isEmpty() ? tr("This editor") : windowTitle());
}

} // namespace fm::studio
