// SPDX-License-Identifier: MIT
// SessionStore: sessions as Session rows holding only hashes (docs/adr/0110).
#include "auth/sessionstore.h"
#include "auth/tokens.h"
#include "authfixture.h"
#include "data/fieldvalidator.h"

#include <QThread>

using fm::ErrorCode;
using fm::core::Principal;
using fm::core::SessionStore;
using namespace std::chrono_literals;

class TestSessionStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndVerify();
    void storesOnlyHashes();
    void refused_data();
    void refused();
    void csrf_data();
    void csrf();
    void touchesLastSeenOncePerInterval();
    void revoke();
    void revokeAll();
    void listOwnSessions();
    void survivesReopen();
    void markAuthenticated();
    void remembersVerifiedSessions();

private:
    SessionStore &store() { return *m_store; }
    void setValue(const QString &session, const QString &field, const QVariant &value);
    QString stamp(const QDateTime &at) { return fm::core::FieldValidator::canonicalDatetime(at); }

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<SessionStore> m_store;
};

void TestSessionStore::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    QVERIFY(addAuthUsers(*m_site->service));
    m_store = std::make_unique<SessionStore>(*m_site->pool, *m_site->service);
}

void TestSessionStore::cleanup()
{
    m_store.reset();
    m_site.reset();
}

void TestSessionStore::setValue(const QString &session, const QString &field, const QVariant &value)
{
    auto saved = m_site->service->update(
        doc(QStringLiteral("Session"), {{QStringLiteral("name"), session}, {field, value}}));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toText()));
}

void TestSessionStore::createAndVerify()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto created = store().create(kAnn, "10.0.0.1", "curl/8", 1h, before);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toText()));
    QCOMPARE(created->token.size(), 43);
    QCOMPARE(created->csrfToken.size(), 64);
    QCOMPARE(created->csrfToken, SessionStore::csrfTokenFor(created->token));
    QVERIFY(created->csrfToken != *fm::core::Tokens::storedForm(created->token));
    QVERIFY(created->token != created->csrfToken);
    QVERIFY(!created->sessionId.isEmpty());
    QVERIFY(qAbs(created->expires.secsTo(before.addSecs(3600))) <= 2);

    auto principal = store().verify(created->token);
    QVERIFY2(principal, qPrintable(principal ? QString() : principal.error().toText()));
    QCOMPARE(principal->user, kAnn);
    QCOMPARE(principal->roles, (QStringList{"Support", Principal::kAllRole}));
    QCOMPARE(principal->method, Principal::Method::Session);
    QCOMPARE(principal->sessionId, created->sessionId);
    QVERIFY(qAbs(principal->authenticatedAt.msecsTo(before)) <= 1);
    QVERIFY(!principal->isGuest());

    auto bearer = store().verify(created->token, Principal::Method::Bearer);
    QVERIFY(bearer);
    QCOMPARE(bearer->method, Principal::Method::Bearer);

    auto other = store().create(kBob, {}, {}, 1h);
    QVERIFY(other);
    QVERIFY(other->token != created->token);
    auto bob = store().verify(other->token);
    QVERIFY(bob);
    QCOMPARE(bob->user, kBob);
    QCOMPARE(bob->roles, QStringList{Principal::kAllRole});
}

void TestSessionStore::storesOnlyHashes()
{
    auto created = store().create(kAnn, {}, {}, 1h);
    QVERIFY(created);
    auto row = m_site->service->get(QStringLiteral("Session"), created->sessionId);
    QVERIFY(row);
    QCOMPARE(row->string("token_hash"), *fm::core::Tokens::storedForm(created->token));
    QCOMPARE(row->string("csrf_hash"), *fm::core::Tokens::storedForm(created->csrfToken));
    for (const QVariant &value : row->values()) {
        QVERIFY(value.toString() != created->token);
        QVERIFY(value.toString() != created->csrfToken);
    }
    QCOMPARE(row->string("kind"), SessionStore::kPassword);
    QCOMPARE(row->owner(), kAnn);
}

void TestSessionStore::refused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << ""
                           << "";
    QTest::newRow("expired") << "expire"
                             << "expired";
    QTest::newRow("revoked") << "revoke"
                             << "unknown or was revoked";
    QTest::newRow("wrong token") << "wrong token"
                                 << "unknown or was revoked";
    QTest::newRow("empty token") << "empty token"
                                 << "empty";
    QTest::newRow("user disabled") << "disable"
                                   << "disabled";
    QTest::newRow("user deleted") << "delete user"
                                  << "disabled or deleted";
}

