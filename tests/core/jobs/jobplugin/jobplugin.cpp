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
        // Due only on New Year's Day: tst_jobs_server moves its next run into the past.
        fm::core::ScheduleDefinition yearly;
        yearly.name = QStringLiteral("test.echo.yearly");
        yearly.job = QStringLiteral("test.echo");
        yearly.cron = QStringLiteral("@yearly");
        yearly.args = QJsonObject{{QStringLiteral("from"), QStringLiteral("schedule")}};
        (void)registry.registerSchedule(yearly);
    }
};

#include "jobplugin.moc"
