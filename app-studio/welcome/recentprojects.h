// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace fm::studio {

// The projects opened lately, most recent first, kept in the settings. Paths are
// absolute and clean; a project that has gone away stays listed until removed.
class RecentProjects final
{
public:
    static constexpr int kMaxEntries = 12;

    static QStringList list();
    static void add(const QString &path); // moves it to the front
    static void remove(const QString &path);
    static void clear();
    // Whether the folder still holds a project (m.json).
    static bool exists(const QString &path);
};

} // namespace fm::studio
