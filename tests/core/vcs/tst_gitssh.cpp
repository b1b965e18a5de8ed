// SPDX-License-Identifier: MIT
// GitSync over SSH against a real sshd on loopback (gitsshserver.h): a key file with its
// passphrase (asked once), a wrong passphrase and a key the server does not know (refused,
// saying what to do, nothing left behind), push, and the SSH agent tried first: its key
// used without asking, or, when the server refuses the agent's keys, a key file asked for.
#include "gitsshserver.h"
#include "vcs/gitremote.h"

using namespace fm::vcs;
using fm::test::git;
using fm::test::GitSshServer;
using fm::test::readText;
using fm::test::writeText;

namespace {

const QString kPassphrase = QStringLiteral("open sesame");

// The server's host key is not in ~/.ssh/known_hosts (a fresh home): pinned here.
QByteArray g_hostKey;

RemoteCallbacks withKey(QList<CredentialRequest> &asked, const QString &key,
                        const QString &passphrase, bool agent = false)
{
    RemoteCallbacks callbacks;
    callbacks.useSshAgent = agent;
    callbacks.acceptCertificate = [](const QString &host, const QByteArray &hostKey) {
        return host == QLatin1String("127.0.0.1") && hostKey == g_hostKey;
    };
    callbacks.credentials = [&asked, key, passphrase](const CredentialRequest &request) {
        asked << request;
        return std::optional<Credential>(Credential{{}, passphrase, key, {}});
    };
    return callbacks;
}

QString text(const fm::Error &error)
{
    return error.message();
}

} // namespace

class TestGitSsh final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        fm::test::isolateGitConfig(m_home.path());
        qunsetenv("SSH_AUTH_SOCK");
    }

    void keyFileWithPassphrase()
    {
        GitSshServer server;
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(server.makeKey("user_key", kPassphrase).isEmpty());
        QVERIFY(server.makeKey("stranger", {}).isEmpty());
        QVERIFY(server.authorize("user_key"));
        QVERIFY(server.addRepository("shop", {{"a.txt", "a\n"}}));
        const QString url = server.url("shop");
        g_hostKey = server.hostKey();
        QVERIFY(!g_hostKey.isEmpty());

        // A host key that is not known, and not accepted: refused, saying what to do.
        QList<CredentialRequest> asked;
        RemoteCallbacks unpinned = withKey(asked, server.keyPath("user_key"), kPassphrase);
        unpinned.acceptCertificate = nullptr;
        auto unknownHost = GitSync::clone(url, m_dir.path() + "/host", unpinned);
        QVERIFY(!unknownHost);
        QVERIFY2(text(unknownHost.error())
                     .contains(QString("the SSH host key of 127.0.0.1 (%1) is not known on this "
                                       "computer; connect once with `ssh`")
                                   .arg(server.hostFingerprint())),
                 qPrintable(text(unknownHost.error())));
        QVERIFY(server.hostFingerprint().startsWith("SHA256:"));
        QCOMPARE(QByteArray::fromBase64(
                     unknownHost.error().details().value("hostKey").toString().toLatin1()),
                 g_hostKey);
        QVERIFY(asked.isEmpty());

        auto wrong = GitSync::clone(url, m_dir.path() + "/wrong",
                                    withKey(asked, server.keyPath("user_key"), "not it"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), fm::ErrorCode::InvalidCredentials);
        QVERIFY2(text(wrong.error())
                     .contains("the server refused the SSH key (or its passphrase "
                               "is wrong); choose the key and enter its passphrase "
                               "again"),
                 qPrintable(text(wrong.error())));
        QCOMPARE(wrong.error().details().value("credential").toString(), QString("ssh"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().kind, CredentialRequest::Kind::SshKey);
        QVERIFY(!QFileInfo::exists(m_dir.path() + "/wrong"));

        asked.clear();
        auto unknown = GitSync::clone(url, m_dir.path() + "/unknown",
                                      withKey(asked, server.keyPath("stranger"), {}));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), fm::ErrorCode::InvalidCredentials);
        QVERIFY(!QFileInfo::exists(m_dir.path() + "/unknown"));

        asked.clear();
        RemoteCallbacks right = withKey(asked, server.keyPath("user_key"), kPassphrase);
        const QString mine = m_dir.path() + "/mine";
        auto repo = GitSync::clone(url, mine, right);
        QVERIFY2(repo, qPrintable(repo ? QString() : text(repo.error()) + server.log()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(readText(mine + "/a.txt"), QByteArray("a\n"));

        git(mine, {"config", "user.name", "Ada Tester"});
        git(mine, {"config", "user.email", "ada@example.com"});
        QVERIFY(writeText(mine + "/b.txt", "b\n"));
        QVERIFY(repo->stage({"b.txt"}));
        QVERIFY(repo->commit("Add b"));
        auto pushed = GitSync(*repo, right).push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : text(pushed.error())));
        QCOMPARE(git(server.repositories() + "/shop.git", {"show", "main:b.txt"}), QString("b"));
    }

    void theAgentFirst()
    {
        GitSshServer server;
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(server.makeKey("agent_key", {}).isEmpty());
        QVERIFY(server.makeKey("stranger", {}).isEmpty());
        QVERIFY(server.makeKey("user_key", kPassphrase).isEmpty());
        QVERIFY(server.authorize("agent_key"));
        QVERIFY(server.authorize("user_key"));
        QVERIFY(server.addRepository("desk", {{"d.txt", "d\n"}}));
        g_hostKey = server.hostKey();

        // The agent's key is let in: nobody is asked.
        const QString socket = server.startAgent("agent_key");
        QVERIFY(!socket.isEmpty());
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        QList<CredentialRequest> asked;
        auto repo = GitSync::clone(server.url("desk"), m_dir.path() + "/agent",
                                   withKey(asked, server.keyPath("user_key"), kPassphrase, true));
        QVERIFY2(repo, qPrintable(repo ? QString() : text(repo.error())));
        QVERIFY(asked.isEmpty());
        QCOMPARE(readText(m_dir.path() + "/agent/d.txt"), QByteArray("d\n"));

        // The agent only has a key the server refuses: then the key file is asked for.
        const QString strangers = server.startAgent("stranger");
        QVERIFY(!strangers.isEmpty());
        qputenv("SSH_AUTH_SOCK", strangers.toUtf8());
        auto asking = GitSync::clone(server.url("desk"), m_dir.path() + "/asking",
                                     withKey(asked, server.keyPath("user_key"), kPassphrase, true));
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY2(asking, qPrintable(asking ? QString() : text(asking.error())));
        QCOMPARE(asked.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGitSsh)
#include "tst_gitssh.moc"
