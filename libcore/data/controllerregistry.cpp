// SPDX-License-Identifier: MIT
#include "data/controllerregistry.h"

#include "jobs/cronexpression.h"
#include "jobs/scheduledjobcontroller.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPluginLoader>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct ControllerregistryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::ControllerRegistry)
};

} // namespace

ControllerRegistry::ControllerRegistry()
{
    // The core DocType whose rows the scheduler reads: checked when edited in the Desk.
    registerController(QStringLiteral("Scheduled Job"), std::make_shared<ScheduledJobController>());
}
ControllerRegistry::~ControllerRegistry() = default;

void ControllerRegistry::registerController(const QString &doctype,
                                            std::shared_ptr<DocumentController> controller)
{
    m_controllers.insert(doctype, std::move(controller));
}

DocumentController *ControllerRegistry::controller(const QString &doctype) const
{
    const auto it = m_controllers.constFind(doctype);
    return it == m_controllers.constEnd() ? nullptr : it->get();
}

Result<void> ControllerRegistry::registerMethod(const QString &doctype, RpcMethod method)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!pattern.match(method.name).hasMatch() || !method.run) {
        return fail(
            ErrorCode::InvalidMeta,
            ControllerregistryTr::tr("RPC method \"%1\" of %2: a method needs a snake_case name "
                                     "(e.g. \"close_ticket\") and code to run")
                .arg(method.name, doctype));
    }
    if (m_methods.value(doctype).contains(method.name)) {
        return fail(
            ErrorCode::Duplicate,
            ControllerregistryTr::tr("RPC method \"%1\" of %2 is registered twice; rename one")
                .arg(method.name, doctype));
    }
    const QString name = method.name;
    m_methods[doctype].insert(name, std::move(method));
    return {};
}

Result<void> ControllerRegistry::registerFunction(RpcFunction function)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"));
    if (!pattern.match(function.name).hasMatch() || !function.run) {
        return fail(
            ErrorCode::InvalidMeta,
            ControllerregistryTr::tr("RPC function \"%1\": a function needs a dotted snake_case "
                                     "name starting with its app (e.g. \"helpdesk.open_count\") "
                                     "and code to run")
                .arg(function.name));
    }
    if (m_functions.contains(function.name)) {
        return fail(ErrorCode::Duplicate,
                    ControllerregistryTr::tr("RPC function \"%1\" is registered twice; rename one")
                        .arg(function.name));
    }
    const QString name = function.name;
    m_functions.insert(name, std::move(function));
    return {};
}

const RpcMethod *ControllerRegistry::method(const QString &doctype, const QString &name) const
{
    const auto methods = m_methods.constFind(doctype);
    if (methods == m_methods.constEnd())
        return nullptr;
    const auto it = methods->constFind(name);
    return it == methods->constEnd() ? nullptr : &*it;
}

const RpcFunction *ControllerRegistry::function(const QString &name) const
{
    const auto it = m_functions.constFind(name);
    return it == m_functions.constEnd() ? nullptr : &*it;
}

QList<RpcMethod> ControllerRegistry::methods(const QString &doctype) const
{
    return m_methods.value(doctype).values();
}

QList<RpcFunction> ControllerRegistry::functions() const
{
    return m_functions.values();
}

void ControllerRegistry::registerEventHandler(const EventFilter &filter, EventHandler handler,
                                              const QString &label)
{
    m_eventHandlers.append(RegisteredEventHandler{filter, std::move(handler), label});
}

