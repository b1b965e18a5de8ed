// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fm::studio {

// How well `pattern` matches `text` as a case-insensitive subsequence ("nwdt" matches
// "New DocType"): -1 when it does not, else a score that grows with characters at word
// starts and in runs, and shrinks with gaps. An empty pattern matches everything with 0.
int fuzzyScore(const QString &pattern, const QString &text);

} // namespace fm::studio
