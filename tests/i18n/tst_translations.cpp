// SPDX-License-Identifier: MIT
// The catalogues built into fm_core: German and English load, each thread speaks its own
// language, and Accept-Language and locale names pick the right one.
#include "i18n/translations.h"
#include "meta/doctypeloader.h"
#include "meta/fieldtyperegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using fm::core::Diagnostics;
using fm::core::DocTypeLoader;
using fm::core::FieldTypeRegistry;
using fm::core::ThreadLanguage;
using fm::core::Translations;

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    }

    void availableLanguages()
    {
        const QStringList languages = Translations::available();
        QVERIFY2(languages.contains(QStringLiteral("de")) &&
                     languages.contains(QStringLiteral("en")),
                 qPrintable(languages.join(u' ')));
        QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }

    // A user picks their language from the User DocType's Select: a new catalogue must
    // appear there too.
    void userLanguageOptionsAreTheCatalogues()
    {
        QFile file(QStringLiteral(FM_SOURCE_DIR "/resources/apps/core/doctypes/user/user.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString options;
        for (const QJsonValue field : QJsonDocument::fromJson(file.readAll())
                                          .object()
                                          .value(QStringLiteral("fields"))
                                          .toArray()) {
            if (field[QStringLiteral("fieldname")] == QStringLiteral("language"))
                options = field[QStringLiteral("options")].toString();
        }
        QCOMPARE(options.split(u'\n'), Translations::available());
    }

    void germanFromEveryLayer_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("german");
        QTest::newRow("desk") << "Desk"
                              << "Sign in"
                              << "Anmelden";
        QTest::newRow("cli") << "m"
                             << "Commands:"
                             << "Befehle:";
        QTest::newRow("http") << "fm::server::http::Server"
                              << "%1 is not allowed on %2; use %3."
                              << "%1 ist auf %2 nicht erlaubt; verwenden Sie %3.";
        QTest::newRow("studio") << "fm::studio::MainWindow"
                                << "&File"
                                << "&Datei";
        QTest::newRow("core") << "fm::core::CronExpression"
                              << "minute"
                              << "Minute";
        QTest::newRow("field property") << "FieldProperty"
                                        << "Permission level"
                                        << "Berechtigungsstufe";
    }

    void germanFromEveryLayer()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, german);
        QCOMPARE(QCoreApplication::translate(context.toUtf8(), source.toUtf8()), german);
    }

    void unknownTextStaysEnglish()
    {
        QCOMPARE(QCoreApplication::translate("Desk", "no such text in any catalogue"),
                 QStringLiteral("no such text in any catalogue"));
        QCOMPARE(QCoreApplication::translate("NoSuchContext", "Sign in"),
                 QStringLiteral("Sign in"));
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 1") << "de" << 1 << "1 Warnung";
        QTest::newRow("de 2") << "de" << 2 << "2 Warnungen";
        QTest::newRow("de 0") << "de" << 0 << "0 Warnungen";
        QTest::newRow("en 1") << "en" << 1 << "1 warning";
        QTest::newRow("en 2") << "en" << 2 << "2 warnings";
        QTest::newRow("en 0") << "en" << 0 << "0 warnings";
    }

    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        const ThreadLanguage scope(language);
        QCOMPARE(QCoreApplication::translate("m", "%n warning(s)", nullptr, n), expected);
    }

    // libcore's DocType diagnostics speak the thread's language, the arguments (names)
    // filled in as written; the code that programs match on stays the same.
    void doctypeDiagnosticsSpeakTheThreadLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        QTest::newRow("de") << "de"
                            << "unbekannter Feldtyp „NoSuchType“"
                            << "verwenden Sie eines von: ";
        QTest::newRow("en") << "en"
                            << "unknown fieldtype \"NoSuchType\""
                            << "use one of: ";
    }

    void doctypeDiagnosticsSpeakTheThreadLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const ThreadLanguage scope(language);
        const FieldTypeRegistry types;
        Diagnostics diagnostics;
        const auto doctype =
            DocTypeLoader(types).loadJson(R"({"name": "Thing", "module": "A", "fields": [)"
                                          R"({"fieldname": "title", "fieldtype": "NoSuchType"}]})",
                                          QStringLiteral("thing.json"), diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().code, QStringLiteral("unknown-fieldtype"));
        QCOMPARE(diagnostics.first().message, message);
        QVERIFY2(diagnostics.first().hint.startsWith(hint), qPrintable(diagnostics.first().hint));
    }

    void threadLanguageIsScopedAndNests()
    {
        QCOMPARE(ThreadLanguage::current(), QStringLiteral("de"));
        {
            const ThreadLanguage english(QStringLiteral("en-GB"));
            QCOMPARE(ThreadLanguage::current(), QStringLiteral("en"));
            QCOMPARE(QCoreApplication::translate("Desk", "Sign in"), QStringLiteral("Sign in"));
            {
                const ThreadLanguage german(QStringLiteral("de_AT.UTF-8"));
                QCOMPARE(QCoreApplication::translate("Desk", "Sign in"),
                         QStringLiteral("Anmelden"));
            }
            QCOMPARE(QCoreApplication::translate("Desk", "Sign in"), QStringLiteral("Sign in"));
            // A language without a catalogue leaves the thread as it was.
            const ThreadLanguage klingon(QStringLiteral("tlh"));
            QCOMPARE(ThreadLanguage::current(), QStringLiteral("en"));
        }
        QCOMPARE(QCoreApplication::translate("Desk", "Sign in"), QStringLiteral("Anmelden"));
    }

    // Two requests at once on two threads: each gets its own language.
    void threadsSpeakTheirOwnLanguage()
    {
        QString english, german;
        std::thread worker([&english] {
            const ThreadLanguage scope(QStringLiteral("en"));
            for (int i = 0; i < 200; ++i)
                english = QCoreApplication::translate("Desk", "Sign out");
        });
        for (int i = 0; i < 200; ++i)
            german = QCoreApplication::translate("Desk", "Sign out");
        worker.join();
        QCOMPARE(english, QStringLiteral("Sign out"));
        QCOMPARE(german, QStringLiteral("Abmelden"));
        // A thread without a scope speaks the process's language.
        QString other;
        std::thread([&other] { other = QCoreApplication::translate("Desk", "Sign out"); }).join();
        QCOMPARE(other, QStringLiteral("Abmelden"));
    }

    void acceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("plain") << QByteArray("de") << "de";
        QTest::newRow("region") << QByteArray("de-CH") << "de";
        QTest::newRow("browser") << QByteArray("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7") << "de";
        QTest::newRow("weights win over order") << QByteArray("fr-FR, de;q=0.8, en;q=0.9") << "en";
        QTest::newRow("first available") << QByteArray("fr, es, de;q=0.5") << "de";
        QTest::newRow("spaces and case") << QByteArray("  DE-de ; q=1 ") << "de";
        // Negative rows: nothing we have, refused, unreadable.
        QTest::newRow("none we have") << QByteArray("fr-FR, es") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("refused with q=0") << QByteArray("de;q=0") << "";
        QTest::newRow("bad weight skipped") << QByteArray("de;q=abc, en;q=0.1") << "en";
        QTest::newRow("weight above 1 skipped") << QByteArray("de;q=2") << "";
        QTest::newRow("wildcard") << QByteArray("*") << "";
        QTest::newRow("garbage") << QByteArray(";;,,=q;") << "";
    }

    void acceptLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, language);
        QCOMPARE(Translations::fromAcceptLanguage(header), language);
    }

    void localeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::newRow("LANG") << "de_DE.UTF-8"
                              << "de";
        QTest::newRow("modifier") << "de_DE@euro"
                                  << "de";
        QTest::newRow("english") << "en_US.UTF-8"
                                 << "en";
        QTest::newRow("C") << "C"
                           << "";
        QTest::newRow("POSIX") << "POSIX"
                               << "";
        QTest::newRow("no catalogue") << "fr_FR.UTF-8"
                                      << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void localeNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QCOMPARE(Translations::match({name}), language);
    }

    // A language without a catalogue falls back to the system's (this test runs with
    // LANGUAGE=en), never to a half-set state.
    void installUnknownLanguageFallsBack()
    {
        QCOMPARE(Translations::install(QStringLiteral("tlh")), QStringLiteral("en"));
        QCOMPARE(Translations::processLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Desk", "Sign in"), QStringLiteral("Sign in"));
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("Desk", "Sign in"), QStringLiteral("Anmelden"));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