void TestSessionStore::refused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    auto created = store().create(kBob, {}, {}, 1h);
    QVERIFY(created);
    QString token = created->token;
    // Verified once first: the remembered session must not outlive the change.
    QVERIFY(store().verify(created->token));
    QVERIFY(store().verify(created->token));
    if (change == u"expire")
        setValue(created->sessionId, "expires", stamp(QDateTime::currentDateTimeUtc().addSecs(-1)));
    else if (change == u"revoke")
        QVERIFY(store().revoke(created->sessionId));
    else if (change == u"wrong token")
        token = fm::core::Tokens::generate();
    else if (change == u"empty token")
        token.clear();
    else if (change == u"disable")
        QVERIFY(setEnabled(*m_site->service, kBob, false));
    else if (change == u"delete user")
        QVERIFY(m_site->service->remove(QStringLiteral("User"), kBob)); // soft: rows stay
    auto principal = store().verify(token);
    if (message.isEmpty()) {
        QVERIFY(principal);
        return;
    }
    QVERIFY(!principal);
    QCOMPARE(principal.error().code(), ErrorCode::Unauthorized);
    QVERIFY2(principal.error().message().contains(message),
             qPrintable(principal.error().message()));
    QVERIFY(principal.error().message().contains(QStringLiteral("log in again")));
}

void TestSessionStore::csrf_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("ok");
    QTest::newRow("its own") << "own" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("another session's") << "other" << false;
    QTest::newRow("the session token") << "token" << false;
    QTest::newRow("random") << "random" << false;
}

void TestSessionStore::csrf()
{
    QFETCH(QString, given);
    QFETCH(bool, ok);
    auto mine = store().create(kAnn, {}, {}, 1h);
    auto other = store().create(kAnn, {}, {}, 1h);
    QVERIFY(mine && other);
    const QString token = given == u"own"      ? mine->csrfToken
                          : given == u"other"  ? other->csrfToken
                          : given == u"token"  ? mine->token
                          : given == u"random" ? fm::core::Tokens::generate()
                                               : QString();
    auto matches = store().csrfMatches(mine->sessionId, token);
    QVERIFY(matches);
    QCOMPARE(*matches, ok);
}

void TestSessionStore::touchesLastSeenOncePerInterval()
{
    auto created = store().create(kAnn, {}, {}, 1h);
    QVERIFY(created);
    const auto lastSeen = [&] {
        return m_site->service->get(QStringLiteral("Session"), created->sessionId)
            ->string("last_seen");
    };
    const QString fresh = lastSeen();
    QVERIFY(!fresh.isEmpty());
    const QString old = stamp(QDateTime::currentDateTimeUtc().addSecs(-59));
    setValue(created->sessionId, "last_seen", old);
    QVERIFY(store().verify(created->token));
    QCOMPARE(lastSeen(), old); // within the interval: not written

    setValue(created->sessionId, "last_seen",
             stamp(QDateTime::currentDateTimeUtc().addSecs(-SessionStore::kTouchInterval.count())));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(store().verify(created->token));
    const QDateTime touched = QDateTime::fromString(lastSeen(), Qt::ISODateWithMs);
    QVERIFY2(touched >= before.addMSecs(-1), qPrintable(lastSeen()));
}

void TestSessionStore::revoke()
{
    auto mine = store().create(kAnn, {}, {}, 1h);
    auto bobs = store().create(kBob, {}, {}, 1h);
    QVERIFY(mine && bobs);
    // Someone else's session looks like no session at all, and stays.
    auto refused = store().revoke(bobs->sessionId, kAnn);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::NotFound);
    QVERIFY(store().verify(bobs->token));
    auto unknown = store().revoke(QStringLiteral("no-such-session"), kAnn);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), ErrorCode::NotFound);

    QVERIFY(store().revoke(mine->sessionId, kAnn));
    QVERIFY(!store().verify(mine->token));
    QVERIFY(!m_site->service->get(QStringLiteral("Session"), mine->sessionId, true));
    auto again = store().revoke(mine->sessionId, kAnn);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::NotFound);
}

void TestSessionStore::revokeAll()
{
    QList<fm::core::CreatedSession> sessions;
    for (int i = 0; i < 3; ++i)
        sessions << *store().create(kAnn, {}, {}, 1h);
    auto bobs = store().create(kBob, {}, {}, 1h);
    QVERIFY(bobs);

    auto removed = store().revokeAll(kAnn, sessions.first().sessionId);
    QVERIFY(removed);
    QCOMPARE(*removed, 2);
    QVERIFY(store().verify(sessions.at(0).token));
    QVERIFY(!store().verify(sessions.at(1).token));
    QVERIFY(!store().verify(sessions.at(2).token));
    QVERIFY(store().verify(bobs->token));

    removed = store().revokeAll(kAnn);
    QVERIFY(removed);
    QCOMPARE(*removed, 1);
    QVERIFY(!store().verify(sessions.at(0).token));
    QCOMPARE(*store().revokeAll(kAnn), 0);
}

