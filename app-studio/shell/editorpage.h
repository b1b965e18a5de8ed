// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace fm::studio {

// The contract between an editor tab (a DocType designer, the ERD, ...) and the shell.
// Each page owns the undo stack of what it edits; the shell's Edit menu follows the
// current page's stack, the tab shows "*" while the page is dirty, and closing a dirty
// page asks Save / Discard / Cancel with the page's question, then calls save() or
// discardChanges(). Plain QWidgets can be tabs too: they are never dirty.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPage(QWidget *parent = nullptr);
    ~EditorPage() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    // Unsaved changes: by default, the undo stack is away from its clean state.
    virtual bool isDirty() const;
    // Writes the changes; false when nothing was saved (a failure the page reported to
    // the user, or the user cancelled). Marks the stack clean on success.
    virtual bool save() = 0;
    // Drops the unsaved changes from memory: by default undoes back to the clean state.
    virtual void discardChanges();
    // The question asked before closing a dirty page.
    virtual QString closeQuestion() const;

signals:
    void dirtyChanged(bool dirty);
    void titleChanged(const QString &title);

private:
    QUndoStack *m_undoStack;
};

} // namespace fm::studio
