// SPDX-License-Identifier: MIT
// The Git dock's real widgets on a real repository (a copy of the helpdesk example under
// Git): status groups and the branch header, a file's diff and its DocType-terms
// description, stage/unstage/discard through the buttons, commit and amend through the
// editor, the author asked once, unsaved DocTypes saved first or the commit cancelled,
// branches, refresh after a save and after `git` itself changed the index, and the dock
// in the window (View > Git, the Git menu). FM_GIT_SCREENSHOT=<png> also grabs the dock.
#include "../core/vcs/gitfixture.h"
#include "git/commiteditor.h"
#include "git/gitpanel.h"
#include "git/historyview.h"
#include "meta/doctypejson.h"
#include "project/projectmodel.h"
#include "shell/actionregistry.h"
#include "shell/mainwindow.h"
#include "studiotest.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using fm::studio::git::CommitEditor;
using fm::studio::git::GitPanel;
using fm::studio::git::GitPrompts;
using fm::studio::git::HistoryView;
using fm::test::git;
using Group = GitPanel::Group;

namespace {

const QString kTicket = QStringLiteral("apps/helpdesk/doctypes/ticket/ticket.json");

bool settle(GitPanel &panel)
{
    return QTest::qWaitFor([&] { return !panel.isBusy(); }, 15000);
}

bool replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray text = fm::test::readText(path);
    return text.contains(from) && fm::test::writeText(path, text.replace(from, to));
}

// Answers every question "no" unless a test says otherwise, so no dialog ever blocks.
void quietPrompts(GitPanel &panel)
{
    GitPrompts &p = panel.prompts();
    p.unsavedEdits = [](const QStringList &) {
        return GitPrompts::Unsaved::Cancel;
    };
    p.confirmDiscard = [](const QStringList &) {
        return false;
    };
    p.askAuthor = [] {
        return std::optional<fm::vcs::Signature>();
    };
    p.askText = [](const QString &, const QString &) {
        return QString();
    };
    p.confirm = [](const QString &, const QString &) {
        return false;
    };
}

} // namespace

class TestGitDock final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh copy of the helpdesk committed on main; its folder.
    QString makeProject(bool withAuthor = true)
    {
        const QString path = studiotest::copyHelpdesk(m_dir, QStringLiteral("p%1").arg(++m_count));
        if (path.isEmpty() || !fm::test::makeRepository(path, {}, withAuthor))
            return {};
        git(path, {"add", "-A"});
        git(path, {"-c", "user.name=Setup", "-c", "user.email=setup@example.com", "commit", "-qm",
                   "helpdesk"});
        return path;
    }

