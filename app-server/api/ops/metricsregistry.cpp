// SPDX-License-Identifier: MIT
#include "api/ops/metricsregistry.h"

#include <QList>

#include <algorithm>

namespace fm::server::api {

namespace {

const QString kUnmatched = QStringLiteral("unmatched");

QByteArray number(double value)
{
    // Integers stay integers; 15 digits is below double's noise.
    return QByteArray::number(value, 'g', 15);
}

QByteArray bucketLabel(size_t index)
{
    if (index >= MetricsRegistry::kBucketSeconds.size())
        return QByteArrayLiteral("+Inf");
    return QByteArray::number(MetricsRegistry::kBucketSeconds[index], 'g', 6);
}

} // namespace

size_t MetricsRegistry::RouteHash::operator()(const QString &route) const noexcept
{
    quint64 hash = 14695981039346656037ull;
    for (const QChar c : route) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return size_t(hash);
}

MetricsRegistry::Counter *MetricsRegistry::RouteSeries::find(const QByteArray &method,
                                                             int status) const
{
    for (const auto &counter : counters) {
        if (counter->status == status && counter->method == method)
            return counter.get();
    }
    return nullptr;
}

void MetricsRegistry::record(const QString &route, const QByteArray &method, int status,
                             qint64 nanoseconds)
{
    const QString &label = route.isEmpty() ? kUnmatched : route;
    RouteSeries *series = nullptr;
    Counter *counter = nullptr;
    {
        QReadLocker lock(&m_lock);
        if (const auto found = m_routes.find(label); found != m_routes.end()) {
            series = found->second.get();
            counter = series->find(method, status);
        }
    }
    if (!counter) {
        QWriteLocker lock(&m_lock);
        auto &slot = m_routes[label];
        if (!slot)
            slot = std::make_unique<RouteSeries>();
        series = slot.get();
        counter = series->find(method, status); // another thread may have added it
        if (!counter) {
            series->counters.push_back(std::make_unique<Counter>());
            counter = series->counters.back().get();
            counter->method = method;
            counter->status = status;
        }
    }
    // Relaxed: each value is read on its own by a scrape; no ordering is promised.
    counter->value.fetch_add(1, std::memory_order_relaxed);
    const quint64 elapsed = quint64(qMax<qint64>(0, nanoseconds));
    const double seconds = double(elapsed) / 1e9;
    size_t bucket = 0;
    while (bucket < kBucketSeconds.size() && seconds > kBucketSeconds[bucket])
        ++bucket;
    series->buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    series->sumNanoseconds.fetch_add(elapsed, std::memory_order_relaxed);
}

QByteArray MetricsRegistry::render() const
{
    struct Count
    {
        QByteArray method;
        int status;
        quint64 value;
    };
    struct Snapshot
    {
        QString route;
        QList<Count> counts;
        std::array<quint64, kBuckets> buckets;
        quint64 sumNanoseconds;
    };
    QList<Snapshot> routes;
    {
        QReadLocker lock(&m_lock);
        for (const auto &[route, series] : m_routes) {
            Snapshot snapshot{
                route, {}, {}, series->sumNanoseconds.load(std::memory_order_relaxed)};
            for (size_t i = 0; i < kBuckets; ++i)
                snapshot.buckets[i] = series->buckets[i].load(std::memory_order_relaxed);
            for (const auto &counter : series->counters) {
                snapshot.counts.append({counter->method, counter->status,
                                        counter->value.load(std::memory_order_relaxed)});
            }
            routes.append(snapshot);
        }
    }
    std::sort(routes.begin(), routes.end(),
              [](const Snapshot &a, const Snapshot &b) { return a.route < b.route; });

    QByteArray out;
    out.reserve(512 + routes.size() * int(kBuckets + 6) * 90);
    out += "# HELP fm_http_requests_total HTTP responses sent, by route pattern, method and "
           "status.\n# TYPE fm_http_requests_total counter\n";
    for (Snapshot &snapshot : routes) {
        std::sort(snapshot.counts.begin(), snapshot.counts.end(),
                  [](const Count &a, const Count &b) {
                      return std::tie(a.method, a.status) < std::tie(b.method, b.status);
                  });
        const QByteArray route = escapeLabel(snapshot.route.toUtf8());
        for (const Count &count : snapshot.counts) {
            out += "fm_http_requests_total{route=\"" + route + "\",method=\"" +
                   escapeLabel(count.method) + "\",status=\"" + QByteArray::number(count.status) +
                   "\"} " + QByteArray::number(count.value) + '\n';
        }
    }
    out += "# HELP fm_http_request_duration_seconds Time from receiving the request to its "
           "response being ready, by route pattern.\n"
           "# TYPE fm_http_request_duration_seconds histogram\n";
    for (const Snapshot &snapshot : routes) {
        const QByteArray route = "route=\"" + escapeLabel(snapshot.route.toUtf8()) + '"';
        // +Inf and _count are the same running total, so they agree even while
        // other threads keep recording during the scrape.
        quint64 cumulative = 0;
        for (size_t i = 0; i < kBuckets; ++i) {
            cumulative += snapshot.buckets[i];
            out += "fm_http_request_duration_seconds_bucket{" + route + ",le=\"" + bucketLabel(i) +
                   "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "fm_http_request_duration_seconds_sum{" + route + "} " +
               number(double(snapshot.sumNanoseconds) / 1e9) + '\n';
        out += "fm_http_request_duration_seconds_count{" + route + "} " +
               QByteArray::number(cumulative) + '\n';
    }
    return out;
}

void MetricsRegistry::appendGauge(QByteArray &out, const char *name, const char *help, double value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name +
           ' ' + number(value) + '\n';
}

QByteArray MetricsRegistry::escapeLabel(const QByteArray &value)
{
    QByteArray escaped;
    escaped.reserve(value.size());
    for (const char c : value) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

} // namespace fm::server::api
