// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"

#include <QDate>

namespace fm::studio {

// What the next names of new documents look like under a DocType's naming rule, as the
// Studio can tell without a database: a series counts from 1 (a site continues its own
// counter), placeholders show as {fieldname}, uuid shows fresh UUIDv7 values. Empty for
// rules that take the name from the user or a field; `problem` receives why a series
// pattern cannot name anything.
struct NamingPreview
{
    QStringList names;
    QString problem;
};

NamingPreview previewNames(const core::DocType &doctype, int count,
                           QDate date = QDate::currentDate());

} // namespace fm::studio
