// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QReadWriteLock>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <unordered_map>

namespace fm::server::api {

// The request counters and latency histograms behind /metrics, in Prometheus text
// exposition 0.0.4. record() is on every request's path: after the first request of
// a (route, method, status) it takes a shared read lock for two hash look-ups and
// does relaxed atomic increments; only a new series takes the write lock.
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

    struct RequestKey
    {
        QString route;
        QByteArray method;
        int status = 0;
        bool operator==(const RequestKey &) const = default;
    };
    struct RequestKeyHash
    {
        size_t operator()(const RequestKey &key) const noexcept;
    };
    struct QStringHash
    {
        size_t operator()(const QString &text) const noexcept;
    };
    // Counts per bucket, not cumulative, so an observation touches one counter.
    struct Histogram
    {
        std::array<std::atomic<quint64>, kBuckets> buckets{};
        std::atomic<quint64> sumNanoseconds{0};
    };

    // Guards the two maps' structure (not the counters, which are atomic). Values are
    // heap-allocated so a pointer stays valid while other series are added.
    mutable QReadWriteLock m_lock;
    std::unordered_map<RequestKey, std::unique_ptr<std::atomic<quint64>>, RequestKeyHash>
        m_requests;
    std::unordered_map<QString, std::unique_ptr<Histogram>, QStringHash> m_latency;
};

} // namespace fm::server::api
