// SPDX-License-Identifier: MIT
// The Migration plan dock: what `m migrate` would do to the default site with the unsaved
// edits saved, refreshed on demand and after each save, and "Migrate site" for the files
// as saved (safe steps; warnings after a confirmation; dangerous steps never).
#include "problems/problemsview.h"
#include "project/projectmodel.h"
#include "schemaguard/migrationplanview.h"
#include "schemaguard/plancomputer.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace fm::studio {

namespace ids {
inline constexpr char kMigrationPlanDock[] = "MigrationPlan";
inline constexpr char kShowMigrationPlan[] = "DocType.ShowMigrationPlan";
inline constexpr char kMigrateSite[] = "DocType.MigrateSite";
} // namespace ids

namespace {

QString id(const char *text)
{
    return QLatin1String(text);
}

class MigrationPlanDock final : public QWidget
{
public:
    explicit MigrationPlanDock(MainWindow &window)
        : m_window(window)
        , m_view(new MigrationPlanView(this))
    {
        setObjectName(QStringLiteral("migrationPlanDock"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_view, 1);
        m_view->showMessage(tr("Open a project to see what saving would change in its site."));
        m_refresh.setSingleShot(true);
        m_refresh.setInterval(300);
        connect(&m_refresh, &QTimer::timeout, this, [this] { refresh(); });
    }

    void setProject(core::ProjectModel *project)
    {
        delete m_planner;
        m_planner = nullptr;
        if (!project) {
            m_view->showMessage(tr("No project is open."));
            return;
        }
        m_planner = new PlanComputer(project, this);
        connect(m_planner, &PlanComputer::planned, this, [this] { showPlan(); });
        connect(m_planner, &PlanComputer::migrated, this, [this] { showReport(); });
        connect(project, &core::ProjectModel::saved, &m_refresh, qOverload<>(&QTimer::start));
        refresh();
    }

    // With every unsaved edit saved: what the next "Save all" and migrate would do.
    void refresh()
    {
        if (!m_planner)
            return;
        if (m_planner->isRunning()) {
            m_refresh.start();
            return;
        }
        m_view->showMessage(tr("Planning…"));
        m_planner->plan();
    }

    void migrate()
    {
        if (!m_planner || m_planner->isRunning())
            return;
        const Result<core::SitePlan> &plan = m_planner->lastPlan();
        bool force = false;
        if (plan && plan->plan.count(core::StepClass::Warning) > 0) {
            force = QMessageBox::question(
                        &m_window, tr("Apply warning steps?"),
                        tr("The plan has %n warning step(s) (see why in the plan). Apply them "
                           "too? Safe steps are applied either way; dangerous ones never.",
                           nullptr, plan->plan.count(core::StepClass::Warning)),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        }
        m_view->showMessage(tr("Migrating…"));
        m_planner->migrate(force);
    }

private:
    void showPlan()
    {
        const Result<core::SitePlan> &plan = m_planner->lastPlan();
        if (!plan) {
            m_view->showMessage(tr("No plan: %1").arg(plan.error().message()));
            return;
        }
        m_view->showPlan(*plan);
    }

    void showReport()
    {
        const Result<core::MigrationReport> &report = m_planner->lastReport();
        m_window.statusBar()->showMessage(
            report ? tr("Site migrated: %1 step(s) applied, %2 left")
                         .arg(report->applied.size())
                         .arg(report->refused.size())
                   : tr("Migration failed: %1").arg(report.error().message()),
            10000);
        refresh();
    }

    MainWindow &m_window;
    MigrationPlanView *m_view;
    QPointer<PlanComputer> m_planner;
    QTimer m_refresh;
};

void installSchemaGuard(MainWindow &window)
{
    auto *panel = new MigrationPlanDock(window);
    QDockWidget *dock =
        window.addDock({id(ids::kMigrationPlanDock), MainWindow::tr("Migration plan"), panel,
                        Qt::BottomDockWidgetArea, id(ids::kProblemsDock)});
    ActionRegistry &reg = *window.actionRegistry();
    const QString category = MainWindow::tr("DocType");
    QAction *show =
        reg.registerAction({id(ids::kShowMigrationPlan), MainWindow::tr("Show &Migration Plan"),
                            category, id(ids::kProjectContext), QKeySequence::UnknownKey,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    QObject::connect(show, &QAction::triggered, panel, [dock, panel] {
        dock->show();
        dock->raise();
        panel->refresh();
    });
    QAction *migrate = reg.registerAction({id(ids::kMigrateSite), MainWindow::tr("Migrate &Site"),
                                           category, id(ids::kProjectContext)});
    QObject::connect(migrate, &QAction::triggered, panel, [dock, panel] {
        dock->show();
        panel->migrate();
    });
    reg.addToMenu(id(ids::kMenuDocType), id(ids::kShowMigrationPlan));
    reg.addToMenu(id(ids::kMenuDocType), id(ids::kMigrateSite));
    QObject::connect(&window, &MainWindow::projectOpened, panel,
                     [panel](core::ProjectModel *project) { panel->setProject(project); });
    QObject::connect(&window, &MainWindow::aboutToCloseProject, panel,
                     [panel] { panel->setProject(nullptr); });
}

} // namespace

FM_STUDIO_FEATURE(schemaguard, 40, installSchemaGuard);

} // namespace fm::studio
