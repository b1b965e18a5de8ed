// SPDX-License-Identifier: MIT
#include "auth/tokens.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using fm::core::Tokens;

class TestTokens final : public QObject
{
    Q_OBJECT

private slots:
    void generate();
    void storedForm_data();
    void storedForm();
    void storedFormRefused_data();
    void storedFormRefused();
    void equal_data();
    void equal();
};

void TestTokens::generate()
{
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString token = Tokens::generate();
        QVERIFY2(base64url.match(token).hasMatch(), qPrintable(token));
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 Tokens::kTokenBytes);
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 200);
}

void TestTokens::storedForm_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");
    // BLAKE2b-256("abc"), the RFC 7693 test input, unkeyed.
    QTest::newRow("abc") << "abc" << QByteArray()
                         << "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319";
}

void TestTokens::storedForm()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);
    auto stored = Tokens::storedForm(token, key);
    QVERIFY(stored);
    QCOMPARE(*stored, expected);

    // A key changes the stored form; the same key gives the same form again.
    const QByteArray siteKey(32, 'k');
    auto keyed = Tokens::storedForm(token, siteKey);
    QVERIFY(keyed);
    QCOMPARE(keyed->size(), 64);
    QVERIFY(*keyed != *stored);
    QCOMPARE(*Tokens::storedForm(token, siteKey), *keyed);
    QVERIFY(*Tokens::storedForm(token, QByteArray(32, 'j')) != *keyed);
    QVERIFY(*Tokens::storedForm(token + QLatin1Char('x')) != *stored);
}

void TestTokens::storedFormRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty token") << QString() << QByteArray();
    QTest::newRow("short key") << "abc" << QByteArray(15, 'k');
    QTest::newRow("long key") << "abc" << QByteArray(65, 'k');
}

void TestTokens::storedFormRefused()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, key);
    auto stored = Tokens::storedForm(token, key);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code(), fm::ErrorCode::BadRequest);
}

void TestTokens::equal_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const QString x = *Tokens::storedForm(QStringLiteral("one"));
    const QString y = *Tokens::storedForm(QStringLiteral("two"));
    QTest::newRow("same") << x << x << true;
    QTest::newRow("different") << x << y << false;
    QTest::newRow("last digit") << x << x.left(63) + (x.endsWith(u'0') ? u'1' : u'0') << false;
    QTest::newRow("prefix") << x << x.left(32) << false;
    QTest::newRow("empty") << x << QString() << false;
}

void TestTokens::equal()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Tokens::equal(a, b), same);
    QCOMPARE(Tokens::equal(b, a), same);
}

QTEST_APPLESS_MAIN(TestTokens)
#include "tst_tokens.moc"
