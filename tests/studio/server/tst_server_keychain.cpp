// SPDX-License-Identifier: MIT
// The system keychain through QtKeychain, on a real Secret Service: with-keyring.sh runs
// this test in its own D-Bus session with an unlocked GNOME Keyring. Then creating a site:
// the password lands in the keychain and in no file; a keychain that refuses leaves no site.
#include "server/secretstore.h"
#include "server/sitecreator.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using fm::studio::KeychainSecretStore;
using fm::studio::SecretStore;
using fm::studio::SiteCreator;

namespace {

// Waits for one asynchronous store call.
fm::Result<QString> wait(const std::function<void(SecretStore::Done)> &call)
{
    std::optional<fm::Result<QString>> result;
    call([&result](const fm::Result<QString> &r) { result = r; });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20000)
        QTest::qWait(10);
    return result.value_or(fm::fail(fm::ErrorCode::Internal, QStringLiteral("no answer")));
}

// A keychain that says no, as a locked one whose unlock the user cancels does.
class RefusingStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    int removed = 0;
    void write(const QString &, const QString &, Done done) override
    {
        done(fm::fail(fm::ErrorCode::Io, QStringLiteral("the keychain is locked")));
    }
    void read(const QString &, Done done) override { done(QString()); }
    void remove(const QString &, Done done) override
    {
        ++removed;
        done(QString());
    }
    QString serviceName() const override { return QStringLiteral("refusing"); }
};

} // namespace

class TestServerKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { studiotest::isolateSettings(); }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("Framework M Studio tests"));
        const QString key = QStringLiteral("/tmp/p/sites/demo: Administrator");
        auto written = wait([&](auto done) { store.write(key, QStringLiteral("s3cret"), done); });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        auto read = wait([&](auto done) { store.read(key, done); });
        QVERIFY(read);
        QCOMPARE(*read, QStringLiteral("s3cret"));
        QVERIFY(wait([&](auto done) { store.remove(key, done); }));
        auto gone = wait([&](auto done) { store.read(key, done); });
        QVERIFY(!gone); // an entry that is not there is an error, with a message
        QVERIFY(gone.error().message().contains(QStringLiteral("keychain")));
    }

    void keysAreProjectAndSite()
    {
        QCOMPARE(fm::studio::adminPasswordKey(QStringLiteral("/work/shop"), QStringLiteral("dev")),
                 QStringLiteral("/work/shop/sites/dev: Administrator"));
        QVERIFY(fm::studio::adminPasswordKey(QStringLiteral("/a"), QStringLiteral("x")) !=
                fm::studio::adminPasswordKey(QStringLiteral("/b"), QStringLiteral("x")));
    }

    void generatedPasswords()
    {
        const QString one = SiteCreator::generatePassword();
        QCOMPARE(one.size(), 24);
        QVERIFY(one != SiteCreator::generatePassword());
    }

    void createSiteKeepsThePasswordInTheKeychainOnly()
    {
        servertest::Project project;
        QVERIFY(project.create(false));
        KeychainSecretStore store(QStringLiteral("Framework M Studio tests"));
        SiteCreator creator(&store);
        QSignalSpy created(&creator, &SiteCreator::created);
        QSignalSpy failed(&creator, &SiteCreator::failed);
        creator.create(project.root, QStringLiteral("demo"));
        QVERIFY(creator.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!creator.isRunning(), 30000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(created.size(), 1);
        const QString key = created.first().at(1).toString();
        QCOMPARE(key, fm::studio::adminPasswordKey(project.root, QStringLiteral("demo")));
        QVERIFY(
            QFileInfo::exists(QDir(project.root).filePath(QStringLiteral("sites/demo/site.json"))));
        auto password = wait([&](auto done) { store.read(key, done); });
        QVERIFY(password);
        QCOMPARE(password->size(), 24);
        QVERIFY(!servertest::anyFileContains(project.root, password->toUtf8()));
        QCOMPARE(project.pendingSteps(), 0); // created migrated
        QVERIFY(wait([&](auto done) { store.remove(key, done); }));
    }

    void createSiteRefusals()
    {
        servertest::Project project;
        QVERIFY(project.create(true)); // "demo" is there
        KeychainSecretStore store(QStringLiteral("Framework M Studio tests"));
        SiteCreator creator(&store);
        QSignalSpy failed(&creator, &SiteCreator::failed);

        creator.create(project.root, QStringLiteral("Bad Name"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("not a valid site name")));

        // A site already there: refused by the scaffold, and its password is removed again.
        creator.create(project.root, QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 30000);
        const QString key = fm::studio::adminPasswordKey(project.root, QStringLiteral("demo"));
        QVERIFY(!wait([&](auto done) { store.read(key, done); }));

        // The keychain refuses: nothing is created.
        RefusingStore refusing;
        SiteCreator refused(&refusing);
        QSignalSpy refusedSpy(&refused, &SiteCreator::failed);
        refused.create(project.root, QStringLiteral("staging"));
        QTRY_COMPARE(refusedSpy.size(), 1);
        QVERIFY(refusedSpy.first().at(1).toString().contains(QStringLiteral("locked")));
        QVERIFY(!QFileInfo::exists(QDir(project.root).filePath(QStringLiteral("sites/staging"))));
    }
};

FM_KEYRING_TEST_MAIN(TestServerKeychain)
#include "tst_server_keychain.moc"
