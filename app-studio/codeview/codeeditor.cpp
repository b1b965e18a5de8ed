// SPDX-License-Identifier: MIT
#include "codeview/codeeditor.h"

#include "codeview/syntaxcolors.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QUndoStack>

namespace fm::studio {

namespace {

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->lineNumberWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

bool isUndoOrRedo(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
}

} // namespace

CodeEditor::CodeEditor(CodeLanguage language, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    m_highlighter = createHighlighter(language, document(), palette());
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
    updateExtraSelections();
}

void CodeEditor::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
    // The DocType's stack is the one history; the text's own would undo behind its back.
    setUndoRedoEnabled(stack == nullptr);
}

int CodeEditor::lineNumberWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            painter.setPen(line == m_errorLine ? SyntaxColors::forPalette(palette()).error
                           : block.blockNumber() == current
                               ? palette().color(QPalette::Text)
                               : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 6, height, Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::setErrorAt(int line, int column)
{
    m_errorLine = line;
    m_errorColumn = column;
    updateExtraSelections();
    m_lineNumbers->update();
}

QTextCursor CodeEditor::cursorAt(int line, int column) const
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block.isValid() ? block : document()->lastBlock());
    const int offset = qBound(0, column - 1, qMax(0, cursor.block().length() - 1));
    cursor.setPosition(cursor.block().position() + offset);
    return cursor;
}

void CodeEditor::moveCursorTo(int line, int column)
{
    setTextCursor(cursorAt(line, column));
    centerCursor();
    setFocus();
}

void CodeEditor::replaceTextKeepingPosition(const QString &text)
{
    const QTextCursor cursor = textCursor();
    const int line = cursor.blockNumber() + 1;
    const int column = cursor.positionInBlock() + 1;
    const int scroll = verticalScrollBar()->value();
    setPlainText(text);
    setTextCursor(cursorAt(line, column));
    verticalScrollBar()->setValue(scroll);
}

void CodeEditor::updateExtraSelections()
{
    const SyntaxColors colors = SyntaxColors::forPalette(palette());
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(colors.currentLine);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections << line;
    if (m_errorLine > 0) {
        QTextEdit::ExtraSelection error;
        error.cursor = cursorAt(m_errorLine, m_errorColumn);
        const QString line = error.cursor.block().text();
        const int at = error.cursor.positionInBlock();
        const int close = line.indexOf(QLatin1Char('"'), at + 1);
        if (at < line.size() && line.at(at) == u'"' && close > at) // a JSON string: all of it
            error.cursor.setPosition(error.cursor.block().position() + close + 1,
                                     QTextCursor::KeepAnchor);
        else
            error.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!error.cursor.hasSelection()) // at a brace or the end of a line
            error.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        error.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        error.format.setUnderlineColor(colors.error);
        QColor tint = colors.error;
        tint.setAlpha(40);
        error.format.setBackground(tint);
        selections << error;
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent *event)
{
    // Let the window's Undo/Redo actions (the DocType's stack) have these keys.
    if (m_undoStack && event->type() == QEvent::ShortcutOverride &&
        isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // No window action took them (a test, a bare editor): undo on the stack ourselves.
    if (m_undoStack && isUndoOrRedo(event)) {
        if (event->matches(QKeySequence::Undo))
            m_undoStack->undo();
        else
            m_undoStack->redo();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(area.left(), area.top(), lineNumberWidth(), area.height());
}

void CodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateHighlighter(m_highlighter, palette());
        updateExtraSelections();
    }
    QPlainTextEdit::changeEvent(event);
}

} // namespace fm::studio
