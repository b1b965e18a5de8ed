// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QList>
#include <QString>

namespace fm::core {

// Where something stands in a source file; line and column start at 1, 0 = unknown.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
};

// One problem found in a DocType, app or extension file, with how to fix it.
struct FM_CORE_EXPORT Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    SourceLocation location;
    QString code;    // stable kebab-case id, e.g. "unknown-key", "reserved-fieldname"
    QString message; // what is wrong
    QString hint;    // how to fix it

    // "file:line:column: error: message [code]\n    hint: ..."
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

FM_CORE_EXPORT bool hasErrors(const Diagnostics &diagnostics);

} // namespace fm::core
