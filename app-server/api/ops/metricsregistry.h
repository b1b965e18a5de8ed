// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QReadWriteLock>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

namespace fm::server::api {

// The request counters and latency histograms behind /metrics, in Prometheus text
// exposition 0.0.4. record() is on every request's path: after the first request of
// a (route, method, status) it takes a shared read lock for one hash look-up and does
// relaxed atomic increments; only a new series takes the write lock.
class MetricsRegistry final
{
public:
    // Upper bounds of the latency buckets in seconds (le), 0.5 ms to 5 s; +Inf is added.
    static constexpr std::array<double, 13> kBucketSeconds = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0};

    // One response. `route` is the matched pattern, empty when nothing matched
    // (labelled "unmatched" so a scan of random paths cannot grow the series).
    void record(const QString &route, const QByteArray &method, int status, qint64 nanoseconds);

    // fm_http_requests_total and fm_http_request_duration_seconds, series sorted.
    QByteArray render() const;

    // Helpers for one-sample metrics (gauges) in the same format.
    static void appendGauge(QByteArray &out, const char *name, const char *help, double value);
    // `value` with the escapes the format asks for in label values (\\, \", \n).
    static QByteArray escapeLabel(const QByteArray &value);

private:
    static constexpr size_t kBuckets = kBucketSeconds.size() + 1; // the last is +Inf

    struct Counter
    {
        QByteArray method;
        int status = 0;
        std::atomic<quint64> value{0};
    };
    // Everything about one route. Buckets count per bucket, not cumulatively, so an
    // observation touches one of them; a route has a handful of (method, status)
    // pairs, found by a linear scan.
    struct RouteSeries
    {
        std::array<std::atomic<quint64>, kBuckets> buckets{};
        std::atomic<quint64> sumNanoseconds{0};
        std::vector<std::unique_ptr<Counter>> counters;
        Counter *find(const QByteArray &method, int status) const;
    };
    // FNV-1a over the UTF-16 code units: a third of qHash's cost on short patterns,
    // and route patterns are few and chosen by us, not by clients.
    struct RouteHash
    {
        size_t operator()(const QString &route) const noexcept;
    };

    // Guards the map and each series' counter list (not the values, which are atomic).
    // Series and counters are heap-allocated, so pointers to them stay valid while
    // others are added under the write lock.
    mutable QReadWriteLock m_lock;
    std::unordered_map<QString, std::unique_ptr<RouteSeries>, RouteHash> m_routes;
};

} // namespace fm::server::api