private slots:
    void initTestCase()
    {
        fm::test::isolateGitConfig(m_home.path());
        studiotest::isolateSettings();
    }

    void showsStatusDiffAndDocTypeTerms()
    {
        const QString root = makeProject();
        QVERIFY(!root.isEmpty());
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(root, nullptr);
        QVERIFY(settle(panel));
        QCOMPARE(panel.branchLabel()->text(), QString("main"));
        QCOMPARE(panel.fileList()->topLevelItemCount(), 1);
        QCOMPARE(panel.fileList()->topLevelItem(0)->text(0), QString("No changes"));

        QVERIFY(replaceIn(root + '/' + kTicket, "Open\\nReplied\\nResolved\\nClosed",
                          "Open\\nReplied\\nEscalated\\nResolved\\nClosed"));
        QVERIFY(fm::test::writeText(root + "/notes.txt", "todo\n"));
        panel.refreshNow();
        QVERIFY(settle(panel));
        QCOMPARE(panel.files(Group::Unstaged), QStringList({kTicket}));
        QCOMPARE(panel.files(Group::Untracked), QStringList({"notes.txt"}));
        QVERIFY(panel.files(Group::Staged).isEmpty());
        QCOMPARE(panel.fileList()->topLevelItem(0)->text(0), QString("Changes (1)"));

        QSignalSpy shown(&panel, &GitPanel::fileShown);
        QVERIFY(panel.selectFile(kTicket, Group::Unstaged));
        QVERIFY(settle(panel));
        QCOMPARE(shown.count(), 1);
        QVERIFY(panel.diffView()->toPlainText().contains(
            "-      \"options\": \"Open\\nReplied\\nResolved\\nClosed\","));
        QVERIFY(panel.diffView()->toPlainText().contains(
            "+      \"options\": \"Open\\nReplied\\nEscalated"));
        QVERIFY(panel.details()->isTabEnabled(1));
        QCOMPARE(panel.doctypeView()->toPlainText(),
                 QString("`status` options changed: +Escalated"));
        QVERIFY(panel.stageButton()->isEnabled());
        QVERIFY(!panel.unstageButton()->isEnabled());

        // A file that is not a DocType has no DocType view.
        QVERIFY(panel.selectFile("notes.txt", Group::Untracked));
        QVERIFY(settle(panel));
        QVERIFY(panel.diffView()->toPlainText().contains("+todo"));
        QVERIFY(!panel.details()->isTabEnabled(1));
    }

    void stageCommitAmendDiscard()
    {
        const QString root = makeProject();
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(root, nullptr);
        QVERIFY(settle(panel));
        const QString ticket = root + '/' + kTicket;
        QVERIFY(replaceIn(ticket, "\"label\": \"Subject\"", "\"label\": \"Title\""));
        panel.refreshNow();
        QVERIFY(settle(panel));

        QVERIFY(panel.selectFile(kTicket, Group::Unstaged));
        QTest::mouseClick(panel.stageButton(), Qt::LeftButton);
        QVERIFY(settle(panel));
        QCOMPARE(panel.files(Group::Staged), QStringList({kTicket}));
        QVERIFY(panel.files(Group::Unstaged).isEmpty());
        QCOMPARE(git(root, {"diff", "--cached", "--name-only"}), kTicket);
        // The staged side's DocType view: HEAD -> index.
        QVERIFY(panel.selectFile(kTicket, Group::Staged));
        QVERIFY(settle(panel));
        QCOMPARE(panel.doctypeView()->toPlainText(),
                 QString("`subject` label: \"Subject\" -> \"Title\""));
        QVERIFY(panel.unstageButton()->isEnabled());
        QVERIFY(!panel.discardButton()->isEnabled());

        // Commit with the editor; the button needs a message.
        CommitEditor *editor = panel.commitEditor();
        QVERIFY(!editor->commitButton()->isEnabled());
        QTest::keyClicks(editor->editor(), "Rename the subject label");
        QVERIFY(editor->commitButton()->isEnabled());
        QCOMPARE(editor->hintLabel()->text(), QString("Summary: 24/50"));
        QSignalSpy finished(&panel, &GitPanel::operationFinished);
        QTest::mouseClick(editor->commitButton(), Qt::LeftButton);
        QVERIFY(settle(panel));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(git(root, {"log", "-1", "--format=%s|%an"}),
                 QString("Rename the subject label|Ada Tester"));
        QVERIFY(editor->message().isEmpty());
        QCOMPARE(panel.fileList()->topLevelItem(0)->text(0), QString("No changes"));
        QVERIFY(panel.messageLabel()->text().startsWith("Committed "));

        // Nothing staged: refused, said in the dock.
        panel.commit("Empty", false);
        QVERIFY(settle(panel));
        QVERIFY(panel.messageLabel()->text().contains("nothing is staged"));
        QCOMPARE(git(root, {"rev-list", "--count", "HEAD"}), QString("2"));

        // Amend fills in the last message; the amended commit replaces it.
        editor->amendBox()->setChecked(true);
        QCOMPARE(editor->message(), QString("Rename the subject label"));
        QCOMPARE(editor->commitButton()->text(), QString("Amend"));
        editor->setMessage("Subject is now Title");
        QTest::mouseClick(editor->commitButton(), Qt::LeftButton);
        QVERIFY(settle(panel));
        QCOMPARE(git(root, {"log", "-1", "--format=%s"}), QString("Subject is now Title"));
        QCOMPARE(git(root, {"rev-list", "--count", "HEAD"}), QString("2"));
        QVERIFY(!editor->amend());

        // Discard asks; "no" keeps the change, "yes" throws it away.
        QVERIFY(replaceIn(ticket, "\"label\": \"Title\"", "\"label\": \"Headline\""));
        panel.refreshNow();
        QVERIFY(settle(panel));
        QStringList asked;
        bool answer = false;
        panel.prompts().confirmDiscard = [&](const QStringList &files) {
            asked = files;
            return answer;
        };
        QVERIFY(panel.selectFile(kTicket, Group::Unstaged));
        QVERIFY(settle(panel));
        QTest::mouseClick(panel.discardButton(), Qt::LeftButton);
        QVERIFY(settle(panel));
        QCOMPARE(asked, QStringList({kTicket}));
        QVERIFY(fm::test::readText(ticket).contains("Headline"));
        answer = true;
        QTest::mouseClick(panel.discardButton(), Qt::LeftButton);
        QVERIFY(settle(panel));
        QVERIFY(!fm::test::readText(ticket).contains("Headline"));
        QVERIFY(panel.files(Group::Unstaged).isEmpty());
    }

    void summaryHints_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<int>("level");
        QTest::newRow("empty") << ""
                               << "Write a summary line" << 0;
        QTest::newRow("short") << "Add priority"
                               << "Summary: 12/50" << 0;
        QTest::newRow("51") << QString(51, 'x') << "Summary: 51 characters; aim for 50" << 1;
        QTest::newRow("73") << QString(73, 'x') << "Summary: 73 characters; tools cut it at 72"
                            << 2;
        QTest::newRow("no blank line") << "Summary\nbody right away"
                                       << "Summary: 7/50; leave the second line empty" << 1;
        QTest::newRow("body") << "Summary\n\nWhy."
                              << "Summary: 7/50" << 0;
    }

    void summaryHints()
    {
        QFETCH(QString, message);
        QFETCH(QString, hint);
        QFETCH(int, level);
        CommitEditor::HintLevel found = CommitEditor::HintLevel::Fine;
        QCOMPARE(CommitEditor::summaryHint(message, &found), hint);
        QCOMPARE(int(found), level);
        CommitEditor editor;
        editor.setMessage(message);
        QCOMPARE(editor.hintLabel()->text(), hint);
    }

    void asksForTheAuthorOnce()
    {
        const QString root = makeProject(false);
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(root, nullptr);
        QVERIFY(settle(panel));
        QVERIFY(replaceIn(root + '/' + kTicket, "\"Subject\"", "\"Topic\""));
        git(root, {"add", kTicket});

        // Refused: the dock says how to set it.
        int asked = 0;
        panel.prompts().askAuthor = [&] {
            ++asked;
            return std::optional<fm::vcs::Signature>();
        };
        panel.commit("Topic", false);
        QVERIFY(settle(panel));
        QCOMPARE(asked, 1);
        QVERIFY(panel.messageLabel()->text().startsWith("no Git author is set"));
        QCOMPARE(git(root, {"rev-list", "--count", "HEAD"}), QString("1"));

        panel.prompts().askAuthor = [&] {
            ++asked;
            return std::optional<fm::vcs::Signature>({"Fay Studio", "fay@example.com"});
        };
        panel.commit("Topic", false);
        QVERIFY(settle(panel));
        QCOMPARE(asked, 2);
        QCOMPARE(git(root, {"log", "-1", "--format=%an <%ae>"}),
                 QString("Fay Studio <fay@example.com>"));
        QVERIFY(fm::test::readText(m_home.path() + "/.gitconfig").contains("Fay Studio"));
        QVERIFY(QFile::remove(m_home.path() + "/.gitconfig"));
    }

    void unsavedDocTypesFirst()
    {
        const QString root = makeProject();
        auto model = fm::core::ProjectModel::open(root);
        QVERIFY(model);
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(root, model->get());
        QVERIFY(settle(panel));
        QVERIFY(replaceIn(root + "/" + kTicket, "\"Subject\"", "\"Topic\""));
        git(root, {"add", kTicket});
        QVERIFY(QTest::qWaitFor(
            [&] { return (*model)->doctype("Ticket")->field("subject")->label == "Topic"; }, 5000));
        panel.refreshNow();
        QVERIFY(settle(panel));

        fm::core::DocType edited = *(*model)->doctype("Customer");
        edited.description = "Edited in the designer";
        QVERIFY((*model)->setDocType(edited));
        QStringList asked;
        GitPrompts::Unsaved answer = GitPrompts::Unsaved::Cancel;
        panel.prompts().unsavedEdits = [&](const QStringList &doctypes) {
            asked = doctypes;
            return answer;
        };

        panel.commit("Topic", false);
        QVERIFY(settle(panel));
        QCOMPARE(asked, QStringList({"Customer"}));
        QCOMPARE(git(root, {"rev-list", "--count", "HEAD"}), QString("1"));
        QVERIFY(panel.messageLabel()->text().contains("cancelled"));

        // Save: the designer's edit is written (and shows in the dock by itself), then the
        // staged change is committed.
        answer = GitPrompts::Unsaved::Save;
        panel.commit("Topic", false);
        QVERIFY(settle(panel));
        QVERIFY((*model)->dirtyDocTypes().isEmpty());
        QCOMPARE(git(root, {"log", "-1", "--format=%s"}), QString("Topic"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel.files(Group::Unstaged) ==
                       QStringList({"apps/helpdesk/doctypes/customer/customer.json"});
            },
            5000));

        // A failing save handler stops the commit too.
        fm::core::DocType again = *(*model)->doctype("Customer");
        again.description = "Once more";
        QVERIFY((*model)->setDocType(again));
        panel.setSaveHandler([] { return false; });
        git(root, {"add", "-A"});
        panel.commit("Should not happen", false);
        QVERIFY(settle(panel));
        QCOMPARE(git(root, {"log", "-1", "--format=%s"}), QString("Topic"));
        QVERIFY(panel.messageLabel()->text().contains("were not saved"));
        (void)(*model)->revert("Customer");
    }

    void refreshesWhenGitChangesTheIndex()
    {
        const QString root = makeProject();
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(root, nullptr);
        QVERIFY(settle(panel));
        QVERIFY(fm::test::writeText(root + "/notes.txt", "n\n"));
        git(root, {"add", "notes.txt"}); // another program: the dock watches .git/index
        QVERIFY(QTest::qWaitFor(
            [&] { return panel.files(Group::Staged) == QStringList({"notes.txt"}); }, 5000));
    }

    void branches()
    {
        const QString root = makeProject();
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(root, nullptr);
        QVERIFY(settle(panel));
        panel.prompts().askText = [](const QString &, const QString &) {
            return QString("feature/topic");
        };
        // Through the branch menu, as a user would.
        QMenu *menu = panel.branchButton()->menu();
        emit menu->aboutToShow();
        QAction *create = nullptr;
        for (QAction *action : menu->actions())
            if (action->text() == "New Branch…")
                create = action;
        QVERIFY(create);
        create->trigger();
        QVERIFY(settle(panel));
        QCOMPARE(panel.branchLabel()->text(), QString("feature/topic"));
        QCOMPARE(panel.snapshot().branches.size(), 2);

        QVERIFY(replaceIn(root + '/' + kTicket, "\"Subject\"", "\"Topic\""));
        git(root, {"commit", "-qam", "topic"});
        panel.switchBranch("main");
        QVERIFY(settle(panel));
        QCOMPARE(panel.branchLabel()->text(), QString("main"));
        QVERIFY(replaceIn(root + '/' + kTicket, "\"Subject\"", "\"Local\""));
        panel.switchBranch("feature/topic");
        QVERIFY(settle(panel));
        QCOMPARE(panel.branchLabel()->text(), QString("main"));
        QVERIFY2(
            panel.messageLabel()->text().contains("would overwrite your changes to " + kTicket),
            qPrintable(panel.messageLabel()->text()));
        git(root, {"checkout", "--", "."});

        panel.deleteBranch("feature/topic");
        QVERIFY(settle(panel));
        QVERIFY(panel.messageLabel()->text().contains("not in the current branch"));
        QCOMPARE(git(root, {"branch", "--list", "feature/topic"}).trimmed(),
                 QString("feature/topic"));
    }

    // Stage This Hunk from the diff's context menu stages only the hunk under the cursor;
    // Unstage This Hunk on the staged side takes it back.
    void stagesOneHunkFromTheDiff()
    {
        const QString root = makeProject();
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(root, nullptr);
        QVERIFY(settle(panel));
        // Two changes far apart in the Ticket: two hunks.
        QVERIFY(replaceIn(root + '/' + kTicket, "\"name\": \"Ticket\"", "\"name\": \"Ticket\" "));
        QVERIFY(replaceIn(root + '/' + kTicket, "Open\\nReplied\\nResolved\\nClosed",
                          "Open\\nReplied\\nEscalated\\nResolved\\nClosed"));
        panel.refreshNow();
        QVERIFY(settle(panel));
        QVERIFY(panel.selectFile(kTicket, Group::Unstaged));
        QVERIFY(settle(panel));
        QPlainTextEdit *diff = panel.diffView();
        QCOMPARE(diff->toPlainText().count(QLatin1String("\n@@")), 2);
        // The cursor in the second hunk (the "Escalated" line).
        QTextCursor cursor(diff->document()->find(QStringLiteral("Escalated")));
        QVERIFY(!cursor.isNull());
        diff->setTextCursor(cursor);
        QCOMPARE(panel.hunkAtCursor(), 1);
        std::unique_ptr<QMenu> menu(panel.diffContextMenu());
        auto *stageHunk = menu->findChild<QAction *>(QStringLiteral("gitHunkAction"));
        QVERIFY(stageHunk);
        QCOMPARE(stageHunk->text(), QString("Stage This Hunk"));
        stageHunk->trigger();
        QVERIFY(settle(panel));
        const QString staged = git(root, {"diff", "--cached"});
        QVERIFY2(staged.contains("+") && staged.contains("Escalated") &&
                     !staged.contains("\"name\": \"Ticket\" "),
                 qPrintable(staged));
        QCOMPARE(panel.files(Group::Staged), QStringList({kTicket}));
        QCOMPARE(panel.files(Group::Unstaged), QStringList({kTicket}));

        QVERIFY(panel.selectFile(kTicket, Group::Staged));
        QVERIFY(settle(panel));
        diff->moveCursor(QTextCursor::End);
        menu.reset(panel.diffContextMenu());
        auto *unstageHunk = menu->findChild<QAction *>(QStringLiteral("gitHunkAction"));
        QVERIFY(unstageHunk);
        QCOMPARE(unstageHunk->text(), QString("Unstage This Hunk"));
        unstageHunk->trigger();
        QVERIFY(settle(panel));
        QVERIFY(git(root, {"diff", "--cached"}).isEmpty());
        QVERIFY(panel.files(Group::Staged).isEmpty());
    }

    // The Git History dock lists the branch's commits and what each changed (DocType
    // terms for a DocType); a commit checked out read-only makes saving refused until a
    // branch is checked out again, and the project follows the files.
    void historyAndAReadOnlyCheckout()
    {
        const QString root = makeProject();
        QVERIFY(replaceIn(root + '/' + kTicket, "Open\\nReplied\\nResolved\\nClosed",
                          "Open\\nReplied\\nEscalated\\nResolved\\nClosed"));
        git(root, {"commit", "-qam", "Tickets can be escalated"});
        const QString first = git(root, {"rev-parse", "HEAD~1"});

        fm::studio::MainWindow window;
        window.show();
        auto *panel = qobject_cast<GitPanel *>(window.dock("Git")->widget());
        auto *history = qobject_cast<HistoryView *>(window.dock("GitHistory")->widget());
        QVERIFY(panel && history);
        quietPrompts(*panel);
        QSignalSpy loaded(history, &HistoryView::loaded);
        QVERIFY(window.openProject(root));
        QVERIFY(loaded.wait(10000));
        QTreeWidget *commits = history->commitList();
        QCOMPARE(commits->topLevelItemCount(), 2);
        QCOMPARE(commits->topLevelItem(0)->text(1), QString("Tickets can be escalated"));
        QTRY_COMPARE(history->fileList()->topLevelItemCount(), 1);
        QCOMPARE(history->fileList()->topLevelItem(0)->text(0), kTicket);
        QTRY_VERIFY(history->diffView()->toPlainText().contains("+"));
        QTRY_VERIFY2(history->doctypeView()->toPlainText().contains("Escalated"),
                     qPrintable(history->doctypeView()->toPlainText()));
        if (const QString shot = qEnvironmentVariable("FM_GIT_SCREENSHOT"); !shot.isEmpty()) {
            QDockWidget *dock = window.dock("GitHistory");
            dock->setFloating(true);
            dock->resize(900, 620);
            history->details()->setCurrentIndex(1);
            QTest::qWait(300);
            QVERIFY(dock->grab().save(shot + "-history.png"));
            history->details()->setCurrentIndex(0);
        }

        // Check Out Read-Only on the first commit (the question answered Yes).
        QVERIFY(settle(*panel));
        QTimer::singleShot(100, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        emit history->checkoutRequested(first);
        QVERIFY(settle(*panel));
        QTRY_VERIFY(panel->snapshot().status.detached);
        QTRY_VERIFY(!window.project()->readOnlyReason().isEmpty());
        QVERIFY(!fm::test::readText(root + '/' + kTicket).contains("Escalated"));
        QTRY_VERIFY(!window.project()->doctype("Ticket")->fields.isEmpty());
        fm::core::DocType contact = *window.project()->doctype("Contact");
        contact.description = "edited while looking at an old commit";
        QVERIFY(window.project()->setDocType(contact));
        auto refused = window.project()->save("Contact");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains("read-only"),
                 qPrintable(refused.error().message()));
        QVERIFY(window.project()->revert("Contact"));

        panel->switchBranch("main");
        QVERIFY(settle(*panel));
        QTRY_VERIFY(!panel->snapshot().status.detached);
        QTRY_VERIFY(window.project()->readOnlyReason().isEmpty());
        QVERIFY(fm::test::readText(root + '/' + kTicket).contains("Escalated"));
    }

    void notARepository()
    {
        QTemporaryDir plain;
        GitPanel panel;
        quietPrompts(panel);
        panel.setProject(plain.path(), nullptr);
        QVERIFY(settle(panel));
        QCOMPARE(panel.branchLabel()->text(), QString("Not under Git"));
        QVERIFY(panel.messageLabel()->text().contains("git init"));
        QVERIFY(!panel.branchButton()->isEnabled());
    }

    void dockInTheWindow()
    {
        const QString root = makeProject();
        fm::studio::MainWindow window;
        window.show();
        QAction *toggle = window.actionRegistry()->action("View.Dock.Git");
        QVERIFY(toggle);
        QVERIFY(window.actionRegistry()->menu("Menu.Git"));
        QVERIFY(window.actionRegistry()->action("Git.Commit"));
        QDockWidget *dock = window.dock("Git");
        QVERIFY(dock);
        auto *panel = qobject_cast<GitPanel *>(dock->widget());
        QVERIFY(panel);
        quietPrompts(*panel);
        QVERIFY(window.openProject(root));
        QCOMPARE(panel->root(), window.project()->root());
        QVERIFY(settle(*panel));
        QCOMPARE(panel->branchLabel()->text(), QString("main"));

        // A save from the Studio refreshes the dock by itself.
        fm::core::DocType edited = *window.project()->doctype("Contact");
        edited.description = "Saved in the Studio";
        QVERIFY(window.project()->setDocType(edited));
        QVERIFY(window.project()->save("Contact"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel->files(Group::Unstaged) ==
                       QStringList({"apps/helpdesk/doctypes/contact/contact.json"});
            },
            5000));

        if (const QString shot = qEnvironmentVariable("FM_GIT_SCREENSHOT"); !shot.isEmpty()) {
            QVERIFY(replaceIn(root + '/' + kTicket, "Open\\nReplied\\nResolved\\nClosed",
                              "Open\\nReplied\\nEscalated\\nResolved\\nClosed"));
            QVERIFY(replaceIn(root + '/' + kTicket, "\"role\": \"Support Agent\",",
                              "\"role\": \"Support Agent\",\n      \"delete\": true,"));
            git(root, {"add", "apps/helpdesk/doctypes/contact/contact.json"});
            QVERIFY(fm::test::writeText(root + "/apps/helpdesk/notes.md", "notes\n"));
            panel->refreshNow();
            QVERIFY(settle(*panel));
            QVERIFY(panel->selectFile(kTicket, Group::Unstaged));
            QVERIFY(settle(*panel));
            panel->commitEditor()->setMessage("Tickets can be escalated");
            window.resize(1500, 900);
            dock->setFloating(true);
            dock->resize(560, 860);
            panel->details()->setCurrentIndex(1);
            QTest::qWait(300);
            QVERIFY(dock->grab().save(shot + "-doctype.png"));
            panel->details()->setCurrentIndex(0);
            QTest::qWait(300);
            QVERIFY(dock->grab().save(shot + "-diff.png"));
        }
        QVERIFY(window.closeProject());
        QVERIFY(panel->root().isEmpty());
    }
};

QTEST_MAIN(TestGitDock)
#include "tst_git_dock.moc"
