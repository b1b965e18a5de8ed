// Scaffolded by fm::codegen from the app "shop". It has no fm:generated region: regeneration never changes it; it is yours.
#pragma once

#include "data/documentcontroller.h"

#include <QObject>

namespace shop {

// Loaded by ControllerRegistry::loadPlugin(); registers the app's controllers.
class ShopPlugin final : public QObject, public fm::core::ControllerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FM_CONTROLLER_PLUGIN_IID)
    Q_INTERFACES(fm::core::ControllerPlugin)

public:
    QString appName() const override;
    void registerControllers(fm::core::ControllerRegistry &registry) override;
};

} // namespace shop
