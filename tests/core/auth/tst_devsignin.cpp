// SPDX-License-Identifier: MIT
// DevSignIn: the secret traded for a one-time, short-lived token; safe `next` paths.
#include "auth/devsignin.h"

#include <QSet>
#include <QTest>

using fm::ErrorCode;
using fm::core::DevSignIn;

namespace {

const QByteArray kSecret = "0123456789abcdef0123456789abcdef";
const QString kUser = QStringLiteral("Administrator");

} // namespace

class TestDevSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void tradeAndRedeemOnce();
    void refusedSecrets_data();
    void refusedSecrets();
    void expires_data();
    void expires();
    void unknownTokens_data();
    void unknownTokens();
    void tokensAreDistinct();
    void pendingIsBounded();
    void safeNextPath_data();
    void safeNextPath();
};

void TestDevSignIn::tradeAndRedeemOnce()
{
    DevSignIn signIn(kSecret);
    auto grant = signIn.issue(kSecret, kUser);
    QVERIFY2(grant, qPrintable(grant ? QString() : grant.error().message()));
    QCOMPARE(grant->user, kUser);
    QCOMPARE(grant->expiresIn, DevSignIn::kLifetime);
    QCOMPARE(grant->token.size(), 43);
    auto user = signIn.redeem(grant->token);
    QVERIFY(user);
    QCOMPARE(*user, kUser);
    // Once only.
    auto again = signIn.redeem(grant->token);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::Unauthorized);
    QVERIFY(again.error().message().contains(QStringLiteral("already used")));
}

void TestDevSignIn::refusedSecrets_data()
{
    QTest::addColumn<QByteArray>("configured");
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("off") << QByteArray() << kSecret << ErrorCode::PermissionDenied
                         << QStringLiteral("FM_DEV_SIGNIN_SECRET");
    QTest::newRow("off, nothing offered")
        << QByteArray() << QByteArray() << ErrorCode::PermissionDenied
        << QStringLiteral("m start --dev");
    QTest::newRow("too short") << QByteArray("short") << QByteArray("short")
                               << ErrorCode::PermissionDenied << QStringLiteral("5 bytes");
    QTest::newRow("wrong") << kSecret << QByteArray("0123456789abcdef0123456789abcdeX")
                           << ErrorCode::Unauthorized << QStringLiteral("not the one");
    QTest::newRow("prefix") << kSecret << kSecret.left(16) << ErrorCode::Unauthorized
                            << QStringLiteral("not the one");
    QTest::newRow("longer") << kSecret << kSecret + "0" << ErrorCode::Unauthorized
                            << QStringLiteral("not the one");
    QTest::newRow("empty") << kSecret << QByteArray() << ErrorCode::Unauthorized
                           << QStringLiteral("not the one");
}

void TestDevSignIn::refusedSecrets()
{
    QFETCH(QByteArray, configured);
    QFETCH(QByteArray, offered);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    DevSignIn signIn(configured);
    auto grant = signIn.issue(offered, kUser);
    QVERIFY(!grant);
    QCOMPARE(grant.error().code(), code);
    QVERIFY2(grant.error().message().contains(says), qPrintable(grant.error().message()));
    // The message never repeats the secret.
    if (!configured.isEmpty())
        QVERIFY(!grant.error().message().contains(QString::fromLatin1(configured)));
}

void TestDevSignIn::expires_data()
{
    QTest::addColumn<qint64>("after");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("at once") << qint64(0) << true;
    QTest::newRow("just in time") << qint64(59999) << true;
    QTest::newRow("at the lifetime") << qint64(60000) << false;
    QTest::newRow("long after") << qint64(3600000) << false;
}

