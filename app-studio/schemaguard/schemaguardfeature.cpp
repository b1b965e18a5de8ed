// SPDX-License-Identifier: MIT
// DocType > Show Migration Plan (Ctrl+Shift+M) and Migrate Site: the schema guard on
// demand, in a dialog made the first time it is asked for (ADR 0181, 0183).
#include "project/projectmodel.h"
#include "schemaguard/migrationplandialog.h"
#include "schemaguard/plancomputer.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QPointer>

namespace fm::studio {

namespace {

constexpr char kShowMigrationPlan[] = "DocType.ShowMigrationPlan";
constexpr char kMigrateSite[] = "DocType.MigrateSite";

MigrationPlanDialog *planDialog(MainWindow &window)
{
    auto *dialog = window.findChild<MigrationPlanDialog *>(QStringLiteral("migrationPlanDialog"));
    if (!dialog && window.project())
        dialog = new MigrationPlanDialog(window.project(), &window);
    if (dialog) {
        dialog->show();
        dialog->raise();
    }
    return dialog;
}

void installSchemaGuard(MainWindow &window)
{
    ActionRegistry &reg = *window.actionRegistry();
    const QString category = MainWindow::tr("DocType");
    const QString context = QLatin1String(ids::kProjectContext);
    QAction *show = reg.registerAction(
        {QLatin1String(kShowMigrationPlan), MainWindow::tr("Show &Migration Plan"), category,
         context, QKeySequence::UnknownKey, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    QObject::connect(show, &QAction::triggered, &window, [&window] {
        if (MigrationPlanDialog *dialog = planDialog(window))
            dialog->refresh();
    });
    QAction *migrate = reg.registerAction(
        {QLatin1String(kMigrateSite), MainWindow::tr("Migrate &Site"), category, context});
    QObject::connect(migrate, &QAction::triggered, &window, [&window] {
        MigrationPlanDialog *dialog = planDialog(window);
        if (!dialog)
            return;
        // Migrate what the plan shows: plan first when there is none yet.
        if (!dialog->planner()->lastPlan() && !dialog->planner()->isRunning()) {
            QObject::connect(dialog->planner(), &PlanComputer::planned, dialog,
                             &MigrationPlanDialog::migrate, Qt::SingleShotConnection);
            dialog->refresh();
            return;
        }
        dialog->migrate();
    });
    reg.addToMenu(QLatin1String(ids::kMenuDocType), QLatin1String(kShowMigrationPlan));
    reg.addToMenu(QLatin1String(ids::kMenuDocType), QLatin1String(kMigrateSite));
    // The dialog shows one project.
    QObject::connect(&window, &MainWindow::aboutToCloseProject, &window, [&window] {
        delete window.findChild<MigrationPlanDialog *>(QStringLiteral("migrationPlanDialog"));
    });
}

} // namespace

FM_STUDIO_FEATURE(schemaguard, 40, installSchemaGuard);

} // namespace fm::studio
