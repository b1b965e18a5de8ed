// SPDX-License-Identifier: MIT
// An app plugin that subscribes to events, loaded by tst_eventrelay: one handler that
// throws on every event and, registered after it, one that logs inserted Customers to
// the file named by FM_EVENT_PLUGIN_LOG.
#include "data/controllerregistry.h"

#include <QFile>
#include <QObject>

#include <stdexcept>

class EventTestPlugin final : public QObject, public fm::core::ControllerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FM_CONTROLLER_PLUGIN_IID)
    Q_INTERFACES(fm::core::ControllerPlugin)
public:
    QString appName() const override { return QStringLiteral("testapp"); }
    void registerControllers(fm::core::ControllerRegistry &registry) override
    {
        registry.registerEventHandler(
            {}, [](const fm::core::Event &) { throw std::runtime_error("out of coffee"); },
            QStringLiteral("eventplugin.throws"));
        registry.registerEventHandler(
            {QStringLiteral("Customer"), {fm::core::EventType::Insert}},
            [](const fm::core::Event &event) {
                QFile log(qEnvironmentVariable("FM_EVENT_PLUGIN_LOG"));
                if (log.open(QIODevice::Append))
                    log.write(QStringLiteral("%1 %2\n").arg(event.doctype, event.name).toUtf8());
            },
            QStringLiteral("eventplugin.log"));
    }
};

#include "eventplugin.moc"
