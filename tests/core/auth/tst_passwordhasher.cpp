// SPDX-License-Identifier: MIT
#include "auth/passwordhasher.h"

#include <QTest>

using fm::core::PasswordHasher;

class TestPasswordHasher final : public QObject
{
    Q_OBJECT

private slots:
    void verify_data();
    void verify();
    void hashRefused_data();
    void hashRefused();
    void saltedAndCurrent();
    void needsRehash_data();
    void needsRehash();
};

void TestPasswordHasher::verify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("same") << "correct horse"
                          << "correct horse" << true;
    QTest::newRow("unicode") << QStringLiteral("pässwörd ✓") << QStringLiteral("pässwörd ✓")
                             << true;
    QTest::newRow("wrong") << "correct horse"
                           << "correct horsf" << false;
    QTest::newRow("case") << "Secret"
                          << "secret" << false;
    QTest::newRow("prefix") << "secret"
                            << "secre" << false;
    QTest::newRow("trailing space") << "secret"
                                    << "secret " << false;
    QTest::newRow("empty attempt") << "secret"
                                   << "" << false;
}

void TestPasswordHasher::verify()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, accepted);
    auto hash = PasswordHasher::hash(password);
    QVERIFY2(hash, qPrintable(hash ? QString() : hash.error().message()));
    QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash->contains(password));
    QCOMPARE(PasswordHasher::verify(attempt, *hash), accepted);
}

void TestPasswordHasher::hashRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("empty") << QString();
    QTest::newRow("too long") << QString(PasswordHasher::kMaxLength + 1, QLatin1Char('a'));
}

void TestPasswordHasher::hashRefused()
{
    QFETCH(QString, password);
    auto hash = PasswordHasher::hash(password);
    QVERIFY(!hash);
    QCOMPARE(hash.error().code(), fm::ErrorCode::Validation);
}

void TestPasswordHasher::saltedAndCurrent()
{
    auto first = PasswordHasher::hash(QStringLiteral("secret"));
    auto second = PasswordHasher::hash(QStringLiteral("secret"));
    QVERIFY(first && second);
    QVERIFY(*first != *second); // a fresh salt each time
    QVERIFY(PasswordHasher::verify(QStringLiteral("secret"), *second));
    QVERIFY(!PasswordHasher::needsRehash(*first));
    QVERIFY(PasswordHasher::isHash(*first));
}

void TestPasswordHasher::needsRehash_data()
{
    QTest::addColumn<QString>("hash");
    // Same password ("secret") hashed with weaker limits (m=8 MiB, t=1): still verifies,
    // but is due for a rehash.
    QTest::newRow("weaker limits")
        << QStringLiteral("$argon2id$v=19$m=8192,t=1,p=1$GMM19B9w4jP06oAlhex5fA$"
                          "oYmURPYSCgCrKlzFh7IZlRKnqyE596TV6oYgy9sBvyM");
    QTest::newRow("not a hash") << QStringLiteral("secret");
    QTest::newRow("empty") << QString();
    QTest::newRow("argon2i") << QStringLiteral("$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA");
}

void TestPasswordHasher::needsRehash()
{
    QFETCH(QString, hash);
    QVERIFY(PasswordHasher::needsRehash(hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("wrong"), hash));
    // An old hash keeps working until it is replaced: its limits are read from it.
    QCOMPARE(PasswordHasher::verify(QStringLiteral("secret"), hash),
             QByteArray(QTest::currentDataTag()) == "weaker limits");
}

QTEST_APPLESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
