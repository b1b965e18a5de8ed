// SPDX-License-Identifier: MIT
// The Git dock's Fetch, Pull and Push and the Clone Workspace dialog against a real Git
// server on loopback (git http-backend behind lighttpd with Basic auth) and a real system
// keychain (with-keyring.sh: its own D-Bus session and GNOME Keyring): the credential asked
// once and kept in the keychain (in no file), a revoked one removed and asked again with
// the reason, Cancel, a rejected push explained, a pull that stops on a conflict listed in
// the dock and resolved from its context menu, then the merge committed and pushed.
// FM_GIT_SYNC_SCREENSHOT=<png> also grabs the dock with the conflict.
#include "../core/vcs/githttpserver.h"
#include "../core/vcs/gitsshserver.h"
#include "git/clonedialog.h"
#include "git/commiteditor.h"
#include "git/credentialdialog.h"
#include "git/gitpanel.h"
#include "git/workspaces.h"
#include "server/secretstore.h"
#include "server/serverfixture.h"
#include "shell/actionregistry.h"
#include "shell/mainwindow.h"
#include "vcs/gitremote.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>

using fm::studio::KeychainSecretStore;
using fm::studio::SecretStore;
using fm::studio::git::CloneDialog;
using fm::studio::git::GitPanel;
using fm::studio::git::GitPrompts;
using fm::test::git;
using fm::test::GitHttpServer;
using fm::test::readText;
using fm::test::writeText;
using Group = GitPanel::Group;

namespace {

const QString kService = QStringLiteral("Framework M Studio tests (git)");

fm::Result<QString> waitFor(const std::function<void(SecretStore::Done)> &call)
{
    std::optional<fm::Result<QString>> result;
    call([&result](const fm::Result<QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return fm::fail(fm::ErrorCode::Internal, QStringLiteral("the keychain did not answer"));
    return result.value_or(fm::fail(fm::ErrorCode::Internal, QStringLiteral("no answer")));
}

struct Asked
{
    QStringList reasons;
    QList<fm::vcs::Credential> answers; // given in order; none left: cancel
};

void quietPrompts(GitPanel &panel, Asked &asked)
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
        return true;
    };
    p.askCredential = [&asked](const fm::vcs::CredentialRequest &, const QString &reason) {
        asked.reasons << reason;
        if (asked.answers.isEmpty())
            return std::optional<fm::vcs::Credential>();
        return std::optional<fm::vcs::Credential>(asked.answers.takeFirst());
    };
}

// Runs `start` and waits for the dock's syncFinished; its (ok, message).
std::pair<bool, QString> syncAndWait(GitPanel &panel, const std::function<void()> &start)
{
    QSignalSpy spy(&panel, &GitPanel::syncFinished);
    start();
    if (!spy.wait(30000) && spy.isEmpty())
        return {false, QStringLiteral("timed out")};
    if (!QTest::qWaitFor([&] { return !panel.isBusy(); }, 15000))
        return {false, QStringLiteral("still busy")};
    return {spy.first().at(0).toBool(), spy.first().at(1).toString()};
}

// FM_GIT_SYNC_SCREENSHOT=<dir/name.png>: `widget` grabbed as <dir/name-suffix.png>.
bool grabFor(QWidget &widget, const QString &suffix)
{
    QString shot = qEnvironmentVariable("FM_GIT_SYNC_SCREENSHOT");
    if (shot.isEmpty())
        return true;
    shot.replace(".png", "-" + suffix + ".png");
    widget.show();
    QTest::qWait(200);
    return widget.grab().save(shot);
}

bool settle(GitPanel &panel)
{
    return QTest::qWaitFor([&] { return !panel.isBusy(); }, 15000);
}

fm::vcs::Credential right()
{
    return {GitHttpServer::kUser, GitHttpServer::kPassword, {}, {}};
}

QTreeWidgetItem *itemFor(GitPanel &panel, const QString &path, Group group)
{
    QTreeWidget *files = panel.fileList();
    for (int i = 0; i < files->topLevelItemCount(); ++i)
        for (int j = 0; j < files->topLevelItem(i)->childCount(); ++j) {
            QTreeWidgetItem *item = files->topLevelItem(i)->child(j);
            if (item->data(0, Qt::UserRole).toString() == path &&
                Group(item->data(0, Qt::UserRole + 1).toInt()) == group)
                return item;
        }
    return nullptr;
}

// Whether `text` appears in any file under `dir` (a secret must never be written down).
bool anyFileContains(const QString &dir, const QByteArray &text)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        if (readText(it.next()).contains(text))
            return true;
    return false;
}

} // namespace

