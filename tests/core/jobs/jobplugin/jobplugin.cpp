// SPDX-License-Identifier: MIT
// The test app's plugin for the job server tests: registers the test jobs
// (jobtestjobs.h) so `m worker` and `m start --with-worker` can run them.
#include "data/controllerregistry.h"
#include "jobtestjobs.h"

#include <QObject>

class JobTestPlugin final : public QObject, public fm::core::ControllerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FM_CONTROLLER_PLUGIN_IID)
    Q_INTERFACES(fm::core::ControllerPlugin)
public:
    QString appName() const override { return QStringLiteral("testapp"); }
    void registerControllers(fm::core::ControllerRegistry &registry) override
    {
        registerTestJobs(registry);
    }
};

#include "jobplugin.moc"
