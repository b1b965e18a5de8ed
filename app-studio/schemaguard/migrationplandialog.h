// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

class MigrationPlanView;
class PlanComputer;

// The schema guard on demand (DocType > Show Migration Plan): what `m migrate` would do
// to the default site with every unsaved edit saved, and "Migrate Site" for the files as
// saved: safe steps, warnings after a confirmation, dangerous steps never (ADR 0181).
// Not modal, so the user can go on editing and refresh.
class MigrationPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    MigrationPlanDialog(core::ProjectModel *project, QWidget *parent = nullptr);

    void refresh();
    void migrate();
    MigrationPlanView *view() const { return m_view; }
    PlanComputer *planner() const { return m_planner; }

private:
    void showPlan();
    void showReport();

    MigrationPlanView *m_view;
    QPointer<PlanComputer> m_planner;
    QPushButton *m_refreshButton;
    QPushButton *m_migrateButton;
    QLabel *m_status;
};

} // namespace fm::studio
