// SPDX-License-Identifier: MIT
// The action registry, the fuzzy matcher and the command palette over the real window.
#include "palette/commandpalette.h"
#include "palette/commandpalettemodel.h"
#include "palette/fuzzymatch.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/mainwindow.h"
#include "studiotest.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace fm::studio;

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { studiotest::isolateSettings(); }
    void cleanupTestCase() { QSettings().clear(); }

    void fuzzy_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("initials") << "nwdt"
                                  << "DocType: New DocType" << true;
        QTest::newRow("case") << "OPEN"
                              << "File: Open Project" << true;
        QTest::newRow("empty") << ""
                               << "anything" << true;
        QTest::newRow("spaces ignored") << "close tab"
                                        << "File: Close Tab" << true;
        QTest::newRow("word start ahead is not a dead end") << "ab"
                                                            << "xab A" << true;
        QTest::newRow("missing letter") << "xyz"
                                        << "File: Open Project" << false;
        QTest::newRow("order matters") << "tc"
                                       << "cat" << false;
        QTest::newRow("longer than text") << "opened"
                                          << "Open" << false;
    }
    void fuzzy()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(fuzzyScore(pattern, text) >= 0, matches);
    }

    void fuzzyRanksWordStartsFirst()
    {
        QVERIFY(fuzzyScore(QStringLiteral("op"), QStringLiteral("Open Project")) >
                fuzzyScore(QStringLiteral("op"), QStringLiteral("Close Project")));
        QVERIFY(fuzzyScore(QStringLiteral("save"), QStringLiteral("File: Save")) >
                fuzzyScore(QStringLiteral("save"), QStringLiteral("File: Save All")) - 1);
    }

    void registryStandardKeysAndDuplicates()
    {
        ActionRegistry registry;
        QAction *save = registry.registerAction({QStringLiteral("T.Save"),
                                                 QStringLiteral("&Save"),
                                                 QStringLiteral("Test"),
                                                 {},
                                                 QKeySequence::Save});
        QCOMPARE(save->shortcuts(), QKeySequence::keyBindings(QKeySequence::Save));
        QAction *custom = registry.registerAction({QStringLiteral("T.Custom"),
                                                   QStringLiteral("Custom"),
                                                   {},
                                                   {},
                                                   QKeySequence::UnknownKey,
                                                   QKeySequence(QStringLiteral("Ctrl+Alt+K"))});
        QCOMPARE(custom->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+K")));
        QCOMPARE(registry.action(QStringLiteral("T.Save")), save);
        QVERIFY(!registry.action(QStringLiteral("T.Unknown")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("registered twice"));
        QCOMPARE(registry.registerAction({QStringLiteral("T.Save"), QStringLiteral("Again")}),
                 save);
        QCOMPARE(registry.actionIds(), (QStringList{"T.Save", "T.Custom"}));
        QCOMPARE(save->objectName(), QStringLiteral("T.Save"));
    }

    void registryContexts()
    {
        ActionRegistry registry;
        QAction *action = registry.registerAction({QStringLiteral("T.InProject"),
                                                   QStringLiteral("In project"),
                                                   {},
                                                   QLatin1String(ids::kProjectContext)});
        QAction *global =
            registry.registerAction({QStringLiteral("T.Global"), QStringLiteral("G")});
        QVERIFY(!action->isEnabled());
        QVERIFY(global->isEnabled());
        registry.setContextActive(QLatin1String(ids::kProjectContext), true);
        QVERIFY(action->isEnabled());
        registry.setEnabled(QStringLiteral("T.InProject"), false);
        QVERIFY(!action->isEnabled());
        registry.setContextActive(QLatin1String(ids::kProjectContext), false);
        registry.setContextActive(QLatin1String(ids::kProjectContext), true);
        QVERIFY(!action->isEnabled()); // the feature's "off" outlives context changes
        registry.setEnabled(QStringLiteral("T.InProject"), true);
        QVERIFY(action->isEnabled());
    }

    void registryMenusKeepGroupOrder()
    {
        ActionRegistry registry;
        QMenu *menu = registry.createMenu(
            {QStringLiteral("M.Test"), QStringLiteral("Test"), 10, {"first", "second"}});
        registry.createMenu({QStringLiteral("M.Early"), QStringLiteral("Early"), 5});
        registry.createMenu({QStringLiteral("M.Sub"), QStringLiteral("Sub")});
        for (const char *name : {"a", "b", "c", "d"})
            registry.registerAction({QLatin1String(name), QLatin1String(name)});
        registry.addToMenu(QStringLiteral("M.Test"), QStringLiteral("a"), QStringLiteral("second"));
        registry.addToMenu(QStringLiteral("M.Test"), QStringLiteral("b"), QStringLiteral("first"));
        registry.addToMenu(QStringLiteral("M.Test"), QStringLiteral("c"), QStringLiteral("later"));
        registry.addMenuToMenu(QStringLiteral("M.Test"), QStringLiteral("M.Sub"),
                               QStringLiteral("first"));
        QStringList layout;
        for (QAction *item : menu->actions())
            layout << (item->isSeparator() ? QStringLiteral("|") : item->text());
        QCOMPARE(layout, (QStringList{"b", "Sub", "|", "a", "|", "c"}));
        QCOMPARE(registry.menuBarMenuIds(), (QStringList{"M.Early", "M.Test"}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot add"));
        registry.addToMenu(QStringLiteral("M.Test"), QStringLiteral("nope"));

        QToolBar *bar = registry.createToolBar(QStringLiteral("TB"), QStringLiteral("Bar"));
        registry.addToToolBar(QStringLiteral("TB"), QStringLiteral("d"));
        QCOMPARE(bar->actions().size(), 1);
        QCOMPARE(registry.toolBarIds(), QStringList{"TB"});
    }

    void windowMenusInOrder()
    {
        MainWindow window;
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions())
            titles << menu->text().remove(QLatin1Char('&'));
        QCOMPARE(titles, (QStringList{"File", "Edit", "View", "DocType", "Server", "Git", "Help"}));
        // Features' actions are in the registry and in the window (shortcuts work).
        for (const char *id :
             {ids::kOpenProject, ids::kNewProject, ids::kUndo, ids::kSave, ids::kCommandPalette})
            QVERIFY2(window.QWidget::actions().contains(
                         window.actionRegistry()->action(QLatin1String(id))),
                     id);
    }

    void paletteListsEnabledActionsAndRunsTheChosenOne()
    {
        MainWindow window;
        int hellos = 0;
        QAction *hello = window.actionRegistry()->registerAction(
            {QStringLiteral("Test.Hello"), QStringLiteral("Say &Hello"), QStringLiteral("Test")});
        connect(hello, &QAction::triggered, this, [&hellos] { ++hellos; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CommandPalette *palette = window.commandPalette();
        QVERIFY(!palette->isVisible());
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(palette->isVisible());
        QTRY_VERIFY(palette->lineEdit()->hasFocus());

        CommandPaletteModel *model = palette->model();
        QStringList listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed << model->actionId(row);
        QVERIFY(listed.contains(QStringLiteral("Test.Hello")));
        QVERIFY(listed.contains(QLatin1String(ids::kOpenProject)));
        QVERIFY(!listed.contains(QLatin1String(ids::kCommandPalette))); // itself
        QVERIFY(!listed.contains(QLatin1String(ids::kSave)));           // no editor: disabled
        QVERIFY(!listed.contains(QLatin1String(ids::kCloseProject)));   // no project: disabled
        const int quit = int(listed.indexOf(QLatin1String(ids::kQuit)));
        QCOMPARE(model->index(quit, 0).data(CommandPaletteModel::ShortcutRole).toString(),
                 QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText));
        QCOMPARE(model->index(listed.indexOf(QStringLiteral("Test.Hello")), 0).data().toString(),
                 QStringLiteral("Test: Say Hello"));

        QTest::keyClicks(palette->lineEdit(), QStringLiteral("syhel"));
        QVERIFY(model->rowCount() >= 1);
        QCOMPARE(model->actionId(0), QStringLiteral("Test.Hello"));
        QTest::keyClick(palette->lineEdit(), Qt::Key_Return);
        QCOMPARE(hellos, 1);
        QVERIFY(!palette->isVisible());
    }

    void paletteWithoutMatchRunsNothing()
    {
        MainWindow window;
        int runs = 0;
        connect(window.actionRegistry()->registerAction(
                    {QStringLiteral("Test.Run"), QStringLiteral("Run")}),
                &QAction::triggered, this, [&runs] { ++runs; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CommandPalette *palette = window.commandPalette();
        palette->popup();
        QTest::keyClicks(palette->lineEdit(), QStringLiteral("qqqzzzxx"));
        QCOMPARE(palette->model()->rowCount(), 0);
        QTest::keyClick(palette->lineEdit(), Qt::Key_Return);
        QCOMPARE(runs, 0);
        QVERIFY(!palette->isVisible());

        palette->popup();
        QVERIFY(palette->isVisible());
        QCOMPARE(palette->lineEdit()->text(), QString()); // starts afresh
        QTest::keyClick(palette->lineEdit(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        QCOMPARE(runs, 0);
    }

    void paletteArrowKeysChooseTheRow()
    {
        MainWindow window;
        QStringList ran;
        for (const char *name : {"Alpha One", "Alpha Two"}) {
            const QString text = QLatin1String(name);
            connect(window.actionRegistry()->registerAction(
                        {QStringLiteral("Test.") + text, text, QStringLiteral("Test")}),
                    &QAction::triggered, this, [&ran, text] { ran << text; });
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CommandPalette *palette = window.commandPalette();
        palette->popup();
        QTest::keyClicks(palette->lineEdit(), QStringLiteral("test alpha"));
        QCOMPARE(palette->model()->rowCount(), 2);
        QTest::keyClick(palette->lineEdit(), Qt::Key_Down);
        QTest::keyClick(palette->lineEdit(), Qt::Key_Enter);
        QCOMPARE(ran, QStringList{"Alpha Two"});
    }
};

QTEST_MAIN(TestActions)
#include "tst_studio_actions.moc"
