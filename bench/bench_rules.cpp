// SPDX-License-Identifier: MIT
// What the rule dispatchers (events/ruledispatcher.h: webhooks, notifications), subscribed
// in every process that opens a site, add to a write. One loop for both: single inserts
// of Bench Orders with the dispatcher subscribed, with no rule (range 0: the in-memory
// list is empty, nothing is queried or queued) and with one rule on Bench Order inserts
// (range 1: one job enqueued per insert, as a second write transaction after the commit;
// no worker runs). Compare with BM_InsertSingle of the same run. Figures:
// docs/benchmarks.md.

#include "benchsite.h"
#include "notifications/notificationdelivery.h"
#include "notifications/notificationdispatcher.h"
#include "webhooks/webhookdelivery.h"
#include "webhooks/webhookdispatcher.h"

namespace fm::bench {

namespace {

// The dispatcher `Dispatcher` subscribed over a fresh site, with `rule` inserted first
// when the benchmark's range is 1.
template<typename Dispatcher>
void insertWithRule(benchmark::State &state, void (*registerJobs)(core::ControllerRegistry &),
                    const core::Document &rule)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    core::ControllerRegistry registry;
    registerJobs(registry);
    if (state.range(0) > 0) {
        if (auto ok = (*site)->service().insert(rule); !ok)
            return skipWithError(state, ok.error());
    }
    const Dispatcher dispatcher((*site)->service(), (*site)->pool(), registry);
    QList<core::Document> docs;
    for (int i = 0; i < 1024; ++i)
        docs << (*site)->order(i);
    qsizetype i = 0;
    for (auto _ : state) {
        auto saved = (*site)->service().insert(docs.at(i++ % docs.size()));
        if (!saved)
            return skipWithError(state, saved.error());
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_InsertSingleWithWebhooks(benchmark::State &state)
{
    core::Document hook(QStringLiteral("Webhook"));
    hook.setValue(QStringLiteral("webhook_name"), QStringLiteral("orders"));
    hook.setValue(QStringLiteral("webhook_doctype"), QStringLiteral("Bench Order"));
    hook.setValue(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/hook"));
    insertWithRule<core::WebhookDispatcher>(state, &core::registerWebhooks, hook);
}
BENCHMARK(BM_InsertSingleWithWebhooks)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_InsertSingleWithNotifications(benchmark::State &state)
{
    core::Document notification(QStringLiteral("Notification"));
    notification.setValue(QStringLiteral("notification_name"), QStringLiteral("orders"));
    notification.setValue(QStringLiteral("document_type"), QStringLiteral("Bench Order"));
    notification.setValue(QStringLiteral("event_types"), QStringLiteral("insert"));
    notification.setValue(QStringLiteral("recipient_users"), QStringLiteral("Administrator"));
    notification.setValue(QStringLiteral("subject"), QStringLiteral("Order {{name}}"));
    insertWithRule<core::NotificationDispatcher>(state, &core::registerNotifications, notification);
}
BENCHMARK(BM_InsertSingleWithNotifications)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

} // namespace

} // namespace fm::bench
