// SPDX-License-Identifier: MIT
#include "shell/feature.h"

#include <QList>

#include <algorithm>

namespace fm::studio {

namespace {

// A function-local static: registrations run during static initialisation, in any order.
QList<Feature> &features()
{
    static QList<Feature> list;
    return list;
}

} // namespace

bool registerFeature(const Feature &feature)
{
    features().append(feature);
    return true;
}

void installFeatures(MainWindow &window)
{
    QList<Feature> sorted = features();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Feature &a, const Feature &b) { return a.order < b.order; });
    for (const Feature &feature : sorted)
        feature.install(window);
}

} // namespace fm::studio
