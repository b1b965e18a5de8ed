// SPDX-License-Identifier: MIT
#include "git/diffhighlighter.h"

#include <QTextCharFormat>

namespace fm::studio::git {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

DiffHighlighter::LineKind DiffHighlighter::kindOf(const QString &line)
{
    if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")) ||
        line.startsWith(QLatin1String("diff --git")) || line.startsWith(QLatin1String("index ")) ||
        line.startsWith(QLatin1String("new file")) ||
        line.startsWith(QLatin1String("deleted file")))
        return LineKind::FileHeader;
    if (line.startsWith(QLatin1String("@@")))
        return LineKind::Hunk;
    if (line.startsWith(QLatin1Char('+')))
        return LineKind::Added;
    if (line.startsWith(QLatin1Char('-')))
        return LineKind::Removed;
    return LineKind::Context;
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    // Mid-tone colours read on the light and the dark theme alike.
    QTextCharFormat format;
    switch (kindOf(text)) {
    case LineKind::Added:
        format.setForeground(QColor(0x2e, 0xa0, 0x43));
        break;
    case LineKind::Removed:
        format.setForeground(QColor(0xd7, 0x3a, 0x49));
        break;
    case LineKind::Hunk:
        format.setForeground(QColor(0x8a, 0x63, 0xd2));
        break;
    case LineKind::FileHeader:
        format.setFontWeight(QFont::Bold);
        break;
    case LineKind::Context:
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace fm::studio::git