class TestGitSyncDock final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    GitHttpServer m_server;
    int m_count = 0;

    // Someone else's clone (the git program, credentials in the URL) pushing `files`.
    bool theyPush(const QString &repo, const QMap<QString, QByteArray> &files)
    {
        const QString dir = QStringLiteral("%1/theirs%2").arg(m_dir.path()).arg(++m_count);
        QString url = m_server.url(repo);
        url.replace(
            "://", QStringLiteral("://%1:%2@").arg(GitHttpServer::kUser, GitHttpServer::kPassword));
        bool ok = false;
        git(m_dir.path(), {"clone", "-q", url, dir}, &ok);
        for (auto it = files.cbegin(); ok && it != files.cend(); ++it)
            ok = writeText(dir + '/' + it.key(), it.value());
        git(dir, {"add", "-A"});
        if (ok)
            git(dir,
                {"-c", "user.name=Bo", "-c", "user.email=bo@example.com", "commit", "-qm",
                 "Theirs"},
                &ok);
        if (ok)
            git(dir, {"push", "-q", "origin", "main"}, &ok);
        return ok;
    }

    // Our clone of `repo` (libcore, so origin's URL has no credentials in it).
    QString ourClone(const QString &repo)
    {
        const QString dir = QStringLiteral("%1/mine%2").arg(m_dir.path()).arg(++m_count);
        fm::vcs::RemoteCallbacks callbacks;
        callbacks.credentials = [](const fm::vcs::CredentialRequest &) {
            return std::optional<fm::vcs::Credential>(right());
        };
        if (!fm::vcs::GitSync::clone(m_server.url(repo), dir, callbacks))
            return {};
        git(dir, {"config", "user.name", "Ada Tester"});
        git(dir, {"config", "user.email", "ada@example.com"});
        return dir;
    }

