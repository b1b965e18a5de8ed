// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "project/siteplan.h"

#include <QFutureWatcher>
#include <QObject>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// Plans and applies migrations of the project's default site off the UI thread. A plan
// is for the files as they will be once the named DocTypes are saved: their unsaved edits
// count, other DocTypes' do not (they are not part of this save).
class PlanComputer final : public QObject
{
    Q_OBJECT

public:
    explicit PlanComputer(core::ProjectModel *model, QObject *parent = nullptr);
    ~PlanComputer() override;

    // `doctypes` empty: every DocType with unsaved edits.
    void plan(const QStringList &doctypes = {});
    // Migrates the site to the files on disk (save first): safe steps, warnings with
    // `force`, never dangerous ones.
    void migrate(bool force);
    bool isRunning() const;

    const Result<core::SitePlan> &lastPlan() const { return m_plan; }
    // The diagnostics of the files as the last plan saw them.
    const core::Diagnostics &lastDiagnostics() const { return m_diagnostics; }
    const Result<core::MigrationReport> &lastReport() const { return m_report; }

signals:
    void started(const QString &what);
    void planned();
    void migrated();

private:
    core::ProjectModel *m_model;
    struct Planned
    {
        core::Diagnostics diagnostics;
        Result<core::SitePlan> plan;
    };
    QFutureWatcher<Planned> m_planWatcher;
    core::Diagnostics m_diagnostics;
    QFutureWatcher<Result<core::MigrationReport>> m_migrateWatcher;
    Result<core::SitePlan> m_plan;
    Result<core::MigrationReport> m_report;
};

} // namespace fm::studio
