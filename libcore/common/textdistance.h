// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QString>
#include <QStringList>

namespace fm {

// Levenshtein distance, used for "did you mean" hints.
FM_CORE_EXPORT int editDistance(const QString &a, const QString &b);

// The candidate closest to `word` when it is close enough to be a likely typo,
// else an empty string.
FM_CORE_EXPORT QString closestMatch(const QString &word, const QStringList &candidates);

// Converts "Sales Invoice" to "sales_invoice" (table names, file names, slugs).
FM_CORE_EXPORT QString snakeCase(const QString &name);

} // namespace fm
