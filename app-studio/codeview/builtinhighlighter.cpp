// SPDX-License-Identifier: MIT
#include "codeview/builtinhighlighter.h"

namespace fm::studio {

namespace {

// The index after the literal that opens at `start` with `quote`, escapes skipped;
// the end of the line when it is not closed there.
qsizetype literalEnd(const QString &text, qsizetype start, QChar quote)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == quote)
            return i + 1;
    }
    return text.size();
}

enum BlockState { Code = 0, InBlockComment = 1 };

} // namespace

void BuiltinHighlighter::setColors(const SyntaxColors &colors)
{
    m_colors = colors;
    rehighlight();
}

QTextCharFormat BuiltinHighlighter::format(const QColor &colour, bool bold, bool italic) const
{
    QTextCharFormat result;
    result.setForeground(colour);
    if (bold)
        result.setFontWeight(QFont::Bold);
    result.setFontItalic(italic);
    return result;
}

void BuiltinHighlighter::formatMatches(const QString &text, const QRegularExpression &pattern,
                                       const QTextCharFormat &format, int group)
{
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart(group)), int(match.capturedLength(group)), format);
    }
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(R"((?<![\w."])-?\d+(\.\d+)?([eE][+-]?\d+)?\b)"));
    static const QRegularExpression literal(QStringLiteral(R"(\b(true|false|null)\b)"));
    formatMatches(text, number, format(colors().number));
    formatMatches(text, literal, format(colors().number, true));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'"')
            continue;
        const qsizetype end = literalEnd(text, i, u'"');
        qsizetype next = end;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        const bool isKey = next < text.size() && text.at(next) == u':';
        setFormat(int(i), int(end - i),
                  isKey ? format(colors().key, true) : format(colors().string));
        i = end - 1;
    }
}

void CppHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression keyword(QStringLiteral(
        R"(\b(alignas|alignof|auto|bool|break|case|catch|char|class|const|consteval|constexpr|)"
        R"(const_cast|continue|co_await|co_return|co_yield|decltype|default|delete|do|double|)"
        R"(dynamic_cast|else|enum|explicit|export|extern|false|final|float|for|friend|goto|if|)"
        R"(inline|int|long|mutable|namespace|new|noexcept|nullptr|operator|override|private|)"
        R"(protected|public|reinterpret_cast|return|short|signed|sizeof|static|static_assert|)"
        R"(static_cast|struct|switch|template|this|throw|true|try|typedef|typename|union|)"
        R"(unsigned|using|virtual|void|volatile|while|signals|slots|emit)\b)"));
    static const QRegularExpression type(
        QStringLiteral(R"(\b(Q[A-Z]\w*|q(u?int\d+|sizetype|real)|size_t|std|fm)\b)"));
    static const QRegularExpression number(
        QStringLiteral(R"(\b(0[xX][0-9a-fA-F']+|\d[\d']*(\.\d+)?([eE][+-]?\d+)?)[uUlLfF]*\b)"));
    static const QRegularExpression preprocessor(QStringLiteral(R"(^\s*#\s*\w+)"));
    static const QRegularExpression marker(
        QStringLiteral(R"(^\s*//\s*fm:generated:(begin|end)\b.*$)"));
    formatMatches(text, keyword, format(colors().keyword, true));
    formatMatches(text, type, format(colors().type));
    formatMatches(text, number, format(colors().number));
    formatMatches(text, preprocessor, format(colors().preprocessor));

    qsizetype i = 0;
    setCurrentBlockState(Code);
    if (previousBlockState() == InBlockComment) {
        const qsizetype close = text.indexOf(QLatin1String("*/"));
        i = close < 0 ? text.size() : close + 2;
        setFormat(0, int(i), format(colors().comment, false, true));
        if (close < 0) {
            setCurrentBlockState(InBlockComment);
            return;
        }
    }
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            const qsizetype end = literalEnd(text, i, c);
            setFormat(int(i), int(end - i), format(colors().string));
            i = end - 1;
        } else if (text.mid(i, 2) == QLatin1String("//")) {
            setFormat(int(i), int(text.size() - i), format(colors().comment, false, true));
            break;
        } else if (text.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype close = text.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype end = close < 0 ? text.size() : close + 2;
            setFormat(int(i), int(end - i), format(colors().comment, false, true));
            if (close < 0) {
                setCurrentBlockState(InBlockComment);
                break;
            }
            i = end - 1;
        }
    }
    // The lines that fence generated code stand out: what is between them is replaced
    // on "Generate controller".
    formatMatches(text, marker, format(colors().marker, true));
}

} // namespace fm::studio
