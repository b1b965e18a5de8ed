// SPDX-License-Identifier: MIT
#include "git/workspaces.h"

#include <QDir>
#include <QSettings>

namespace fm::studio::git {

namespace {

const QString kKey = QStringLiteral("git/workspaces");

void save(const QList<Workspace> &all)
{
    QSettings settings;
    settings.beginWriteArray(kKey, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), all.at(i).name);
        settings.setValue(QStringLiteral("folder"), all.at(i).folder);
        settings.setValue(QStringLiteral("url"), all.at(i).url);
    }
    settings.endArray();
}

} // namespace

QList<Workspace> Workspaces::list()
{
    QSettings settings;
    QList<Workspace> out;
    const int count = settings.beginReadArray(kKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        out << Workspace{settings.value(QStringLiteral("name")).toString(),
                         settings.value(QStringLiteral("folder")).toString(),
                         settings.value(QStringLiteral("url")).toString()};
    }
    settings.endArray();
    return out;
}

void Workspaces::add(const Workspace &workspace)
{
    Workspace entry = workspace;
    entry.folder = QDir::cleanPath(QDir(entry.folder).absolutePath());
    if (entry.name.isEmpty())
        entry.name = QDir(entry.folder).dirName();
    QList<Workspace> all = list();
    all.removeIf([&](const Workspace &w) { return w.folder == entry.folder; });
    all.prepend(entry);
    save(all);
}

void Workspaces::remove(const QString &folder)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    QList<Workspace> all = list();
    all.removeIf([&](const Workspace &w) { return w.folder == clean; });
    save(all);
}

QString Workspaces::nameFromUrl(const QString &url)
{
    QString path = url.trimmed();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    const qsizetype cut =
        qMax(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char(':')));
    return path.mid(cut + 1);
}

} // namespace fm::studio::git
