// SPDX-License-Identifier: MIT
// `m` speaks the language of its environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as a
// user runs it: the real program in a temporary folder.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

// `m args...` with the locale variables cleared and then `locale` set.
Run runM(const QStringList &args, const QMap<QString, QString> &locale, const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QLatin1String(name));
    for (auto it = locale.cbegin(); it != locale.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral(FM_M_BINARY), args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

using Env = QMap<QString, QString>;

} // namespace

class TstCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void errorsFollowTheLocale_data()
    {
        QTest::addColumn<Env>("locale");
        QTest::addColumn<QString>("expected");
        const QString german = QStringLiteral("Fehler: unbekannter Befehl „frobnicate“");
        const QString english = QStringLiteral("error: unknown command \"frobnicate\"");
        QTest::newRow("LANG=de_DE.UTF-8") << Env{{"LANG", "de_DE.UTF-8"}} << german;
        QTest::newRow("LC_ALL wins over LANG")
            << Env{{"LANG", "en_US.UTF-8"}, {"LC_ALL", "de_DE.UTF-8"}} << german;
        QTest::newRow("LANGUAGE list")
            << Env{{"LANG", "de_DE.UTF-8"}, {"LANGUAGE", "fr:en"}} << english;
        QTest::newRow("LANG=C") << Env{{"LANG", "C.UTF-8"}} << english;
        QTest::newRow("no catalogue for fr") << Env{{"LANG", "fr_FR.UTF-8"}} << english;
        QTest::newRow("nothing set") << Env{} << english;
    }

    void errorsFollowTheLocale()
    {
        QFETCH(Env, locale);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const Run run = runM({QStringLiteral("frobnicate")}, locale, dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
    }

    void helpAndCommandErrorsInGerman()
    {
        QTemporaryDir dir;
        const Env german{{"LANG", "de_DE.UTF-8"}};
        const Run help = runM({QStringLiteral("--help")}, german, dir.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf: m <Befehl> [Optionen]")),
                 qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("Die Datenbank der Site auf den Stand der "
                                                  "DocTypes bringen")),
                 qPrintable(help.out));

        const Run check = runM({QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")},
                               german, dir.path());
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(QStringLiteral("Fehler: `m check` nimmt höchstens einen "
                                                   "Pfad")),
                 qPrintable(check.err));

        const Run port =
            runM({QStringLiteral("start"), QStringLiteral("--port"), QStringLiteral("seventy")},
                 german, dir.path());
        QCOMPARE(port.exitCode, 2);
        QVERIFY2(port.err.contains(QStringLiteral("ist keine Portnummer")), qPrintable(port.err));

        const Run info = runM({QStringLiteral("info")}, german, dir.path());
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QStringLiteral("Projekt: keins (")), qPrintable(info.out));
    }

    // Plurals come from the catalogues in both languages: "1 error", "2 Warnungen".
    void pluralsInTheCheckSummary()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("apps/a/doctypes/thing")));
        QFile file(dir.filePath(QStringLiteral("apps/a/doctypes/thing/thing.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Thing", "module": "A", "fields": [)"
                   R"({"fieldname": "title", "fieldtype": "NoSuchType"}]})");
        file.close();
        const QString path = file.fileName();
        const Run english = runM({QStringLiteral("check"), path}, Env{{"LANG", "C"}}, dir.path());
        QCOMPARE(english.exitCode, 1);
        QVERIFY2(english.out.contains(QStringLiteral("1 error, 0 warnings in 1 DocType")),
                 qPrintable(english.out));
        const Run german =
            runM({QStringLiteral("check"), path}, Env{{"LANG", "de_DE.UTF-8"}}, dir.path());
        QCOMPARE(german.exitCode, 1);
        QVERIFY2(german.out.contains(QStringLiteral("1 Fehler, 0 Warnungen in 1 DocType")),
                 qPrintable(german.out));
    }

    // `m check` reports libcore's DocType diagnostics in the locale's language; the code
    // in brackets and the names from the file stay as they are.
    void doctypeDiagnosticsInGerman()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("apps/a/doctypes/thing")));
        QFile file(dir.filePath(QStringLiteral("apps/a/doctypes/thing/thing.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Thing", "module": "A", "colour": "red", "fields": [)"
                   R"({"fieldname": "title", "fieldtype": "Data", "required": "yes"}]})");
        file.close();
        const QString path = file.fileName();
        const Run german =
            runM({QStringLiteral("check"), path}, Env{{"LANG", "de_DE.UTF-8"}}, dir.path());
        QCOMPARE(german.exitCode, 1);
        QVERIFY2(german.out.contains(QStringLiteral("unbekannter Schlüssel „colour“ (DocType) "
                                                    "[unknown-key]")),
                 qPrintable(german.out));
        QVERIFY2(
            german.out.contains(QStringLiteral("\"required\" muss true oder false (oder 0 oder "
                                               "1) sein, nicht die Zeichenkette „yes“ "
                                               "[wrong-type]")),
            qPrintable(german.out));
        const Run english = runM({QStringLiteral("check"), path}, Env{{"LANG", "C"}}, dir.path());
        QCOMPARE(english.exitCode, 1);
        QVERIFY2(english.out.contains(QStringLiteral("unknown key \"colour\" in DocType "
                                                     "[unknown-key]")),
                 qPrintable(english.out));
    }
};

QTEST_GUILESS_MAIN(TstCliLanguage)
#include "tst_cli_language.moc"
