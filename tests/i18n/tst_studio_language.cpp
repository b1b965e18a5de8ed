// SPDX-License-Identifier: MIT
// The Studio under LANG=de_DE.UTF-8 (set by ctest for this test): real widgets speak
// German, and View > Language keeps the choice for the next start.
#include "appearance/language.h"
#include "i18n/translations.h"
#include "problems/problemsmodel.h"
#include "problems/problemsview.h"
#include "shell/actionregistry.h"
#include "shell/mainwindow.h"
#include "studiotest.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::studio;

class TstStudioLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init() { studiotest::isolateSettings(); }
    void cleanup() { studiotest::isolateSettings(); }

    void followsTheSystemLocale()
    {
        QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
        QCOMPARE(installLanguage(), QStringLiteral("de"));
        MainWindow window;
        window.show();
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")) &&
                     menus.contains(QStringLiteral("&Ansicht")) &&
                     menus.contains(QStringLiteral("&Hilfe")),
                 qPrintable(menus.join(u", ")));
        QAction *save = window.actionRegistry()->action(QStringLiteral("File.Save"));
        QVERIFY(save);
        QCOMPARE(save->text(), QStringLiteral("&Speichern"));
        // Qt's own dialogs speak German too when Debian's Qt catalogue is installed.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
    }

    // The Problems list shows libcore's DocType diagnostics in German, the names from the
    // file as written.
    void problemsInGerman()
    {
        QCOMPARE(installLanguage(), QStringLiteral("de"));
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        QFile file(
            QDir(project).filePath(QStringLiteral("apps/helpdesk/doctypes/ticket/ticket.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QVERIFY(text.contains(R"("options": "Customer")"));
        text.replace(R"("options": "Customer")", R"("options": "Client")");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        MainWindow window;
        QVERIFY(window.openProject(project));
        ProblemsModel *model = problemsView(window)->problems();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->diagnostic(0).code, QStringLiteral("unknown-doctype"));
        const QString message = model->index(0, ProblemsModel::MessageColumn).data().toString();
        QVERIFY2(message.contains(QStringLiteral("verweist auf den DocType „Client“, den es "
                                                 "nicht gibt")),
                 qPrintable(message));
    }

    void chosenLanguageWinsOverTheSystem()
    {
        setChosenLanguage(QStringLiteral("en"));
        QCOMPARE(installLanguage(), QStringLiteral("en"));
        MainWindow window;
        QAction *save = window.actionRegistry()->action(QStringLiteral("File.Save"));
        QVERIFY(save);
        QCOMPARE(save->text(), QStringLiteral("&Save"));
        setChosenLanguage(QString());
        QCOMPARE(installLanguage(), QStringLiteral("de"));
    }

    // The menu lists the system's language and every catalogue, named in itself; a
    // choice is saved and the Studio says it applies from the next start.
    void languageMenuSavesTheChoice()
    {
        installLanguage();
        MainWindow window;
        QAction *english = window.actionRegistry()->action(QStringLiteral("View.Language.en"));
        QAction *german = window.actionRegistry()->action(QStringLiteral("View.Language.de"));
        QAction *system = window.actionRegistry()->action(QStringLiteral("View.Language.System"));
        QVERIFY(english && german && system);
        QCOMPARE(english->text(), QStringLiteral("English"));
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        QCOMPARE(system->text(), QStringLiteral("&Systemsprache"));
        QVERIFY(system->isChecked());

        studiotest::ModalAnswer answer(studiotest::ModalAnswer::click(QMessageBox::Ok));
        english->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(answer.answered(), 10000);
        QVERIFY2(answer.text().contains(QStringLiteral("ab dem nächsten Start")),
                 qPrintable(answer.text()));
        QCOMPARE(chosenLanguage(), QStringLiteral("en"));
        QVERIFY(english->isChecked());

        // Choosing the current language again asks nothing and changes nothing.
        english->trigger();
        QTest::qWait(50);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(chosenLanguage(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TstStudioLanguage)
#include "tst_studio_language.moc"
