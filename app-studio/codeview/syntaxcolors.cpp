// SPDX-License-Identifier: MIT
#include "codeview/syntaxcolors.h"

namespace fm::studio {

bool SyntaxColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

SyntaxColors SyntaxColors::forPalette(const QPalette &palette)
{
    // Two fixed sets (after Qt Creator's default and dark schemes) rather than colours
    // derived from the palette: derived ones lose contrast on unusual palettes.
    if (isDark(palette)) {
        return {QColor(0x9c, 0xdc, 0xfe), QColor(0xce, 0x91, 0x78), QColor(0xb5, 0xce, 0xa8),
                QColor(0x56, 0x9c, 0xd6), QColor(0x4e, 0xc9, 0xb0), QColor(0x6a, 0x99, 0x55),
                QColor(0xc5, 0x86, 0xc0), QColor(0xd7, 0xba, 0x7d), QColor(255, 255, 255, 18),
                QColor(0xf4, 0x47, 0x47)};
    }
    return {QColor(0x00, 0x00, 0x80), QColor(0x00, 0x80, 0x00), QColor(0x80, 0x00, 0x80),
            QColor(0x80, 0x80, 0x00), QColor(0x80, 0x00, 0x80), QColor(0x6a, 0x73, 0x7d),
            QColor(0x00, 0x00, 0x80), QColor(0xa0, 0x50, 0x00), QColor(0, 0, 0, 12),
            QColor(0xd0, 0x10, 0x10)};
}

} // namespace fm::studio
