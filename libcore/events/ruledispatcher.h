// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"
#include "events/event.h"
#include "events/eventrelay.h"
#include "jobs/jobqueue.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace fm::core {

class ConnectionPool;
class ControllerRegistry;
class DocumentService;

// "An event -> one job per matching rule": what webhooks and notifications share. Rules
// are rows of a DocType (Webhook, Notification) with an `enabled` Check; the enabled ones
// are kept in memory (reloaded after an event on that DocType and at most every
// kCacheLifetime), so a write pays no query when no rule listens (docs/benchmarks.md).
// For each committed event every rule whose jobFor() answers a request gets it queued
// with the unique key "<prefix>:<rule>:<event id>", so an event delivered twice (the
// relay is at least once) queues one job per rule. Subscribes to the service's relay for
// as long as it lives; runs on the thread that delivers events, so it only reads and
// enqueues.
class FM_CORE_EXPORT RuleDispatcher final
{
public:
    // One enabled rule as the dispatcher sees it.
    struct Rule
    {
        QString name;
        // The job this event asks of the rule; nullopt when the rule does not want the
        // event, an error when it cannot tell (logged; the other rules still run).
        std::function<Result<std::optional<JobRequest>>(const Event &event)> jobFor;
    };

    struct Spec
    {
        QString label;       // "webhooks": the subscription's name and the log's prefix
        QString ruleDocType; // the rules' DocType; its events reload them
        QString keyPrefix;   // "webhook": unique keys are "webhook:<rule>:<event id>"
        // DocTypes whose events never reach a rule (e.g. the rules' own logs).
        std::function<bool(const QString &doctype)> ignores;
        // A rule from one enabled row; an error skips the row (logged).
        std::function<Result<Rule>(const Document &row)> makeRule;
    };

    RuleDispatcher(DocumentService &service, ConnectionPool &pool,
                   const ControllerRegistry &registry, Spec spec);
    ~RuleDispatcher();
    RuleDispatcher(const RuleDispatcher &) = delete;
    RuleDispatcher &operator=(const RuleDispatcher &) = delete;

    // What the subscription calls: how many jobs were queued (a rule whose job for this
    // event is already queued counts 0).
    Result<int> dispatch(const Event &event);

    static QString uniqueKey(const QString &prefix, const QString &rule, const QString &eventId);

    // How long the list of enabled rules is trusted without an event on their DocType
    // (a fallback: the relay hands other processes' rule changes over before this
    // process's next event).
    static constexpr std::chrono::seconds kCacheLifetime{5};

private:
    struct Private;
    std::unique_ptr<Private> d;
    EventSubscription m_subscription; // last: unsubscribes before the rules go
};

} // namespace fm::core
