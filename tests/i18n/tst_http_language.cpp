// SPDX-License-Identifier: MIT
// A real `m start`: API errors and Desk pages answer in the language of Accept-Language,
// request by request, whatever the server's own locale.
#include "testserver.h"

#include <QTest>

class TstHttpLanguage : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    QString errorMessage(const httplib::Result &result)
    {
        if (!result)
            return QStringLiteral("<no answer>");
        return jsonOf(result->body)
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        // The server process itself runs in German: the API must still follow each request.
        m_server.setEnv(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        m_server.setEnv(QStringLiteral("LANGUAGE"), QString());
        m_server.setEnv(QStringLiteral("LC_ALL"), QString());
        QVERIFY(m_server.create());
        QVERIFY(m_server.start());
    }

    void apiErrorFollowsAcceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("message");
        const QString german = QStringLiteral("Keine Route für GET /no/such/route: prüfen Sie "
                                              "die Methode und den Pfad (/api/docs listet alle "
                                              "Routen auf).");
        const QString english = QStringLiteral("No route for GET /no/such/route: check the "
                                               "method and the path (/api/docs lists every "
                                               "route).");
        QTest::newRow("de") << QByteArray("de") << german;
        QTest::newRow("browser list") << QByteArray("fr-CH, fr;q=0.9, de;q=0.8") << german;
        QTest::newRow("en") << QByteArray("en-US") << english;
        QTest::newRow("no header: English") << QByteArray() << english;
        QTest::newRow("only unknown languages") << QByteArray("fr, es") << english;
        QTest::newRow("German refused") << QByteArray("de;q=0, en;q=0.5") << english;
        QTest::newRow("unreadable header") << QByteArray(";;q=x,,") << english;
    }

    void apiErrorFollowsAcceptLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, message);
        auto http = m_server.client();
        httplib::Headers headers;
        if (!acceptLanguage.isEmpty())
            headers.emplace("Accept-Language", acceptLanguage.toStdString());
        const auto result = http.Get("/no/such/route", headers);
        QVERIFY(result);
        QCOMPARE(result->status, 404);
        QCOMPARE(errorMessage(result), message);
        // The code stays the same for programs, in every language.
        QCOMPARE(jsonOf(result->body)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("NOT_FOUND"));
    }

    void methodNotAllowedInGerman()
    {
        auto http = m_server.client();
        const auto result = http.Delete("/health", httplib::Headers{{"Accept-Language", "de"}});
        QVERIFY(result);
        QCOMPARE(result->status, 405);
        QVERIFY2(errorMessage(result).contains(QStringLiteral("ist auf /health nicht erlaubt")),
                 qPrintable(errorMessage(result)));
    }

    void deskSignInPageInGerman()
    {
        auto http = m_server.client();
        const auto german = http.Get("/desk/login", httplib::Headers{{"Accept-Language", "de-DE"}});
        QVERIFY(german);
        QCOMPARE(german->status, 200);
        QVERIFY2(QString::fromStdString(german->body).contains(QStringLiteral("Am Desk anmelden")),
                 german->body.c_str());
        const auto english = http.Get("/desk/login", httplib::Headers{{"Accept-Language", "en"}});
        QVERIFY(english);
        QVERIFY(
            QString::fromStdString(english->body).contains(QStringLiteral("Sign in to the Desk")));
    }
};

QTEST_GUILESS_MAIN(TstHttpLanguage)
#include "tst_http_language.moc"
