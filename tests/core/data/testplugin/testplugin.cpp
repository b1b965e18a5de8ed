// SPDX-License-Identifier: MIT
// A controller plugin as an app would build it, loaded by tst_controllerplugin.
#include "data/controllerregistry.h"

#include <QObject>

namespace {

class CustomerPolicy final : public fm::core::DocumentController
{
public:
    fm::Result<void> validate(fm::core::HookContext &, fm::core::Document &doc) override
    {
        if (doc.string("customer_name") == u"Blocked") {
            return fm::fail(fm::ErrorCode::Validation, QStringLiteral("this customer is blocked"),
                            {fm::FieldError{"customer_name", "blocked", "pick another customer"}});
        }
        return {};
    }
};

} // namespace

class TestAppPlugin final : public QObject, public fm::core::ControllerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FM_CONTROLLER_PLUGIN_IID)
    Q_INTERFACES(fm::core::ControllerPlugin)
public:
    QString appName() const override { return QStringLiteral("testapp"); }
    void registerControllers(fm::core::ControllerRegistry &registry) override
    {
        registry.registerController(QStringLiteral("Customer"), std::make_shared<CustomerPolicy>());
    }
};

#include "testplugin.moc"
