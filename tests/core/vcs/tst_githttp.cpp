// SPDX-License-Identifier: MIT
// GitSync against a real Git server on loopback (githttpserver.h: git http-backend behind
// lighttpd with Basic auth): clone with a user and token, a wrong token (asked once, then
// refused with what to do, nothing left behind), no credentials at all, push, a rejected
// push, and a merge conflict end to end; over plain HTTP and over HTTPS with a self-signed
// certificate that is refused until the caller pins it.
#include "githttpserver.h"
#include "vcs/gitremote.h"

using namespace fm::vcs;
using fm::test::git;
using fm::test::GitHttpServer;
using fm::test::readText;
using fm::test::writeText;

namespace {

struct Asked
{
    QList<CredentialRequest> requests;
};

RemoteCallbacks answering(Asked &asked, const QString &user, const QString &password)
{
    RemoteCallbacks callbacks;
    callbacks.credentials = [&asked, user, password](const CredentialRequest &request) {
        asked.requests << request;
        return std::optional<Credential>(Credential{user, password, {}, {}});
    };
    return callbacks;
}

QString text(const fm::Error &error)
{
    return error.message();
}

} // namespace

class TestGitHttp final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        fm::test::isolateGitConfig(m_home.path());
    }

    void cloneWrongTokenPushRejectAndConflict()
    {
        GitHttpServer server;
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(server.addRepository("shop", {{"a.txt", "a\n"}}));
        const QString url = server.url("shop");

        // A wrong token: asked once, then refused, and the folder is not left behind.
        Asked wrong;
        auto refused = GitSync::clone(url, m_dir.path() + "/wrong",
                                      answering(wrong, GitHttpServer::kUser, "not-it"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), fm::ErrorCode::InvalidCredentials);
        QVERIFY2(text(refused.error())
                     .contains("the server refused the user name or token; enter them again"),
                 qPrintable(text(refused.error())));
        QCOMPARE(refused.error().details().value("url").toString(), url);
        QCOMPARE(wrong.requests.size(), 1);
        QCOMPARE(wrong.requests.first().kind, CredentialRequest::Kind::UserPassword);
        QVERIFY(!QFileInfo::exists(m_dir.path() + "/wrong"));

        // Nobody to ask.
        auto nobody = GitSync::clone(url, m_dir.path() + "/nobody");
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code(), fm::ErrorCode::Unauthorized);
        QVERIFY2(text(nobody.error()).contains("wants a user name and password"),
                 qPrintable(text(nobody.error())));

        // The right one.
        Asked right;
        RemoteCallbacks callbacks =
            answering(right, GitHttpServer::kUser, GitHttpServer::kPassword);
        const QString mine = m_dir.path() + "/mine";
        auto repo = GitSync::clone(url, mine, callbacks);
        QVERIFY2(repo, qPrintable(repo ? QString() : text(repo.error())));
        QCOMPARE(right.requests.size(), 1);
        QCOMPARE(readText(mine + "/a.txt"), QByteArray("a\n"));
        git(mine, {"config", "user.name", "Ada Tester"});
        git(mine, {"config", "user.email", "ada@example.com"});

        // Push a commit over HTTP.
        QVERIFY(writeText(mine + "/a.txt", "a mine\n"));
        QVERIFY(repo->stage({"a.txt"}));
        QVERIFY(repo->commit("Mine"));
        GitSync sync(*repo, callbacks);
        auto pushed = sync.push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : text(pushed.error())));
        QCOMPARE(git(server.repositories() + "/shop.git", {"show", "main:a.txt"}),
                 QString("a mine"));

        // Someone else pushes (the git program, credentials in the URL).
        const QString theirs = m_dir.path() + "/theirs";
        QString authed = url;
        authed.replace(
            "://", QStringLiteral("://%1:%2@").arg(GitHttpServer::kUser, GitHttpServer::kPassword));
        bool ok = false;
        git(m_dir.path(), {"clone", "-q", authed, theirs}, &ok);
        QVERIFY(ok);
        QVERIFY(writeText(theirs + "/a.txt", "a theirs\n"));
        git(theirs,
            {"-c", "user.name=Bo", "-c", "user.email=bo@example.com", "commit", "-qam", "Theirs"});
        git(theirs, {"push", "-q", "origin", "main"}, &ok);
        QVERIFY(ok);

        // Our next commit changes a.txt too; its push is refused, and says what to do.
        QVERIFY(writeText(mine + "/b.txt", "b\n"));
        QVERIFY(writeText(mine + "/a.txt", "a mine again\n"));
        QVERIFY(repo->stage({"a.txt", "b.txt"}));
        QVERIFY(repo->commit("Add b"));
        auto rejected = sync.push();
        QVERIFY(!rejected);
        QVERIFY2(text(rejected.error())
                     .contains("the remote has commits you do not have: fetch "
                               "(or pull) first"),
                 qPrintable(text(rejected.error())));

        // Pull: a conflict on a.txt, resolved with ours, committed and pushed.
        auto pulled = sync.pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : text(pulled.error())));
        QCOMPARE(pulled->kind, PullResult::Kind::Conflicts);
        QCOMPARE(pulled->conflicted, QStringList({"a.txt"}));
        QCOMPARE(repo->status()->conflicted.size(), 1);
        QVERIFY(sync.resolveConflict("a.txt", GitSync::Side::Ours));
        QVERIFY(repo->commit("Merge theirs, keep mine"));
        QVERIFY(sync.push());
        const QString bare = server.repositories() + "/shop.git";
        QCOMPARE(git(bare, {"show", "main:a.txt"}), QString("a mine again"));
        QCOMPARE(git(bare, {"show", "main:b.txt"}), QString("b"));
        QCOMPARE(git(bare, {"log", "-1", "--format=%p", "main"}).split(' ').size(), 2);

        // The token is refused on a fetch too (a revoked one, say).
        GitSync revoked(*repo, answering(wrong, GitHttpServer::kUser, "revoked"));
        auto fetched = revoked.fetch();
        QVERIFY(!fetched);
        QCOMPARE(fetched.error().code(), fm::ErrorCode::InvalidCredentials);
    }

    void httpsWithAPinnedCertificate()
    {
        GitHttpServer server(true);
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(server.addRepository("secure", {{"s.txt", "s\n"}}));
        Asked asked;
        RemoteCallbacks callbacks =
            answering(asked, GitHttpServer::kUser, GitHttpServer::kPassword);

        // Self-signed: refused unless the caller accepts it.
        auto untrusted =
            GitSync::clone(server.url("secure"), m_dir.path() + "/untrusted", callbacks);
        QVERIFY(!untrusted);
        QVERIFY2(text(untrusted.error()).contains("certificate is not trusted"),
                 qPrintable(text(untrusted.error())));
        QVERIFY(!QFileInfo::exists(m_dir.path() + "/untrusted"));

        const QByteArray pinned = server.certificateDer();
        QVERIFY(!pinned.isEmpty());
        QStringList hosts;
        callbacks.acceptCertificate = [&](const QString &host, const QByteArray &der) {
            hosts << host;
            return der == pinned;
        };
        auto repo = GitSync::clone(server.url("secure"), m_dir.path() + "/secure", callbacks);
        QVERIFY2(repo, qPrintable(repo ? QString() : text(repo.error())));
        QVERIFY(hosts.contains("127.0.0.1"));
        QCOMPARE(readText(m_dir.path() + "/secure/s.txt"), QByteArray("s\n"));
    }
};

QTEST_GUILESS_MAIN(TestGitHttp)
#include "tst_githttp.moc"
