// SPDX-License-Identifier: MIT
// GitRepository on real repositories: opening, status groups, branch and ahead/behind,
// file diffs on both sides, staging, unstaging and discarding.
#include "gitfixture.h"
#include "vcs/gitrepository.h"

using namespace fm::vcs;
using fm::test::git;
using fm::test::makeRepository;
using fm::test::readText;
using fm::test::writeText;

namespace {

QStringList paths(const QList<FileChange> &changes)
{
    QStringList out;
    for (const FileChange &change : changes)
        out << change.path + ':' + changeKindName(change.kind);
    return out;
}

} // namespace

class TestGitStatus final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        fm::test::isolateGitConfig(m_home.path());
    }

    void opensAndDiscovers()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/repo";
        QVERIFY(makeRepository(dir, {{"a.txt", "one\n"}}));
        QVERIFY(QDir().mkpath(dir + "/apps/x"));

        auto opened = GitRepository::open(dir);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        auto found = GitRepository::discover(dir + "/apps/x");
        QVERIFY(found);
        QCOMPARE(QFileInfo(found->workdir()).canonicalFilePath(),
                 QFileInfo(dir).canonicalFilePath());
        QCOMPARE(found->relativePath(dir + "/apps/x/f.json"), QString("apps/x/f.json"));
        QCOMPARE(found->relativePath("apps/x/f.json"), QString("apps/x/f.json"));

        // open() does not look upwards; discover() from a plain folder finds nothing.
        auto sub = GitRepository::open(dir + "/apps/x");
        QVERIFY(!sub);
        QVERIFY2(sub.error().message().contains("not a Git repository"),
                 qPrintable(sub.error().message()));
        QVERIFY(sub.error().message().contains("git init"));
        QTemporaryDir plain;
        auto none = GitRepository::discover(plain.path());
        QVERIFY(!none);
        QCOMPARE(none.error().code(), fm::ErrorCode::NotFound);
        QVERIFY(none.error().message().contains("git init"));
    }

    void statusGroupsChanges()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(
            dir, {{"a.txt", "a\n"}, {"b.txt", "b\n"}, {"c.txt", "c\n"}, {"d.txt", "d\n"}}));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        auto clean = repo->status();
        QVERIFY(clean);
        QVERIFY(clean->isClean());
        QCOMPARE(clean->branch, QString("main"));
        QCOMPARE(clean->headId.size(), 7);
        QVERIFY(!clean->unborn);
        QCOMPARE(clean->describeBranch(), QString("main"));

        QVERIFY(writeText(dir + "/a.txt", "a changed\n")); // unstaged
        QVERIFY(writeText(dir + "/b.txt", "b staged\n"));  // staged
        git(dir, {"add", "b.txt"});
        QVERIFY(writeText(dir + "/c.txt", "c staged\n")); // staged and changed again
        git(dir, {"add", "c.txt"});
        QVERIFY(writeText(dir + "/c.txt", "c staged and more\n"));
        QVERIFY(QFile::remove(dir + "/d.txt"));        // deleted, unstaged
        QVERIFY(writeText(dir + "/new/e.txt", "e\n")); // untracked in a new folder
        QVERIFY(writeText(dir + "/f.txt", "f\n"));     // added
        git(dir, {"add", "f.txt"});

        auto status = repo->status();
        QVERIFY(status);
        QCOMPARE(paths(status->staged),
                 QStringList({"b.txt:modified", "c.txt:modified", "f.txt:added"}));
        QCOMPARE(paths(status->unstaged),
                 QStringList({"a.txt:modified", "c.txt:modified", "d.txt:deleted"}));
        QCOMPARE(paths(status->untracked), QStringList({"new/e.txt:untracked"}));
        QVERIFY(status->conflicted.isEmpty());
        QCOMPARE(status->changeCount(), 7);
    }

    void unbornBranch()
    {
        QTemporaryDir tmp;
        QVERIFY(makeRepository(tmp.path()));
        auto repo = GitRepository::open(tmp.path());
        QVERIFY(repo);
        QVERIFY(writeText(tmp.path() + "/m.json", "{}\n"));
        auto status = repo->status();
        QVERIFY(status);
        QVERIFY(status->unborn);
        QCOMPARE(status->branch, QString("main"));
        QCOMPARE(status->describeBranch(), QString("main (no commits yet)"));
        QCOMPARE(paths(status->untracked), QStringList({"m.json:untracked"}));
        QVERIFY(repo->log()->isEmpty());

        // Staging and unstaging work before the first commit too.
        QVERIFY(repo->stage({"m.json"}));
        QCOMPARE(paths(repo->status()->staged), QStringList({"m.json:added"}));
        auto staged = repo->diff("m.json", DiffSide::Staged);
        QVERIFY(staged);
        QCOMPARE(staged->addedLines(), 1);
        QVERIFY(repo->unstage({"m.json"}));
        QCOMPARE(paths(repo->status()->untracked), QStringList({"m.json:untracked"}));
        QVERIFY(repo->status()->staged.isEmpty());
    }

    void aheadAndBehindTheUpstream()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "a\n"}}));
        git(dir, {"branch", "base"});
        git(dir, {"branch", "--set-upstream-to=base"});
        QVERIFY(writeText(dir + "/a.txt", "a2\n"));
        git(dir, {"commit", "-qam", "one"});
        QVERIFY(writeText(dir + "/a.txt", "a3\n"));
        git(dir, {"commit", "-qam", "two"});
        git(dir, {"switch", "-q", "base"});
        QVERIFY(writeText(dir + "/b.txt", "b\n"));
        git(dir, {"add", "b.txt"});
        git(dir, {"commit", "-qm", "on base"});
        git(dir, {"switch", "-q", "main"});

        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        auto status = repo->status();
        QVERIFY(status);
        QCOMPARE(status->upstream, QString("base"));
        QCOMPARE(status->ahead, 2);
        QCOMPARE(status->behind, 1);
        QCOMPARE(status->describeBranch(), QString("main \u21912 \u21931"));

        // Without an upstream nothing is ahead or behind.
        git(dir, {"branch", "--unset-upstream"});
        status = repo->status();
        QVERIFY(status->upstream.isEmpty());
        QCOMPARE(status->ahead, 0);
    }

    void diffsBothSides()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"}}));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QVERIFY(writeText(dir + "/a.txt", "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n"));
        git(dir, {"add", "a.txt"});
        QVERIFY(writeText(dir + "/a.txt", "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n"));

        auto staged = repo->diff("a.txt", DiffSide::Staged);
        QVERIFY(staged);
        QCOMPARE(staged->hunks.size(), 1);
        QCOMPARE(staged->addedLines(), 1);
        QCOMPARE(staged->removedLines(), 1);
        QVERIFY(staged->patch.contains("-3\n+three\n"));
        QVERIFY(staged->hunks[0].header.startsWith("@@ -1,6 +1,6 @@"));
        const DiffLine removed = staged->hunks[0].lines.at(2);
        QCOMPARE(removed.kind, DiffLine::Kind::Removed);
        QCOMPARE(removed.text, QString("3"));
        QCOMPARE(removed.oldLine, 3);

        // The absolute path names the same file.
        auto unstaged = repo->diff(dir + "/a.txt", DiffSide::Unstaged);
        QVERIFY(unstaged);
        QCOMPARE(unstaged->addedLines(), 1);
        QCOMPARE(unstaged->removedLines(), 0);
        QVERIFY(unstaged->patch.contains("+11\n"));
        QVERIFY(!unstaged->patch.contains("-3\n"));

        // An untracked file diffs as all added; an unchanged one as nothing.
        QVERIFY(writeText(dir + "/new.txt", "x\ny\n"));
        auto untracked = repo->diff("new.txt", DiffSide::Unstaged);
        QVERIFY(untracked);
        QCOMPARE(untracked->addedLines(), 2);
        QVERIFY(repo->diff("new.txt", DiffSide::Staged)->isEmpty());
        QVERIFY(writeText(dir + "/same.txt", "s\n"));
        git(dir, {"add", "same.txt"});
        QVERIFY(repo->diff("same.txt", DiffSide::Unstaged)->isEmpty());

        // Binary content is flagged, not shown as text.
        QVERIFY(writeText(dir + "/bin.dat", QByteArray("\0\1\2\3", 4)));
        auto binary = repo->diff("bin.dat", DiffSide::Unstaged);
        QVERIFY(binary);
        QVERIFY(binary->binary);
        QVERIFY(binary->hunks.isEmpty());
    }

    void filesAtRevisionsAndInTheIndex()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"apps/a.json", "v1\n"}}));
        QVERIFY(writeText(dir + "/apps/a.json", "v2\n"));
        git(dir, {"commit", "-qam", "second"});
        QVERIFY(writeText(dir + "/apps/a.json", "v3\n"));
        git(dir, {"add", "apps/a.json"});
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QCOMPARE(*repo->fileAt("HEAD", "apps/a.json"), QByteArray("v2\n"));
        QCOMPARE(*repo->fileAt("HEAD~1", "apps/a.json"), QByteArray("v1\n"));
        QCOMPARE(*repo->fileInIndex("apps/a.json"), QByteArray("v3\n"));

        auto missing = repo->fileAt("HEAD", "apps/b.json");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), fm::ErrorCode::NotFound);
        auto folder = repo->fileAt("HEAD", "apps");
        QVERIFY(!folder);
        QVERIFY(folder.error().message().contains("folder"));
        auto badRevision = repo->fileAt("nosuchbranch", "apps/a.json");
        QVERIFY(!badRevision);
        QCOMPARE(badRevision.error().code(), fm::ErrorCode::NotFound);
        QVERIFY2(badRevision.error().message().contains("unknown revision \"nosuchbranch\""),
                 qPrintable(badRevision.error().message()));
        QVERIFY(!repo->fileInIndex("apps/none.json"));

        QVERIFY(writeText(dir + "/apps/new.json", "n\n"));
        QVERIFY(QFile::remove(dir + "/apps/a.json"));
        auto changes = repo->changesSince("HEAD~1");
        QVERIFY(changes);
        QCOMPARE(paths(*changes), QStringList({"apps/a.json:deleted", "apps/new.json:untracked"}));
        QVERIFY(!repo->changesSince("HEAD~5"));
    }

    void stageUnstageDiscard()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(makeRepository(dir, {{"a.txt", "a\n"}, {"b.txt", "b\n"}}));
        auto repo = GitRepository::open(dir);
        QVERIFY(repo);
        QVERIFY(writeText(dir + "/a.txt", "a2\n"));
        QVERIFY(QFile::remove(dir + "/b.txt"));
        QVERIFY(writeText(dir + "/c.txt", "c\n"));

        QVERIFY(repo->stage({"a.txt", dir + "/b.txt", "c.txt"}));
        auto status = repo->status();
        QCOMPARE(paths(status->staged),
                 QStringList({"a.txt:modified", "b.txt:deleted", "c.txt:added"}));
        QVERIFY(status->unstaged.isEmpty());
        QVERIFY(status->untracked.isEmpty());
        // What `git` itself sees: the index was written.
        QCOMPARE(git(dir, {"diff", "--cached", "--name-only"}), QString("a.txt\nb.txt\nc.txt"));

        QVERIFY(repo->unstage({"a.txt", "b.txt", "c.txt"}));
        status = repo->status();
        QVERIFY(status->staged.isEmpty());
        QCOMPARE(paths(status->unstaged), QStringList({"a.txt:modified", "b.txt:deleted"}));
        QCOMPARE(paths(status->untracked), QStringList({"c.txt:untracked"}));
        QCOMPARE(readText(dir + "/a.txt"), QByteArray("a2\n")); // the working tree is kept

        QVERIFY(repo->discard({"a.txt", "b.txt", "c.txt"}));
        QVERIFY(repo->status()->isClean());
        QCOMPARE(readText(dir + "/a.txt"), QByteArray("a\n"));
        QCOMPARE(readText(dir + "/b.txt"), QByteArray("b\n"));
        QVERIFY(!QFile::exists(dir + "/c.txt"));

        // Discard keeps what is staged: it only drops the working tree's own changes.
        QVERIFY(writeText(dir + "/a.txt", "staged\n"));
        QVERIFY(repo->stage({"a.txt"}));
        QVERIFY(writeText(dir + "/a.txt", "staged then more\n"));
        QVERIFY(repo->discard({"a.txt"}));
        QCOMPARE(readText(dir + "/a.txt"), QByteArray("staged\n"));
        QCOMPARE(paths(repo->status()->staged), QStringList({"a.txt:modified"}));

        // A path that does not exist anywhere cannot be staged.
        auto ghost = repo->stage({"ghost.txt"});
        QVERIFY(!ghost);
        QVERIFY(ghost.error().message().contains("cannot stage ghost.txt"));
    }

    void conflictsAreListed()
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
        QVERIFY(repo);
        auto status = repo->status();
        QCOMPARE(paths(status->conflicted), QStringList({"a.txt:conflicted"}));
        QVERIFY(status->staged.isEmpty());
        auto refused = repo->commit("merge");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), fm::ErrorCode::InvalidState);
        QVERIFY(refused.error().message().contains("unresolved conflicts"));
        auto switching = repo->switchBranch("other");
        QVERIFY(!switching);
        QVERIFY(switching.error().message().contains("conflicted"));

        // Staging the edited file resolves it.
        QVERIFY(writeText(dir + "/a.txt", "both\n"));
        QVERIFY(repo->stage({"a.txt"}));
        status = repo->status();
        QVERIFY(status->conflicted.isEmpty());
        QCOMPARE(paths(status->staged), QStringList({"a.txt:modified"}));
    }
};

QTEST_GUILESS_MAIN(TestGitStatus)
#include "tst_gitstatus.moc"
