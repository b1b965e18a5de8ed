// SPDX-License-Identifier: MIT
// MetricsRegistry: counters and histograms in Prometheus text, and the strict reader
// (promtext.h) the server tests rely on, which must refuse malformed text.
#include "api/ops/metricsregistry.h"
#include "promtext.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using fm::server::api::MetricsRegistry;
using Labels = QMap<QString, QString>;

class TestMetricsRegistry : public QObject
{
    Q_OBJECT
private slots:
    void emptyRegistryIsValid();
    void counters();
    void bucketOf_data();
    void bucketOf();
    void labelEscaping_data();
    void labelEscaping();
    void gauge();
    void concurrentRecording();
    void readerRefuses_data();
    void readerRefuses();
};

void TestMetricsRegistry::emptyRegistryIsValid()
{
    MetricsRegistry metrics;
    const auto exposition = promtext::parse(metrics.render());
    QVERIFY2(exposition.ok(), qPrintable(exposition.error));
    QCOMPARE(exposition.types.value("fm_http_requests_total"), QStringLiteral("counter"));
    QCOMPARE(exposition.types.value("fm_http_request_duration_seconds"),
             QStringLiteral("histogram"));
    QVERIFY(exposition.samples.isEmpty());
}

void TestMetricsRegistry::counters()
{
    MetricsRegistry metrics;
    for (int i = 0; i < 3; ++i)
        metrics.record("/api/v1/{doctype}", "GET", 200, 1'000'000);
    metrics.record("/api/v1/{doctype}", "GET", 404, 1'000'000);
    metrics.record("/api/v1/{doctype}", "POST", 201, 1'000'000);
    metrics.record(QString(), "GET", 404, 1'000);
    const auto exposition = promtext::parse(metrics.render());
    QVERIFY2(exposition.ok(), qPrintable(exposition.error));
    const QString total = QStringLiteral("fm_http_requests_total");
    QCOMPARE(exposition.value(
                 total, {{"route", "/api/v1/{doctype}"}, {"method", "GET"}, {"status", "200"}}),
             3.0);
    QCOMPARE(exposition.value(
                 total, {{"route", "/api/v1/{doctype}"}, {"method", "GET"}, {"status", "404"}}),
             1.0);
    QCOMPARE(exposition.value(
                 total, {{"route", "/api/v1/{doctype}"}, {"method", "POST"}, {"status", "201"}}),
             1.0);
    // No route matched: one "unmatched" series, whatever the path was.
    QCOMPARE(
        exposition.value(total, {{"route", "unmatched"}, {"method", "GET"}, {"status", "404"}}),
        1.0);
    QVERIFY(
        std::isnan(exposition.value(total, {{"route", ""}, {"method", "GET"}, {"status", "404"}})));
    // The histogram is per route, over every method and status.
    QCOMPARE(exposition.value("fm_http_request_duration_seconds_count",
                              {{"route", "/api/v1/{doctype}"}}),
             5.0);
    QCOMPARE(
        exposition.value("fm_http_request_duration_seconds_sum", {{"route", "/api/v1/{doctype}"}}),
        0.005);
}

void TestMetricsRegistry::bucketOf_data()
{
    QTest::addColumn<qint64>("nanoseconds");
    QTest::addColumn<QString>("firstLe"); // the smallest bucket that counts it
    QTest::newRow("zero") << qint64(0) << "0.0005";
    QTest::newRow("negative clock skew") << qint64(-5) << "0.0005";
    QTest::newRow("exactly 0.5 ms (le is inclusive)") << qint64(500'000) << "0.0005";
    QTest::newRow("just over 0.5 ms") << qint64(500'001) << "0.001";
    QTest::newRow("3 ms") << qint64(3'000'000) << "0.005";
    QTest::newRow("exactly 5 s") << qint64(5'000'000'000) << "5";
    QTest::newRow("over 5 s") << qint64(7'000'000'000) << "+Inf";
}

void TestMetricsRegistry::bucketOf()
{
    QFETCH(qint64, nanoseconds);
    QFETCH(QString, firstLe);
    MetricsRegistry metrics;
    metrics.record("/r", "GET", 200, nanoseconds);
    const auto exposition = promtext::parse(metrics.render());
    QVERIFY2(exposition.ok(), qPrintable(exposition.error));
    QStringList les;
    bool counted = false;
    for (const auto &sample : exposition.samples) {
        if (sample.name != QLatin1String("fm_http_request_duration_seconds_bucket"))
            continue;
        const QString le = sample.labels.value("le");
        les << le;
        counted = counted || le == firstLe;
        // Cumulative: 0 below the first bucket that counts it, 1 from there on.
        QCOMPARE(sample.value, counted ? 1.0 : 0.0);
    }
    QVERIFY2(counted, qPrintable(firstLe));
    QCOMPARE(les, (QStringList{"0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1",
                               "0.25", "0.5", "1", "2.5", "5", "+Inf"}));
}

void TestMetricsRegistry::labelEscaping_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("plain") << "/health";
    QTest::newRow("quote") << "/a\"b";
    QTest::newRow("backslash") << "/a\\b";
    QTest::newRow("newline") << "/a\nb";
    QTest::newRow("braces and comma") << "/x/{a},{b}";
    QTest::newRow("utf-8") << QStringLiteral("/caf\u00e9");
}

void TestMetricsRegistry::labelEscaping()
{
    QFETCH(QString, route);
    MetricsRegistry metrics;
    metrics.record(route, "GET", 200, 10);
    const auto exposition = promtext::parse(metrics.render());
    QVERIFY2(exposition.ok(), qPrintable(exposition.error));
    QCOMPARE(exposition.value("fm_http_requests_total",
                              {{"route", route}, {"method", "GET"}, {"status", "200"}}),
             1.0);
}

void TestMetricsRegistry::gauge()
{
    QByteArray out;
    MetricsRegistry::appendGauge(out, "fm_x", "An example.", 42);
    MetricsRegistry::appendGauge(out, "fm_y", "Another.", 1.5e9);
    const auto exposition = promtext::parse(out);
    QVERIFY2(exposition.ok(), qPrintable(exposition.error));
    QCOMPARE(exposition.types.value("fm_x"), QStringLiteral("gauge"));
    QCOMPARE(exposition.value("fm_x"), 42.0);
    QCOMPARE(exposition.value("fm_y"), 1.5e9);
}

void TestMetricsRegistry::concurrentRecording()
{
    // Series are created while other threads count: nothing may be lost.
    MetricsRegistry metrics;
    constexpr int kThreads = 4;
    constexpr int kPerThread = 20000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&metrics] {
            for (int i = 0; i < kPerThread; ++i)
                metrics.record(QStringLiteral("/r%1").arg(i % 7), "GET", 200 + i % 3, i);
        }));
        threads.back()->start();
    }
    QByteArray during; // a scrape in the middle must be valid too
    during = metrics.render();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    const auto middle = promtext::parse(during);
    QVERIFY2(middle.ok(), qPrintable(middle.error));
    const auto exposition = promtext::parse(metrics.render());
    QVERIFY2(exposition.ok(), qPrintable(exposition.error));
    QCOMPARE(exposition.sum("fm_http_requests_total"), double(kThreads * kPerThread));
    QCOMPARE(exposition.sum("fm_http_request_duration_seconds_count"),
             double(kThreads * kPerThread));
}

