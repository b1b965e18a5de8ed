// SPDX-License-Identifier: MIT
#include "pgcluster.h"
#include "testserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

// `m site copy` with real processes: a SQLite site's documents (every storage type, a
// child table, Links, the users and their sessions) into PostgreSQL, the site switched
// over and served from there, then back into a new SQLite file; a non-empty target
// refused unless --replace; bad targets refused before anything is written.
class TestSiteCopy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (const QString why = PgCluster::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        m_cluster = PgCluster::shared(&error);
        QVERIFY2(m_cluster, qPrintable(error));
        QVERIFY(m_server.create());
        QString out;
        for (const char *customer :
             {R"({"customer_name": "Acme", "tier": "Gold", "credit_limit": 1234.5,
                  "active": false, "rating": 4, "code": "ACM"})",
              R"({"customer_name": "Globex", "tier": "Silver"})",
              R"({"customer_name": "Initech", "email": "info@initech.example"})"}) {
            QVERIFY2(m({"doc", "insert", "Customer", "--data", customer}, &out) == 0,
                     qPrintable(out));
        }
        QVERIFY2(m({"doc", "insert", "Sales Order", "--data",
                    R"({"customer": "Acme", "order_date": "2026-12-07",
                        "delivery": "2026-12-08T09:30:00.000Z", "slot": "14:15:00",
                        "total": 99.25, "notes": "two lines\nof text", "status": "Open",
                        "extra": {"gift": true, "tags": ["a", "b"]}, "priority": 3,
                        "duration": 5400, "discount": 12.5,
                        "items": [{"item": "Widget", "qty": 2, "rate": 10.5},
                                  {"item": "Gadget", "qty": 1, "rate": 78.25}]})"},
                   &out) == 0,
                 qPrintable(out));
        m_order = jsonIn(out).object().value("name").toString();
        QVERIFY2(!m_order.isEmpty(), qPrintable(out));
        QVERIFY2(m({"user", "add", "ann@example.com", "--role", "System Manager", "--password",
                    "copy-password-1"},
                   &out) == 0,
                 qPrintable(out));
    }

    void refusesBadTargets_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList{} << 2 << "give the target with --to";
        QTest::newRow("its own database")
            << QStringList{"--to", "sites/demo/db.sqlite"} << 1 << "the site's own database";
        QTest::newRow("password in the URL")
            << QStringList{"--to", "postgresql://fm:hunter2@localhost/x"} << 1
            << "holds a password";
        QTest::newRow("no such database")
            << QStringList{"--to", "CLUSTER/fm_missing"} << 1 << "\"fm_missing\" does not exist";
        QTest::newRow("bad sample")
            << QStringList{"--to", "x.sqlite", "--sample", "many"} << 2 << "--sample \"many\"";
    }
    void refusesBadTargets()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        for (QString &arg : args) {
            if (arg.startsWith(QLatin1String("CLUSTER/")))
                arg = m_cluster->url(arg.section(u'/', 1));
        }
        QString out;
        QCOMPARE(m(QStringList{"site", "copy"} + args, &out), code);
        QVERIFY2(out.contains(message), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("hunter2")), qPrintable(out));
        QVERIFY(!QFile::exists(m_server.file(QStringLiteral("x.sqlite"))));
    }

    // SQLite -> PostgreSQL, checked; a second copy is refused; --replace copies again.
    void copiesToPostgres()
    {
        QString error;
        m_pgUrl = m_cluster->createDatabase(&error);
        QVERIFY2(!m_pgUrl.isEmpty(), qPrintable(error));
        m_pgName = m_pgUrl.section(u'/', 3).section(u'?', 0, 0);
        QString out;
        QCOMPARE(m({"site", "copy", "--to", m_pgUrl}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Customer: 3 row(s), 3 compared")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Sales Order Item: 2 row(s), 2 compared")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("row counts equal")), qPrintable(out));
        QCOMPARE(psql("SELECT count(*) FROM customer"), QStringLiteral("3"));
        QCOMPARE(psql("SELECT active::text || '|' || credit_limit FROM customer WHERE name = "
                      "'Acme'"),
                 QStringLiteral("false|1234.5"));
        QCOMPARE(psql("SELECT extra->>'gift' FROM sales_order"), QStringLiteral("true"));

        QCOMPARE(m({"site", "copy", "--to", m_pgUrl}, &out), 1);
        QVERIFY2(out.contains(QLatin1String("already holds documents")) &&
                     out.contains(QLatin1String("Customer (3)")) &&
                     out.contains(QLatin1String("--replace")),
                 qPrintable(out));
        QCOMPARE(psql("SELECT count(*) FROM customer"), QStringLiteral("3"));
        QCOMPARE(m({"site", "copy", "--to", m_pgUrl, "--replace"}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("(replaced 3)")), qPrintable(out));
        QCOMPARE(psql("SELECT count(*) FROM customer"), QStringLiteral("3"));
    }

    // The site switched to the copy: the same documents through `m doc` and REST, the
    // users sign in with their passwords, naming series go on; then back to SQLite.
    void servesTheCopyAndCopiesBack()
    {
        QVERIFY(!m_pgUrl.isEmpty());
        const QString before = documents();
        setDatabase({{"engine", "postgresql"}, {"url", m_pgUrl}});
        QCOMPARE(documents(), before);
        QVERIFY(m_server.start());
        const std::string token = m_server.login("ann@example.com", "copy-password-1");
        QVERIFY(!token.empty());
        const auto order = m_server.client().Get("/api/v1/Sales%20Order/" +
                                                     QUrl::toPercentEncoding(m_order).toStdString(),
                                                 TestServer::bearer(token));
        QVERIFY(order);
        QCOMPARE(order->status, 200);
        const QJsonObject data = jsonOf(order->body).value("data").toObject();
        QCOMPARE(data.value("items").toArray().size(), 2);
        QCOMPARE(data.value("extra").toObject().value("tags").toArray().size(), 2);
        QCOMPARE(data.value("slot").toString(), QStringLiteral("14:15:00"));
        QVERIFY(m_server.stop());
        QString out;
        QVERIFY2(m({"doc", "insert", "Sales Order", "--data",
                    R"({"customer": "Globex", "items": [{"item": "Bolt", "qty": 9}]})"},
                   &out) == 0,
                 qPrintable(out));
        const QString next = jsonIn(out).object().value("name").toString();
        QVERIFY2(next > m_order, qPrintable(next + " after " + m_order));

        QCOMPARE(m({"site", "copy", "--to", "back.sqlite"}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Sales Order: 2 row(s)")), qPrintable(out));
        const QString onPostgres = documents();
        setDatabase({{"engine", "sqlite"}, {"path", "../../back.sqlite"}});
        QCOMPARE(documents(), onPostgres);
        QVERIFY(m({"doc", "get", "Sales Order", next}, &out) == 0);
    }

    // A site whose schema is behind its DocTypes is not copied.
    void refusesAStaleSource()
    {
        QFile doctype(m_server.file(QStringLiteral("apps/testapp/doctypes/tag/tag.json")));
        QVERIFY(doctype.open(QIODevice::ReadOnly));
        QJsonObject tag = QJsonDocument::fromJson(doctype.readAll()).object();
        doctype.close();
        QJsonArray fields = tag.value(QStringLiteral("fields")).toArray();
        fields.append(QJsonObject{{"fieldname", "colour"}, {"fieldtype", "Data"}});
        tag.insert(QStringLiteral("fields"), fields);
        QVERIFY(doctype.open(QIODevice::WriteOnly | QIODevice::Truncate));
        doctype.write(QJsonDocument(tag).toJson());
        doctype.close();
        QString out;
        QCOMPARE(m({"site", "copy", "--to", "stale.sqlite"}, &out), 1);
        QVERIFY2(out.contains(QLatin1String("run `m migrate`")), qPrintable(out));
    }

private:
    int m(const QStringList &args, QString *out) { return m_server.m(args, out); }

    // The JSON `m doc` printed; the output also holds whatever it wrote to stderr.
    static QJsonDocument jsonIn(const QString &out)
    {
        const qsizetype start = out.indexOf(
            QRegularExpression(QStringLiteral("^[\\[{]"), QRegularExpression::MultilineOption));
        const QByteArray json = out.mid(start < 0 ? 0 : start).toUtf8();
        QJsonParseError error;
        const QJsonDocument whole = QJsonDocument::fromJson(json, &error);
        // Messages after the JSON (stderr comes after stdout here) end it.
        return error.error == QJsonParseError::GarbageAtEnd
                   ? QJsonDocument::fromJson(json.left(error.offset))
                   : whole;
    }

    QString psql(const QString &sql)
    {
        bool ok = false;
        const QString out = m_cluster->psql(m_pgName, sql, &ok);
        return ok ? out : QStringLiteral("psql failed");
    }

    // Every Customer and Sales Order (with items) as `m doc` prints them, system
    // timestamps included: what must survive a copy unchanged.
    QString documents()
    {
        QString all;
        for (const char *doctype : {"Customer", "Sales Order"}) {
            QString list;
            if (m({"doc", "list", doctype, "--fields", R"(["name"])", "--order-by", "name",
                   "--limit", "100"},
                  &list) != 0)
                return QStringLiteral("m doc list failed: ") + list;
            const QJsonDocument parsed = jsonIn(list);
            const QJsonArray rows =
                parsed.isArray() ? parsed.array() : parsed.object().value("data").toArray();
            if (rows.isEmpty())
                return QStringLiteral("no rows in: ") + list;
            for (const QJsonValue &row : rows) {
                QString doc;
                m({"doc", "get", doctype, row.toObject().value("name").toString()}, &doc);
                all += doc;
            }
        }
        return all;
    }

    void setDatabase(const QJsonObject &database)
    {
        QFile file(m_server.file(QStringLiteral("sites/demo/site.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{"database", database}}).toJson());
    }

    PgCluster *m_cluster = nullptr;
    TestServer m_server;
    QString m_order;
    QString m_pgUrl;
    QString m_pgName;
};

QTEST_GUILESS_MAIN(TestSiteCopy)
#include "tst_site_copy.moc"
