// SPDX-License-Identifier: MIT
#include "schemaguard/migrationplandialog.h"

#include "project/projectmodel.h"
#include "schemaguard/migrationplanview.h"
#include "schemaguard/plancomputer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace fm::studio {

MigrationPlanDialog::MigrationPlanDialog(core::ProjectModel *project, QWidget *parent)
    : QDialog(parent)
    , m_view(new MigrationPlanView(this))
    , m_planner(new PlanComputer(project, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationPlanDialog"));
    setWindowTitle(tr("Migration Plan"));
    resize(760, 460);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_migrateButton = buttons->addButton(tr("&Migrate Site"), QDialogButtonBox::ActionRole);
    m_migrateButton->setToolTip(tr("Apply the plan of the files as saved to the default site: "
                                   "safe steps; warning steps after a confirmation; dangerous "
                                   "steps never (run them with `m migrate` by hand)."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshButton, &QPushButton::clicked, this, &MigrationPlanDialog::refresh);
    connect(m_migrateButton, &QPushButton::clicked, this, &MigrationPlanDialog::migrate);
    connect(m_planner, &PlanComputer::planned, this, &MigrationPlanDialog::showPlan);
    connect(m_planner, &PlanComputer::migrated, this, &MigrationPlanDialog::showReport);
    connect(project, &core::ProjectModel::saved, this, [this] {
        if (isVisible())
            refresh();
    });
}

void MigrationPlanDialog::refresh()
{
    if (m_planner->isRunning())
        return;
    m_refreshButton->setEnabled(false);
    m_migrateButton->setEnabled(false);
    m_view->showMessage(tr("Planning…"));
    m_planner->plan();
}

void MigrationPlanDialog::migrate()
{
    if (m_planner->isRunning())
        return;
    const Result<core::SitePlan> &plan = m_planner->lastPlan();
    const int warnings = plan ? plan->plan.count(core::StepClass::Warning) : 0;
    bool force = false;
    if (warnings > 0) {
        force = QMessageBox::question(
                    this, tr("Apply warning steps?"),
                    tr("The plan has %n warning step(s) (see why in the plan). Apply them too? "
                       "Safe steps are applied either way; dangerous ones never.",
                       nullptr, warnings),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    }
    m_refreshButton->setEnabled(false);
    m_migrateButton->setEnabled(false);
    m_view->showMessage(tr("Migrating…"));
    m_planner->migrate(force);
}

void MigrationPlanDialog::showPlan()
{
    m_refreshButton->setEnabled(true);
    const Result<core::SitePlan> &plan = m_planner->lastPlan();
    if (!plan) {
        m_view->showMessage(tr("No plan: %1").arg(plan.error().message()));
        return;
    }
    m_view->showPlan(*plan);
    m_migrateButton->setEnabled(!plan->plan.isEmpty());
}

void MigrationPlanDialog::showReport()
{
    const Result<core::MigrationReport> &report = m_planner->lastReport();
    m_status->setText(report ? tr("Site migrated: %1 step(s) applied, %2 left.")
                                   .arg(report->applied.size())
                                   .arg(report->refused.size())
                             : tr("Migration failed: %1").arg(report.error().message()));
    refresh();
}

} // namespace fm::studio
