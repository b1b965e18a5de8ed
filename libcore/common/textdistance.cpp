// SPDX-License-Identifier: MIT
#include "common/textdistance.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace fm {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution =
                previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    // A third of the word's length (at least 2) keeps hints to plausible typos.
    const int allowed = std::max<int>(2, word.size() / 3);
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        // The distance is at least the difference in length: a candidate that cannot be
        // within `allowed` is skipped, so a client's megabyte-long field name costs a
        // length comparison per column, not its length times theirs (tests/fuzz/fuzz_query
        // spent most of its time here).
        if (std::abs(word.size() - candidate.size()) > allowed)
            continue;
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return bestDistance <= allowed ? best : QString();
}

QString snakeCase(const QString &name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.isLetterOrNumber()) {
            const bool wordStart = c.isUpper() && i > 0 && name[i - 1].isLower();
            if (wordStart && !out.endsWith(QLatin1Char('_')))
                out += QLatin1Char('_');
            out += c.toLower();
        } else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_'))) {
            out += QLatin1Char('_');
        }
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

} // namespace fm
