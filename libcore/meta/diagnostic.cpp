// SPDX-License-Identifier: MIT
#include "meta/diagnostic.h"

namespace fm::core {

QString Diagnostic::toString() const
{
    QString where = location.file.isEmpty() ? QStringLiteral("<input>") : location.file;
    if (location.line > 0)
        where += QStringLiteral(":%1:%2").arg(location.line).arg(location.column);
    const QString level =
        severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    QString text = QStringLiteral("%1: %2: %3 [%4]").arg(where, level, message, code);
    if (!hint.isEmpty())
        text += QStringLiteral("\n    hint: ") + hint;
    return text;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

} // namespace fm::core
