// SPDX-License-Identifier: MIT
#include "welcome/recentprojects.h"

#include "project/project.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace fm::studio {

namespace {

const char kKey[] = "recentProjects";

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void store(const QStringList &paths)
{
    QSettings().setValue(QLatin1String(kKey), paths);
}

} // namespace

QStringList RecentProjects::list()
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString entry = normalized(path);
    QStringList paths = list();
    paths.removeAll(entry);
    paths.prepend(entry);
    store(paths.mid(0, kMaxEntries));
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(normalized(path));
    store(paths);
}

void RecentProjects::clear()
{
    QSettings().remove(QLatin1String(kKey));
}

bool RecentProjects::exists(const QString &path)
{
    return QFileInfo::exists(QDir(path).filePath(QLatin1String(core::Project::kConfigFile)));
}

} // namespace fm::studio
