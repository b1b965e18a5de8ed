// SPDX-License-Identifier: MIT
#include "data/controllerregistry.h"

#include <QFileInfo>
#include <QPluginLoader>

namespace fm::core {

ControllerRegistry::ControllerRegistry() = default;
ControllerRegistry::~ControllerRegistry() = default;

void ControllerRegistry::registerController(const QString &doctype,
                                            std::shared_ptr<DocumentController> controller)
{
    m_controllers.insert(doctype, std::move(controller));
}

DocumentController *ControllerRegistry::controller(const QString &doctype) const
{
    const auto it = m_controllers.constFind(doctype);
    return it == m_controllers.constEnd() ? nullptr : it->get();
}

Result<void> ControllerRegistry::loadPlugin(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return fail(ErrorCode::Io, QStringLiteral("controller plugin %1 does not exist; build the "
                                                  "app (cmake --build) or fix the path")
                                       .arg(path));
    }
    auto loader = std::make_unique<QPluginLoader>(path);
    QObject *instance = loader->instance();
    if (!instance) {
        const QString reason = loader->errorString();
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot load controller plugin %1: %2").arg(path, reason));
    }
    auto *plugin = qobject_cast<ControllerPlugin *>(instance);
    if (!plugin) {
        loader->unload();
        return fail(ErrorCode::Io,
                    QStringLiteral("%1 is a Qt plugin but not a Framework M controller plugin; "
                                   "it must implement fm::core::ControllerPlugin with IID %2")
                        .arg(path, QStringLiteral(FM_CONTROLLER_PLUGIN_IID)));
    }
    plugin->registerControllers(*this);
    m_plugins << plugin->appName();
    // Loaders stay alive and loaded: the controllers registered above run plugin code.
    m_loaders.push_back(std::move(loader));
    return {};
}

QStringList ControllerRegistry::loadedPlugins() const
{
    return m_plugins;
}

} // namespace fm::core
