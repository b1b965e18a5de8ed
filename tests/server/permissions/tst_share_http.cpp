// SPDX-License-Identifier: MIT
// Document Share over HTTP on a real `m start`, with the permission test app
// (tests/core/permissions/input/apps/permapp): who may share, a share granting read
// then write on the document routes, listing shares, taking one back, and list totals
// under row-level security.
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("share-password-1");
const std::string kJson = "application/json";

QString errorCode(const httplib::Result &result)
{
    return jsonOf(result->body)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

std::string encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text).toStdString();
}

} // namespace

class TestShareHttp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.create(
            {QStringLiteral(FM_SOURCE_DIR "/tests/core/permissions/input/apps/permapp")}));
        QString out;
        // Support Agent and Auditor exist with the site: permapp's rules name them.
        for (const char *role : {"Staff"}) {
            const QString data = QStringLiteral(R"({"role_name": "%1"})").arg(QLatin1String(role));
            QVERIFY2(m_server.m({"doc", "insert", "Role", "--data", data}, &out) == 0,
                     qPrintable(out));
        }
        const QList<QPair<QString, QString>> users{{"ann@example.com", "Support Agent"},
                                                   {"bea@example.com", "Staff"},
                                                   {"cid@example.com", "Auditor"},
                                                   {"dan@example.com", "Support Agent"}};
        for (const auto &[user, role] : users) {
            QVERIFY2(m_server.m({"user", "add", user, "--role", role, "--password", kPassword},
                                &out) == 0,
                     qPrintable(out));
        }
        QVERIFY(m_server.start());
        for (const auto &[user, role] : users) {
            m_tokens[user.section(u'@', 0, 0)] = m_server.login(user, kPassword);
            QVERIFY2(!m_tokens[user.section(u'@', 0, 0)].empty(), qPrintable(user));
        }
        m_tokens["admin"] = m_server.login("Administrator", TestServer::kAdminPassword);
        QVERIFY(!m_tokens["admin"].empty());
        m_ticket = createTicket("ann", "shared one");
        QVERIFY(!m_ticket.isEmpty());
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void refusals_data()
    {
        QTest::addColumn<QString>("who"); // "" for a guest
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QString ok = R"({"doctype":"Ticket","name":"%1","user":"bea@example.com"})";
        QTest::newRow("guest") << "" << ok << 401 << "UNAUTHORIZED";
        QTest::newRow("no rule lets bea read it") << "bea" << ok << 403 << "FORBIDDEN";
        QTest::newRow("an auditor reads but may not share") << "cid" << ok << 403 << "FORBIDDEN";
        QTest::newRow("another agent cannot see it") << "dan" << ok << 404 << "NOT_FOUND";
        QTest::newRow("not JSON") << "ann"
                                  << "{" << 400 << "BAD_REQUEST";
        QTest::newRow("no user") << "ann"
                                 << R"({"doctype":"Ticket","name":"%1"})" << 400 << "BAD_REQUEST";
        QTest::newRow("write not a boolean")
            << "ann"
            << R"({"doctype":"Ticket","name":"%1","user":"bea@example.com","write":1})" << 400
            << "BAD_REQUEST";
        QTest::newRow("unknown DocType")
            << "ann"
            << R"({"doctype":"Nope","name":"%1","user":"x"})" << 404 << "NOT_FOUND";
        QTest::newRow("unknown user")
            << "ann"
            << R"({"doctype":"Ticket","name":"%1","user":"zz@x.com"})" << 422 << "VALIDATION_ERROR";
    }

    void refusals()
    {
        QFETCH(QString, who);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto http = m_server.client();
        const auto result = http.Post("/api/v1/share", headers(who),
                                      QString(body).replace("%1", m_ticket).toStdString(), kJson);
        QVERIFY(result);
        QCOMPARE(result->status, status);
        QCOMPARE(errorCode(result), code);
    }

    void shareGrantsReadThenWrite()
    {
        auto http = m_server.client();
        const std::string item = "/api/v1/ticket/" + encoded(m_ticket);
        const std::string change = R"({"subject":"changed by bea"})";
        QCOMPARE(http.Get(item, headers("bea"))->status, 403);

        auto shared = share("ann", R"("read":true)");
        QCOMPARE(shared->status, 201);
        const QJsonObject data = jsonOf(shared->body).value("data").toObject();
        QCOMPARE(data.value("user").toString(), QStringLiteral("bea@example.com"));
        QCOMPARE(data.value("share_name").toString(), m_ticket);
        const std::string id = encoded(data.value("name").toString());

        QCOMPARE(http.Get(item, headers("bea"))->status, 200);
        QCOMPARE(http.Put(item, headers("bea"), change, kJson)->status, 403);
        const auto listed = http.Get("/api/v1/ticket", headers("bea"));
        QCOMPARE(listed->status, 200);
        QCOMPARE(jsonOf(listed->body).value("total").toInt(), 1);

        QCOMPARE(share("ann", R"("write":true)")->status, 200); // the same share, updated
        QCOMPARE(http.Put(item, headers("bea"), change, kJson)->status, 200);

        // Shares of the document: all for the owner, one's own for bea, none for cid.
        for (const auto &[who, count] :
             {std::pair{"ann", 1}, std::pair{"bea", 1}, std::pair{"cid", 0}}) {
            const auto rows = http.Get(item + "/shares", headers(who));
            QCOMPARE(rows->status, 200);
            QCOMPARE(jsonOf(rows->body).value("data").toArray().size(), count);
        }
        QCOMPARE(
            http.Get("/api/v1/Ticket/" + encoded(m_ticket) + "/shares", headers("ann"))->status,
            200);
        QCOMPARE(http.Get(item + "/shares", headers("dan"))->status, 404);

        QCOMPARE(http.Delete("/api/v1/share/" + id, headers("cid"))->status, 403);
        QCOMPARE(http.Delete("/api/v1/share/" + id, headers("dan"))->status, 404);
        QCOMPARE(http.Delete("/api/v1/share/" + id, headers("ann"))->status, 204);
        QCOMPARE(http.Get(item, headers("bea"))->status, 403);
        QCOMPARE(http.Delete("/api/v1/share/" + id, headers("ann"))->status, 404);
    }

    void listTotalsUnderRowLevelSecurity_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("total");
        QTest::newRow("ann: her own") << "ann" << 3;
        QTest::newRow("dan: his own") << "dan" << 1;
        QTest::newRow("cid reads every row") << "cid" << 4;
        QTest::newRow("bea: nothing shared any more") << "bea" << -403;
    }

    void listTotalsUnderRowLevelSecurity()
    {
        QFETCH(QString, who);
        QFETCH(int, total);
        if (m_listed.isEmpty()) {
            m_listed << createTicket("ann", "l") << createTicket("ann", "l")
                     << createTicket("dan", "l");
            QVERIFY(!m_listed.contains(QString()));
        }
        auto http = m_server.client();
        const auto result = http.Get("/api/v1/ticket?limit=1", headers(who));
        QVERIFY(result);
        if (total < 0) {
            QCOMPARE(result->status, -total);
            return;
        }
        QCOMPARE(result->status, 200);
        const QJsonObject body = jsonOf(result->body);
        QCOMPARE(body.value("total").toInt(), total);
        QCOMPARE(body.value("data").toArray().size(), 1);
        QCOMPARE(body.value("has_more").toBool(), total > 1);
    }

private:
    httplib::Headers headers(const QString &who) const
    {
        if (who.isEmpty())
            return {};
        return TestServer::bearer(m_tokens.value(who));
    }

    QString createTicket(const QString &who, const QString &subject)
    {
        auto http = m_server.client();
        const auto result =
            http.Post("/api/v1/ticket", headers(who), jsonText({{"subject", subject}}), kJson);
        if (!result || result->status != 201) {
            qWarning() << "creating a ticket failed:" << (result ? result->body.c_str() : "");
            return {};
        }
        return jsonOf(result->body).value("data").toObject().value("name").toString();
    }

    httplib::Result share(const QString &who, const char *flags)
    {
        auto http = m_server.client();
        const QString body =
            QStringLiteral(R"({"doctype":"ticket","name":"%1","user":"bea@example.com",%2})")
                .arg(m_ticket, QLatin1String(flags));
        return http.Post("/api/v1/share", headers(who), body.toStdString(), kJson);
    }

    TestServer m_server;
    QHash<QString, std::string> m_tokens;
    QString m_ticket;
    QStringList m_listed;
};

QTEST_GUILESS_MAIN(TestShareHttp)
#include "tst_share_http.moc"
