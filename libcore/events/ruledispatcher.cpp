// SPDX-License-Identifier: MIT
#include "events/ruledispatcher.h"

#include "data/documentservice.h"

#include <QDebug>

#include <mutex>

namespace fm::core {

struct RuleDispatcher::Private
{
    Private(DocumentService &s, ConnectionPool &pool, const ControllerRegistry &registry, Spec sp)
        : service(s)
        , queue(pool, registry)
        , spec(std::move(sp))
    {}

    // The enabled rules, read once and kept until an event on their DocType or
    // kCacheLifetime, whichever comes first.
    Result<QList<Rule>> enabledRules();

    DocumentService &service;
    JobQueue queue; // made once: its SQL is built in the constructor
    const Spec spec;
    std::mutex mutex; // guards the cache
    QList<Rule> cache;
    std::chrono::steady_clock::time_point loaded;
    bool valid = false;
};

Result<QList<RuleDispatcher::Rule>> RuleDispatcher::Private::enabledRules()
{
    std::lock_guard lock(mutex);
    const auto now = std::chrono::steady_clock::now();
    if (valid && now - loaded < kCacheLifetime)
        return cache;
    Query query;
    query.doctype = spec.ruleDocType;
    query.filters = {Filter{QStringLiteral("enabled"), FilterOp::Eq, true}};
    query.limit = -1;
    auto rows = service.list(query);
    if (!rows)
        return fail(rows.error());
    cache.clear();
    for (const Document &row : std::as_const(*rows)) {
        if (auto rule = spec.makeRule(row)) {
            cache << *rule;
        } else {
            qWarning().noquote() << QStringLiteral("%1: %2 %3 is skipped: %4")
                                        .arg(spec.label, spec.ruleDocType, row.name(),
                                             rule.error().toText());
        }
    }
    loaded = now;
    valid = true;
    return cache;
}

RuleDispatcher::RuleDispatcher(DocumentService &service, ConnectionPool &pool,
                               const ControllerRegistry &registry, Spec spec)
    : d(std::make_unique<Private>(service, pool, registry, std::move(spec)))
{
    m_subscription = service.events().subscribe(
        EventFilter{},
        [this](const Event &event) {
            if (auto done = dispatch(event); !done) {
                qWarning().noquote()
                    << QStringLiteral("%1: could not queue jobs for %2 %3 %4 (event %5): %6")
                           .arg(d->spec.label, eventTypeName(event.type), event.doctype, event.name,
                                event.id, done.error().toText());
            }
        },
        d->spec.label);
}

RuleDispatcher::~RuleDispatcher()
{
    m_subscription.reset(); // no dispatch may run while the rules go
}

QString RuleDispatcher::uniqueKey(const QString &prefix, const QString &rule,
                                  const QString &eventId)
{
    return prefix + QLatin1Char(':') + rule + QLatin1Char(':') + eventId;
}

Result<int> RuleDispatcher::dispatch(const Event &event)
{
    if (event.doctype == d->spec.ruleDocType) {
        std::lock_guard lock(d->mutex);
        d->valid = false;
    }
    if (d->spec.ignores && d->spec.ignores(event.doctype))
        return 0;
    auto rules = d->enabledRules();
    if (!rules)
        return fail(rules.error());
    int enqueued = 0;
    for (const Rule &rule : std::as_const(*rules)) {
        auto request = rule.jobFor(event);
        if (!request) {
            qWarning().noquote() << QStringLiteral("%1: %2 %3 cannot judge event %4: %5")
                                        .arg(d->spec.label, d->spec.ruleDocType, rule.name,
                                             event.id, request.error().toText());
            continue;
        }
        if (!*request)
            continue;
        JobRequest job = std::move(**request);
        job.uniqueKey = uniqueKey(d->spec.keyPrefix, rule.name, event.id);
        auto added = d->queue.enqueue(job);
        if (!added)
            return fail(added.error());
        if (added->created)
            ++enqueued;
    }
    return enqueued;
}

} // namespace fm::core