void TestDevSignIn::expires()
{
    QFETCH(qint64, after);
    QFETCH(bool, accepted);
    qint64 now = 1000;
    DevSignIn signIn(kSecret, [&now] { return now; });
    auto grant = signIn.issue(kSecret, kUser);
    QVERIFY(grant);
    now += after;
    auto user = signIn.redeem(grant->token);
    QCOMPARE(bool(user), accepted);
    if (!accepted) {
        QCOMPARE(user.error().code(), ErrorCode::Unauthorized);
        QVERIFY(user.error().message().contains(QStringLiteral("60 seconds")));
    }
}

void TestDevSignIn::unknownTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("made up") << QStringLiteral("not-a-token");
    QTest::newRow("right length") << QString(43, u'A');
}

void TestDevSignIn::unknownTokens()
{
    QFETCH(QString, token);
    DevSignIn signIn(kSecret);
    QVERIFY(signIn.issue(kSecret, kUser)); // one pending that is not this one
    auto user = signIn.redeem(token);
    QVERIFY(!user);
    QCOMPARE(user.error().code(), ErrorCode::Unauthorized);
}

void TestDevSignIn::tokensAreDistinct()
{
    DevSignIn signIn(kSecret);
    QSet<QString> tokens;
    for (int i = 0; i < 10; ++i)
        tokens.insert(signIn.issue(kSecret, kUser)->token);
    QCOMPARE(tokens.size(), 10);
    // Each works once, in any order.
    for (const QString &token : std::as_const(tokens))
        QVERIFY(signIn.redeem(token));
}

void TestDevSignIn::pendingIsBounded()
{
    qint64 now = 0;
    DevSignIn signIn(kSecret, [&now] { return now; });
    QList<QString> tokens;
    for (int i = 0; i < DevSignIn::kMaxPending + 3; ++i) {
        ++now;
        tokens << signIn.issue(kSecret, kUser)->token;
    }
    // The oldest three made room for the newest.
    for (int i = 0; i < 3; ++i)
        QVERIFY(!signIn.redeem(tokens.at(i)));
    for (int i = 3; i < tokens.size(); ++i)
        QVERIFY2(signIn.redeem(tokens.at(i)), qPrintable(QString::number(i)));
}

void TestDevSignIn::safeNextPath_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected"); // null: refused
    QTest::newRow("empty") << QString() << QStringLiteral("/");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/");
    QTest::newRow("desk") << QStringLiteral("/desk") << QStringLiteral("/desk");
    QTest::newRow("query and fragment")
        << QStringLiteral("/desk/note?view=list#top") << QStringLiteral("/desk/note?view=list#top");
    QTest::newRow("encoded") << QStringLiteral("/desk/Sales%20Order")
                             << QStringLiteral("/desk/Sales%20Order");
    QTest::newRow("protocol-relative") << QStringLiteral("//evil.example/x") << QString();
    QTest::newRow("backslash") << QStringLiteral("/\\evil.example") << QString();
    QTest::newRow("absolute") << QStringLiteral("https://evil.example/") << QString();
    QTest::newRow("scheme only") << QStringLiteral("javascript:alert(1)") << QString();
    QTest::newRow("relative") << QStringLiteral("desk") << QString();
    QTest::newRow("newline") << QStringLiteral("/desk\r\nSet-Cookie: x=1") << QString();
    QTest::newRow("tab") << QStringLiteral("/\t/evil.example") << QString();
    QTest::newRow("too long") << QStringLiteral("/") + QString(3000, u'a') << QString();
}

void TestDevSignIn::safeNextPath()
{
    QFETCH(QString, next);
    QFETCH(QString, expected);
    auto path = DevSignIn::safeNextPath(next);
    if (expected.isNull()) {
        QVERIFY2(!path, qPrintable(path ? *path : QString()));
        QCOMPARE(path.error().code(), ErrorCode::BadRequest);
        QVERIFY(path.error().message().contains(QStringLiteral("like /desk")));
        return;
    }
    QVERIFY2(path, qPrintable(path ? QString() : path.error().message()));
    QCOMPARE(*path, expected);
}

QTEST_APPLESS_MAIN(TestDevSignIn)
#include "tst_devsignin.moc"
