// SPDX-License-Identifier: MIT
// The "server" object of site.json: defaults, every key, and a clear refusal for
// unknown keys, wrong types and impossible values.
#include "api/services.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using fm::server::api::loadServerConfig;
using fm::server::api::ServerConfig;

class TestServerConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void everyKey();
    void refusals_data();
    void refusals();
};

namespace {

fm::Result<ServerConfig> load(const QByteArray &siteJson)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("site.json")));
    if (!file.open(QIODevice::WriteOnly))
        return fm::fail(fm::ErrorCode::Io, QStringLiteral("cannot write the test file"));
    file.write(siteJson);
    file.close();
    return loadServerConfig(dir.path());
}

} // namespace

void TestServerConfig::defaults()
{
    auto config = load(R"({"database": {"engine": "sqlite", "path": "db.sqlite"}})");
    QVERIFY(config);
    QCOMPARE(config->maxBodyBytes, qint64(10 * 1024 * 1024));
    QCOMPARE(config->defaultPageLength, 20);
    QCOMPARE(config->maxPageLength, 500);
    QCOMPARE(config->listCountCap, qint64(10000));
    QCOMPARE(config->keepAliveSeconds, 75);
    QVERIFY(config->corsOrigins.isEmpty());
    QVERIFY(config->trustedProxies.isEmpty());
    QVERIFY(!config->dev);
    // A small maximum lowers the default page with it.
    QCOMPARE(load(R"({"server": {"max_page_length": 5}})")->defaultPageLength, 5);
}

void TestServerConfig::everyKey()
{
    auto config = load(R"({"server": {
        "max_body_bytes": 2048, "default_page_length": 10, "max_page_length": 50,
        "session_hours": 2, "secure_cookies": true, "live_recheck_seconds": 5,
        "list_count_cap": 250000, "keep_alive_seconds": 5,
        "cors_origins": ["https://app.example.com"],
        "trusted_proxies": ["127.0.0.1", "::1"], "trusted_user_header": "X-Remote-User"}})");
    QVERIFY2(config, config ? "" : qPrintable(config.error().toText()));
    QCOMPARE(config->maxBodyBytes, qint64(2048));
    QCOMPARE(config->defaultPageLength, 10);
    QCOMPARE(config->maxPageLength, 50);
    QCOMPARE(config->sessionHours, 2);
    QCOMPARE(config->liveRecheckSeconds, 5);
    QCOMPARE(config->listCountCap, qint64(250000));
    QCOMPARE(config->keepAliveSeconds, 5);
    QVERIFY(config->secureCookies);
    QCOMPARE(config->corsOrigins, QStringList{"https://app.example.com"});
    QCOMPARE(config->trustedProxies.size(), 2);
    QCOMPARE(config->trustedUserHeader, QStringLiteral("X-Remote-User"));
}

void TestServerConfig::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{") << "not a JSON object";
    QTest::newRow("server not an object") << QByteArray(R"({"server": 1})") << "must be an object";
    QTest::newRow("unknown key") << QByteArray(R"({"server": {"max_body": 1}})") << "max_body";
    QTest::newRow("zero body limit")
        << QByteArray(R"({"server": {"max_body_bytes": 0}})") << "max_body_bytes";
    QTest::newRow("fractional page")
        << QByteArray(R"({"server": {"max_page_length": 2.5}})") << "whole number";
    QTest::newRow("string page") << QByteArray(R"({"server": {"max_page_length": "50"}})")
                                 << "max_page_length";
    QTest::newRow("zero count cap")
        << QByteArray(R"({"server": {"list_count_cap": 0}})") << "list_count_cap";
    QTest::newRow("default over max")
        << QByteArray(R"({"server": {"default_page_length": 60, "max_page_length": 50}})")
        << "default_page_length";
    QTest::newRow("no credential re-check")
        << QByteArray(R"({"server": {"live_recheck_seconds": 0}})") << "live_recheck_seconds";
    QTest::newRow("no keep-alive")
        << QByteArray(R"({"server": {"keep_alive_seconds": 0}})") << "keep_alive_seconds";
    QTest::newRow("keep-alive over a day")
        << QByteArray(R"({"server": {"keep_alive_seconds": 86401}})") << "86400";
    QTest::newRow("origins not a list")
        << QByteArray(R"({"server": {"cors_origins": "*"}})") << "list of strings";
    QTest::newRow("proxy not an address")
        << QByteArray(R"({"server": {"trusted_proxies": ["gateway"]}})") << "gateway";
    QTest::newRow("empty header") << QByteArray(R"({"server": {"trusted_user_header": ""}})")
                                  << "header name";
    QTest::newRow("cookie flag not bool")
        << QByteArray(R"({"server": {"secure_cookies": "yes"}})") << "true or false";
}

void TestServerConfig::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto config = load(json);
    QVERIFY(!config);
    QVERIFY2(config.error().message().contains(mentions), qPrintable(config.error().message()));
    QVERIFY(config.error().message().contains(QStringLiteral("site.json")));
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
