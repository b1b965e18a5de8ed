// SPDX-License-Identifier: MIT
// A real `m start`: API errors and Desk pages answer in the language of Accept-Language,
// request by request, whatever the server's own locale.
#include "testserver.h"

#include <QTest>

class TstHttpLanguage : public QObject
{
    Q_OBJECT

private:
    static inline const QString kPassword = QStringLiteral("eva-password-1");
    TestServer m_server;

    httplib::Result patchMe(const std::string &token, const char *body)
    {
        return m_server.client().Patch(
            "/api/v1/auth/me",
            httplib::Headers{{"Authorization", "Bearer " + token}, {"Accept-Language", "en"}}, body,
            "application/json");
    }

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
        // A user with no rights beyond signing in: a language needs none.
        QString out;
        QVERIFY2(m_server.m({"doc", "insert", "Role", "--data", R"({"role_name": "Reader"})"},
                            &out) == 0,
                 qPrintable(out));
        QVERIFY2(m_server.m({"user", "add", "eva@example.com", "--role", "Reader", "--password",
                             kPassword},
                            &out) == 0,
                 qPrintable(out));
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

    // libcore's own messages (validation, permissions, sign-in) follow Accept-Language too;
    // the code and the field names stay the same in every language.
    void libcoreErrorsFollowAcceptLanguage()
    {
        const std::string admin =
            m_server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
        QVERIFY(!admin.empty());
        const std::string eva = m_server.login(QStringLiteral("eva@example.com"), kPassword);
        QVERIFY(!eva.empty());
        const auto ask = [this](const char *language, const std::string &token, const char *method,
                                const char *path, const char *body) {
            httplib::Headers headers;
            if (language)
                headers.emplace("Accept-Language", language);
            if (!token.empty())
                headers.emplace("Authorization", "Bearer " + token);
            auto http = m_server.client();
            return std::string(method) == "GET"
                       ? http.Get(path, headers)
                       : http.Post(path, headers, body, "application/json");
        };
        const auto codeOf = [](const httplib::Result &result) {
            return jsonOf(result->body)[QStringLiteral("error")][QStringLiteral("code")].toString();
        };
        const auto fieldMessage = [](const httplib::Result &result) {
            return jsonOf(result->body)[QStringLiteral("error")][QStringLiteral("fields")][0]
                                       [QStringLiteral("message")]
                                           .toString();
        };

        // A Select value that is not an option: the document's and the field's message.
        const char *badTier = R"({"customer_name": "Acme", "tier": "Platinum"})";
        const auto de = ask("de", admin, "POST", "/api/v1/Customer", badTier);
        const auto en = ask(nullptr, admin, "POST", "/api/v1/Customer", badTier);
        QVERIFY(de && en);
        QCOMPARE(de->status, 422);
        QCOMPARE(en->status, 422);
        QCOMPARE(codeOf(de), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(codeOf(en), codeOf(de));
        QCOMPARE(errorMessage(de),
                 QStringLiteral("Customer ist ungültig: 1 Problem; siehe fields"));
        QCOMPARE(errorMessage(en), QStringLiteral("Customer is not valid: 1 problem; see fields"));
        QVERIFY2(fieldMessage(de).endsWith(
                     QStringLiteral(" muss eines davon sein: Gold, Silver, Bronze")),
                 qPrintable(fieldMessage(de)));
        QVERIFY2(fieldMessage(en).endsWith(QStringLiteral(" must be one of: Gold, Silver, Bronze")),
                 qPrintable(fieldMessage(en)));

        // A user whose roles do not allow reading Customer.
        const auto deniedDe = ask("de-CH", eva, "GET", "/api/v1/Customer", nullptr);
        const auto deniedEn = ask("en", eva, "GET", "/api/v1/Customer", nullptr);
        QVERIFY(deniedDe && deniedEn);
        QCOMPARE(deniedDe->status, 403);
        QCOMPARE(codeOf(deniedDe), QStringLiteral("FORBIDDEN"));
        QCOMPARE(codeOf(deniedEn), codeOf(deniedDe));
        QCOMPARE(errorMessage(deniedDe),
                 QStringLiteral("eva@example.com darf Customer nicht lesen; bitten Sie einen "
                                "Administrator um eine Rolle, die das erlaubt"));
        QCOMPARE(errorMessage(deniedEn),
                 QStringLiteral("eva@example.com may not read Customer; ask an administrator "
                                "for a role that allows it"));

        // A wrong password.
        const char *wrong = R"({"email": "eva@example.com", "password": "not-the-password"})";
        const auto refusedDe = ask("de", {}, "POST", "/api/v1/auth/login", wrong);
        const auto refusedEn = ask(nullptr, {}, "POST", "/api/v1/auth/login", wrong);
        QVERIFY(refusedDe && refusedEn);
        QCOMPARE(refusedDe->status, 401);
        QCOMPARE(codeOf(refusedDe), QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(codeOf(refusedEn), codeOf(refusedDe));
        QCOMPARE(errorMessage(refusedDe),
                 QStringLiteral("der Benutzername (oder die E-Mail-Adresse) oder das Passwort ist "
                                "falsch; prüfen Sie beides und versuchen Sie es erneut"));
        QCOMPARE(errorMessage(refusedEn),
                 QStringLiteral("the user name (or e-mail) or the password is wrong; check both "
                                "and try again"));
    }

    // `m doc insert` with a bad value: libcore's messages in the locale's language.
    void cliValidationErrorInGerman()
    {
        const QStringList insert{
            QStringLiteral("doc"), QStringLiteral("insert"), QStringLiteral("Customer"),
            QStringLiteral("--data"),
            QStringLiteral(R"({"customer_name": "Acme", "tier": "Platinum"})")};
        QString german;
        QVERIFY(m_server.m(insert, &german) != 0); // LANG=de_DE.UTF-8 (initTestCase)
        QVERIFY2(german.contains(QStringLiteral("Customer ist ungültig: 1 Problem")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("muss eines davon sein: Gold, Silver, Bronze")),
                 qPrintable(german));
        m_server.setEnv(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        QString english;
        const int code = m_server.m(insert, &english);
        m_server.setEnv(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        QVERIFY(code != 0);
        QVERIFY2(english.contains(QStringLiteral("Customer is not valid: 1 problem")),
                 qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("must be one of: Gold, Silver, Bronze")),
                 qPrintable(english));
    }

    // A user's own language (User.language) wins over Accept-Language, is refused when
    // there is no catalogue for it (nothing changes), and cleared with null.
    void userLanguageWinsOverAcceptLanguage()
    {
        const std::string token = m_server.login(QStringLiteral("eva@example.com"), kPassword);
        QVERIFY(!token.empty());
        const httplib::Headers english{{"Authorization", "Bearer " + token},
                                       {"Accept-Language", "en"}};
        auto http = m_server.client();
        auto me = http.Get("/api/v1/auth/me", english);
        QVERIFY(me && me->status == 200);
        QVERIFY(jsonOf(me->body)[QStringLiteral("data")][QStringLiteral("language")].isNull());

        auto changed = patchMe(token, R"({"language": "de"})");
        QVERIFY(changed);
        QCOMPARE(changed->status, 200);
        QCOMPARE(
            jsonOf(changed->body)[QStringLiteral("data")][QStringLiteral("language")].toString(),
            QStringLiteral("de"));
        QVERIFY2(errorMessage(http.Get("/no/such/route", english))
                     .startsWith(QStringLiteral("Keine Route")),
                 qPrintable(errorMessage(http.Get("/no/such/route", english))));

        // No catalogue, another field, not a string: refused, and the language stays.
        const auto unknown = patchMe(token, R"({"language": "xx"})");
        QVERIFY(unknown && unknown->status >= 400 && unknown->status < 500);
        QVERIFY2(errorMessage(unknown).contains(QStringLiteral("de, en")),
                 qPrintable(errorMessage(unknown)));
        const auto other = patchMe(token, R"({"language": "de", "full_name": "Eve"})");
        QVERIFY(other && other->status == 400);
        QVERIFY2(errorMessage(other).contains(QStringLiteral("full_name")),
                 qPrintable(errorMessage(other)));
        const auto number = patchMe(token, R"({"language": 7})");
        QVERIFY(number && number->status == 400);
        me = http.Get("/api/v1/auth/me", english);
        QCOMPARE(jsonOf(me->body)[QStringLiteral("data")][QStringLiteral("language")].toString(),
                 QStringLiteral("de"));
        QVERIFY(jsonOf(me->body)[QStringLiteral("data")][QStringLiteral("full_name")] !=
                QStringLiteral("Eve"));

        const auto cleared = patchMe(token, R"({"language": null})");
        QVERIFY(cleared && cleared->status == 200);
        QVERIFY(errorMessage(http.Get("/no/such/route", english))
                    .startsWith(QStringLiteral("No route")));
        // A guest cannot have a language of their own.
        const auto guest =
            m_server.client().Patch("/api/v1/auth/me", R"({"language": "de"})", "application/json");
        QVERIFY(guest && guest->status == 401);
    }
};

QTEST_GUILESS_MAIN(TstHttpLanguage)
#include "tst_http_language.moc"