private slots:
    void initTestCase()
    {
        fm::test::isolateGitConfig(m_home.path());
        studiotest::isolateSettings();
        qunsetenv("SSH_AUTH_SOCK"); // keys come from the dialog here, not the machine's agent
        const QString why = m_server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void credentialsAskedOnceKeptInTheKeychain()
    {
        QVERIFY(m_server.addRepository("shop", {{"a.txt", "a\n"}}));
        const QString mine = ourClone("shop");
        QVERIFY(!mine.isEmpty());
        KeychainSecretStore store(kService);
        const QString key = fm::studio::git::credentialKey(m_server.url("shop"));
        waitFor([&](auto done) { store.remove(key, done); });

        GitPanel panel;
        Asked asked;
        quietPrompts(panel, asked);
        panel.setSecretStore(&store);
        panel.setProject(mine, nullptr);
        QVERIFY(settle(panel));
        QVERIFY(panel.pullButton()->isEnabled());
        QVERIFY(panel.pushButton()->isEnabled());
        QVERIFY(!panel.syncProgress()->isVisible());

        // Pull: no credential yet, asked once, kept in the keychain after it worked.
        QVERIFY(theyPush("shop", {{"b.txt", "b\n"}}));
        asked.answers = {right()};
        auto [ok, text] = syncAndWait(panel, [&] { panel.pull(); });
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(asked.reasons.size(), 1);
        QVERIFY2(asked.reasons.first().contains("wants a user name and password"),
                 qPrintable(asked.reasons.first()));
        QVERIFY2(text.startsWith("Pulled origin/main (fast-forward"), qPrintable(text));
        QCOMPARE(readText(mine + "/b.txt"), QByteArray("b\n"));
        // The progress bar counted the objects up to the total.
        QVERIFY(panel.syncProgress()->maximum() > 1);
        QCOMPARE(panel.syncProgress()->value(), panel.syncProgress()->maximum());
        QVERIFY(!panel.syncProgress()->isVisibleTo(&panel));
        auto saved = waitFor([&](auto done) { store.read(key, done); });
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        QVERIFY(saved->contains(GitHttpServer::kPassword));
        QVERIFY(!anyFileContains(mine, GitHttpServer::kPassword));
        QVERIFY(!anyFileContains(m_home.path(), GitHttpServer::kPassword));

        // Commit and push: the keychain answers, nobody is asked.
        QVERIFY(writeText(mine + "/c.txt", "c\n"));
        panel.stage({"c.txt"});
        QVERIFY(settle(panel));
        panel.commit("Add c", false);
        QVERIFY(settle(panel));
        QCOMPARE(panel.snapshot().status.ahead, 1);
        std::tie(ok, text) = syncAndWait(panel, [&] { panel.push(); });
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(text, QString("Pushed main to origin"));
        QCOMPARE(asked.reasons.size(), 1);
        QCOMPARE(panel.snapshot().status.ahead, 0);
        QCOMPARE(git(m_server.repositories() + "/shop.git", {"show", "main:c.txt"}), QString("c"));

        // A revoked token: removed from the keychain, asked again saying why.
        QVERIFY(waitFor([&](auto done) {
            store.write(
                key,
                fm::studio::git::credentialToText({GitHttpServer::kUser, "revoked", {}, {}},
                                                  fm::vcs::CredentialRequest::Kind::UserPassword),
                done);
        }));
        asked.answers = {right()};
        std::tie(ok, text) = syncAndWait(panel, [&] { panel.fetch(); });
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(asked.reasons.size(), 2);
        QVERIFY2(asked.reasons.last().contains("refused the user name or token saved for") &&
                     asked.reasons.last().contains("removed from the keychain"),
                 qPrintable(asked.reasons.last()));
        saved = waitFor([&](auto done) { store.read(key, done); });
        QVERIFY(saved && saved->contains(GitHttpServer::kPassword));

        // A wrong answer is refused and asked again; no answer cancels.
        waitFor([&](auto done) { store.remove(key, done); });
        asked.answers = {{GitHttpServer::kUser, "wrong", {}, {}}};
        std::tie(ok, text) = syncAndWait(panel, [&] { panel.fetch(); });
        QVERIFY(!ok);
        QCOMPARE(text, QString("Cancelled: no credentials given"));
        QCOMPARE(asked.reasons.size(), 4);
        QVERIFY(asked.reasons.last().contains("refused that user name or token"));
        QVERIFY(!waitFor([&](auto done) { store.read(key, done); })); // nothing wrong kept

        // Cancel while it runs.
        asked.answers = {right()};
        std::tie(ok, text) = syncAndWait(panel, [&] {
            panel.fetch();
            QVERIFY(panel.isSyncing());
            QVERIFY(panel.cancelButton()->isVisibleTo(&panel));
            QVERIFY(!panel.pullButton()->isEnabled());
            panel.cancelButton()->click();
        });
        QVERIFY(!ok);
        QVERIFY2(text.contains("ancel"), qPrintable(text));
        QVERIFY(!panel.isSyncing());
        QVERIFY(panel.pullButton()->isEnabled());
    }

    void rejectedPushAndAConflictResolvedInTheDock()
    {
        QVERIFY(m_server.addRepository("desk", {{"a.txt", "a\n"}, {"n.txt", "n\n"}}));
        const QString mine = ourClone("desk");
        KeychainSecretStore store(kService);
        const QString key = fm::studio::git::credentialKey(m_server.url("desk"));
        QVERIFY(waitFor([&](auto done) {
            store.write(key,
                        fm::studio::git::credentialToText(
                            right(), fm::vcs::CredentialRequest::Kind::UserPassword),
                        done);
        }));
        GitPanel panel;
        Asked asked;
        quietPrompts(panel, asked);
        panel.setSecretStore(&store);
        panel.setProject(mine, nullptr);
        QVERIFY(settle(panel));

        QVERIFY(theyPush("desk", {{"a.txt", "a theirs\n"}}));
        QVERIFY(writeText(mine + "/a.txt", "a mine\n"));
        panel.stage({"a.txt"});
        QVERIFY(settle(panel));
        panel.commit("Mine", false);
        QVERIFY(settle(panel));

        auto [ok, text] = syncAndWait(panel, [&] { panel.push(); });
        QVERIFY(!ok);
        QVERIFY2(text.contains("the remote has commits you do not have: fetch (or pull) first"),
                 qPrintable(text));
        QCOMPARE(panel.messageLabel()->text(), text);

        // Pull stops on the conflict; the dock lists it and says what to do.
        std::tie(ok, text) = syncAndWait(panel, [&] { panel.pull(); });
        QVERIFY2(ok, qPrintable(text));
        QVERIFY2(text.startsWith("Pull stopped on conflicts in a.txt"), qPrintable(text));
        QVERIFY(settle(panel));
        QCOMPARE(panel.files(Group::Conflicted), QStringList({"a.txt"}));
        QCOMPARE(panel.commitEditor()->message(),
                 QString("Merge remote-tracking branch 'origin/main'"));
        QTreeWidgetItem *item = itemFor(panel, "a.txt", Group::Conflicted);
        QVERIFY(item);
        std::unique_ptr<QMenu> menu(panel.contextMenuFor(item));
        QVERIFY(menu);
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        QCOMPARE(texts, QStringList({"Use Ours (Keep My Version)",
                                     "Use Theirs (Take the Remote's Version)",
                                     "Mark Resolved (After Editing)"}));

        // Its view is the file with both sides between the markers.
        QVERIFY(panel.selectFile("a.txt", Group::Conflicted));
        QVERIFY(settle(panel));
        const QString shown = panel.diffView()->toPlainText();
        QVERIFY2(shown.startsWith("a.txt is conflicted: yours (ours) above") &&
                     shown.contains("<<<<<<< ") && shown.contains("a mine") &&
                     shown.contains("a theirs"),
                 qPrintable(shown));
        if (const QString shot = qEnvironmentVariable("FM_GIT_SYNC_SCREENSHOT"); !shot.isEmpty()) {
            panel.resize(460, 640);
            panel.show();
            QTest::qWait(200);
            QVERIFY(panel.grab().save(shot));
        }

        // Stage on a conflicted file is Mark Resolved: refused while the markers are there.
        QVERIFY(panel.stageButton()->isEnabled());
        panel.stageButton()->click();
        QVERIFY(settle(panel));
        QVERIFY2(panel.messageLabel()->text().contains("a.txt still has conflict markers"),
                 qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.files(Group::Conflicted), QStringList({"a.txt"}));

        // Mark Resolved refuses while the markers are there; Use Theirs resolves it.
        menu->actions().at(2)->trigger();
        QVERIFY(settle(panel));
        QVERIFY2(panel.messageLabel()->text().contains("still has conflict markers"),
                 qPrintable(panel.messageLabel()->text()));
        QStringList confirmed;
        panel.prompts().confirm = [&](const QString &, const QString &question) {
            confirmed << question;
            return true;
        };
        menu->actions().at(1)->trigger();
        QVERIFY(settle(panel));
        QCOMPARE(confirmed.size(), 1);
        QVERIFY(confirmed.first().contains("Replace a.txt with the remote's version"));
        QCOMPARE(readText(mine + "/a.txt"), QByteArray("a theirs\n"));
        QVERIFY(panel.files(Group::Conflicted).isEmpty());

        panel.commit(panel.commitEditor()->message(), false);
        QVERIFY(settle(panel));
        QCOMPARE(git(mine, {"log", "-1", "--format=%p"}).split(' ').size(), 2);
        std::tie(ok, text) = syncAndWait(panel, [&] { panel.push(); });
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(panel.snapshot().status.ahead, 0);

        // A new branch's first push makes it track the remote's.
        panel.createBranch("feature");
        QVERIFY(settle(panel));
        QVERIFY(writeText(mine + "/f.txt", "f\n"));
        panel.stage({"f.txt"});
        QVERIFY(settle(panel));
        panel.commit("Feature", false);
        QVERIFY(settle(panel));
        QVERIFY(panel.pushButton()->toolTip().contains("and track it"));
        std::tie(ok, text) = syncAndWait(panel, [&] { panel.push(); });
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(text, QString("Pushed feature to origin; it now tracks origin/feature"));
        QCOMPARE(panel.branchLabel()->text(), QString("feature · tracks origin/feature"));
        QCOMPARE(asked.reasons.size(), 0); // the keychain answered every time
    }

    void cloneWorkspace()
    {
        QVERIFY(m_server.addRepository("cloud", {{"m.json", "{}\n"}}));
        KeychainSecretStore store(kService);
        const QString key = fm::studio::git::credentialKey(m_server.url("cloud"));
        waitFor([&](auto done) { store.remove(key, done); });
        QTemporaryDir parent;

        // A wrong token, then the person gives up: no folder, the reason shown.
        CloneDialog dialog(&store);
        QStringList reasons;
        QList<fm::vcs::Credential> answers = {{GitHttpServer::kUser, "wrong", {}, {}}};
        dialog.setAsk([&](const fm::vcs::CredentialRequest &, const QString &reason) {
            reasons << reason;
            return answers.isEmpty() ? std::optional<fm::vcs::Credential>()
                                     : std::optional<fm::vcs::Credential>(answers.takeFirst());
        });
        dialog.setUrl(m_server.url("cloud"));
        QCOMPARE(dialog.nameEdit()->text(), QString("cloud"));
        dialog.setParentFolder(parent.path());
        QCOMPARE(dialog.targetFolder(), parent.path() + "/cloud");
        QSignalSpy failed(&dialog, &CloneDialog::failed);
        QSignalSpy cloned(&dialog, &CloneDialog::cloned);
        dialog.cloneButton()->click();
        QVERIFY(failed.wait(30000));
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.last().contains("refused that user name or token"));
        QCOMPARE(dialog.messageLabel()->text(), QString("Cancelled: no credentials given"));
        QVERIFY(grabFor(dialog, "clone"));
        QVERIFY(!QFileInfo::exists(parent.path() + "/cloud"));

        // The right one: cloned, kept as a workspace, the credential in the keychain.
        answers = {right()};
        dialog.cloneButton()->click();
        QVERIFY(cloned.wait(30000));
        QCOMPARE(cloned.first().at(0).toString(), parent.path() + "/cloud");
        QCOMPARE(readText(parent.path() + "/cloud/m.json"), QByteArray("{}\n"));
        const auto workspaces = fm::studio::git::Workspaces::list();
        QVERIFY(!workspaces.isEmpty());
        QCOMPARE(workspaces.first(), (fm::studio::git::Workspace{"cloud", parent.path() + "/cloud",
                                                                 m_server.url("cloud")}));
        QVERIFY(waitFor([&](auto done) { store.read(key, done); }));

        // Into a folder that is not empty: refused, nothing touched.
        CloneDialog again(&store);
        again.setUrl(m_server.url("cloud"));
        again.setParentFolder(parent.path());
        QSignalSpy refused(&again, &CloneDialog::failed);
        again.startClone();
        QVERIFY(refused.wait(30000));
        QVERIFY2(refused.first().at(0).toString().contains("is not empty"),
                 qPrintable(refused.first().at(0).toString()));
        QCOMPARE(readText(parent.path() + "/cloud/m.json"), QByteArray("{}\n"));
        QCOMPARE(fm::studio::git::Workspaces::nameFromUrl("git@host.example:team/shop.git"),
                 QString("shop"));
    }

    // Over SSH: the unknown host asked about once (with the fingerprint ssh-keygen prints),
    // the key file and passphrase asked once and kept in the keychain; then the dock pushes
    // without asking. A host whose key changed afterwards is refused without asking.
    void cloneAndPushOverSsh()
    {
        fm::test::GitSshServer ssh;
        QString why = ssh.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(ssh.makeKey("user_key", "open sesame").isEmpty());
        QVERIFY(ssh.authorize("user_key"));
        QVERIFY(ssh.addRepository("remote", {{"r.txt", "r\n"}}));
        KeychainSecretStore store(kService);
        QTemporaryDir parent;

        CloneDialog dialog(&store);
        QStringList trusted;
        QList<fm::vcs::CredentialRequest> requests;
        dialog.setTrustHostKey([&](const QString &host, const QString &fingerprint) {
            trusted << host + ' ' + fingerprint;
            return true;
        });
        const fm::vcs::Credential key{{}, "open sesame", ssh.keyPath("user_key"), {}};
        dialog.setAsk([&](const fm::vcs::CredentialRequest &request, const QString &) {
            requests << request;
            return std::optional<fm::vcs::Credential>(key);
        });
        dialog.setUrl(ssh.url("remote"));
        dialog.setParentFolder(parent.path());
        QSignalSpy cloned(&dialog, &CloneDialog::cloned);
        QSignalSpy failed(&dialog, &CloneDialog::failed);
        dialog.startClone();
        QVERIFY(QTest::qWaitFor([&] { return !cloned.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(trusted, QStringList({"127.0.0.1 " + ssh.hostFingerprint()}));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().kind, fm::vcs::CredentialRequest::Kind::SshKey);
        QVERIFY(fm::studio::git::SyncRunner::trustedHostKeys().contains("127.0.0.1"));
        auto saved = waitFor([&](auto done) {
            store.read(fm::studio::git::credentialKey(ssh.url("remote")), done);
        });
        QVERIFY(saved && saved->contains("\"kind\":\"ssh\"") && saved->contains("open sesame"));

        const QString folder = parent.path() + "/remote";
        git(folder, {"config", "user.name", "Ada Tester"});
        git(folder, {"config", "user.email", "ada@example.com"});
        GitPanel panel;
        Asked asked;
        quietPrompts(panel, asked);
        panel.prompts().trustHostKey = [&](const QString &, const QString &) {
            trusted << "asked again";
            return false;
        };
        panel.setSecretStore(&store);
        panel.setProject(folder, nullptr);
        QVERIFY(settle(panel));
        QVERIFY(writeText(folder + "/s.txt", "s\n"));
        panel.stage({"s.txt"});
        QVERIFY(settle(panel));
        panel.commit("Over SSH", false);
        QVERIFY(settle(panel));
        auto [ok, text] = syncAndWait(panel, [&] { panel.push(); });
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(asked.reasons.size(), 0);
        QCOMPARE(trusted.size(), 1);
        QCOMPARE(git(ssh.repositories() + "/remote.git", {"show", "main:s.txt"}), QString("s"));

        // Another server answers on 127.0.0.1 with another key: refused, not asked.
        fm::test::GitSshServer impostor;
        why = impostor.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(impostor.addRepository("remote", {{"r.txt", "r\n"}}));
        CloneDialog again(&store);
        again.setTrustHostKey([&](const QString &, const QString &) {
            trusted << "impostor";
            return true;
        });
        again.setAsk([&](const fm::vcs::CredentialRequest &, const QString &) {
            return std::optional<fm::vcs::Credential>(key);
        });
        again.setUrl(impostor.url("remote"));
        again.setParentFolder(parent.path());
        again.nameEdit()->setText("impostor");
        QSignalSpy refused(&again, &CloneDialog::failed);
        again.startClone();
        QVERIFY(refused.wait(30000));
        QVERIFY2(refused.first().at(0).toString().contains("changed since you trusted it"),
                 qPrintable(refused.first().at(0).toString()));
        QCOMPARE(trusted.size(), 1);
        QVERIFY(!QFileInfo::exists(parent.path() + "/impostor"));
    }

    // The dialog behind askCredential: the reason on top, a user and token for HTTPS, a key
    // file and passphrase for SSH.
    void credentialDialog()
    {
        fm::studio::git::CredentialDialog https(
            {fm::vcs::CredentialRequest::Kind::UserPassword, "https://git.example.com/shop.git",
             "alice"},
            "The server refused that user name or token. Enter them again.");
        QCOMPARE(https.reasonLabel()->text(),
                 QString("The server refused that user name or token. Enter them again."));
        QCOMPARE(https.userEdit()->text(), QString("alice"));
        QCOMPARE(https.secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(https.keyEdit()->isHidden());
        https.secretEdit()->setText("tok en");
        QVERIFY(grabFor(https, "credential"));
        QCOMPARE(https.credential(), (fm::vcs::Credential{"alice", "tok en", {}, {}}));

        fm::studio::git::CredentialDialog ssh(
            {fm::vcs::CredentialRequest::Kind::SshKey, "ssh://git@host/shop.git", "git"},
            "ssh://git@host/shop.git wants an SSH key.");
        QVERIFY(ssh.userEdit()->isHidden());
        QVERIFY(!ssh.keyEdit()->isHidden());
        ssh.keyEdit()->setText("/keys/id_ed25519");
        ssh.secretEdit()->setText("phrase");
        QCOMPARE(ssh.credential(), (fm::vcs::Credential{"git", "phrase", "/keys/id_ed25519", {}}));
    }

    // The window: Git > Fetch / Pull / Push, File > Clone Workspace… and File > Workspaces
    // (the workspace cloned above), and Clone Workspace… on the start page.
    void inTheWindow()
    {
        fm::studio::MainWindow window;
        fm::studio::ActionRegistry &reg = *window.actionRegistry();
        for (const char *id : {"Git.Fetch", "Git.Pull", "Git.Push", "Git.CloneWorkspace"})
            QVERIFY2(reg.action(id), id);
        QCOMPARE(reg.action("Git.CloneWorkspace")->text(), QString("Clone &Workspace…"));
        QMenu *workspaces = reg.menu("Menu.Workspaces");
        QVERIFY(workspaces);
        emit workspaces->aboutToShow();
        QStringList entries;
        for (QAction *action : workspaces->actions())
            entries << action->text();
        QVERIFY2(entries.contains(QString("cloud — %1").arg(m_server.url("cloud"))),
                 qPrintable(entries.join('\n')));
        auto *button = window.findChild<QPushButton *>("cloneWorkspace");
        QVERIFY(button);
        QCOMPARE(button->text(), QString("Clone Workspace…"));
    }
};

FM_KEYRING_TEST_MAIN(TestGitSyncDock)
#include "tst_git_sync.moc"
