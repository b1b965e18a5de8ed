// SPDX-License-Identifier: MIT
#pragma once

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace fm::studio {

enum class CodeLanguage { Json, Cpp };

// A highlighter for `document`: KSyntaxHighlighting's with its light or dark default
// theme when the Studio was built with KF6 (FM_WITH_KF6_SYNTAX and the package found),
// otherwise the built-in one (ADR 0175). Owned by the document.
QSyntaxHighlighter *createHighlighter(CodeLanguage language, QTextDocument *document,
                                      const QPalette &palette);
// Follows a palette change (a switch between light and dark).
void updateHighlighter(QSyntaxHighlighter *highlighter, const QPalette &palette);
// "KSyntaxHighlighting" or "built-in": for the About box and the ADR's test.
const char *highlighterBackend();

} // namespace fm::studio
