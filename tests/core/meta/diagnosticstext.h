// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"

#include <QStringList>

// Diagnostics one per line, for a failing QVERIFY2's message.
inline QString diagnosticsText(const fm::core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const fm::core::Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}
