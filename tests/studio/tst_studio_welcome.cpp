// SPDX-License-Identifier: MIT
// The start page, recent projects, opening a project (and refusing a folder that is
// not one), creating a project.
#include "project/projectmodel.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/mainwindow.h"
#include "studiotest.h"
#include "welcome/newprojectdialog.h"
#include "welcome/projectcreation.h"
#include "welcome/recentprojects.h"
#include "welcome/startpage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTest>

using namespace fm::studio;

namespace {

StartPage *startPage(const MainWindow &window)
{
    return window.findChild<StartPage *>();
}

bool showsStartPage(const MainWindow &window)
{
    auto *central = qobject_cast<QStackedWidget *>(window.centralWidget());
    return central && central->currentWidget() == startPage(window);
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void init() { studiotest::isolateSettings(); }
    void cleanupTestCase() { QSettings().clear(); }

    void recentProjectsMostRecentFirst()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
        RecentProjects::add(a);
        RecentProjects::add(b);
        RecentProjects::add(a + QStringLiteral("/../a")); // the same folder, written otherwise
        QCOMPARE(RecentProjects::list(), (QStringList{a, b}));
        RecentProjects::remove(a);
        QCOMPARE(RecentProjects::list(), QStringList{b});
        for (int i = 0; i < RecentProjects::kMaxEntries + 3; ++i)
            RecentProjects::add(dir.filePath(QString::number(i)));
        QCOMPARE(RecentProjects::list().size(), RecentProjects::kMaxEntries);
        QCOMPARE(RecentProjects::list().first(),
                 dir.filePath(QString::number(RecentProjects::kMaxEntries + 2)));
        RecentProjects::clear();
        QVERIFY(RecentProjects::list().isEmpty());
    }

    void startPageGreysMissingProjectsAndRemovesThem()
    {
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        QVERIFY(!project.isEmpty());
        const QString gone = dir.filePath(QStringLiteral("gone"));
        RecentProjects::add(gone);
        RecentProjects::add(project);

        MainWindow window;
        QVERIFY(showsStartPage(window));
        QStandardItemModel *model = startPage(window)->recentModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->item(0)->data(StartPage::PathRole).toString(), project);
        QCOMPARE(model->item(0)->data(StartPage::MissingRole).toBool(), false);
        QCOMPARE(model->item(1)->data(StartPage::MissingRole).toBool(), true);
        QVERIFY(model->item(1)->toolTip().contains(QStringLiteral("no longer holds a project")));

        // Activating the missing one offers to remove it: No keeps it, Yes removes it.
        studiotest::ModalAnswer no(studiotest::ModalAnswer::click(QMessageBox::No));
        startPage(window)->activateRow(1);
        QVERIFY(no.answered());
        QCOMPARE(RecentProjects::list().size(), 2);
        studiotest::ModalAnswer yes(studiotest::ModalAnswer::click(QMessageBox::Yes));
        startPage(window)->activateRow(1);
        QVERIFY(yes.answered());
        QCOMPARE(RecentProjects::list(), QStringList{project});
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(showsStartPage(window)); // nothing opened

