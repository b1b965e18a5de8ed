// SPDX-License-Identifier: MIT
#include "palette/fuzzymatch.h"

namespace fm::studio {

namespace {

bool isWordStart(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    return !before.isLetterOrNumber() || (before.isLower() && text.at(i).isUpper());
}

// Whether needle[from..] is a case-insensitive subsequence of text[start..].
bool matchesRest(const QString &needle, qsizetype from, const QString &text, qsizetype start)
{
    for (qsizetype n = from; n < needle.size(); ++n) {
        if (needle.at(n).isSpace())
            continue;
        const QChar wanted = needle.at(n).toCaseFolded();
        while (start < text.size() && text.at(start).toCaseFolded() != wanted)
            ++start;
        if (start == text.size())
            return false;
        ++start;
    }
    return true;
}

} // namespace

// Greedy left-to-right, preferring a later word start over a character in the middle
// of a word when one is ahead: good enough for command names, and linear.
int fuzzyScore(const QString &pattern, const QString &text)
{
    const QString needle = pattern.simplified();
    if (needle.isEmpty())
        return 0;
    int score = 0;
    qsizetype pos = 0;
    qsizetype previous = -2;
    for (qsizetype n = 0; n < needle.size(); ++n) {
        const QChar wanted = needle.at(n).toCaseFolded();
        if (wanted.isSpace())
            continue;
        qsizetype found = -1;
        qsizetype wordStart = -1;
        for (qsizetype i = pos; i < text.size(); ++i) {
            if (text.at(i).toCaseFolded() != wanted)
                continue;
            if (found < 0)
                found = i;
            if (i == previous + 1 || isWordStart(text, i)) {
                wordStart = i;
                break;
            }
        }
        if (found < 0)
            return -1;
        const qsizetype at =
            wordStart >= 0 && matchesRest(needle, n + 1, text, wordStart + 1) ? wordStart : found;
        if (at == previous + 1)
            score += 8; // a run
        else if (isWordStart(text, at))
            score += 6;
        else
            score += 1;
        score -= int(qMin<qsizetype>(at - pos, 5)); // a gap costs, up to a point
        previous = at;
        pos = at + 1;
    }
    return qMax(score, 1);
}

} // namespace fm::studio
