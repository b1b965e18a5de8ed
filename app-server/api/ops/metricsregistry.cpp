// SPDX-License-Identifier: MIT
#include "api/ops/metricsregistry.h"

#include <QHashFunctions>
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

size_t MetricsRegistry::RequestKeyHash::operator()(const RequestKey &key) const noexcept
{
    return qHashMulti(0, key.route, key.method, key.status);
}

size_t MetricsRegistry::QStringHash::operator()(const QString &text) const noexcept
{
    return qHash(text);
}

void MetricsRegistry::record(const QString &route, const QByteArray &method, int status,
                             qint64 nanoseconds)
{
    const RequestKey key{route.isEmpty() ? kUnmatched : route, method, status};
    std::atomic<quint64> *counter = nullptr;
    Histogram *histogram = nullptr;
    {
        QReadLocker lock(&m_lock);
        if (const auto found = m_requests.find(key); found != m_requests.end())
            counter = found->second.get();
        if (const auto found = m_latency.find(key.route); found != m_latency.end())
            histogram = found->second.get();
    }
    if (!counter || !histogram) {
        QWriteLocker lock(&m_lock);
        auto &slot = m_requests[key];
        if (!slot)
            slot = std::make_unique<std::atomic<quint64>>(0);
        counter = slot.get();
        auto &routeSlot = m_latency[key.route];
        if (!routeSlot)
            routeSlot = std::make_unique<Histogram>();
        histogram = routeSlot.get();
    }
    // Relaxed: each counter is read on its own by a scrape; no ordering is promised.
    counter->fetch_add(1, std::memory_order_relaxed);
    const double seconds = double(qMax<qint64>(0, nanoseconds)) / 1e9;
    size_t bucket = 0;
    while (bucket < kBucketSeconds.size() && seconds > kBucketSeconds[bucket])
        ++bucket;
    histogram->buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    histogram->sumNanoseconds.fetch_add(quint64(qMax<qint64>(0, nanoseconds)),
                                        std::memory_order_relaxed);
}

QByteArray MetricsRegistry::render() const
{
    struct Count
    {
        RequestKey key;
        quint64 value;
    };
    struct Latency
    {
        QString route;
        std::array<quint64, kBuckets> buckets;
        quint64 sumNanoseconds;
    };
    QList<Count> counts;
    QList<Latency> latencies;
    {
        QReadLocker lock(&m_lock);
        for (const auto &[key, counter] : m_requests)
            counts.append({key, counter->load(std::memory_order_relaxed)});
        for (const auto &[route, histogram] : m_latency) {
            Latency latency{route, {}, histogram->sumNanoseconds.load(std::memory_order_relaxed)};
            for (size_t i = 0; i < kBuckets; ++i)
                latency.buckets[i] = histogram->buckets[i].load(std::memory_order_relaxed);
            latencies.append(latency);
        }
    }
    std::sort(counts.begin(), counts.end(), [](const Count &a, const Count &b) {
        return std::tie(a.key.route, a.key.method, a.key.status) <
               std::tie(b.key.route, b.key.method, b.key.status);
    });
    std::sort(latencies.begin(), latencies.end(),
              [](const Latency &a, const Latency &b) { return a.route < b.route; });

    QByteArray out;
    out.reserve(256 + counts.size() * 96 + latencies.size() * int(kBuckets + 2) * 80);
    out += "# HELP fm_http_requests_total HTTP responses sent, by route pattern, method and "
           "status.\n# TYPE fm_http_requests_total counter\n";
    for (const Count &count : counts) {
        out += "fm_http_requests_total{route=\"" + escapeLabel(count.key.route.toUtf8()) +
               "\",method=\"" + escapeLabel(count.key.method) + "\",status=\"" +
               QByteArray::number(count.key.status) + "\"} " + QByteArray::number(count.value) +
               '\n';
    }
    out += "# HELP fm_http_request_duration_seconds Time from receiving the request to its "
           "response being ready, by route pattern.\n"
           "# TYPE fm_http_request_duration_seconds histogram\n";
    for (const Latency &latency : latencies) {
        const QByteArray route = "route=\"" + escapeLabel(latency.route.toUtf8()) + '"';
        // +Inf and _count are the same running total, so they agree even while
        // other threads keep recording during the scrape.
        quint64 cumulative = 0;
        for (size_t i = 0; i < kBuckets; ++i) {
            cumulative += latency.buckets[i];
            out += "fm_http_request_duration_seconds_bucket{" + route + ",le=\"" + bucketLabel(i) +
                   "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "fm_http_request_duration_seconds_sum{" + route + "} " +
               number(double(latency.sumNanoseconds) / 1e9) + '\n';
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