        // The existing one opens.
        startPage(window)->activateRow(0);
        QVERIFY(window.project());
        QVERIFY(!showsStartPage(window));
    }

    void opensTheDemoProject()
    {
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        QAction *closeProject = window.actionRegistry()->action(QLatin1String(ids::kCloseProject));
        QVERIFY(!closeProject->isEnabled());

        QVERIFY(window.openProject(project));
        QCOMPARE(opened.size(), 1);
        QVERIFY(window.project());
        QCOMPARE(window.project()->root(), project);
        QVERIFY(window.project()->doctypeNames().contains(QStringLiteral("Ticket")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("helpdesk-demo")));
        QVERIFY(!showsStartPage(window));
        QVERIFY(closeProject->isEnabled());
        QCOMPARE(RecentProjects::list(), QStringList{project});
        // A folder inside the project opens the project, as `m` does.
        QVERIFY(window.openProject(project + QStringLiteral("/apps/helpdesk")));
        QCOMPARE(window.project()->root(), project);

        closeProject->trigger();
        QVERIFY(!window.project());
        QVERIFY(showsStartPage(window));
        QVERIFY(!closeProject->isEnabled());
        QCOMPARE(startPage(window)->recentModel()->rowCount(), 1);
    }

    void refusesAFolderThatIsNotAProject()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("notes"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/apps")));
        QFile file(folder + QStringLiteral("/readme.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a project\n");
        file.close();
        const QStringList before = studiotest::listing(dir.path());

        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
        studiotest::ModalAnswer answer(studiotest::ModalAnswer::click(QMessageBox::Ok));
        QVERIFY(!window.openProject(folder));
        QVERIFY(answer.answered());
        QVERIFY2(answer.text().contains(QStringLiteral("has no m.json")),
                 qPrintable(answer.text()));
        QVERIFY(
            answer.text().contains(QStringLiteral("cannot be opened as a Framework M project")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!window.project());
        QVERIFY(showsStartPage(window));
        QVERIFY(RecentProjects::list().isEmpty());
        QCOMPARE(studiotest::listing(dir.path()), before); // nothing written

        // A project already open stays open when another folder is refused.
        const QString project = studiotest::copyHelpdesk(dir, QStringLiteral("demo"));
        QVERIFY(window.openProject(project));
        studiotest::ModalAnswer again(studiotest::ModalAnswer::click(QMessageBox::Ok));
        QVERIFY(!window.openProject(dir.filePath(QStringLiteral("missing"))));
        QVERIFY(again.answered());
        QCOMPARE(window.project()->root(), project);
    }

    void newProjectDialogExplainsWhatIsWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("location"); // relative to a temporary folder; "-" none
        QTest::addColumn<QString>("problem");  // part of the message; empty: fine
        QTest::newRow("fine") << "shop"
                              << ""
                              << "";
        QTest::newRow("no name") << "  "
                                 << ""
                                 << "Name the project";
        QTest::newRow("slash") << "a/b"
                               << ""
                               << "folder name";
        QTest::newRow("dots") << ".."
                              << ""
                              << "folder name";
        QTest::newRow("no folder") << "shop"
                                   << "missing"
                                   << "existing folder";
        QTest::newRow("empty folder") << "shop"
                                      << "-"
                                      << "existing folder";
        QTest::newRow("a file") << "file.txt"
                                << ""
                                << "is a file";
        QTest::newRow("a project") << "existing"
                                   << ""
                                   << "already holds a project";
    }
    void newProjectDialogExplainsWhatIsWrong()
    {
        QFETCH(QString, name);
        QFETCH(QString, location);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(createProjectFiles(dir.filePath(QStringLiteral("existing")), QStringLiteral("x")));
        NewProjectDialog dialog;
        dialog.setName(name);
        dialog.setLocation(location == QLatin1String("-") ? QString()
                                                          : QDir(dir.path()).filePath(location));
        QVERIFY2(problem.isEmpty() ? dialog.problem().isEmpty()
                                   : dialog.problem().contains(problem),
                 qPrintable(dialog.problem()));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), problem.isEmpty());
        if (problem.isEmpty())
            QCOMPARE(dialog.projectDir(), dir.filePath(QStringLiteral("shop")));
    }

    void createProjectFilesRefusesAnExistingProject()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("shop"));
        auto created = createProjectFiles(root, QStringLiteral("shop"));
        QVERIFY(created);
        QCOMPARE(*created, root);
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/m.json")));
        QVERIFY(QFileInfo(root + QStringLiteral("/apps")).isDir());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/.gitignore"))); // as `m new project`
        const QStringList before = studiotest::listing(root);
        auto again = createProjectFiles(root, QStringLiteral("other"));
        QVERIFY(!again);
        QVERIFY(again.error().message().contains(QStringLiteral("already holds a project")));
        QCOMPARE(studiotest::listing(root), before);
    }

    void newProjectActionCreatesAndOpens()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        studiotest::ModalAnswer answer([&dir](QWidget *modal) {
            auto *dialog = qobject_cast<NewProjectDialog *>(modal);
            QVERIFY(dialog);
            dialog->setName(QStringLiteral("inventory"));
            dialog->setLocation(dir.path());
            dialog->accept();
        });
        startPage(window)->newButton()->click();
        QVERIFY(answer.answered());
        QVERIFY(window.project());
        QCOMPARE(window.project()->root(), dir.filePath(QStringLiteral("inventory")));
        QCOMPARE(window.project()->project().name(), QStringLiteral("inventory"));
        QCOMPARE(RecentProjects::list().first(), window.project()->root());
    }

    void cancelledNewProjectWritesNothing()
    {
        QTemporaryDir dir;
        const QStringList before = studiotest::listing(dir.path());
        MainWindow window;
        window.show();
        studiotest::ModalAnswer answer([&dir](QWidget *modal) {
            auto *dialog = qobject_cast<NewProjectDialog *>(modal);
            QVERIFY(dialog);
            dialog->setName(QStringLiteral("inventory"));
            dialog->setLocation(dir.path());
            dialog->reject();
        });
        window.actionRegistry()->action(QLatin1String(ids::kNewProject))->trigger();
        QVERIFY(answer.answered());
        QVERIFY(!window.project());
        QCOMPARE(studiotest::listing(dir.path()), before);
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_studio_welcome.moc"
