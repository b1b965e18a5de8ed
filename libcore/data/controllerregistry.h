// SPDX-License-Identifier: MIT
#pragma once

#include "data/documentcontroller.h"

#include <QHash>
#include <QStringList>

#include <vector>

class QPluginLoader;

namespace fm::core {

// Which controller handles which DocType; filled in code or by app plugins.
class FM_CORE_EXPORT ControllerRegistry final
{
public:
    ControllerRegistry();
    ~ControllerRegistry();
    ControllerRegistry(const ControllerRegistry &) = delete;
    ControllerRegistry &operator=(const ControllerRegistry &) = delete;

    // Replaces any controller registered for the DocType before.
    void registerController(const QString &doctype, std::shared_ptr<DocumentController> controller);
    DocumentController *controller(const QString &doctype) const; // nullptr when none

    // Loads a controller plugin (QPluginLoader) and lets it register its controllers.
    Result<void> loadPlugin(const QString &path);
    QStringList loadedPlugins() const;

private:
    QHash<QString, std::shared_ptr<DocumentController>> m_controllers;
    QStringList m_plugins;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
};

} // namespace fm::core
