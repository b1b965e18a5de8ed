// SPDX-License-Identifier: MIT
// Notifications (docs/guide/notifications.md): what their dispatcher, subscribed in every
// process that opens a site, adds to a write. Figures: docs/benchmarks.md.

#include "benchsite.h"
#include "notifications/notificationdelivery.h"
#include "notifications/notificationdispatcher.h"

namespace fm::bench {

namespace {

// Single inserts of Bench Orders with a NotificationDispatcher subscribed: with no
// notification (range 0: the in-memory list is empty, nothing is queried or queued) and
// with one on Bench Order inserts (range 1: one core.notifications.send job enqueued per
// insert; no worker runs). Compare with BM_InsertSingle of the same run.
void BM_InsertSingleWithNotifications(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    core::ControllerRegistry registry;
    core::registerNotifications(registry);
    if (state.range(0) > 0) {
        core::Document notification(QStringLiteral("Notification"));
        notification.setValue(QStringLiteral("notification_name"), QStringLiteral("orders"));
        notification.setValue(QStringLiteral("document_type"), QStringLiteral("Bench Order"));
        notification.setValue(QStringLiteral("event_types"), QStringLiteral("insert"));
        notification.setValue(QStringLiteral("recipient_users"), QStringLiteral("Administrator"));
        notification.setValue(QStringLiteral("subject"), QStringLiteral("Order {{name}}"));
        if (auto ok = (*site)->service().insert(notification); !ok)
            return skipWithError(state, ok.error());
    }
    const core::NotificationDispatcher dispatcher((*site)->service(), (*site)->pool(), registry);
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
BENCHMARK(BM_InsertSingleWithNotifications)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

} // namespace

} // namespace fm::bench