void TestMetricsRegistry::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("valid (control)") << QByteArray("# TYPE a counter\na{x=\"1\"} 2\n");
    QTest::newRow("no final newline") << QByteArray("a 1");
    QTest::newRow("value missing") << QByteArray("a{x=\"1\"}\n");
    QTest::newRow("value not a number") << QByteArray("a one\n");
    QTest::newRow("unquoted label") << QByteArray("a{x=1} 1\n");
    QTest::newRow("bad escape") << QByteArray("a{x=\"\\t\"} 1\n");
    QTest::newRow("bad metric name") << QByteArray("1a 1\n");
    QTest::newRow("unknown type") << QByteArray("# TYPE a meter\na 1\n");
    QTest::newRow("TYPE after samples") << QByteArray("a 1\n# TYPE a counter\n");
    QTest::newRow("histogram falling")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\n"
                      "h_count 1\n");
    QTest::newRow("histogram count differs")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 1\n"
                      "h_count 2\n");
    QTest::newRow("histogram without +Inf")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_count 1\n");
}

void TestMetricsRegistry::readerRefuses()
{
    QFETCH(QByteArray, text);
    const auto exposition = promtext::parse(text);
    QCOMPARE(exposition.ok(), QByteArray(QTest::currentDataTag()) == "valid (control)");
}

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metrics_registry.moc"
