// SPDX-License-Identifier: MIT
// Webhooks (docs/guide/webhooks.md): deliveries per second to a receiver on a loopback
// port through the whole path: a worker claims core.webhooks.deliver, reads the Webhook,
// checks the Webhook Log for an earlier success, signs and POSTs the event (a new
// connection each time), writes the Webhook Log row and records the job's outcome.
// Figures: docs/benchmarks.md.

#include "benchsite.h"
#include "data/uuid7.h"
#include "jobs/jobqueue.h"
#include "jobs/jobworker.h"
#include "webhooks/webhookdelivery.h"

#include <QThread>

#include <httplib.h>

#include <thread>

namespace fm::bench {

namespace {

using namespace std::chrono_literals;

constexpr int kDeliveriesPerRound = 200;

// A receiver that answers 200 at once, on a free loopback port.
struct Receiver
{
    Receiver()
    {
        server.Post("/hook", [](const httplib::Request &, httplib::Response &res) {
            res.set_content("ok", "text/plain");
        });
        port = server.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { server.listen_after_bind(); });
        while (!server.is_running())
            std::this_thread::sleep_for(1ms);
    }
    ~Receiver()
    {
        server.stop();
        thread.join();
    }
    httplib::Server server;
    std::thread thread;
    int port = 0;
};

void BM_WebhookDeliveries(benchmark::State &state)
{
    auto site = BenchSite::create();
    if (!site)
        return skipWithError(state, site.error());
    core::ControllerRegistry registry;
    core::registerWebhooks(registry);
    Receiver receiver;
    core::Document hook(QStringLiteral("Webhook"));
    hook.setValue(QStringLiteral("webhook_name"), QStringLiteral("bench"));
    hook.setValue(QStringLiteral("webhook_doctype"), QStringLiteral("Bench Order"));
    hook.setValue(QStringLiteral("url"),
                  QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port));
    hook.setValue(QStringLiteral("secret"), QStringLiteral("bench-secret"));
    if (auto ok = (*site)->service().insert(hook); !ok)
        return skipWithError(state, ok.error());
    core::JobQueue queue((*site)->pool(), registry);
    core::JobWorkerOptions options;
    options.concurrency = int(state.range(0));
    options.poll = 10ms;
    for (auto _ : state) {
        state.PauseTiming();
        for (int i = 0; i < kDeliveriesPerRound; ++i) {
            core::JobRequest request;
            request.job = core::kWebhookDeliveryJob;
            request.asSystem = true;
            const QString id = core::createUuidV7();
            request.args = QJsonObject{
                {QStringLiteral("webhook"), QStringLiteral("bench")},
                {QStringLiteral("event"),
                 QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("type"), QStringLiteral("insert")},
                             {QStringLiteral("doctype"), QStringLiteral("Bench Order")},
                             {QStringLiteral("name"), QStringLiteral("ORD-%1").arg(i)}}}};
            if (auto ok = queue.enqueue(request); !ok)
                return skipWithError(state, ok.error());
        }
        core::JobWorker worker((*site)->pool(), (*site)->service(), registry, options);
        state.ResumeTiming();
        if (auto ok = worker.start(); !ok)
            return skipWithError(state, ok.error());
        while (worker.finished() < kDeliveriesPerRound)
            QThread::usleep(200);
        state.PauseTiming();
        worker.stop(5s);
        core::JobListQuery failed;
        failed.status = core::JobStatus::Failed;
        if (queue.count(failed).value_or(1) != 0)
            return state.SkipWithError("some deliveries failed");
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kDeliveriesPerRound);
}
BENCHMARK(BM_WebhookDeliveries)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

} // namespace fm::bench