Result<void> ControllerRegistry::registerJob(JobDefinition job)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"));
    if (!pattern.match(job.name).hasMatch() || !job.run) {
        return fail(
            ErrorCode::InvalidMeta,
            ControllerregistryTr::tr("job \"%1\": a job needs a dotted snake_case name starting "
                                     "with its app (e.g. \"helpdesk.tickets.close_stale\") and "
                                     "code to run")
                .arg(job.name));
    }
    if (job.timeoutSeconds < 1 || job.maxRetries < 0 || job.retryBackoffSeconds < 0 ||
        job.queue.isEmpty()) {
        return fail(
            ErrorCode::InvalidMeta,
            ControllerregistryTr::tr("job \"%1\": the default timeout must be at least 1 s, "
                                     "retries and backoff at least 0, and the queue named")
                .arg(job.name));
    }
    if (m_jobs.contains(job.name)) {
        return fail(
            ErrorCode::Duplicate,
            ControllerregistryTr::tr("job \"%1\" is registered twice; rename one").arg(job.name));
    }
    const QString name = job.name;
    m_jobs.insert(name, std::move(job));
    return {};
}

const JobDefinition *ControllerRegistry::job(const QString &name) const
{
    const auto it = m_jobs.constFind(name);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

QStringList ControllerRegistry::jobNames() const
{
    return m_jobs.keys();
}

Result<void> ControllerRegistry::registerSchedule(ScheduleDefinition schedule)
{
    if (schedule.name.isEmpty())
        schedule.name = schedule.job;
    if (!m_jobs.contains(schedule.job)) {
        return fail(
            ErrorCode::InvalidMeta,
            ControllerregistryTr::tr("schedule \"%1\": job \"%2\" is not registered; register "
                                     "the job (registerJob) before its schedule")
                .arg(schedule.name, schedule.job));
    }
    if (auto cron = CronExpression::parse(schedule.cron); !cron) {
        return fail(ErrorCode::InvalidMeta, ControllerregistryTr::tr("schedule \"%1\": %2")
                                                .arg(schedule.name, cron.error().message()));
    }
    if (!QTimeZone(schedule.timeZone.toUtf8()).isValid()) {
        return fail(
            ErrorCode::InvalidMeta,
            ControllerregistryTr::tr("schedule \"%1\": \"%2\" is not a known time zone; use an "
                                     "IANA name such as UTC or Europe/Berlin")
                .arg(schedule.name, schedule.timeZone));
    }
    if (m_schedules.contains(schedule.name)) {
        return fail(
            ErrorCode::Duplicate,
            ControllerregistryTr::tr("schedule \"%1\" is declared twice; give one a name of its "
                                     "own (ScheduleDefinition::name)")
                .arg(schedule.name));
    }
    const QString name = schedule.name;
    m_schedules.insert(name, std::move(schedule));
    return {};
}

QList<ScheduleDefinition> ControllerRegistry::schedules() const
{
    return m_schedules.values();
}

Result<void> ControllerRegistry::loadPlugin(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return fail(ErrorCode::Io,
                    ControllerregistryTr::tr("controller plugin %1 does not exist; build the "
                                             "app (cmake --build) or fix the path")
                        .arg(path));
    }
    auto loader = std::make_unique<QPluginLoader>(path);
    QObject *instance = loader->instance();
    if (!instance) {
        const QString reason = loader->errorString();
        return fail(
            ErrorCode::Io,
            ControllerregistryTr::tr("cannot load controller plugin %1: %2").arg(path, reason));
    }
    auto *plugin = qobject_cast<ControllerPlugin *>(instance);
    if (!plugin) {
        loader->unload();
        return fail(ErrorCode::Io, ControllerregistryTr::tr(
                                       "%1 is a Qt plugin but not a Framework M controller plugin; "
                                       "it must implement fm::core::ControllerPlugin with IID %2")
                                       .arg(path, QStringLiteral(FM_CONTROLLER_PLUGIN_IID)));
    }
    plugin->registerControllers(*this);
    m_plugins << plugin->appName();
    // Loaders stay alive and loaded: the controllers registered above run plugin code.
    m_loaders.push_back(std::move(loader));
    return {};
}

QStringList ControllerRegistry::loadedPlugins() const
{
    return m_plugins;
}

} // namespace fm::core
