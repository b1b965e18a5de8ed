// SPDX-License-Identifier: MIT
#pragma once

#include "codeview/highlighting.h"

#include <QPlainTextEdit>

class QSyntaxHighlighter;
class QUndoStack;

namespace fm::studio {

// A plain-text code editor: line numbers, the current line marked, syntax highlighting
// that follows the palette, and one located error underlined. With an undo stack, the
// undo and redo keys act on it (the DocType's history) instead of the text's own.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    CodeEditor(CodeLanguage language, QWidget *parent = nullptr);

    void setUndoStack(QUndoStack *stack);
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }
    // Underlines from (line, column) (1-based) to the end of the word; 0 clears.
    void setErrorAt(int line, int column);
    void moveCursorTo(int line, int column);
    // Replaces the whole text keeping the cursor's line and column and the scroll
    // position as far as the new text allows.
    void replaceTextKeepingPosition(const QString &text);

    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateExtraSelections();
    QTextCursor cursorAt(int line, int column) const;

    QWidget *m_lineNumbers;
    QSyntaxHighlighter *m_highlighter;
    QUndoStack *m_undoStack = nullptr;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace fm::studio
