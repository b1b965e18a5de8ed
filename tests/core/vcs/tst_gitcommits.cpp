// SPDX-License-Identifier: MIT
// GitRepository on real repositories: commits (author from the configuration, refusals),
// amend, merge commits, branches (create, switch refused when it would overwrite changes,
// delete) and the log.
#include "gitfixture.h"
#include "vcs/gitrepository.h"

using namespace fm::vcs;
using fm::test::git;
using fm::test::makeRepository;
using fm::test::readText;
using fm::test::writeText;

class TestGitCommits final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        fm::test::isolateGitConfig(m_home.path());
    }

    void commitsWithTheConfiguredAuthor()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QCOMPARE(*repo->defaultSignature(), (Signature{"Ada Tester", "ada@example.com"}));
        QVERIFY(writeText(dir + "/a.txt", "a\n"));
        QVERIFY(repo->stage({"a.txt"}));
        auto first = repo->commit("Add a\n\nThe first file.\n# a comment line is dropped\n");
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
        QCOMPARE(first->size(), 40);
        QCOMPARE(git(dir, {"log", "--format=%an <%ae>|%s|%b"}),
                 QString("Ada Tester <ada@example.com>|Add a|The first file."));
        QVERIFY(repo->status()->isClean());

        QVERIFY(writeText(dir + "/a.txt", "a2\n"));
        QVERIFY(repo->stage({"a.txt"}));
        auto second = repo->commit("Change a", Signature{"Bo Other", "bo@example.com"});
        QVERIFY(second);
        auto log = repo->log();
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).summary, QString("Change a"));
        QCOMPARE(log->at(0).author.name, QString("Bo Other"));
        QCOMPARE(log->at(0).id, *second);
        QCOMPARE(log->at(0).parents, QStringList({*first}));
        QCOMPARE(log->at(1).summary, QString("Add a"));
        QCOMPARE(repo->log(1)->size(), 1);
        QCOMPARE(repo->headCommit()->id, *second);
    }

    void commitRefusals_data()
    {
        QTest::addColumn<bool>("withAuthor");
        QTest::addColumn<bool>("stageSomething");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");

        QTest::newRow("empty message") << true << true << "  \n# only a comment\n"
                                       << int(fm::ErrorCode::BadRequest) << "message is empty";
        QTest::newRow("nothing staged")
            << true << false << "msg" << int(fm::ErrorCode::InvalidState)
            << "nothing is staged: stage the files";
        QTest::newRow("no author") << false << true << "msg" << int(fm::ErrorCode::NotFound)
                                   << "no Git author is set: set your name and email with `git "
                                      "config --global user.name";
    }

    void commitRefusals()
    {
        QFETCH(bool, withAuthor);
        QFETCH(bool, stageSomething);
        QFETCH(QString, message);
        QFETCH(int, code);
        QFETCH(QString, says);
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "a\n"}}, withAuthor));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QVERIFY(writeText(dir + "/a.txt", "a2\n"));
        if (stageSomething)
            QVERIFY(repo->stage({"a.txt"}));
        const QString before = git(dir, {"rev-parse", "HEAD"});
        auto result = repo->commit(message);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code()), code);
        QVERIFY2(result.error().message().contains(says), qPrintable(result.error().message()));
        QCOMPARE(git(dir, {"rev-parse", "HEAD"}), before);
    }

    void setsTheAuthor()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {}, false));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QVERIFY(!repo->defaultSignature());
        auto bad = repo->setDefaultSignature({"Eve", "not an email"},
                                             GitRepository::ConfigScope::Repository);
        QVERIFY(!bad);
        QVERIFY(bad.error().message().contains("email address"));

        QVERIFY(repo->setDefaultSignature({"Cy Local", "cy@example.com"},
                                          GitRepository::ConfigScope::Repository));
        QCOMPARE(git(dir, {"config", "--local", "user.name"}), QString("Cy Local"));
        QCOMPARE(repo->defaultSignature()->email, QString("cy@example.com"));

        // Global: ~/.gitconfig (HOME is the test's own folder), seen by a new repository.
        QVERIFY(!QFile::exists(m_home.path() + "/.gitconfig"));
        QVERIFY(repo->setDefaultSignature({"Di Global", "di@example.com"},
                                          GitRepository::ConfigScope::Global));
        QVERIFY(readText(m_home.path() + "/.gitconfig").contains("Di Global"));
        QTemporaryDir other;
        QVERIFY(makeRepository(other.path(), {}, false));
        QCOMPARE(GitRepository::open(other.path())->defaultSignature()->name, QString("Di Global"));
        QVERIFY(QFile::remove(m_home.path() + "/.gitconfig"));
    }

    void amendsTheLastCommit()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "a\n"}}));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QVERIFY(writeText(dir + "/b.txt", "b\n"));
        QVERIFY(repo->stage({"b.txt"}));
        QVERIFY(repo->commit("Add b", Signature{"Bo Other", "bo@example.com"}));
        QVERIFY(writeText(dir + "/c.txt", "c\n"));
        QVERIFY(repo->stage({"c.txt"}));

        // Same message when none is given, the staged file added, the author kept.
        auto amended = repo->amend({});
        QVERIFY2(amended, qPrintable(amended ? QString() : amended.error().message()));
        QCOMPARE(git(dir, {"rev-list", "--count", "HEAD"}), QString("2"));
        QCOMPARE(git(dir, {"log", "-1", "--format=%s|%an|%cn"}),
                 QString("Add b|Bo Other|Ada Tester"));
        QCOMPARE(git(dir, {"show", "--name-only", "--format=", "HEAD"}), QString("b.txt\nc.txt"));
        QVERIFY(repo->status()->isClean());

        QVERIFY(repo->amend("Add b and c"));
        QCOMPARE(git(dir, {"log", "-1", "--format=%s"}), QString("Add b and c"));

        QTemporaryDir empty;
        QVERIFY(makeRepository(empty.path()));
        auto none = GitRepository::open(empty.path());
        auto refused = none->amend("x");
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains("no commit to amend"));
    }

    void commitsAResolvedMerge()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "base\n"}}));
        git(dir, {"switch", "-qc", "other"});
        QVERIFY(writeText(dir + "/a.txt", "theirs\n"));
        git(dir, {"commit", "-qam", "theirs"});
        git(dir, {"switch", "-q", "main"});
        QVERIFY(writeText(dir + "/a.txt", "ours\n"));
        git(dir, {"commit", "-qam", "ours"});
        bool merged = true;
        git(dir, {"merge", "-q", "other"}, &merged);
        QVERIFY(!merged);
        auto repo = GitRepository::open(dir);
        QVERIFY(writeText(dir + "/a.txt", "both\n"));
        QVERIFY(repo->stage({"a.txt"}));
        auto commit = repo->commit("Merge other");
        QVERIFY(commit);
        QCOMPARE(repo->headCommit()->parents.size(), 2);
        QVERIFY(!QFile::exists(dir + "/.git/MERGE_HEAD"));
        QCOMPARE(git(dir, {"status", "--porcelain"}), QString());
    }

    void branches()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "a\n"}, {"b.txt", "b\n"}}));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);

        QVERIFY(repo->createBranch("feature/x"));
        auto list = repo->branches();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QString("feature/x"));
        QVERIFY(!list->at(0).current);
        QCOMPARE(list->at(1).name, QString("main"));
        QVERIFY(list->at(1).current);
        QCOMPARE(list->at(1).summary, QString("initial"));

        auto duplicate = repo->createBranch("feature/x");
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code(), fm::ErrorCode::Duplicate);
        auto invalid = repo->createBranch("bad name..");
        QVERIFY(!invalid);
        QVERIFY(invalid.error().message().contains("not a valid branch name"));

        // A commit on feature/x that changes a.txt.
        QVERIFY(repo->switchBranch("feature/x"));
        QCOMPARE(repo->status()->branch, QString("feature/x"));
        QVERIFY(writeText(dir + "/a.txt", "a on x\n"));
        QVERIFY(repo->stage({"a.txt"}));
        QVERIFY(repo->commit("x changes a"));
        QVERIFY(repo->switchBranch("main"));
        QCOMPARE(readText(dir + "/a.txt"), QByteArray("a\n"));

        // A local change to a.txt would be overwritten: refused, naming the file; a change
        // to b.txt (the same on both branches) is carried over like `git switch` does.
        QVERIFY(writeText(dir + "/a.txt", "local edit\n"));
        auto refused = repo->switchBranch("feature/x");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), fm::ErrorCode::InvalidState);
        QVERIFY2(refused.error().message().contains("would overwrite your changes to a.txt; commit "
                                                    "or discard them first"),
                 qPrintable(refused.error().message()));
        QCOMPARE(refused.error().details().value("files").toStringList(), QStringList({"a.txt"}));
        QCOMPARE(repo->status()->branch, QString("main"));
        QCOMPARE(readText(dir + "/a.txt"), QByteArray("local edit\n"));
        QVERIFY(repo->discard({"a.txt"}));
        QVERIFY(writeText(dir + "/b.txt", "kept\n"));
        QVERIFY(repo->switchBranch("feature/x"));
        QCOMPARE(readText(dir + "/b.txt"), QByteArray("kept\n"));
        QCOMPARE(readText(dir + "/a.txt"), QByteArray("a on x\n"));
        QVERIFY(repo->discard({"b.txt"}));

        auto unknown = repo->switchBranch("nope");
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), fm::ErrorCode::NotFound);

        // Deleting: not the current branch, not unmerged work unless forced.
        auto current = repo->deleteBranch("feature/x");
        QVERIFY(!current);
        QVERIFY(current.error().message().contains("it is the current branch"));
        QVERIFY(repo->switchBranch("main"));
        auto unmerged = repo->deleteBranch("feature/x");
        QVERIFY(!unmerged);
        QVERIFY(unmerged.error().message().contains("not in the current branch"));
        QVERIFY(repo->deleteBranch("feature/x", true));
        QCOMPARE(repo->branches()->size(), 1);

        // A merged branch goes without force; createBranch can switch at once.
        QVERIFY(repo->createBranch("done", true));
        QCOMPARE(repo->status()->branch, QString("done"));
        QVERIFY(repo->switchBranch("main"));
        QVERIFY(repo->deleteBranch("done"));
        QVERIFY(repo->createBranch("old", false, "HEAD"));
        QVERIFY(!repo->createBranch("older", false, "HEAD~3"));
    }

    // One hunk of two staged (git add -p), then taken out again (git reset -p); the working
    // tree never changes.
    void stagesAndUnstagesOneHunk()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QByteArray text;
        for (int i = 1; i <= 30; ++i)
            text += "line " + QByteArray::number(i) + "\n";
        QVERIFY(makeRepository(dir, {{"f.txt", text}}));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QByteArray edited = text;
        edited.replace("line 2\n", "line two\n").replace("line 28\n", "line twenty-eight\n");
        QVERIFY(writeText(dir + "/f.txt", edited));
        QCOMPARE(repo->diff("f.txt", DiffSide::Unstaged)->hunks.size(), 2);

        QVERIFY(repo->applyHunk("f.txt", DiffSide::Unstaged, 1));
        QCOMPARE(readText(dir + "/f.txt"), edited);
        const QString staged = git(dir, {"diff", "--cached"});
        QVERIFY2(staged.contains("+line twenty-eight") && !staged.contains("+line two\n"),
                 qPrintable(staged));
        QCOMPARE(repo->diff("f.txt", DiffSide::Unstaged)->hunks.size(), 1);
        QCOMPARE(repo->diff("f.txt", DiffSide::Staged)->hunks.size(), 1);

        QVERIFY(repo->applyHunk("f.txt", DiffSide::Unstaged, 0));
        QCOMPARE(repo->diff("f.txt", DiffSide::Staged)->hunks.size(), 2);
        QVERIFY(repo->applyHunk("f.txt", DiffSide::Staged, 0));
        const QString left = git(dir, {"diff", "--cached"});
        QVERIFY2(!left.contains("+line two\n") && left.contains("+line twenty-eight"),
                 qPrintable(left));
        QCOMPARE(readText(dir + "/f.txt"), edited);

        auto noHunk = repo->applyHunk("f.txt", DiffSide::Staged, 5);
        QVERIFY(!noHunk);
        QVERIFY(noHunk.error().message().contains("refresh"));
        QVERIFY(writeText(dir + "/new.txt", "new\n"));
        auto whole = repo->applyHunk("new.txt", DiffSide::Unstaged, 0);
        QVERIFY(!whole);
        QVERIFY2(whole.error().message().contains("whole"), qPrintable(whole.error().message()));
    }

    // What one commit changed, as `git show` lists it, and a commit checked out read-only.
    void commitChangesAndADetachedCheckout()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "a\n"}, {"b.txt", "b\n"}}));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        const QString first = repo->headCommit()->id;
        auto root = repo->commitChanges(first);
        QVERIFY(root);
        QCOMPARE(root->size(), 2); // a root commit adds everything
        QCOMPARE(root->at(0).kind, ChangeKind::Added);

        QVERIFY(writeText(dir + "/a.txt", "a changed\n"));
        QVERIFY(QFile::remove(dir + "/b.txt"));
        QVERIFY(repo->stage({"a.txt", "b.txt"}));
        const QString second = *repo->commit("Change a, drop b");
        auto changes = repo->commitChanges(second);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->at(0).path, QString("a.txt"));
        QCOMPARE(changes->at(0).kind, ChangeKind::Modified);
        QCOMPARE(changes->at(1).kind, ChangeKind::Deleted);
        auto diff = repo->commitDiff(second, "a.txt");
        QVERIFY(diff);
        QVERIFY(diff->patch.contains("+a changed"));
        QVERIFY(!repo->commitChanges("nothing-like-this"));

        QVERIFY(repo->checkoutDetached(first));
        auto status = repo->status();
        QVERIFY(status->detached);
        QCOMPARE(readText(dir + "/b.txt"), QByteArray("b\n"));
        QVERIFY(repo->switchBranch("main"));
        QVERIFY(!QFile::exists(dir + "/b.txt"));

        QVERIFY(writeText(dir + "/a.txt", "unsaved work\n"));
        auto refused = repo->checkoutDetached(first);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains("would overwrite your changes to a.txt"),
                 qPrintable(refused.error().message()));
        QCOMPARE(readText(dir + "/a.txt"), QByteArray("unsaved work\n"));
        QVERIFY(!repo->status()->detached);
    }

    void noBranchesBeforeTheFirstCommit()
    {
        QTemporaryDir tmp;
        QVERIFY(makeRepository(tmp.path()));
        auto repo = GitRepository::open(tmp.path());
        auto refused = repo->createBranch("x");
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains("no commits yet"));
        QVERIFY(repo->branches()->isEmpty());
        QVERIFY(!repo->headCommit());
    }
};

QTEST_GUILESS_MAIN(TestGitCommits)
#include "tst_gitcommits.moc"
