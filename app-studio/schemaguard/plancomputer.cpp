// SPDX-License-Identifier: MIT
#include "schemaguard/plancomputer.h"

#include "project/projectmodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fm::studio {

namespace {

Error notYet()
{
    return Error(ErrorCode::NotFound, QObject::tr("no plan yet"));
}

} // namespace

PlanComputer::PlanComputer(core::ProjectModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_plan(tl::make_unexpected(notYet()))
    , m_report(tl::make_unexpected(notYet()))
{
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Planned result = m_planWatcher.result();
        m_diagnostics = result.diagnostics;
        m_plan = result.plan;
        emit planned();
    });
    connect(&m_migrateWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_report = m_migrateWatcher.result();
        emit migrated();
    });
}

PlanComputer::~PlanComputer()
{
    m_planWatcher.waitForFinished();
    m_migrateWatcher.waitForFinished();
}

void PlanComputer::plan(const QStringList &doctypes)
{
    core::ProjectCheckInput input = m_model->checkInput();
    if (!doctypes.isEmpty()) {
        QHash<QString, QByteArray> kept;
        for (const QString &name : doctypes) {
            const QString path = m_model->filePath(name);
            if (input.overlay.contains(path))
                kept.insert(path, input.overlay.value(path));
        }
        input.overlay = kept;
    }
    const core::Project project = m_model->project();
    emit started(tr("Planning the migration of the site…"));
    m_planWatcher.setFuture(QtConcurrent::run([input, project]() -> Planned {
        const core::ProjectCheckResult checked = core::ProjectModel::runCheck(input);
        return Planned{checked.diagnostics, core::planSite(project, QString(), *checked.registry)};
    }));
}

void PlanComputer::migrate(bool force)
{
    core::ProjectCheckInput input = m_model->checkInput();
    input.overlay.clear(); // the files as saved
    const core::Project project = m_model->project();
    emit started(tr("Migrating the site…"));
    m_migrateWatcher.setFuture(
        QtConcurrent::run([input, project, force]() -> Result<core::MigrationReport> {
            const core::ProjectCheckResult checked = core::ProjectModel::runCheck(input);
            if (hasErrors(checked.diagnostics)) {
                return fail(ErrorCode::InvalidMeta,
                            QObject::tr("the DocTypes have errors (see Problems); fix them "
                                        "before migrating"));
            }
            return core::migrateSite(project, QString(), *checked.registry, force);
        }));
}

bool PlanComputer::isRunning() const
{
    return m_planWatcher.isRunning() || m_migrateWatcher.isRunning();
}

} // namespace fm::studio
