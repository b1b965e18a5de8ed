// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fm::studio::git {

// A project cloned from a Git server ("cloud workspace"): where it is and where it came from.
struct Workspace
{
    QString name;   // the folder's name unless the user renames it
    QString folder; // absolute
    QString url;    // the remote it was cloned from

    bool operator==(const Workspace &other) const = default;
};

// The workspaces the Studio knows, newest first, kept in the settings (QSettings
// "git/workspaces"; no credential is ever stored there). One entry per folder.
class Workspaces final
{
public:
    static QList<Workspace> list();
    static void add(const Workspace &workspace); // replaces the folder's entry, moves it first
    static void remove(const QString &folder);
    // "shop" for https://host/team/shop.git or git@host:team/shop.git.
    static QString nameFromUrl(const QString &url);
};

} // namespace fm::studio::git
