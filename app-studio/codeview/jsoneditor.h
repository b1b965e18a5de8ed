// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"
#include "model/editorcontext.h"

#include <QTimer>
#include <QWidget>

class QPushButton;

namespace fm::studio {

class CodeEditor;

// The DocType's JSON as save() would write it, editable. Each pause in typing (300 ms)
// loads the text with the DocTypeLoader: an edit that adds no problem the DocType did
// not already have replaces it as one undo step ("Edit JSON"); otherwise the first new
// problem is underlined at its line and column and explained in a bar that jumps there,
// and the model is left alone (ADR 0177). A change made elsewhere (another panel, undo)
// replaces the text, keeping the cursor and the scroll position.
class JsonEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 300;

    explicit JsonEditor(const EditorContext &context, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    // The problem shown in the bar; invalid (empty message) when there is none.
    const core::Diagnostic &problem() const { return m_problem; }
    // Loads and applies the text now instead of after the pause (tests, focus out).
    void applyNow();
    void jumpToProblem();

private:
    void textEdited();
    void modelChanged(const QString &name);
    void showProblem(const core::Diagnostic &problem);

    EditorContext m_context;
    CodeEditor *m_editor;
    QPushButton *m_bar;
    QTimer m_delay;
    core::Diagnostic m_problem;
    bool m_applying = false; // our own edit reaching the model: keep the user's text
    bool m_loading = false;  // our own replacement of the text: not an edit
};

} // namespace fm::studio
