// SPDX-License-Identifier: MIT
// PasswordLogin: the stored argon2id hash, read past DocumentService, decides a login.
#include "auth/passwordhasher.h"
#include "auth/passwordlogin.h"
#include "authfixture.h"

#include <QElapsedTimer>

using fm::ErrorCode;
using fm::core::PasswordLogin;
using fm::core::Principal;

class TestPasswordLogin final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verify_data();
    void verify();
    void sameAnswerAndTimeForUnknownUser();
    void principalFromRecord();
    void change_data();
    void change();

private:
    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<PasswordLogin> m_login;
};

void TestPasswordLogin::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    QVERIFY(addAuthUsers(*m_site->service));
    m_login = std::make_unique<PasswordLogin>(*m_site->pool, *m_site->service);
}

void TestPasswordLogin::cleanup()
{
    m_login.reset();
    m_site.reset();
}

void TestPasswordLogin::verify_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("user"); // empty: refused
    QTest::newRow("user name") << kAnn << kAnnPassword << kAnn;
    QTest::newRow("e-mail") << "Ann@Example.com" << kAnnPassword << kAnn;
    QTest::newRow("e-mail in other case") << "ann@EXAMPLE.com" << kAnnPassword << kAnn;
    QTest::newRow("spaces around the login") << " bob " << kBobPassword << kBob;
    QTest::newRow("wrong password") << kAnn << kBobPassword << "";
    QTest::newRow("password in other case") << kAnn << kAnnPassword.toUpper() << "";
    QTest::newRow("empty password") << kAnn << ""
                                    << "";
    QTest::newRow("unknown user") << "carol" << kAnnPassword << "";
    QTest::newRow("unknown e-mail") << "carol@example.com" << kAnnPassword << "";
    QTest::newRow("empty login") << "" << kAnnPassword << "";
    QTest::newRow("user name in other case") << "ANN" << kAnnPassword << "";
    QTest::newRow("the stored hash as password") << kAnn << "hash"
                                                 << "";
    QTest::newRow("disabled user") << "disabled" << kBobPassword << "";
    QTest::newRow("deleted user") << "deleted" << kBobPassword << "";
}

void TestPasswordLogin::verify()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, user);
    if (login == u"disabled") {
        QVERIFY(setEnabled(*m_site->service, kBob, false));
        login = kBob;
    } else if (login == u"deleted") {
        QVERIFY(m_site->service->remove(QStringLiteral("User"), kBob));
        login = kBob;
    }
    if (password == u"hash") {
        auto record = m_login->users().find(kAnn);
        QVERIFY(record && record->has_value());
        password = (*record)->passwordHash;
        QVERIFY(fm::core::PasswordHasher::isHash(password));
    }
    auto verified = m_login->verify(login, password);
    QCOMPARE(bool(verified), !user.isEmpty());
    if (verified) {
        QCOMPARE(verified->name, user);
        QVERIFY(verified->enabled);
        return;
    }
    QCOMPARE(verified.error().code(), ErrorCode::InvalidCredentials);
    QCOMPARE(verified.error().message(),
             QStringLiteral("the user name (or e-mail) or the password is wrong; check both and "
                            "try again"));
}

void TestPasswordLogin::sameAnswerAndTimeForUnknownUser()
{
    // Warm up (the dummy hash is made on first use).
    (void)m_login->verify(QStringLiteral("nobody"), QStringLiteral("x"));
    const auto timed = [this](const QString &login) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i)
            (void)m_login->verify(login, QStringLiteral("wrong-password"));
        return timer.elapsed();
    };
    const qint64 known = timed(kAnn);
    const qint64 unknown = timed(QStringLiteral("nobody"));
    // Both check one argon2id hash; an unknown user is not answered in a fraction of it.
    QVERIFY2(unknown * 2 > known && known * 2 > unknown,
             qPrintable(QStringLiteral("known %1 ms, unknown %2 ms").arg(known).arg(unknown)));
    QCOMPARE(m_login->verify(kAnn, QStringLiteral("x")).error().toJson(),
             m_login->verify(QStringLiteral("nobody"), QStringLiteral("x")).error().toJson());
}

void TestPasswordLogin::principalFromRecord()
{
    auto record = m_login->verify(kAnn, kAnnPassword);
    QVERIFY(record);
    QCOMPARE(record->email, QStringLiteral("Ann@Example.com"));
    QCOMPARE(record->fullName, QStringLiteral("Ann A"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Principal p = fm::core::UserDirectory::principal(*record, Principal::Method::Basic, now);
    QCOMPARE(p.user, kAnn);
    QCOMPARE(p.roles, (QStringList{"Support", Principal::kAllRole}));
    QCOMPARE(p.method, Principal::Method::Basic);
    QCOMPARE(p.authenticatedAt, now);
    QVERIFY(!p.isAdministrator());
}

void TestPasswordLogin::change_data()
{
    QTest::addColumn<QString>("newPassword");
    QTest::addColumn<QString>("fieldCode"); // empty: accepted
    QTest::newRow("good") << "a-new-password"
                          << "";
    QTest::newRow("exactly the minimum") << QString(PasswordLogin::kMinLength, u'p') << "";
    QTest::newRow("too short") << QString(PasswordLogin::kMinLength - 1, u'p') << "too_short";
    QTest::newRow("empty") << ""
                           << "too_short";
    QTest::newRow("too long") << QString(1025, u'p') << "too_long";
    QTest::newRow("a hash") << "$argon2id$v=19$m=65536,t=2,p=1$abc$def"
                            << "invalid";
}

void TestPasswordLogin::change()
{
    QFETCH(QString, newPassword);
    QFETCH(QString, fieldCode);
    auto changed = m_login->change(kAnn, newPassword);
    QCOMPARE(bool(changed), fieldCode.isEmpty());
    if (changed) {
        QVERIFY(m_login->verify(kAnn, newPassword));
        QVERIFY(!m_login->verify(kAnn, kAnnPassword));
        return;
    }
    QCOMPARE(changed.error().code(), ErrorCode::Validation);
    QCOMPARE(changed.error().fields().size(), 1);
    QCOMPARE(changed.error().fields().first().field, QStringLiteral("new_password"));
    QCOMPARE(changed.error().fields().first().code, fieldCode);
    QVERIFY(m_login->verify(kAnn, kAnnPassword)); // unchanged
}

QTEST_MAIN(TestPasswordLogin)
#include "tst_passwordlogin.moc"
