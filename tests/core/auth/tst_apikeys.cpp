// SPDX-License-Identifier: MIT
// ApiKeys: key + secret shown once, the secret stored as a hash.
#include "auth/apikeys.h"
#include "auth/tokens.h"
#include "authfixture.h"
#include "data/fieldvalidator.h"

#include <QSet>

using fm::ErrorCode;
using fm::core::ApiKeys;
using fm::core::Principal;

class TestApiKeys final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createStoresOnlyTheHash();
    void createRefusesAPastExpiry();
    void listAndRevoke();
    void verify_data();
    void verify();

private:
    bool expireNow(const QString &id);

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<ApiKeys> m_keys;
};

void TestApiKeys::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    QVERIFY(addAuthUsers(*m_site->service));
    m_keys = std::make_unique<ApiKeys>(*m_site->pool, *m_site->service);
}

void TestApiKeys::cleanup()
{
    m_keys.reset();
    m_site.reset();
}

void TestApiKeys::createStoresOnlyTheHash()
{
    auto created = m_keys->create(kAnn);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toText()));
    QCOMPARE(created->key.size(), 20);
    QCOMPARE(created->secret.size(), 43);
    QVERIFY(!created->key.contains(u':'));
    QVERIFY(!created->expires.isValid());
    auto row = m_site->service->get(QStringLiteral("API Key"), created->id);
    QVERIFY(row);
    QCOMPARE(row->string("user"), kAnn);
    QCOMPARE(row->string("key"), created->key);
    QCOMPARE(row->string("secret_hash"), *fm::core::Tokens::storedForm(created->secret));
    for (const QVariant &value : row->values())
        QVERIFY(value.toString() != created->secret);
    QVERIFY(m_keys->create(kAnn)->key != created->key);
    auto nobody = m_keys->create(QStringLiteral("nobody"));
    QVERIFY(!nobody);
}

bool TestApiKeys::expireNow(const QString &id)
{
    fm::core::Document row(QStringLiteral("API Key"));
    row.setName(id);
    row.setValue(QStringLiteral("expires"), fm::core::FieldValidator::canonicalDatetime(
                                                QDateTime::currentDateTimeUtc().addSecs(-1)));
    return bool(m_site->service->update(row));
}

void TestApiKeys::createRefusesAPastExpiry()
{
    auto refused = m_keys->create(kAnn, QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Validation);
    QVERIFY(refused.error().message().contains(QStringLiteral("in the past")));
    QCOMPARE(m_keys->list(kAnn)->size(), 0);
}

// A user's keys: listed without secrets, newest first, expired ones marked; revoked one
// by one (only their own: another user's id answers like an unknown one) or all at once.
void TestApiKeys::listAndRevoke()
{
    auto first = m_keys->create(kAnn);
    auto second = m_keys->create(kAnn, QDateTime::currentDateTimeUtc().addDays(30));
    auto bobs = m_keys->create(kBob);
    QVERIFY(first && second && bobs);
    QVERIFY(expireNow(first->id));
    auto listed = m_keys->list(kAnn);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QSet<QString> ids{listed->at(0).id, listed->at(1).id};
    QCOMPARE(ids, (QSet<QString>{first->id, second->id}));
    for (const fm::core::ApiKeyInfo &key : *listed) {
        QCOMPARE(key.expired, key.id == first->id);
        QVERIFY(key.created.isValid());
        QVERIFY(key.expires.isValid());
    }

    auto foreign = m_keys->revoke(kAnn, bobs->id);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().code(), ErrorCode::NotFound);
    auto unknown = m_keys->revoke(kAnn, QStringLiteral("no-such-key"));
    QString foreignText = foreign.error().message();
    QString unknownText = unknown.error().message();
    QCOMPARE(foreignText.replace(bobs->id, "<id>"), unknownText.replace("no-such-key", "<id>"));
    QVERIFY(m_keys->verify(bobs->key, bobs->secret));

    QVERIFY(m_keys->revoke(kAnn, second->id));
    QVERIFY(!m_keys->verify(second->key, second->secret));
    QCOMPARE(m_keys->list(kAnn)->size(), 1);
    QCOMPARE(*m_keys->revokeAll(kAnn), 1);
    QCOMPARE(m_keys->list(kAnn)->size(), 0);
    QCOMPARE(m_keys->list(kBob)->size(), 1);
}

void TestApiKeys::verify_data()
{
    QTest::addColumn<QString>("credentials"); // how to build "key:secret"
    QTest::addColumn<bool>("ok");
    QTest::newRow("key:secret") << "good" << true;
    QTest::newRow("wrong secret") << "wrong secret" << false;
    QTest::newRow("unknown key") << "unknown key" << false;
    QTest::newRow("secret of another key") << "swapped" << false;
    QTest::newRow("no colon") << "no colon" << false;
    QTest::newRow("empty secret") << "empty secret" << false;
    QTest::newRow("empty key") << "empty key" << false;
    QTest::newRow("expired") << "expired" << false;
    QTest::newRow("not yet expired") << "future" << true;
    QTest::newRow("user disabled") << "disabled" << false;
}

void TestApiKeys::verify()
{
    QFETCH(QString, credentials);
    QFETCH(bool, ok);
    QDateTime expires;
    if (credentials == u"expired" || credentials == u"future")
        expires = QDateTime::currentDateTimeUtc().addSecs(60);
    auto key = m_keys->create(kAnn, expires);
    auto other = m_keys->create(kBob);
    QVERIFY(key && other);
    if (credentials == u"expired") // create() refuses a past expiry: the clock moved on
        QVERIFY(expireNow(key->id));
    QString given = key->key + u':' + key->secret;
    if (credentials == u"wrong secret")
        given = key->key + u':' + fm::core::Tokens::generate();
    else if (credentials == u"unknown key")
        given = QStringLiteral("unknownkey0000000000:") + key->secret;
    else if (credentials == u"swapped")
        given = key->key + u':' + other->secret;
    else if (credentials == u"no colon")
        given = key->key + key->secret;
    else if (credentials == u"empty secret")
        given = key->key + u':';
    else if (credentials == u"empty key")
        given = u':' + key->secret;
    else if (credentials == u"disabled")
        QVERIFY(setEnabled(*m_site->service, kAnn, false));

    auto principal = m_keys->verify(given);
    QCOMPARE(bool(principal), ok);
    if (ok) {
        QCOMPARE(principal->user, kAnn);
        QCOMPARE(principal->method, Principal::Method::ApiKey);
        QCOMPARE(principal->roles, (QStringList{"Support", Principal::kAllRole}));
        QVERIFY(!principal->authenticatedAt.isValid()); // a key never counts as a recent login
        QCOMPARE(m_keys->verify(other->key, other->secret)->user, kBob);
        return;
    }
    QCOMPARE(principal.error().code(), ErrorCode::Unauthorized);
    QVERIFY(principal.error().message().contains(QStringLiteral("token <key>:<secret>")));
}

QTEST_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
