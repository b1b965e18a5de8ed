// SPDX-License-Identifier: MIT
// GitSync on local bare repositories (libgit2's local transport): remotes, fetch and the
// ahead/behind it brings, pull as a fast-forward, as a merge commit and with conflicts
// (resolved with ours, theirs, or edited and marked), push setting the upstream and a
// rejected non-fast-forward push, clone, and the refusals: pulling over uncommitted
// changes, cloning into a folder that is not empty, a cancelled clone.
#include "gitfixture.h"
#include "vcs/gitremote.h"

using namespace fm::vcs;
using fm::test::git;
using fm::test::makeRepository;
using fm::test::readText;
using fm::test::writeText;

namespace {

QString message(const fm::Error &error)
{
    return error.message();
}

} // namespace

class TestGitSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    int m_count = 0;

    // A bare "server" repository with `files` on main, and its path.
    QString makeServer(const QMap<QString, QByteArray> &files)
    {
        const QString name = QStringLiteral("%1/server%2.git").arg(m_dir.path()).arg(++m_count);
        const QString seed = QStringLiteral("%1/seed%2").arg(m_dir.path()).arg(m_count);
        bool ok = false;
        git(m_dir.path(), {"init", "-q", "--bare", "-b", "main", name}, &ok);
        if (!ok || !makeRepository(seed, files))
            return {};
        git(seed, {"push", "-q", name, "main"}, &ok);
        return ok ? name : QString();
    }

    // A clone of `server` made with the git program, with an author.
    QString gitClone(const QString &server)
    {
        const QString dir = QStringLiteral("%1/clone%2").arg(m_dir.path()).arg(++m_count);
        bool ok = false;
        git(m_dir.path(), {"clone", "-q", server, dir}, &ok);
        if (!ok)
            return {};
        git(dir, {"config", "user.name", "Bo Other"});
        git(dir, {"config", "user.email", "bo@example.com"});
        return dir;
    }

    // Commits `files` in `dir` and pushes them with the git program (another developer).
    static bool commitAndPush(const QString &dir, const QMap<QString, QByteArray> &files,
                              const QString &message)
    {
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            if (!writeText(dir + '/' + it.key(), it.value()))
                return false;
        bool ok = false;
        git(dir, {"add", "-A"});
        git(dir, {"commit", "-qm", message}, &ok);
        if (ok)
            git(dir, {"push", "-q", "origin", "HEAD"}, &ok);
        return ok;
    }

    static void commitHere(GitRepository &repo, const QString &file, const QByteArray &text,
                           const QString &message)
    {
        QVERIFY(writeText(repo.workdir() + '/' + file, text));
        QVERIFY(repo.stage({file}));
        auto id = repo.commit(message);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        fm::test::isolateGitConfig(m_home.path());
    }

    void cloneFetchAndFastForward()
    {
        const QString server = makeServer({{"a.txt", "a\n"}});
        QVERIFY(!server.isEmpty());
        QList<TransferProgress> progress;
        RemoteCallbacks callbacks;
        callbacks.progress = [&](const TransferProgress &p) {
            progress << p;
        };
        const QString folder = m_dir.path() + "/mine";
        auto cloned = GitSync::clone(server, folder, callbacks);
        QVERIFY2(cloned, qPrintable(cloned ? QString() : message(cloned.error())));
        QCOMPARE(readText(folder + "/a.txt"), QByteArray("a\n"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().receivedObjects, progress.last().totalObjects);
        auto status = cloned->status();
        QCOMPARE(status->branch, QString("main"));
        QCOMPARE(status->upstream, QString("origin/main"));
        GitSync sync(*cloned);
        QCOMPARE(*sync.remotes(), (QList<RemoteInfo>{{"origin", server}}));
        QCOMPARE(*sync.defaultRemote(), QString("origin"));

        const QString other = gitClone(server);
        QVERIFY(commitAndPush(other, {{"b.txt", "b\n"}}, "Add b"));
        QVERIFY(sync.fetch());
        QCOMPARE(cloned->status()->behind, 1);
        QVERIFY(!QFile::exists(folder + "/b.txt"));
        auto pulled = sync.pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : message(pulled.error())));
        QCOMPARE(pulled->kind, PullResult::Kind::FastForward);
        QCOMPARE(pulled->upstream, QString("origin/main"));
        QCOMPARE(readText(folder + "/b.txt"), QByteArray("b\n"));
        QCOMPARE(cloned->status()->behind, 0);
        QVERIFY(cloned->status()->isClean());
        QCOMPARE(sync.pull()->kind, PullResult::Kind::UpToDate);
    }

    void pullMakesAMergeCommit()
    {
        const QString server = makeServer({{"a.txt", "a\n"}});
        const QString folder = m_dir.path() + "/merge";
        auto repo = GitSync::clone(server, folder);
        QVERIFY(repo);
        git(folder, {"config", "user.name", "Ada Tester"});
        git(folder, {"config", "user.email", "ada@example.com"});
        commitHere(*repo, "mine.txt", "mine\n", "Mine");
        QVERIFY(commitAndPush(gitClone(server), {{"theirs.txt", "theirs\n"}}, "Theirs"));
        // An uncommitted change the pull does not touch survives it.
        QVERIFY(writeText(folder + "/a.txt", "a, edited\n"));
        GitSync sync(*repo);
        auto pulled = sync.pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : message(pulled.error())));
        QCOMPARE(pulled->kind, PullResult::Kind::Merged);
        auto head = repo->headCommit();
        QCOMPARE(head->parents.size(), 2);
        QCOMPARE(head->summary, QString("Merge remote-tracking branch 'origin/main'"));
        QCOMPARE(readText(folder + "/theirs.txt"), QByteArray("theirs\n"));
        QCOMPARE(readText(folder + "/a.txt"), QByteArray("a, edited\n"));
        auto status = repo->status();
        QCOMPARE(status->ahead, 2);
        QCOMPARE(status->behind, 0);

        // Pushing it sends both commits.
        auto pushed = sync.push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : message(pushed.error())));
        QVERIFY(!pushed->upstreamSet);
        QCOMPARE(repo->status()->ahead, 0);
        QCOMPARE(git(server, {"rev-parse", "main"}), head->id);
    }

    void pullRefusesToOverwriteUncommittedWork()
    {
        const QString server = makeServer({{"a.txt", "a\n"}});
        const QString folder = m_dir.path() + "/dirty";
        auto repo = GitSync::clone(server, folder);
        QVERIFY(repo);
        QVERIFY(commitAndPush(gitClone(server), {{"a.txt", "a from them\n"}}, "Change a"));
        QVERIFY(writeText(folder + "/a.txt", "my unsaved work\n"));
        GitSync sync(*repo);
        auto pulled = sync.pull();
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().code(), fm::ErrorCode::InvalidState);
        QVERIFY2(message(pulled.error())
                     .contains("it would overwrite your uncommitted changes to a.txt; commit"),
                 qPrintable(message(pulled.error())));
        QCOMPARE(readText(folder + "/a.txt"), QByteArray("my unsaved work\n"));
        QCOMPARE(repo->status()->behind, 1); // fetched, not merged

        // The same with a local commit too (a merge, not a fast-forward).
        git(folder, {"config", "user.name", "Ada Tester"});
        git(folder, {"config", "user.email", "ada@example.com"});
        commitHere(*repo, "other.txt", "o\n", "Other");
        pulled = sync.pull();
        QVERIFY(!pulled);
        QVERIFY2(message(pulled.error()).contains("uncommitted changes"),
                 qPrintable(message(pulled.error())));
        QCOMPARE(readText(folder + "/a.txt"), QByteArray("my unsaved work\n"));
        QVERIFY(!QFile::exists(folder + "/.git/MERGE_HEAD"));
    }

    void conflictsResolvedOursTheirsAndEdited()
    {
        const QString server = makeServer({{"a.txt", "a\n"}, {"b.txt", "b\n"}, {"c.txt", "c\n"}});
        const QString folder = m_dir.path() + "/conflict";
        auto repo = GitSync::clone(server, folder);
        QVERIFY(repo);
        git(folder, {"config", "user.name", "Ada Tester"});
        git(folder, {"config", "user.email", "ada@example.com"});
        QVERIFY(writeText(folder + "/a.txt", "a mine\n"));
        QVERIFY(writeText(folder + "/b.txt", "b mine\n"));
        QVERIFY(writeText(folder + "/c.txt", "c mine\n"));
        QVERIFY(repo->stage({"a.txt", "b.txt", "c.txt"}));
        QVERIFY(repo->commit("Mine"));
        QVERIFY(commitAndPush(
            gitClone(server),
            {{"a.txt", "a theirs\n"}, {"b.txt", "b theirs\n"}, {"c.txt", "c theirs\n"}}, "Theirs"));
        GitSync sync(*repo);
        auto pulled = sync.pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : message(pulled.error())));
        QCOMPARE(pulled->kind, PullResult::Kind::Conflicts);
        QCOMPARE(pulled->conflicted, QStringList({"a.txt", "b.txt", "c.txt"}));
        auto status = repo->status();
        QCOMPARE(status->conflicted.size(), 3);
        QVERIFY(readText(folder + "/a.txt").contains("<<<<<<< "));
        QVERIFY(readText(folder + "/.git/MERGE_MSG")
                    .startsWith("Merge remote-tracking branch 'origin/main'\n"));

        // Nothing else may happen until they are resolved.
        auto commit = repo->commit("too early");
        QVERIFY(!commit);
        QVERIFY(message(commit.error()).contains("unresolved conflicts"));
        QVERIFY(!sync.pull());

        QVERIFY(sync.resolveConflict("a.txt", GitSync::Side::Ours));
        QCOMPARE(readText(folder + "/a.txt"), QByteArray("a mine\n"));
        QVERIFY(sync.resolveConflict(folder + "/b.txt", GitSync::Side::Theirs));
        QCOMPARE(readText(folder + "/b.txt"), QByteArray("b theirs\n"));
        auto marked = sync.markResolved("c.txt");
        QVERIFY(!marked);
        QVERIFY2(message(marked.error()).contains("c.txt still has conflict markers"),
                 qPrintable(message(marked.error())));
        QVERIFY(writeText(folder + "/c.txt", "c both\n"));
        QVERIFY(sync.markResolved("c.txt"));
        auto notConflicted = sync.resolveConflict("a.txt", GitSync::Side::Theirs);
        QVERIFY(!notConflicted);
        QCOMPARE(notConflicted.error().code(), fm::ErrorCode::NotFound);
        QVERIFY(repo->status()->conflicted.isEmpty());

        auto merged = repo->commit("Merge theirs");
        QVERIFY2(merged, qPrintable(merged ? QString() : message(merged.error())));
        QCOMPARE(repo->headCommit()->parents.size(), 2);
        QCOMPARE(git(folder, {"show", "HEAD:c.txt"}), QString("c both"));
        QVERIFY(!QFile::exists(folder + "/.git/MERGE_HEAD"));
        QVERIFY(sync.push());
        QCOMPARE(git(server, {"show", "main:a.txt"}), QString("a mine"));
    }

    void pushSetsTheUpstreamAndIsRefusedWhenBehind()
    {
        const QString server = makeServer({{"a.txt", "a\n"}});
        const QString folder = m_dir.path() + "/push";
        auto repo = GitSync::clone(server, folder);
        QVERIFY(repo);
        git(folder, {"config", "user.name", "Ada Tester"});
        git(folder, {"config", "user.email", "ada@example.com"});
        QVERIFY(repo->createBranch("feature", true));
        commitHere(*repo, "f.txt", "f\n", "Feature");
        QVERIFY(repo->status()->upstream.isEmpty());
        GitSync sync(*repo);
        auto pushed = sync.push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : message(pushed.error())));
        QVERIFY(pushed->upstreamSet);
        QCOMPARE(pushed->remote, QString("origin"));
        QCOMPARE(repo->status()->upstream, QString("origin/feature"));
        QCOMPARE(git(server, {"show", "feature:f.txt"}), QString("f"));

        // Someone else pushes to feature; our next push must not overwrite it.
        const QString other = gitClone(server);
        git(other, {"switch", "-q", "feature"});
        QVERIFY(commitAndPush(other, {{"g.txt", "g\n"}}, "Theirs on feature"));
        const QString theirTip = git(server, {"rev-parse", "feature"});
        commitHere(*repo, "h.txt", "h\n", "Mine on feature");
        auto rejected = sync.push();
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().code(), fm::ErrorCode::InvalidState);
        QVERIFY2(message(rejected.error())
                     .contains("the remote has commits you do not have: fetch (or pull) first"),
                 qPrintable(message(rejected.error())));
        QCOMPARE(git(server, {"rev-parse", "feature"}), theirTip);

        // Pull (a merge), then the push goes through.
        QCOMPARE(sync.pull()->kind, PullResult::Kind::Merged);
        QVERIFY(sync.push());
        QCOMPARE(git(server, {"rev-parse", "feature"}), repo->headCommit()->id);
    }

    void remotesAndRefusals()
    {
        QTemporaryDir tmp;
        QVERIFY(makeRepository(tmp.path(), {{"a.txt", "a\n"}}));
        auto repo = GitRepository::open(tmp.path());
        GitSync sync(*repo);
        QVERIFY(sync.remotes()->isEmpty());
        auto none = sync.fetch();
        QVERIFY(!none);
        QVERIFY(message(none.error()).contains("this repository has no remote: add one"));
        QVERIFY(!sync.push());
        QVERIFY(!sync.addRemote("origin", "  "));
        const QString server = makeServer({{"x.txt", "x\n"}});
        QVERIFY(sync.addRemote("origin", server));
        QCOMPARE(sync.addRemote("origin", server).error().code(), fm::ErrorCode::Duplicate);
        QVERIFY(sync.fetch());
        // The server's main has a history unrelated to ours: a push would replace it.
        auto pushed = sync.push();
        QVERIFY(!pushed);
        QVERIFY(message(pushed.error()).contains("fetch (or pull) first"));
        // Nor are they merged by a pull.
        auto unrelated = sync.pull();
        QVERIFY(!unrelated);
        QVERIFY2(message(unrelated.error()).contains("have no commit in common"),
                 qPrintable(message(unrelated.error())));
        QVERIFY(!QFile::exists(tmp.path() + "/x.txt"));
        QVERIFY(repo->status()->upstream.isEmpty()); // a refused pull changes nothing
        // A branch the remote does not have yet has nothing to pull.
        QVERIFY(repo->createBranch("lonely", true));
        auto lonely = sync.pull();
        QVERIFY(!lonely);
        QCOMPARE(lonely.error().code(), fm::ErrorCode::NotFound);
        QVERIFY2(message(lonely.error())
                     .contains("origin has no branch \"lonely\" to pull from: push this branch "
                               "first"),
                 qPrintable(message(lonely.error())));

        // Clone refuses a folder with files in it and leaves it alone.
        QTemporaryDir target;
        QVERIFY(writeText(target.path() + "/keep.txt", "keep\n"));
        auto refused = GitSync::clone(server, target.path());
        QVERIFY(!refused);
        QVERIFY(message(refused.error()).contains("is not empty: choose a new or an empty folder"));
        QCOMPARE(readText(target.path() + "/keep.txt"), QByteArray("keep\n"));

        auto missing = GitSync::clone(m_dir.path() + "/no-such.git", m_dir.path() + "/never");
        QVERIFY(!missing);
        QVERIFY2(message(missing.error()).contains("cannot clone"),
                 qPrintable(message(missing.error())));
        QVERIFY(!QFileInfo::exists(m_dir.path() + "/never"));
    }

    void cancelledCloneLeavesNothing()
    {
        QMap<QString, QByteArray> files;
        for (int i = 0; i < 50; ++i)
            files.insert(QStringLiteral("f%1.txt").arg(i), QByteArray::number(i) + '\n');
        const QString server = makeServer(files);
        std::atomic_bool cancel{false};
        RemoteCallbacks callbacks;
        callbacks.cancel = &cancel;
        callbacks.progress = [&](const TransferProgress &) {
            cancel = true;
        };
        const QString folder = m_dir.path() + "/cancelled";
        auto cloned = GitSync::clone(server, folder, callbacks);
        QVERIFY(!cloned);
        QVERIFY(cloned.error().details().value("cancelled").toBool());
        QVERIFY2(message(cloned.error()).endsWith("cancelled"),
                 qPrintable(message(cloned.error())));
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(TestGitSync)
#include "tst_gitsync.moc"
