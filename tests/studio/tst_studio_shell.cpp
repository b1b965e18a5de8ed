// SPDX-License-Identifier: MIT
// The window: editor tabs and their undo stacks, closing dirty tabs, window state,
// themes and icons.
#include "appearance/icons.h"
#include "appearance/theme.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/editorpage.h"
#include "shell/mainwindow.h"
#include "studiotest.h"

#include <QAction>
#include <QDockWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

using namespace fm::studio;

namespace {

// An editor whose "document" is a number; each step adds one.
class CounterEditor final : public EditorPage
{
public:
    int value = 0;
    int saves = 0;
    bool saveFails = false;

    void step(const QString &text)
    {
        struct Add : QUndoCommand
        {
            Add(CounterEditor *e, const QString &t)
                : QUndoCommand(t)
                , editor(e)
            {}
            void redo() override { ++editor->value; }
            void undo() override { --editor->value; }
            CounterEditor *editor;
        };
        undoStack()->push(new Add(this, text));
    }
    bool save() override
    {
        if (saveFails)
            return false;
        ++saves;
        undoStack()->setClean();
        return true;
    }
};

QString id(const char *text)
{
    return QLatin1String(text);
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void init() { studiotest::isolateSettings(); }
    void cleanupTestCase() { QSettings().clear(); }

    void tabsFollowDirtyStateAndUndoFollowsTheCurrentTab()
    {
        MainWindow window;
        EditorArea *editors = window.editors();
        auto *a = new CounterEditor;
        auto *b = new CounterEditor;
        QSignalSpy opened(editors, &EditorArea::editorOpened);
        editors->openEditor(QStringLiteral("doctype:A"), a, QStringLiteral("A"));
        editors->openEditor(QStringLiteral("doctype:B"), b, QStringLiteral("B"));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(editors->editorIds(), (QStringList{"doctype:A", "doctype:B"}));
        QCOMPARE(editors->currentEditorId(), QStringLiteral("doctype:B"));

        QAction *undo = window.actionRegistry()->action(id(ids::kUndo));
        QAction *redo = window.actionRegistry()->action(id(ids::kRedo));
        QAction *save = window.actionRegistry()->action(id(ids::kSave));
        QVERIFY(save->isEnabled()); // an editor is current
        QVERIFY(!undo->isEnabled());

        editors->activateEditor(QStringLiteral("doctype:A"));
        a->step(QStringLiteral("Add field"));
        QCOMPARE(editors->tabText(QStringLiteral("doctype:A")), QStringLiteral("A*"));
        QCOMPARE(editors->tabText(QStringLiteral("doctype:B")), QStringLiteral("B"));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Add field")));

        editors->activateEditor(QStringLiteral("doctype:B"));
        QVERIFY(!undo->isEnabled()); // B's stack is empty
        editors->activateEditor(QStringLiteral("doctype:A"));
        undo->trigger();
        QCOMPARE(a->value, 0);
        QCOMPARE(editors->tabText(QStringLiteral("doctype:A")), QStringLiteral("A"));
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(a->value, 1);

        // Ctrl+S saves the current tab; the marker goes.
        save->trigger();
        QCOMPARE(a->saves, 1);
        QCOMPARE(editors->tabText(QStringLiteral("doctype:A")), QStringLiteral("A"));

        // The history dock shows the window's undo group.
        auto *history = qobject_cast<QUndoView *>(window.dock(id(ids::kUndoHistoryDock))->widget());
        QVERIFY(history);
        QCOMPARE(history->group(), window.undoGroup());
    }

    void openingAnOpenIdActivatesIt()
    {
        MainWindow window;
        EditorArea *editors = window.editors();
        auto *first = new CounterEditor;
        editors->openEditor(QStringLiteral("x"), first, QStringLiteral("X"));
        editors->openEditor(QStringLiteral("y"), new QWidget, QStringLiteral("Y"));
        QPointer<CounterEditor> second = new CounterEditor;
        QCOMPARE(editors->openEditor(QStringLiteral("x"), second, QStringLiteral("X")), first);
        QVERIFY(!second); // deleted
        QCOMPARE(editors->currentEditorId(), QStringLiteral("x"));
        QCOMPARE(editors->tabWidget()->count(), 2);
        editors->setEditorTitle(QStringLiteral("y"), QStringLiteral("Why"));
        QCOMPARE(editors->tabText(QStringLiteral("y")), QStringLiteral("Why"));
        QVERIFY(!editors->editor(QStringLiteral("nothing")));
        QVERIFY(editors->closeEditor(QStringLiteral("nothing")));
    }

    void closingADirtyTabAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("saveFails");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<int>("saves");
        QTest::addColumn<int>("valueAfter");
        QTest::newRow("cancel keeps it") << int(QMessageBox::Cancel) << false << false << 0 << 2;
        QTest::newRow("discard undoes to clean")
            << int(QMessageBox::Discard) << false << true << 0 << 1;
        QTest::newRow("save saves") << int(QMessageBox::Save) << false << true << 1 << 2;
        QTest::newRow("failed save keeps it") << int(QMessageBox::Save) << true << false << 0 << 2;
    }
    void closingADirtyTabAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, saveFails);
        QFETCH(bool, closed);
        QFETCH(int, saves);
        QFETCH(int, valueAfter);
        MainWindow window;
        EditorArea *editors = window.editors();
        auto *page = new CounterEditor;
        page->step(QStringLiteral("one"));
        page->undoStack()->setClean();
        page->step(QStringLiteral("two"));
        page->saveFails = saveFails;
        editors->openEditor(QStringLiteral("p"), page, QStringLiteral("Page"));
        QStringList asked;
        editors->setCloseQuestion([&](EditorPage *p) {
            asked << p->closeQuestion();
            return QMessageBox::StandardButton(answer);
        });
        QPointer<CounterEditor> guard = page;
        QCOMPARE(editors->closeEditor(QStringLiteral("p")), closed);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("\"Page\"")));
        QCOMPARE(bool(guard), !closed);
        if (guard) {
            QCOMPARE(guard->saves, saves);
            QCOMPARE(guard->value, valueAfter);
        } else {
            QCOMPARE(editors->editorIds(), QStringList());
        }
    }

    void cleanTabClosesWithoutAsking()
    {
        MainWindow window;
        auto *page = new CounterEditor;
        window.editors()->openEditor(QStringLiteral("p"), page, QStringLiteral("P"));
        int asked = 0;
        window.editors()->setCloseQuestion([&](EditorPage *) {
            ++asked;
            return QMessageBox::Cancel;
        });
        window.actionRegistry()->action(id(ids::kCloseEditor))->trigger();
        QCOMPARE(asked, 0);
        QVERIFY(window.editors()->editorIds().isEmpty());
        QVERIFY(!window.actionRegistry()->action(id(ids::kCloseEditor))->isEnabled());
    }

    void closingAskesWithARealMessageBox()
    {
        MainWindow window;
        window.show();
        auto *page = new CounterEditor;
        page->step(QStringLiteral("edit"));
        window.editors()->openEditor(QStringLiteral("p"), page, QStringLiteral("Ticket"));
        studiotest::ModalAnswer answer(studiotest::ModalAnswer::click(QMessageBox::Cancel));
        QVERIFY(!window.editors()->closeEditor(QStringLiteral("p")));
        QVERIFY(answer.answered());
        QVERIFY(answer.text().contains(QStringLiteral("\"Ticket\" has unsaved changes")));
        // Closing the window asks too, and Cancel keeps it open.
        studiotest::ModalAnswer again(studiotest::ModalAnswer::click(QMessageBox::Cancel));
        QVERIFY(!window.close());
        QVERIFY(again.answered());
        QVERIFY(window.isVisible());
        page->undoStack()->setClean();
    }

    void windowStateIsRestored()
    {
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProject(project));
            // Above the window's minimum (the Git dock and the start page set it).
            window.resize(1200, 760);
            window.dock(QStringLiteral("Problems"))->hide();
            window.removeDockWidget(window.dock(QStringLiteral("Project")));
            window.addDockWidget(Qt::RightDockWidgetArea, window.dock(QStringLiteral("Project")));
            window.dock(QStringLiteral("Project"))->show();
            QVERIFY(window.close());
        }
        MainWindow restored;
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.size(), QSize(1200, 760));
        // The start page has the window to itself; the layout comes back with a project.
        QVERIFY(restored.dock(QStringLiteral("Project"))->isHidden());
        QVERIFY(restored.openProject(project));
        QVERIFY(restored.dock(QStringLiteral("Problems"))->isHidden());
        QVERIFY(!restored.dock(QStringLiteral("Project"))->isHidden());
        QCOMPARE(restored.dockWidgetArea(restored.dock(QStringLiteral("Project"))),
                 Qt::RightDockWidgetArea);
        // Closing the project keeps the layout for the next one.
        QVERIFY(restored.closeProject());
        QVERIFY(restored.dock(QStringLiteral("Project"))->isHidden());
        QVERIFY(restored.openProject(project));
        QVERIFY(!restored.dock(QStringLiteral("Project"))->isHidden());
        QVERIFY(restored.dock(QStringLiteral("Problems"))->isHidden());
    }

    void defaultLayoutWithoutSettings()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        QTemporaryDir dir;
        QVERIFY(window.openProject(studiotest::copyHelpdesk(dir)));
        for (const char *dock : {"Project", "Problems", ids::kPropertiesDock})
            QVERIFY2(window.dock(QLatin1String(dock))->isVisible(), dock);
        QCOMPARE(window.dockWidgetArea(window.dock(QStringLiteral("Project"))),
                 Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.dock(QStringLiteral("Problems"))),
                 Qt::BottomDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.dock(id(ids::kPropertiesDock))),
                 Qt::RightDockWidgetArea);
        QVERIFY(window.actionRegistry()->action(QStringLiteral("View.Dock.Problems")));
    }

    void themesSwitchAndPersist()
    {
        {
            MainWindow window;
            window.actionRegistry()->action(id(ids::kThemeDark))->trigger();
            QVERIFY(window.theme()->isDark());
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
            QVERIFY(window.actionRegistry()->action(id(ids::kThemeDark))->isChecked());
            QVERIFY(!window.actionRegistry()->action(id(ids::kThemeSystem))->isChecked());
        }
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));
        {
            MainWindow window; // restores dark
            QVERIFY(window.theme()->isDark());
            QVERIFY(window.actionRegistry()->action(id(ids::kThemeDark))->isChecked());
            window.actionRegistry()->action(id(ids::kThemeLight))->trigger();
            QVERIFY(!window.theme()->isDark());
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        }
    }

    void systemThemeFollowsThePlatformSetting_data()
    {
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<QByteArray>("gtkTheme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("forced dark") << QByteArray("dark") << QByteArray() << true;
        QTest::newRow("forced light") << QByteArray("light") << QByteArray("Adwaita:dark") << false;
        QTest::newRow("gtk dark") << QByteArray() << QByteArray("Adwaita:dark") << true;
        QTest::newRow("platform palette (light offscreen)")
            << QByteArray() << QByteArray() << false;
    }
    void systemThemeFollowsThePlatformSetting()
    {
        QFETCH(QByteArray, scheme);
        QFETCH(QByteArray, gtkTheme);
        QFETCH(bool, dark);
        qputenv("FM_STUDIO_COLOR_SCHEME", scheme);
        qputenv("GTK_THEME", gtkTheme);
        qunsetenv("XDG_CURRENT_DESKTOP"); // never ask gsettings here
        QCOMPARE(ThemeManager::systemPrefersDark(), dark);
        ThemeManager theme;
        theme.setMode(ThemeManager::Mode::System);
        QCOMPARE(theme.isDark(), dark);
        theme.setMode(ThemeManager::Mode::Light);
        qunsetenv("FM_STUDIO_COLOR_SCHEME");
        qunsetenv("GTK_THEME");
    }

    void iconsScaleAndFollowThePalette()
    {
        const QIcon icon = themedIcon(QStringLiteral("doctype"));
        QVERIFY(!icon.isNull());
        const QPixmap hidpi = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(hidpi.size(), QSize(32, 32));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        QVERIFY(themedIcon(QStringLiteral("no-such-icon")).isNull());
        // Every icon we ship is valid SVG and draws something.
        const QStringList files = QDir(QStringLiteral(":/studio/icons")).entryList();
        QVERIFY(files.size() >= 20);
        for (const QString &file : files) {
            const QImage image = themedIcon(QFileInfo(file).baseName()).pixmap(16).toImage();
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    opaque += image.pixelColor(x, y).alpha() > 128;
            }
            QVERIFY2(opaque > 8, qPrintable(file));
        }
        // currentColor takes the text colour: dark strokes on light, light ones on dark.
        auto strokeLightness = [&icon] {
            const QImage image = icon.pixmap(QSize(64, 64)).toImage();
            int best = -1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 250)
                        return c.lightness();
                    best = qMax(best, c.alpha() > 0 ? c.lightness() : best);
                }
            }
            return best;
        };
        ThemeManager theme;
        theme.setMode(ThemeManager::Mode::Light);
        const int onLight = strokeLightness();
        theme.setMode(ThemeManager::Mode::Dark);
        const int onDark = strokeLightness();
        theme.setMode(ThemeManager::Mode::Light);
        QVERIFY2(onLight < 100 && onDark > 150,
                 qPrintable(QStringLiteral("%1 / %2").arg(onLight).arg(onDark)));
    }
};

QTEST_MAIN(TestShell)
#include "tst_studio_shell.moc"