void TestSessionStore::listOwnSessions()
{
    auto first = store().create(kAnn, "10.0.0.1", QString(300, u'x'), 1h);
    auto second = store().create(kAnn, "10.0.0.2", "browser", 2h, {}, SessionStore::kMagicLink);
    auto expired = store().create(kAnn, {}, {}, 1h);
    QVERIFY(first && second && expired && store().create(kBob, {}, {}, 1h));
    setValue(expired->sessionId, "expires", stamp(QDateTime::currentDateTimeUtc().addSecs(-5)));

    auto listed = store().list(kAnn);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2); // not bob's, not the expired one
    QStringList ids{listed->at(0).id, listed->at(1).id};
    QVERIFY(ids.contains(first->sessionId) && ids.contains(second->sessionId));
    for (const auto &info : *listed) {
        const bool isSecond = info.id == second->sessionId;
        QCOMPARE(info.ip, isSecond ? "10.0.0.2" : "10.0.0.1");
        QCOMPARE(info.userAgent.size(), isSecond ? 7 : 255); // cut to the column's length
        QCOMPARE(info.kind, isSecond ? SessionStore::kMagicLink : SessionStore::kPassword);
        QCOMPARE(info.authenticatedAt.isValid(), !isSecond);
        QVERIFY(info.created.isValid() && info.lastSeen.isValid());
        QVERIFY(qAbs(info.expires.secsTo(isSecond ? second->expires : first->expires)) <= 1);
    }
    // A new session clears the user's expired ones.
    QVERIFY(store().create(kAnn, {}, {}, 1h));
    QVERIFY(!m_site->service->get(QStringLiteral("Session"), expired->sessionId, true));
    QCOMPARE(store().list(QStringLiteral("nobody"))->size(), 0);
}

void TestSessionStore::survivesReopen()
{
    auto created = store().create(kAnn, {}, {}, 1h);
    QVERIFY(created);
    m_store.reset();
    QVERIFY(reopen(*m_site));
    m_store = std::make_unique<SessionStore>(*m_site->pool, *m_site->service);
    auto principal = store().verify(created->token);
    QVERIFY2(principal, qPrintable(principal ? QString() : principal.error().toText()));
    QCOMPARE(principal->sessionId, created->sessionId);
    QCOMPARE(*store().csrfMatches(created->sessionId, created->csrfToken), true);
}

void TestSessionStore::markAuthenticated()
{
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto created = store().create(kAnn, {}, {}, 1h, old);
    QVERIFY(created);
    QVERIFY(qAbs(store().verify(created->token)->authenticatedAt.secsTo(old)) <= 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store().markAuthenticated(created->sessionId, now));
    QVERIFY(qAbs(store().verify(created->token)->authenticatedAt.msecsTo(now)) <= 1);
    QVERIFY(!store().markAuthenticated(QStringLiteral("no-such-session"), now));
}

// verify() remembers a session while the database has not changed; a revocation from
// another connection (another thread here; another process moves the same token) or
// a disabled user ends that at once.
void TestSessionStore::remembersVerifiedSessions()
{
    auto created = store().create(kAnn, {}, {}, 1h);
    QVERIFY(created);
    QVERIFY(store().verify(created->token));
    const qint64 hits = store().verifyCacheHits();
    auto again = store().verify(created->token, Principal::Method::Bearer);
    QVERIFY(again);
    QCOMPARE(store().verifyCacheHits(), hits + 1);
    QCOMPARE(again->user, kAnn);
    QCOMPARE(again->sessionId, created->sessionId);
    QCOMPARE(again->method, Principal::Method::Bearer); // the caller's, not the cached one's

    // Revoked by another store on another thread's connection.
    SessionStore other(*m_site->pool, *m_site->service);
    bool revoked = false;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { revoked = bool(other.revoke(created->sessionId)); }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QVERIFY(revoked);
    auto refused = store().verify(created->token);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Unauthorized);

    // So does a disabled user.
    auto second = store().create(kAnn, {}, {}, 1h);
    QVERIFY(second);
    auto before = store().verify(second->token);
    QVERIFY(before);
    QVERIFY(store().verify(second->token));
    QVERIFY(setEnabled(*m_site->service, kAnn, false));
    QVERIFY(!store().verify(second->token));
}

QTEST_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
