// SPDX-License-Identifier: MIT
#include "schemaguard/saveflow.h"

#include "project/projectmodel.h"
#include "schemaguard/plancomputer.h"
#include "schemaguard/savedialog.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace fm::studio {

SaveFlow::SaveFlow(core::ProjectModel *model, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_parent(dialogParent)
    , m_planner(new PlanComputer(model, this))
{}

void SaveFlow::waitFor(const char *signal)
{
    QEventLoop loop;
    connect(m_planner, signal, &loop, SLOT(quit()));
    // Quick plans show nothing; slow ones a progress dialog the user can watch.
    QProgressDialog progress(tr("Planning the migration of the site…"), QString(), 0, 0, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool SaveFlow::save(const QStringList &doctypes)
{
    m_planner->plan(doctypes);
    waitFor(SIGNAL(planned()));
    if (!confirmErrors(doctypes))
        return false;
    const bool hasErrors = core::hasErrors(m_planner->lastDiagnostics());
    const Result<core::SitePlan> &plan = m_planner->lastPlan();
    const QString what = doctypes.size() == 1 ? doctypes.first()
                                              : tr("%n DocType(s)", nullptr, int(doctypes.size()));
    if (hasErrors || !plan || plan->plan.isEmpty()) {
        if (!writeFiles(doctypes))
            return false;
        if (!plan)
            emit message(tr("Saved %1; no site to migrate: %2").arg(what, plan.error().message()));
        else if (hasErrors)
            emit message(tr("Saved %1 with errors; the site is not migrated").arg(what));
        else
            emit message(tr("Saved %1; the site's schema needs no change").arg(what));
        return true;
    }
    SaveDialog dialog(what, *plan, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.choice() == SaveDialog::Choice::Cancel)
        return false;
    if (!writeFiles(doctypes))
        return false;
    if (dialog.choice() == SaveDialog::Choice::Save) {
        emit message(tr("Saved %1; run `m migrate` to apply %n step(s)", nullptr,
                        int(plan->plan.pendingCount()))
                         .arg(what));
        return true;
    }
    migrate(dialog.applyWarnings());
    return true;
}

bool SaveFlow::confirmErrors(const QStringList &doctypes)
{
    QStringList lines;
    for (const QString &name : doctypes) {
        const QString path = m_model->filePath(name);
        for (const core::Diagnostic &d : m_planner->lastDiagnostics()) {
            if (d.location.file == path && d.severity == core::Diagnostic::Severity::Error)
                lines << tr("%1 line %2: %3").arg(name).arg(d.location.line).arg(d.message);
        }
    }
    if (lines.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Save with errors?"),
                    tr("%n error(s) remain; `m check` fails and the server will not start "
                       "until they are fixed.",
                       nullptr, int(lines.size())),
                    QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("saveWithErrors"));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
    QPushButton *save = box.addButton(tr("Save with errors"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(save);
}

bool SaveFlow::writeFiles(const QStringList &doctypes)
{
    for (const QString &name : doctypes) {
        if (const auto saved = m_model->save(name); !saved) {
            QMessageBox::critical(m_parent, tr("Save failed"), saved.error().message());
            return false;
        }
    }
    return true;
}

void SaveFlow::migrate(bool force)
{
    m_planner->migrate(force);
    waitFor(SIGNAL(migrated()));
    const Result<core::MigrationReport> &report = m_planner->lastReport();
    if (!report) {
        QMessageBox::warning(m_parent, tr("Migration failed"),
                             tr("The files are saved, but the site was not migrated: %1")
                                 .arg(report.error().message()));
        return;
    }
    const int refused = int(report->refused.size());
    emit message(
        refused == 0
            ? tr("Saved and migrated: %n step(s) applied", nullptr, int(report->applied.size()))
            : tr("Saved and migrated: %1 step(s) applied, %2 left for you (see the "
                 "Migration plan)")
                  .arg(report->applied.size())
                  .arg(refused));
}

} // namespace fm::studio
