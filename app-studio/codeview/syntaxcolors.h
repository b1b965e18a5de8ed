// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

namespace fm::studio {

// The colours of the built-in highlighters and the code editor, picked for the palette:
// dark text on a light base, light text on a dark one (the Studio follows the
// platform's theme, so both must read well).
struct SyntaxColors
{
    QColor key;          // JSON object keys
    QColor string;       // string and character literals
    QColor number;       // numbers, true/false/null
    QColor keyword;      // C++ keywords
    QColor type;         // C++ built-in and Qt types
    QColor comment;      // comments
    QColor preprocessor; // #include, #pragma, ...
    QColor marker;       // fm:generated region markers
    QColor currentLine;  // the line with the cursor
    QColor error;        // wavy underline of a located error

    static bool isDark(const QPalette &palette);
    static SyntaxColors forPalette(const QPalette &palette);
};

} // namespace fm::studio
