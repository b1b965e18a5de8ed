// SPDX-License-Identifier: MIT
// Events through a real `m start`: the request id of a REST write lands in its event,
// the server relay polls changes another process commits, and stores its position
// (consumer "server") when it stops.
#include "testserver.h"

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "events/eventoutbox.h"
#include "meta/metaregistry.h"

#include <QJsonDocument>
#include <QTest>

using namespace fm::core;

class TestEventsServer : public QObject
{
    Q_OBJECT
private slots:
    void requestIdAndServerPosition();
};

void TestEventsServer::requestIdAndServerPosition()
{
    TestServer server;
    QVERIFY(server.create());
    QVERIFY(server.start());
    const std::string token = server.login("Administrator", TestServer::kAdminPassword);
    QVERIFY(!token.empty());
    auto http = server.client();
    const auto created = http.Post("/api/v1/Customer", TestServer::bearer(token),
                                   R"({"customer_name": "Acme"})", "application/json");
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const QString requestId = QString::fromStdString(created->get_header_value("X-Request-Id"));
    QVERIFY(!requestId.isEmpty());

    MetaRegistry meta;
    Diagnostics diagnostics;
    QVERIFY(meta.loadApps({server.path() + "/apps/testapp"}, diagnostics));
    // The site's database: its SQLite file, or the PostgreSQL URL in site.json.
    QFile siteFile(server.file(QStringLiteral("sites/demo/site.json")));
    QVERIFY(siteFile.open(QIODevice::ReadOnly));
    const QString url = QJsonDocument::fromJson(siteFile.readAll())
                            .object()
                            .value(QStringLiteral("database"))
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString();
    auto config =
        DatabaseConfig::fromUrl(url.isEmpty() ? server.path() + "/sites/demo/db.sqlite" : url);
    QVERIFY(config);
    auto pool = ConnectionPool::open(*config);
    QVERIFY(pool);
    EventOutbox outbox(**pool);
    auto events = outbox.after(0, 1000);
    QVERIFY(events);
    const Event *rest = nullptr;
    for (const Event &event : std::as_const(*events)) {
        if (event.doctype == u"Customer" && event.name == u"Acme")
            rest = &event;
    }
    QVERIFY(rest);
    QCOMPARE(rest->type, EventType::Insert);
    QCOMPARE(rest->requestId, requestId);
    QCOMPARE(rest->user, QStringLiteral("Administrator"));

    // Another process commits; the running server delivers it within its poll interval.
    ControllerRegistry controllers;
    {
        DocumentService other(**pool, meta, controllers);
        Document customer("Customer");
        customer.setValue("customer_name", "Remote");
        QVERIFY(other.insert(customer));
    }
    const qint64 last = outbox.lastSequence().value();
    QTest::qWait(600);
    QVERIFY(server.stop());
    auto position = outbox.position("server");
    QVERIFY(position);
    QVERIFY(*position);
    QCOMPARE(**position, last);
}

QTEST_GUILESS_MAIN(TestEventsServer)
#include "tst_events_server.moc"
