// SPDX-License-Identifier: MIT
#pragma once

#include "codeview/syntaxcolors.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace fm::studio {

// The highlighters used when KSyntaxHighlighting (KF6) is not available (ADR 0175):
// small rule sets for the two languages the Studio shows, JSON and C++, coloured from
// SyntaxColors so they follow a light or dark palette (setColors rehighlights).
class BuiltinHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    void setColors(const SyntaxColors &colors);

protected:
    const SyntaxColors &colors() const { return m_colors; }
    QTextCharFormat format(const QColor &colour, bool bold = false, bool italic = false) const;
    // Formats every match of `pattern` (capture group `group`) in `text`.
    void formatMatches(const QString &text, const QRegularExpression &pattern,
                       const QTextCharFormat &format, int group = 0);

private:
    SyntaxColors m_colors;
};

class JsonHighlighter final : public BuiltinHighlighter
{
    Q_OBJECT

public:
    using BuiltinHighlighter::BuiltinHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

class CppHighlighter final : public BuiltinHighlighter
{
    Q_OBJECT

public:
    using BuiltinHighlighter::BuiltinHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace fm::studio
