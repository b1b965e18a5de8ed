// SPDX-License-Identifier: MIT
#pragma once

#include "data/documentcontroller.h"
#include "data/rpc.h"
#include "events/eventrelay.h"
#include "jobs/jobdefinition.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <vector>

class QPluginLoader;

namespace fm::core {

// An event handler an app registers from its plugin (docs/guide/events.md).
struct RegisteredEventHandler
{
    EventFilter filter;
    EventHandler handler;
    QString label; // names the handler in the log when it throws
};

// Which controller handles which DocType; filled in code or by app plugins.
class FM_CORE_EXPORT ControllerRegistry final
{
public:
    ControllerRegistry();
    ~ControllerRegistry();
    ControllerRegistry(const ControllerRegistry &) = delete;
    ControllerRegistry &operator=(const ControllerRegistry &) = delete;

    // Replaces any controller registered for the DocType before.
    void registerController(const QString &doctype, std::shared_ptr<DocumentController> controller);
    DocumentController *controller(const QString &doctype) const; // nullptr when none

    // Whitelists a method of `doctype` for RPC, or a function. Refuses a malformed name
    // (method: snake_case; function: dotted snake_case with at least two parts) and a
    // name registered before, so two apps cannot silently replace each other's code.
    Result<void> registerMethod(const QString &doctype, RpcMethod method);
    Result<void> registerFunction(RpcFunction function);
    const RpcMethod *method(const QString &doctype, const QString &name) const;
    const RpcFunction *function(const QString &name) const;
    QList<RpcMethod> methods(const QString &doctype) const; // by name
    QList<RpcFunction> functions() const;                   // by name

    // Subscribes `handler` to the events `filter` selects, in every DocumentService made
    // over this registry afterwards. A handler that throws is logged and skipped.
    void registerEventHandler(const EventFilter &filter, EventHandler handler,
                              const QString &label = {});
    const QList<RegisteredEventHandler> &eventHandlers() const { return m_eventHandlers; }

    // Registers a background job function (docs/guide/jobs.md). Refuses a malformed
    // name (dotted snake_case starting with the app, like functions), a definition
    // without code or with impossible defaults, and a name registered before.
    Result<void> registerJob(JobDefinition job);
    const JobDefinition *job(const QString &name) const; // nullptr when not registered
    QStringList jobNames() const;                        // sorted

    // Declares a cron schedule for a registered job (the Scheduler syncs it into a
    // Scheduled Job row). Refuses an unregistered job, a bad cron expression or time zone
    // (the parser's located message) and a schedule name declared before.
    Result<void> registerSchedule(ScheduleDefinition schedule);
    QList<ScheduleDefinition> schedules() const; // by name

    // Loads a controller plugin (QPluginLoader) and lets it register its controllers.
    Result<void> loadPlugin(const QString &path);
    QStringList loadedPlugins() const;

private:
    QHash<QString, std::shared_ptr<DocumentController>> m_controllers;
    QMap<QString, QMap<QString, RpcMethod>> m_methods; // doctype -> name -> method
    QMap<QString, RpcFunction> m_functions;
    QList<RegisteredEventHandler> m_eventHandlers;
    QMap<QString, JobDefinition> m_jobs;
    QMap<QString, ScheduleDefinition> m_schedules;
    QStringList m_plugins;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
};

} // namespace fm::core
